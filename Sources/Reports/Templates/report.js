(function () {
  "use strict";
  var table = document.getElementById("findings-table");
  var svg = document.querySelector("#diagram-figure svg");
  var rows = table ? Array.prototype.slice.call(table.tBodies[0].rows) : [];
  var groups = {};
  var state = { target: "", stride: "", severity: "", status: "", basis: "", text: "" };
  var texts = null;
  var byId = function (id) { return document.getElementById(id); };
  var controls = byId("controls");
  if (controls) controls.hidden = false;

  if (svg) {
    Array.prototype.forEach.call(svg.querySelectorAll("g[data-target]"), function (g) {
      groups[g.getAttribute("data-target")] = g;
    });
  }

  function targetName(target) {
    for (var i = 0; i < rows.length; i++) {
      if (rows[i].getAttribute("data-target") === target) {
        var link = rows[i].querySelector(".target-link");
        return link ? link.textContent : target;
      }
    }
    var g = groups[target];
    var title = g && g.querySelector("title");
    return title ? title.textContent : target;
  }

  function matches(row, index) {
    if (state.target && row.getAttribute("data-target") !== state.target) return false;
    if (state.severity && row.getAttribute("data-severity") !== state.severity) return false;
    if (state.status && row.getAttribute("data-status") !== state.status) return false;
    if (state.basis && row.getAttribute("data-basis") !== state.basis) return false;
    if (state.stride && (" " + row.getAttribute("data-stride") + " ").indexOf(" " + state.stride + " ") < 0) return false;
    if (state.text) {
      if (!texts) texts = rows.map(function (r) { return r.textContent.toLowerCase(); });
      if (texts[index].indexOf(state.text) < 0) return false;
    }
    return true;
  }

  function apply() {
    var shown = 0;
    for (var i = 0; i < rows.length; i++) {
      var visible = matches(rows[i], i);
      if (rows[i].hidden === visible) rows[i].hidden = !visible;
      if (visible) shown++;
    }
    var count = byId("visible-count");
    if (count) count.textContent = "Showing " + shown + " of " + rows.length + " findings";
    var empty = byId("no-match");
    if (empty) empty.hidden = shown > 0 || rows.length === 0;
    var selection = byId("selection");
    if (selection) {
      selection.hidden = !state.target;
      byId("selection-name").textContent = state.target ? targetName(state.target) : "";
    }
  }

  function mark(className, target) {
    if (!svg) return null;
    var previous = svg.querySelectorAll("g." + className);
    for (var i = 0; i < previous.length; i++) previous[i].classList.remove(className);
    var g = target ? groups[target] : null;
    if (g) g.classList.add(className);
    return g;
  }

  function select(target) {
    state.target = state.target === target ? "" : target;
    mark("is-selected", state.target);
    if (svg) svg.classList.toggle("has-selection", !!state.target && !!groups[state.target]);
    apply();
  }

  function focusFinding(row) {
    var active = table.querySelector("tr.is-active");
    if (active) active.classList.remove("is-active");
    row.classList.add("is-active");
    var g = mark("is-focused", row.getAttribute("data-target"));
    if (g && g.scrollIntoView) g.scrollIntoView({ block: "center", inline: "center", behavior: "smooth" });
    return g;
  }

  function sortBy(key, button) {
    var th = button.parentNode;
    var ascending = th.getAttribute("aria-sort") !== "ascending";
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (cell) { cell.removeAttribute("aria-sort"); });
    th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
    var column = Array.prototype.indexOf.call(th.parentNode.cells, th);
    var keyed = rows.map(function (row, index) {
      var value;
      if (key === "number") value = +row.getAttribute("data-number");
      else if (key === "severity") value = -row.getAttribute("data-rank");
      else value = row.cells[column].textContent.trim().toLowerCase();
      return { row: row, value: value, index: index };
    });
    keyed.sort(function (a, b) {
      var order = a.value < b.value ? -1 : a.value > b.value ? 1 : a.index - b.index;
      return ascending ? order : -order;
    });
    // Reorder the rows in a detached body: moving rows inside a live table costs the browser
    // table bookkeeping per move (seconds for 5,000 findings), a detached body almost nothing.
    var body = table.tBodies[0];
    var next = body.nextSibling;
    table.removeChild(body);
    rows = keyed.map(function (item) { body.appendChild(item.row); return item.row; });
    texts = null;
    table.insertBefore(body, next);
  }

  function badges() {
    if (!svg || svg.parentNode.getAttribute("data-badges") === "drawn") return;
    var summary = {};
    var rank = { low: 0, medium: 1, high: 2, critical: 3 };
    rows.forEach(function (row) {
      if (row.getAttribute("data-status") !== "open") return;
      var target = row.getAttribute("data-target");
      var severity = row.getAttribute("data-severity");
      var entry = summary[target] || (summary[target] = { count: 0, severity: "low" });
      entry.count++;
      if (rank[severity] > rank[entry.severity]) entry.severity = severity;
    });
    var boxes = [];
    Object.keys(summary).forEach(function (target) {
      var g = groups[target];
      if (!g || !g.getBBox) return;
      var isFlow = /(^|\s)flow(\s|$)/.test(g.getAttribute("class") || "");
      var label = isFlow ? g.querySelector("text") : null;
      boxes.push({ g: g, box: (label || g).getBBox(), entry: summary[target], flow: !!label });
    });
    var ns = "http://www.w3.org/2000/svg";
    boxes.forEach(function (item) {
      var badge = document.createElementNS(ns, "g");
      badge.setAttribute("class", "threat-badge sev-" + item.entry.severity);
      var circle = document.createElementNS(ns, "circle");
      var x = item.flow ? item.box.x + item.box.width + 11 : item.box.x + item.box.width - 2;
      var y = item.flow ? item.box.y + item.box.height / 2 : item.box.y + 2;
      circle.setAttribute("cx", x); circle.setAttribute("cy", y); circle.setAttribute("r", 9);
      var text = document.createElementNS(ns, "text");
      text.setAttribute("x", x); text.setAttribute("y", y);
      text.textContent = item.entry.count > 99 ? "99+" : String(item.entry.count);
      var title = document.createElementNS(ns, "title");
      title.textContent = item.entry.count + " open, most severe " + item.entry.severity;
      badge.appendChild(title); badge.appendChild(circle); badge.appendChild(text);
      item.g.appendChild(badge);
    });
  }

  if (svg) {
    svg.addEventListener("click", function (event) {
      var g = event.target.closest ? event.target.closest("g[data-target]") : null;
      if (g) { event.preventDefault(); select(g.getAttribute("data-target")); }
    });
    svg.addEventListener("keydown", function (event) {
      if (event.key !== "Enter" && event.key !== " ") return;
      var g = event.target.closest ? event.target.closest("g[data-target]") : null;
      if (g) { event.preventDefault(); select(g.getAttribute("data-target")); }
    });
  }
  if (table) {
    table.tBodies[0].addEventListener("click", function (event) {
      var row = event.target.closest("tr");
      if (!row) return;
      if (event.target.closest("a.target-link")) event.preventDefault();
      focusFinding(row);
    });
    table.tHead.addEventListener("click", function (event) {
      var button = event.target.closest("button[data-sort]");
      if (button) sortBy(button.getAttribute("data-sort"), button);
    });
  }
  [["filter-stride", "stride"], ["filter-severity", "severity"], ["filter-status", "status"], ["filter-basis", "basis"]].forEach(function (pair) {
    var control = byId(pair[0]);
    if (control) control.addEventListener("change", function () { state[pair[1]] = control.value; apply(); });
  });
  var search = byId("filter-text");
  if (search) search.addEventListener("input", function () { state.text = search.value.trim().toLowerCase(); apply(); });
  var clear = byId("selection-clear");
  if (clear) clear.addEventListener("click", function () { select(state.target); });

  // Zoom and pan: "Fit" is the stylesheet's own sizing; other levels are a scale of the
  // diagram's natural size (Graphviz points, 96/72 px each), kept centred on what was in view.
  var figure = byId("diagram-figure");
  var tools = byId("diagram-tools");
  var zoom = { scale: 0, min: 0.05, max: 4 };
  var naturalWidth = function () {
    var box = svg.viewBox && svg.viewBox.baseVal;
    return box && box.width ? box.width * 96 / 72 : svg.getBoundingClientRect().width;
  };
  var fitScale = function () {
    var style = getComputedStyle(figure);
    var inner = figure.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    return Math.min(1, inner / naturalWidth());
  };
  function zoomTo(scale, anchorX, anchorY) {
    var frame = figure.getBoundingClientRect();
    var ax = anchorX === undefined ? frame.width / 2 : anchorX;
    var ay = anchorY === undefined ? frame.height / 2 : anchorY;
    var before = svg.getBoundingClientRect();
    var fx = (figure.scrollLeft + ax - (before.left - frame.left + figure.scrollLeft)) / before.width;
    var fy = (figure.scrollTop + ay - (before.top - frame.top + figure.scrollTop)) / before.height;
    if (scale === 0) {
      zoom.scale = 0;
      svg.style.width = "";
      figure.classList.remove("is-zoomed");
    } else {
      zoom.scale = Math.min(zoom.max, Math.max(zoom.min, scale));
      svg.style.width = Math.round(naturalWidth() * zoom.scale) + "px";
      figure.classList.add("is-zoomed");
    }
    var after = svg.getBoundingClientRect();
    var left = after.left - frame.left + figure.scrollLeft;
    var top = after.top - frame.top + figure.scrollTop;
    figure.scrollLeft = left + fx * after.width - ax;
    figure.scrollTop = top + fy * after.height - ay;
    byId("zoom-level").textContent = zoom.scale ? Math.round(zoom.scale * 100) + "%" : "Fit";
  }
  function zoomBy(factor, anchorX, anchorY) {
    var current = zoom.scale || fitScale();
    var next = current * factor;
    var fit = fitScale();
    // Stepping across the fitted size lands on it, so "Fit" is always one step away.
    if (zoom.scale && ((current < fit && next > fit) || (current > fit && next < fit))) next = fit;
    zoomTo(next === fit ? 0 : next, anchorX, anchorY);
  }
  if (svg && figure && tools) {
    tools.hidden = false;
    tools.addEventListener("click", function (event) {
      var button = event.target.closest("button[data-zoom]");
      if (!button) return;
      var action = button.getAttribute("data-zoom");
      if (action === "in") zoomBy(1.25);
      else if (action === "out") zoomBy(0.8);
      else if (action === "fit") zoomTo(0);
      else zoomTo(1);
    });
    figure.addEventListener("wheel", function (event) {
      if (!event.ctrlKey && !event.metaKey) return;
      event.preventDefault();
      var frame = figure.getBoundingClientRect();
      zoomBy(event.deltaY < 0 ? 1.15 : 1 / 1.15, event.clientX - frame.left, event.clientY - frame.top);
    }, { passive: false });
    figure.addEventListener("keydown", function (event) {
      if (event.target.closest && event.target.closest("input, select")) return;
      if (event.key === "+" || event.key === "=") zoomBy(1.25);
      else if (event.key === "-") zoomBy(0.8);
      else if (event.key === "0") zoomTo(0);
      else if (event.key === "1") zoomTo(1);
      else return;
      event.preventDefault();
    });
    var drag = null;
    figure.addEventListener("pointerdown", function (event) {
      if (event.button !== 0 || !figure.classList.contains("is-zoomed")) return;
      drag = { x: event.clientX, y: event.clientY, left: figure.scrollLeft, top: figure.scrollTop, moved: false };
    });
    figure.addEventListener("pointermove", function (event) {
      if (!drag) return;
      var dx = event.clientX - drag.x, dy = event.clientY - drag.y;
      if (!drag.moved && Math.abs(dx) + Math.abs(dy) < 5) return;
      if (!drag.moved) { drag.moved = true; figure.classList.add("is-dragging"); figure.setPointerCapture(event.pointerId); }
      figure.scrollLeft = drag.left - dx;
      figure.scrollTop = drag.top - dy;
    });
    var endDrag = function () {
      if (drag && drag.moved) {
        figure.classList.remove("is-dragging");
        // The click that ends a drag must not select what happens to be under the pointer.
        figure.addEventListener("click", function (event) { event.stopPropagation(); event.preventDefault(); }, { capture: true, once: true });
      }
      drag = null;
    };
    figure.addEventListener("pointerup", endDrag);
    figure.addEventListener("pointercancel", endDrag);
  }

  badges();
  var linked = /^#target=(.+)$/.exec(location.hash);
  // A malformed fragment (`#target=%E0`) is ignored, never an error that stops the script.
  var wanted = null;
  if (linked) {
    try { wanted = decodeURIComponent(linked[1]); } catch (error) { wanted = null; }
  }
  if (wanted !== null) {
    if (groups[wanted] || rows.some(function (r) { return r.getAttribute("data-target") === wanted; })) {
      select(wanted);
    }
  }
  apply();
})();
