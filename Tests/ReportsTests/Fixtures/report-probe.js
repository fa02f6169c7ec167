// Drives a rendered report the way a reader would (clicks, filters, sorting, zoom) and writes
// what it saw as JSON into a <pre> with the id probe-result. Chromium.probe adds it after report.js.
(function () {
  "use strict";
  var byId = function (id) { return document.getElementById(id); };
  var table = byId("findings-table");
  var svg = document.querySelector("#diagram-figure svg");
  var figure = byId("diagram-figure");
  var tools = byId("diagram-tools");
  var rows = function () { return table ? Array.prototype.slice.call(table.tBodies[0].rows) : []; };
  var visibleRows = function () { return rows().filter(function (r) { return !r.hidden; }); };
  var groups = {};
  if (svg) {
    Array.prototype.forEach.call(svg.querySelectorAll("g[data-target]"), function (g) {
      groups[g.getAttribute("data-target")] = g;
    });
  }
  var click = function (node) { node.dispatchEvent(new MouseEvent("click", { bubbles: true })); };
  var change = function (id, value, event) {
    var control = byId(id);
    control.value = value;
    control.dispatchEvent(new Event(event || "change"));
  };
  var report = {};

  // What the page shows as loaded, before any interaction (a `#target=` link selects).
  report.initialShown = visibleRows().length;
  report.initialCount = byId("visible-count") ? byId("visible-count").textContent : "";
  var selected = svg ? svg.querySelector("g.is-selected") : null;
  report.initialSelected = selected ? selected.getAttribute("data-target") : "";
  report.controlsShown = !!byId("controls") && !byId("controls").hidden;
  if (report.initialSelected) click(groups[report.initialSelected]);
  report.groups = Object.keys(groups).length;

  var withFindings = Object.keys(groups).filter(function (t) {
    return rows().some(function (r) { return r.getAttribute("data-target") === t; });
  });
  var target = withFindings[0] || "";
  report.target = target;
  if (target) {
    var started = performance.now();
    click(groups[target]);
    report.filterMs = Math.round(performance.now() - started);
    var visible = visibleRows();
    report.filterShown = visible.length;
    report.filterExpected = rows().filter(function (r) { return r.getAttribute("data-target") === target; }).length;
    report.filterOnlyTarget = visible.every(function (r) { return r.getAttribute("data-target") === target; });
    report.selected = groups[target].classList.contains("is-selected");
    click(groups[target]);
    report.clearedShown = visibleRows().length;
  }
  var last = rows()[rows().length - 1];
  if (last) {
    click(last.cells[last.cells.length - 1]);
    var focused = groups[last.getAttribute("data-target")];
    report.rowFocusesDiagram = !!focused && focused.classList.contains("is-focused");
  }

  change("filter-severity", "critical");
  report.criticalShown = visibleRows().length;
  report.criticalOnly = visibleRows().every(function (r) { return r.getAttribute("data-severity") === "critical"; });
  change("filter-severity", "");
  change("filter-basis", "presumed");
  report.presumedShown = visibleRows().length;
  report.presumedOnly = visibleRows().every(function (r) { return r.getAttribute("data-basis") === "presumed"; });
  change("filter-basis", "");
  change("filter-stride", "spoofing");
  report.spoofingShown = visibleRows().length;
  report.spoofingOnly = visibleRows().every(function (r) {
    return (" " + r.getAttribute("data-stride") + " ").indexOf(" spoofing ") >= 0;
  });
  change("filter-stride", "");
  var firstTitle = rows().length ? rows()[0].querySelector(".threat-title").textContent : "";
  change("filter-text", firstTitle.toLowerCase(), "input");
  report.searchShown = visibleRows().length;
  report.searchMatches = visibleRows().every(function (r) { return r.textContent.indexOf(firstTitle) >= 0; });
  change("filter-text", "", "input");
  report.resetShown = visibleRows().length;

  var sortButton = table ? table.querySelector("button[data-sort=severity]") : null;
  if (sortButton) {
    var sortStarted = performance.now();
    sortButton.click();
    report.sortMs = Math.round(performance.now() - sortStarted);
    var ranks = rows().map(function (r) { return +r.getAttribute("data-rank"); });
    report.sortedBySeverity = ranks.every(function (v, i) { return i === 0 || ranks[i - 1] >= v; });
    table.querySelector("button[data-sort=number]").click();
    var numbers = rows().map(function (r) { return +r.getAttribute("data-number"); });
    report.sortedByNumber = numbers.every(function (v, i) { return i === 0 || numbers[i - 1] < v; });
  }

  report.badges = svg ? svg.querySelectorAll(".threat-badge").length : 0;
  if (svg && figure && tools) {
    report.zoomToolsShown = !tools.hidden;
    var fitWidth = svg.getBoundingClientRect().width;
    tools.querySelector("button[data-zoom=in]").click();
    tools.querySelector("button[data-zoom=in]").click();
    report.zoomedGrows = svg.getBoundingClientRect().width > fitWidth * 1.5;
    report.zoomScrolls = figure.scrollWidth > figure.clientWidth;
    report.zoomLabel = byId("zoom-level").textContent;
    tools.querySelector("button[data-zoom=actual]").click();
    report.actualLabel = byId("zoom-level").textContent;
    tools.querySelector("button[data-zoom=fit]").click();
    report.fitRestores = Math.abs(svg.getBoundingClientRect().width - fitWidth) < 1;
    report.fitLabel = byId("zoom-level").textContent;
  }
  var out = document.createElement("pre");
  out.id = "probe-result";
  out.textContent = JSON.stringify(report);
  document.body.appendChild(out);
})();
