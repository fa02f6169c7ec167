#include <graphviz/gvc.h>
#include <stdlib.h>
#include <string.h>

/// Agdirected is a mutable C global, which Swift 6 refuses to read; this getter hands out a copy.
static inline Agdesc_t cg_directed(void) { return Agdirected; }

/* ---------------------------------------------------------------------------------------------
   Deterministic object ids.

   cgraph's default id discipline uses the address of each interned name as the object's id, and
   orders subgraphs (clusters) by id, so the layout depends on the heap: the same DOT text can
   give different pictures in two processes. This discipline declines every name (cgraph then
   keeps names in its internal map) and hands out ids from a counter that starts afresh for each
   graph, so ids follow the order of appearance in the text.
   ------------------------------------------------------------------------------------------- */

typedef struct { IDTYPE next; } cg_id_state;

static void *cg_id_open(Agraph_t *g, Agdisc_t *disc) {
  (void)g; (void)disc;
  cg_id_state *state = malloc(sizeof(cg_id_state));
  if (state) state->next = 1;
  return state;
}

static long cg_id_map(void *state, int objtype, char *str, IDTYPE *id, int createflag) {
  (void)objtype;
  cg_id_state *s = state;
  if (str || !createflag || !s) return 0;
  *id = s->next;
  s->next += 2;
  return 1;
}

static long cg_id_alloc(void *state, int objtype, IDTYPE id) {
  (void)state; (void)objtype; (void)id;
  return 0;
}

static void cg_id_free(void *state, int objtype, IDTYPE id) { (void)state; (void)objtype; (void)id; }

static char *cg_id_print(void *state, int objtype, IDTYPE id) {
  (void)state; (void)objtype; (void)id;
  return NULL;
}

static void cg_id_close(void *state) { free(state); }

static void cg_id_register(void *state, int objtype, void *obj) { (void)state; (void)objtype; (void)obj; }

/* Reading from memory, one line at a time (as agmemread does). */
typedef struct { const char *data; size_t length; size_t cursor; } cg_reader;

static int cg_read(void *chan, char *buf, int bufsize) {
  cg_reader *reader = chan;
  if (bufsize <= 0 || reader->cursor >= reader->length) return 0;
  int count = 0;
  char c;
  do {
    c = reader->data[reader->cursor++];
    buf[count++] = c;
  } while (c != '\n' && count < bufsize && reader->cursor < reader->length);
  return count;
}

/// The disciplines for cg_read_memory, allocated once and kept for the life of the process
/// (cgraph keeps pointers to them in every graph). Returns NULL when out of memory.
static inline Agdisc_t *cg_make_disc(void) {
  struct cg_discs { Agdisc_t disc; Agiddisc_t id; Agiodisc_t io; };
  struct cg_discs *block = calloc(1, sizeof(struct cg_discs));
  if (!block) return NULL;
  block->id.open = cg_id_open;
  block->id.map = cg_id_map;
  block->id.alloc = cg_id_alloc;
  block->id.free = cg_id_free;
  block->id.print = cg_id_print;
  block->id.close = cg_id_close;
  block->id.idregister = cg_id_register;
  block->io.afread = cg_read;
  block->io.putstr = AgIoDisc.putstr;
  block->io.flush = AgIoDisc.flush;
  block->disc.mem = &AgMemDisc;
  block->disc.id = &block->id;
  block->disc.io = &block->io;
  return &block->disc;
}

/// Parses the `length` bytes of DOT text at `text` like agmemread, but with the deterministic
/// ids of `disc` (from cg_make_disc). Not thread-safe: call it under the caller's Graphviz
/// lock. Returns NULL on a syntax error.
static inline Agraph_t *cg_read_memory(Agdisc_t *disc, const char *text, size_t length) {
  cg_reader reader = {text, length, 0};
  return agread(&reader, disc);
}

/* ---------------------------------------------------------------------------------------------
   Read access to a laid-out graph. Graphviz's accessors are macros, which Swift cannot call.
   ------------------------------------------------------------------------------------------- */

static inline int cg_cluster_count(Agraph_t *g) { return GD_n_cluster(g); }
/// The `index`th cluster directly inside `g`, counting from 1 as Graphviz does.
static inline Agraph_t *cg_cluster(Agraph_t *g, int index) { return GD_clust(g)[index]; }
static inline boxf cg_graph_box(Agraph_t *g) { return GD_bb(g); }
static inline textlabel_t *cg_graph_label(Agraph_t *g) { return GD_label(g); }
static inline pointf cg_node_centre(Agnode_t *n) { return ND_coord(n); }
/// A node's width and height in points (Graphviz keeps them in inches).
static inline pointf cg_node_size(Agnode_t *n) {
  pointf size = {ND_width(n) * 72.0, ND_height(n) * 72.0};
  return size;
}
static inline splines *cg_edge_splines(Agedge_t *e) { return ED_spl(e); }
static inline textlabel_t *cg_edge_xlabel(Agedge_t *e) { return ED_xlabel(e); }

/* ---------------------------------------------------------------------------------------------
   Write access before a second layout.
   ------------------------------------------------------------------------------------------- */

/// Puts the title strip dot keeps in cluster `g` on the other edge: top for bottom, and back.
static inline void cg_flip_title_strip(Agraph_t *g) {
  char *where = agget(g, "labelloc");
  char top[] = "t", bottom[] = "b", name[] = "labelloc", none[] = "";
  agsafeset(g, name, (where && where[0] == 'b') ? top : bottom, none);
}
