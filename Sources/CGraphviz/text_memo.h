#include <graphviz/gvc.h>
#include <graphviz/gvplugin.h>
#include <graphviz/gvplugin_textlayout.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* ---------------------------------------------------------------------------------------------
   Text measurement, remembered.

   Graphviz measures every run of label text with pango, once per run, and a diagram repeats
   the same runs many times (kind names, protocols, badges, "Status and readings"): pango is a
   fifth of dot's work on our diagrams. This text-layout plugin sits in front of pango's: it asks
   pango the first time a (font, size, style, text) is seen and afterwards answers from a table.
   Pango's answer depends on nothing else, so the layout and the SVG are unchanged (tested).

   A remembered answer carries no pango layout object, which only the cairo renderer (PNG, PDF)
   needs: for those, cg_text_memo_set_enabled(0) makes the plugin pass every call to pango.
   Not thread-safe: every function here runs under the caller's Graphviz lock.
   ------------------------------------------------------------------------------------------- */

/* In libgvc but declared only in its private headers (gvcproc.h); stable since Graphviz 2.30. */
extern gvplugin_library_t *gvplugin_library_load(GVC_t *gvc, char *path);

typedef struct {
  char *font;
  char *text;
  double size;
  unsigned flags;
  uint64_t hash;
  pointf extent;
  double yoffset_layout;
  double yoffset_centerline;
  boolean measured;
} cg_text_entry;

/// Texts longer than this are measured every time rather than kept.
enum { cg_text_longest = 4096, cg_text_most_entries = 1 << 20 };

/// A text-layout function: fills the span's size and offsets, FALSE when the font is unusable.
typedef boolean (*cg_text_measurer)(textspan_t *span, char **fontpath);

typedef struct {
  cg_text_measurer measure;
  cg_text_entry *table;
  size_t capacity;
  size_t count;
  int enabled;
} cg_text_memo;

/// The one memo of the process. (A static inside a function: Swift's importer emits those, but
/// not file-level statics of a header.)
static cg_text_memo *cg_text_state(void) {
  static cg_text_memo memo = {NULL, NULL, 0, 0, 1};
  return &memo;
}

static uint64_t cg_text_hash(const char *font, const char *text, double size, unsigned flags) {
  uint64_t hash = 1469598103934665603ULL;
  for (const unsigned char *p = (const unsigned char *)font; *p; p++) hash = (hash ^ *p) * 1099511628211ULL;
  hash = (hash ^ 0xff) * 1099511628211ULL;
  for (const unsigned char *p = (const unsigned char *)text; *p; p++) hash = (hash ^ *p) * 1099511628211ULL;
  uint64_t bits;
  memcpy(&bits, &size, sizeof bits);
  hash = (hash ^ bits) * 1099511628211ULL;
  return (hash ^ flags) * 1099511628211ULL;
}

/// The slot holding the key, or the empty slot where it belongs.
static cg_text_entry *cg_text_slot(cg_text_entry *table, size_t capacity, uint64_t hash,
                                   const char *font, const char *text, double size, unsigned flags) {
  size_t index = (size_t)hash & (capacity - 1);
  for (;;) {
    cg_text_entry *entry = &table[index];
    if (!entry->text) return entry;
    if (entry->hash == hash && entry->size == size && entry->flags == flags &&
        strcmp(entry->text, text) == 0 && strcmp(entry->font, font) == 0)
      return entry;
    index = (index + 1) & (capacity - 1);
  }
}

/// Makes room for one more entry (the table stays at most half full); 0 when it cannot.
static int cg_text_reserve(cg_text_memo *memo) {
  if ((memo->count + 1) * 2 <= memo->capacity) return 1;
  if (memo->count >= cg_text_most_entries) return 0;
  size_t capacity = memo->capacity ? memo->capacity * 2 : 1024;
  cg_text_entry *table = calloc(capacity, sizeof(cg_text_entry));
  if (!table) return 0;
  for (size_t i = 0; i < memo->capacity; i++) {
    cg_text_entry *old = &memo->table[i];
    if (!old->text) continue;
    *cg_text_slot(table, capacity, old->hash, old->font, old->text, old->size, old->flags) = *old;
  }
  free(memo->table);
  memo->table = table;
  memo->capacity = capacity;
  return 1;
}

static void cg_text_remember(cg_text_memo *memo, cg_text_entry *slot, uint64_t hash,
                             const textspan_t *span, boolean measured) {
  char *font = strdup(span->font->name);
  char *text = strdup(span->str);
  if (!font || !text) {
    free(font);
    free(text);
    return;
  }
  *slot = (cg_text_entry){font, text, span->font->size, span->font->flags, hash, span->size,
                          span->yoffset_layout, span->yoffset_centerline, measured};
  memo->count++;
}

static boolean cg_text_layout(textspan_t *span, char **fontpath) {
  cg_text_memo *memo = cg_text_state();
  if (!memo->measure) return FALSE;
  if (!memo->enabled || fontpath || !span->font || !span->font->name || !span->str ||
      strlen(span->str) > cg_text_longest)
    return memo->measure(span, fontpath);
  const char *font = span->font->name;
  double size = span->font->size;
  unsigned flags = span->font->flags;
  uint64_t hash = cg_text_hash(font, span->str, size, flags);
  cg_text_entry *slot =
      memo->table ? cg_text_slot(memo->table, memo->capacity, hash, font, span->str, size, flags) : NULL;
  if (slot && slot->text) {
    span->size = slot->extent;
    span->yoffset_layout = slot->yoffset_layout;
    span->yoffset_centerline = slot->yoffset_centerline;
    span->layout = NULL;
    span->free_layout = NULL;
    return slot->measured;
  }
  boolean measured = memo->measure(span, fontpath);
  size_t capacity = memo->capacity;
  if (cg_text_reserve(memo)) {
    // A grown table moves every entry, so the empty slot found above is no longer the one.
    if (memo->capacity != capacity)
      slot = cg_text_slot(memo->table, memo->capacity, hash, font, span->str, size, flags);
    cg_text_remember(memo, slot, hash, span, measured);
  }
  return measured;
}

/// The plugin library, as a list of built-ins for gvContextPlugins: one text-layout plugin of
/// quality 100, so Graphviz picks it over pango's (10).
static const lt_symlist_t *cg_text_builtins(void) {
  static gvtextlayout_engine_t engine = {cg_text_layout};
  static gvplugin_installed_t types[] = {{0, "textlayout", 100, &engine, NULL}, {0, NULL, 0, NULL, NULL}};
  static gvplugin_api_t apis[] = {{API_textlayout, types}, {(api_t)0, NULL}};
  static gvplugin_library_t library = {"scp-dfd", apis};
  static const lt_symlist_t builtins[] = {{"gvplugin_scpdfd_LTX_library", &library}, {NULL, NULL}};
  return builtins;
}

/// pango's text-layout function, from Graphviz's pango plugin; NULL if it cannot be loaded.
static cg_text_measurer cg_text_pango(GVC_t *gvc) {
  gvplugin_library_t *library = gvplugin_library_load(gvc, "libgvplugin_pango.so.6");
  if (!library) return NULL;
  for (gvplugin_api_t *api = library->apis; api->types; api++) {
    if (api->api != API_textlayout) continue;
    for (gvplugin_installed_t *type = api->types; type->type; type++) {
      gvtextlayout_engine_t *engine = type->engine;
      if (strcmp(type->type, "textlayout") == 0 && engine && engine->textlayout) return engine->textlayout;
    }
  }
  return NULL;
}

/// A Graphviz context whose text layout is the remembering plugin in front of pango, or NULL
/// when pango's plugin cannot be found (the caller then uses a plain gvContext()).
static inline GVC_t *cg_text_memo_context(void) {
  GVC_t *gvc = gvContextPlugins(cg_text_builtins(), 1);
  if (!gvc) return NULL;
  cg_text_measurer measure = cg_text_pango(gvc);
  if (!measure) {
    gvFreeContext(gvc);
    return NULL;
  }
  cg_text_state()->measure = measure;
  return gvc;
}

/// 1: answer repeated texts from the table (SVG); 0: ask pango every time (PNG, PDF).
static inline void cg_text_memo_set_enabled(int enabled) { cg_text_state()->enabled = enabled; }

/// Whether the table holds the measurement of `text` in `font` at `size` points, plain style.
static inline int cg_text_memo_knows(const char *font, const char *text, double size) {
  cg_text_memo *memo = cg_text_state();
  if (!memo->table) return 0;
  uint64_t hash = cg_text_hash(font, text, size, 0);
  return cg_text_slot(memo->table, memo->capacity, hash, font, text, size, 0)->text != NULL;
}
