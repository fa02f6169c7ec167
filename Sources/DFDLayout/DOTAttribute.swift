/// The Graphviz attributes that DOTWriter may emit.
///
/// Anything that Graphviz writes raw into
/// its output or reads from disk (`URL`, `href`, `stylesheet`, `image`, `shapefile`, `fontpath`,
/// `imagepath`) is deliberately absent, so no user text can become a link, style sheet or file.
enum DOTAttribute: String, Hashable, Sendable {
  case id, `class`, label, xlabel, tooltip, labeltooltip, edgetooltip
  case shape, style, color, fillcolor, fontcolor, fontname, fontsize, penwidth, peripheries
  case margin, width, height, fixedsize, dir, arrowsize, minlen
  case rankdir, nodesep, ranksep, pad, labelloc, labeljust, forcelabels, bgcolor, rank
  case mclimit, nslimit, nslimit1, searchsize, remincross, compound, splines, constraint, maxiter
  case size
}
