/* Graphviz's own steps on a DOT file, in process, for docs/performance.md ("render against dot"):
   context, reading, layout, SVG and freeing, in milliseconds.
   Usage: cc -O2 scripts/graphviz-steps.c -lgvc -lcgraph -o /tmp/graphviz-steps
          /tmp/graphviz-steps m.dot        (the DOT from `scp-dfd render m.dfd -o m.dot`) */
#include <graphviz/gvc.h>
#include <stdio.h>
#include <time.h>

static double now(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

int main(int argc, char **argv) {
  FILE *file = argc == 2 ? fopen(argv[1], "r") : NULL;
  if (!file) {
    fprintf(stderr, "usage: graphviz-steps FILE.dot\n");
    return 2;
  }
  double start = now();
  GVC_t *context = gvContext();
  double made = now();
  Agraph_t *graph = agread(file, NULL);
  double read = now();
  if (!graph || gvLayout(context, graph, "dot") != 0) return 1;
  double laidOut = now();
  char *svg;
  unsigned int length;
  gvRenderData(context, graph, "svg", &svg, &length);
  double drawn = now();
  gvFreeRenderData(svg);
  gvFreeLayout(context, graph);
  agclose(graph);
  double freed = now();
  printf("context %.1f  read %.1f  layout %.1f  svg %.1f  free %.1f ms\n", made - start,
         read - made, laidOut - read, drawn - laidOut, freed - drawn);
  return gvFreeContext(context);
}
