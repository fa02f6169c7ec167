/// Joins the one-page PDFs that Graphviz writes through cairo into one PDF, every page on the
/// given paper with its drawing scaled down to fit inside the margins and centred.
///
/// It reads only what cairo writes: a classic cross-reference table, a catalog, and a page tree.
/// Each input's objects are copied with their numbers shifted (references rewritten only in the
/// part before a stream, never inside stream data); each input's page tree becomes a child of the
/// new root, and each page gets the paper's media box and its content wrapped in a transform.
/// Returns nil when an input is not in that form (a newer cairo may compress its cross-reference
/// table), so the caller can write one file per page instead.
enum PDFJoiner {
  /// One input's objects by number, and the numbers of its catalog, page tree and pages.
  struct Source {
    var objects: [Int: ArraySlice<UInt8>] = [:]
    var catalog = 0
    var tree = 0
    var pages: [Int] = []
    var highest = 0
  }

  /// `pdfs` as one PDF, each on the paper of the same place in `papers` (width and height in
  /// points), or nil.
  static func join(_ pdfs: [[UInt8]], papers: [(width: Double, height: Double)]) -> [UInt8]? {
    guard papers.count == pdfs.count else { return nil }
    var sources: [Source] = []
    for pdf in pdfs {
      guard let source = read(pdf) else { return nil }
      sources.append(source)
    }
    var output = PDFOutput()
    let root = 1
    var next = 2
    var trees: [Int] = []
    var pageCount = 0
    for (source, size) in zip(sources, papers) {
      let base = next - 1
      next += source.highest
      trees.append(source.tree + base)
      pageCount += source.pages.count
      for number in 1...source.highest {
        guard let object = source.objects[number], number != source.catalog else {
          output.add(number + base, head: Array("null".utf8), tail: [])
          continue
        }
        let (head, tail) = PDFObject.split(object)
        var shifted = PDFObject.shiftingReferences(head, by: base)
        if number == source.tree {
          shifted = PDFObject.inserting("/Parent \(root) 0 R ", afterOpening: shifted)
        } else if source.pages.contains(number) {
          guard let placed = place(shifted, paper: size, next: &next, output: &output) else {
            return nil
          }
          shifted = placed
        }
        output.add(number + base, head: shifted, tail: tail)
      }
    }
    let kids = trees.map { "\($0) 0 R" }.joined(separator: " ")
    output.add(root, text: "<< /Type /Pages /Kids [ \(kids) ] /Count \(pageCount) >>")
    let catalog = next
    output.add(catalog, text: "<< /Type /Catalog /Pages \(root) 0 R >>")
    return output.finished(root: catalog)
  }

  /// A page's dictionary with the paper's media box and its content scaled and centred (new
  /// content streams before and after the old one, numbered from `next`).
  private static func place(
    _ page: [UInt8], paper: (width: Double, height: Double), next: inout Int,
    output: inout PDFOutput
  ) -> [UInt8]? {
    guard let box = PDFObject.numbers(after: "/MediaBox", in: page), box.count == 4,
      let contents = PDFObject.reference(after: "/Contents", in: page)
    else { return nil }
    let (width, height) = (box[2] - box[0], box[3] - box[1])
    let margin = PageLayout.margin
    var scale = 1.0
    if width > 0, height > 0 {
      scale = min(1, (paper.width - 2 * margin) / width, (paper.height - 2 * margin) / height)
    }
    let x = (paper.width - scale * width) / 2 - scale * box[0]
    let y = (paper.height - scale * height) / 2 - scale * box[1]
    let before = next
    let after = next + 1
    next += 2
    output.addStream(
      before,
      "q \(PDFObject.real(scale)) 0 0 \(PDFObject.real(scale)) "
        + "\(PDFObject.real(x)) \(PDFObject.real(y)) cm\n")
    output.addStream(after, "\nQ\n")
    var text = PDFObject.replacing(
      "/MediaBox",
      with: "/MediaBox [ 0 0 \(PDFObject.real(paper.width)) "
        + "\(PDFObject.real(paper.height)) ]", in: page)
    text = PDFObject.replacing(
      "/Contents", with: "/Contents [ \(before) 0 R \(contents) 0 R \(after) 0 R ]", in: text)
    return text
  }

  /// The objects, catalog, page tree and pages of a PDF as cairo writes it, or nil.
  static func read(_ pdf: [UInt8]) -> Source? {
    guard let table = PDFObject.crossReference(pdf) else { return nil }
    var source = Source()
    let ends = (table.offsets.values.sorted() + [table.start])
    for (number, offset) in table.offsets {
      guard let end = ends.first(where: { $0 > offset }), end <= pdf.count else { return nil }
      guard let body = PDFObject.body(pdf[offset..<end], number: number) else { return nil }
      source.objects[number] = body
      source.highest = max(source.highest, number)
    }
    guard let catalog = table.root, let catalogBody = source.objects[catalog] else { return nil }
    source.catalog = catalog
    guard let tree = PDFObject.reference(after: "/Pages", in: Array(catalogBody)),
      let treeBody = source.objects[tree],
      let kids = PDFObject.references(after: "/Kids", in: Array(treeBody))
    else { return nil }
    source.tree = tree
    source.pages = kids
    return source
  }
}
