#!/usr/bin/env python3
"""Counts layout defects in an SVG written by `scp-dfd render`.

Usage: layout-metrics.py diagram.svg [more.svg ...]

For each file it prints how many
  label/node   flow labels (xlabels) overlapping an element,
  label/label  pairs of flow labels overlapping each other,
  edge/title   (flow, boundary title) pairs where the flow's line runs through the title,
  edge/label   (flow, other flow's label) pairs where a line runs through a label,
  edge/near    (flow, other flow's label) pairs where a line passes within 3 points of a
               label without running through it (the label may read as that flow's),
  edge/own     flows whose line runs through their own label (1 point inside its background),
               hiding its text,
  title/node   boundary titles overlapping an element,
  edge/node    (flow, element) pairs where the flow's line runs through an element other than
               its own ends (3 points inside its outline),
and the figures
  size         the picture in pixels at 96 dpi (what `render -o x.png` writes),
  px2/element  area per element (elements and boundaries) in square pixels,
  length       total length of all flow lines in pixels,
  crossings    pairs of flow lines that cross (away from their ends).
Boxes come from the drawn shapes; text widths are estimated (0.6 em a character), so the
numbers are for comparing layouts, not exact geometry.
"""

import re
import sys
import xml.etree.ElementTree as ET

SVG = "{http://www.w3.org/2000/svg}"


def points(text):
    nums = [float(n) for n in re.findall(r"-?\d+(?:\.\d+)?", text)]
    return list(zip(nums[0::2], nums[1::2]))


def bbox(pts):
    xs = [p[0] for p in pts]
    ys = [p[1] for p in pts]
    return (min(xs), min(ys), max(xs), max(ys))


def overlap(a, b, slack=1.0):
    return (
        a[0] + slack < b[2] and b[0] + slack < a[2] and a[1] + slack < b[3] and b[1] + slack < a[3]
    )


def text_box(node):
    size = float(node.get("font-size", "10"))
    x = float(node.get("x"))
    y = float(node.get("y"))
    width = len(node.text or "") * size * 0.6
    anchor = node.get("text-anchor", "start")
    left = x - width / 2 if anchor == "middle" else (x - width if anchor == "end" else x)
    return (left, y - size * 0.8, left + width, y + size * 0.2)


def bezier(path):
    """Samples the cubic B-spline path Graphviz writes (`M x,y C x,y x,y x,y ...`)."""
    pts = points(path)
    samples = [pts[0]]
    for i in range(1, len(pts) - 2, 3):
        p0, p1, p2, p3 = pts[i - 1], pts[i], pts[i + 1], pts[i + 2]
        for step in range(1, 11):
            t = step / 10
            u = 1 - t
            samples.append(
                tuple(
                    u * u * u * p0[k] + 3 * u * u * t * p1[k] + 3 * u * t * t * p2[k] + t * t * t * p3[k]
                    for k in range(2)
                )
            )
    return samples


def inside(point, box):
    return box[0] < point[0] < box[2] and box[1] < point[1] < box[3]


def passes(line, box):
    """Whether a straight piece of `line` enters `box` (Liang-Barsky clipping)."""
    for (x0, y0), (x1, y1) in zip(line, line[1:]):
        if max(x0, x1) <= box[0] or min(x0, x1) >= box[2] or max(y0, y1) <= box[1] or min(y0, y1) >= box[3]:
            continue
        low, high = 0.0, 1.0
        for origin, delta, lower, upper in ((x0, x1 - x0, box[0], box[2]), (y0, y1 - y0, box[1], box[3])):
            if delta == 0:
                if not lower < origin < upper:
                    low, high = 1.0, 0.0
                continue
            a, b = (lower - origin) / delta, (upper - origin) / delta
            low, high = max(low, min(a, b)), min(high, max(a, b))
        if low < high:
            return True
    return False


def grown(box, by):
    return (box[0] - by, box[1] - by, box[2] + by, box[3] + by)


def length(line):
    return sum(((b[0] - a[0]) ** 2 + (b[1] - a[1]) ** 2) ** 0.5 for a, b in zip(line, line[1:]))


def segments_cross(p, q, r, s):
    def side(a, b, c):
        return (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0])
    d1, d2 = side(r, s, p), side(r, s, q)
    d3, d4 = side(p, q, r), side(p, q, s)
    return d1 * d2 < 0 and d3 * d4 < 0


def crossings(edges, margin=12.0):
    """Pairs of lines that cross at least once more than `margin` from every end of both."""
    def near_end(point, line):
        return any(abs(point[0] - e[0]) + abs(point[1] - e[1]) < margin for e in (line[0], line[-1]))
    boxes = [bbox(line) for _, line in edges]
    count = 0
    for i in range(len(edges)):
        for j in range(i + 1, len(edges)):
            if not overlap(boxes[i], boxes[j], 0):
                continue
            a, b = edges[i][1], edges[j][1]
            hit = False
            for p, q in zip(a, a[1:]):
                for r, s in zip(b, b[1:]):
                    if segments_cross(p, q, r, s) and not (
                            near_end(p, a) or near_end(p, b) or near_end(r, a) or near_end(r, b)):
                        hit = True
                        break
                if hit:
                    break
            count += hit
    return count


def analyse(path):
    root = ET.parse(path).getroot()
    width = float(re.sub("[a-z]", "", root.get("width", "0"))) * 96 / 72
    height = float(re.sub("[a-z]", "", root.get("height", "0"))) * 96 / 72
    nodes, labels, edges, titles = [], [], [], []
    ends = {}  # flow id -> the names of the nodes at its ends
    label_backgrounds = {}  # flow id -> whether its label box is its drawn background
    for group in root.iter(SVG + "g"):
        classes = (group.get("class") or "").split()
        if "node" in classes:
            pts = []
            for shape in group.iter():
                if shape.tag in (SVG + "polygon", SVG + "polyline"):
                    pts += points(shape.get("points"))
                elif shape.tag == SVG + "path":
                    pts += points(shape.get("d"))
            if pts:
                nodes.append((group.findtext(SVG + "title"), bbox(pts)))
        elif "edge" in classes:
            line = None
            label = []
            for child in group:
                # The line is in a link (a flow with a tooltip) or, for a flow to another page,
                # directly in the group.
                if child.tag == SVG + "path":
                    line = bezier(child.get("d"))
                elif child.tag == SVG + "g":
                    for shape in child.iter(SVG + "path"):
                        line = bezier(shape.get("d"))
                elif child.tag == SVG + "polygon" and child.get("fill-opacity"):
                    label = [bbox(points(child.get("points")))]
                elif child.tag == SVG + "text" and not label:
                    label.append(text_box(child))
            if line:
                edges.append((group.get("id"), line))
                ends[group.get("id")] = (group.findtext(SVG + "title") or "").split("->")
            if label:
                labels.append((group.get("id"), label[0]))
                label_backgrounds[group.get("id")] = any(
                    child.tag == SVG + "polygon" and child.get("fill-opacity") for child in group)
        elif "cluster" in classes:
            boxes = [text_box(t) for t in group.iter(SVG + "text")]
            if boxes:
                box = (min(b[0] for b in boxes), min(b[1] for b in boxes),
                       max(b[2] for b in boxes), max(b[3] for b in boxes))
                titles.append((group.get("id"), box))
    bounds = {eid: bbox(line) for eid, line in edges}
    counts = {
        "label/node": sum(overlap(l, n) for _, l in labels for _, n in nodes),
        "label/label": sum(
            overlap(labels[i][1], labels[j][1])
            for i in range(len(labels)) for j in range(i + 1, len(labels))),
        "edge/title": sum(
            any(inside(p, t) for p in line) for _, line in edges for _, t in titles),
        "edge/label": sum(
            any(inside(p, box) for p in line)
            for eid, line in edges for lid, box in labels if lid != eid),
        "edge/near": sum(
            overlap(bounds[eid], grown(box, 3), 0) and passes(line, grown(box, 3))
            and not any(inside(p, box) for p in line)
            for eid, line in edges for lid, box in labels if lid != eid),
        "edge/own": sum(
            passes(line, grown(box, -1)) for eid, line in edges for lid, box in labels
            if lid == eid and label_backgrounds.get(lid)),
        "title/node": sum(overlap(t, n) for _, t in titles for _, n in nodes),
        "edge/node": sum(
            any(inside(p, grown(box, -3)) for p in line)
            for eid, line in edges for name, box in nodes if name not in ends[eid]),
        "size": f"{width:.0f}x{height:.0f}",
        "px2/element": round(width * height / max(1, len(nodes) + len(titles))),
        "length": round(sum(length(line) for _, line in edges) * 96 / 72),
        "crossings": crossings(edges),
    }
    return counts


def main():
    for path in sys.argv[1:]:
        counts = analyse(path)
        print(path, " ".join(f"{k}={v}" for k, v in counts.items()))


if __name__ == "__main__":
    main()
