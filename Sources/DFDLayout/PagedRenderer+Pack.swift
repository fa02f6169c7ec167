import DFDModel

extension PagedRenderer {
  /// The pages for `parts`, small neighbours sharing a page.
  ///
  /// Neighbours that each hold 7 points on a page of their own go together on one page while
  /// it still holds 7 points, so that small boundaries do not get a near-empty sheet each.
  /// `fits` is each part's smallest printed text on its own page; pages are numbered from
  /// `firstPage`.
  func pack(
    _ content: Content, _ parts: [DiagramPages.Part], fits: [DiagramPages.Part: Double],
    firstPage: Int
  ) throws(GraphvizError) -> DiagramPages {
    let legible = PageLayout.smallestPrintedText
    var groups: [[DiagramPages.Part]] = []
    var lastFits = false
    for (index, part) in parts.enumerated() {
      let fitsAlone = fits[part] ?? 0 >= legible
      if lastFits, fitsAlone, let last = groups.last {
        var candidate = groups
        candidate[candidate.count - 1] = last + [part]
        candidate += parts[(index + 1)...].map { [$0] }
        let numbering = DiagramPages.Numbering(
          content.diagram, groups: candidate, firstPage: firstPage)
        let page = numbering.page(groups.count - 1, of: content.diagram)
        var piece = content
        piece.diagram = page.diagram
        piece.stubs = page.stubs
        let merged = try fit(piece, legend: false)
        if merged.smallestText >= legible && !merged.tangled {
          groups[groups.count - 1].append(part)
          continue
        }
      }
      groups.append([part])
      lastFits = fitsAlone
    }
    // Page numbers shift as neighbours join, and a layout can shift with them: a group that
    // no longer holds 7 points goes back to one page per part.
    while true {
      let pages = DiagramPages(content.diagram, groups: groups, firstPage: firstPage)
      var unpacked: [[DiagramPages.Part]] = []
      for (group, page) in zip(groups, pages.pages) {
        var piece = content
        piece.diagram = page.diagram
        piece.stubs = page.stubs
        let fitted = group.count > 1 ? try fit(piece, legend: false) : nil
        if let fitted, fitted.smallestText < legible || fitted.tangled {
          unpacked += group.map { [$0] }
        } else {
          unpacked.append(group)
        }
      }
      if unpacked == groups { return pages }
      groups = unpacked
    }
  }
}
