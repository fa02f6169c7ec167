#include <graphviz/gvc.h>

/// Agdirected is a mutable C global, which Swift 6 refuses to read; this getter hands out a copy.
static inline Agdesc_t cg_directed(void) { return Agdirected; }
