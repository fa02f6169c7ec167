(function () {
  "use strict";
  var table = document.getElementById("findings-table");
  var svg = document.querySelector("#diagram-figure svg");
  var rows = table ? Array.prototype.slice.call(table.tBodies[0].rows) : [];
  var groups = {};
  var state = { target: "", stride: "", severity: "", status: "", text: "" };
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
    var fragment = document.createDocumentFragment();
    rows = keyed.map(function (item) { fragment.appendChild(item.row); return item.row; });
    texts = null;
    table.tBodies[0].appendChild(fragment);
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
  [["filter-stride", "stride"], ["filter-severity", "severity"], ["filter-status", "status"]].forEach(function (pair) {
    var control = byId(pair[0]);
    if (control) control.addEventListener("change", function () { state[pair[1]] = control.value; apply(); });
  });
  var search = byId("filter-text");
  if (search) search.addEventListener("input", function () { state.text = search.value.trim().toLowerCase(); apply(); });
  var clear = byId("selection-clear");
  if (clear) clear.addEventListener("click", function () { select(state.target); });

  badges();
  var linked = /^#target=(.+)$/.exec(location.hash);
  if (linked) {
    var wanted = decodeURIComponent(linked[1]);
    if (groups[wanted] || rows.some(function (r) { return r.getAttribute("data-target") === wanted; })) {
      select(wanted);
    }
  }
  apply();

  if (location.hash === "#selftest") {
    var report = {};
    var visibleRows = function () { return rows.filter(function (r) { return !r.hidden; }); };
    var withFindings = Object.keys(groups).filter(function (t) {
      return rows.some(function (r) { return r.getAttribute("data-target") === t; });
    });
    var target = withFindings[0] || "";
    report.target = target;
    report.groups = Object.keys(groups).length;
    if (target) {
      var started = performance.now();
      groups[target].dispatchEvent(new MouseEvent("click", { bubbles: true }));
      report.filterMs = Math.round(performance.now() - started);
      var visible = visibleRows();
      var expected = rows.filter(function (r) { return r.getAttribute("data-target") === target; }).length;
      report.filterShown = visible.length;
      report.filterExpected = expected;
      report.filterOnlyTarget = visible.every(function (r) { return r.getAttribute("data-target") === target; });
      report.selected = groups[target].classList.contains("is-selected");
      groups[target].dispatchEvent(new MouseEvent("click", { bubbles: true }));
      report.clearedShown = visibleRows().length;
    }
    var last = rows[rows.length - 1];
    if (last) {
      last.cells[last.cells.length - 1].dispatchEvent(new MouseEvent("click", { bubbles: true }));
      var focused = groups[last.getAttribute("data-target")];
      report.rowFocusesDiagram = !!focused && focused.classList.contains("is-focused");
    }
    var severity = byId("filter-severity");
    severity.value = "critical";
    severity.dispatchEvent(new Event("change"));
    report.criticalShown = visibleRows().length;
    report.criticalOnly = visibleRows().every(function (r) { return r.getAttribute("data-severity") === "critical"; });
    severity.value = "";
    severity.dispatchEvent(new Event("change"));
    var sortButton = table ? table.querySelector("button[data-sort=severity]") : null;
    if (sortButton) {
      var sortStarted = performance.now();
      sortButton.click();
      report.sortMs = Math.round(performance.now() - sortStarted);
      var ranks = rows.map(function (r) { return +r.getAttribute("data-rank"); });
      report.sortedBySeverity = ranks.every(function (v, i) { return i === 0 || ranks[i - 1] >= v; });
    }
    report.badges = svg ? svg.querySelectorAll(".threat-badge").length : 0;
    var out = document.createElement("pre");
    out.id = "selftest-result";
    out.textContent = JSON.stringify(report);
    document.body.appendChild(out);
  }
})();
