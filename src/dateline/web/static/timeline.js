// Timeline page: draw the dated events with vis-timeline; item content is built as DOM text (never HTML).
(function () {
  "use strict";
  var items = JSON.parse(document.getElementById("timeline-data").textContent);
  var box = document.getElementById("timeline");
  if (!items.length || typeof vis === "undefined") { box.hidden = !items.length; return; }
  var groups = {}, data = items.map(function (it) {
    groups[it.type] = true;
    var el = document.createElement("span");
    el.className = "tl-item";
    el.textContent = (it.sources.join(", ") || "?") + " → " + (it.targets.join(", ") || "?");
    el.title = it.type + " (" + it.modality + ") " + it.date + ": " + it.evidence;
    return {id: it.id, group: it.type, start: it.start, content: el, article: it.article,
            className: "tl-" + it.modality};
  });
  var groupList = Object.keys(groups).sort().map(function (g) { return {id: g, content: g}; });
  var tl = new vis.Timeline(box, new vis.DataSet(data), new vis.DataSet(groupList),
    {stack: true, zoomKey: "ctrlKey", orientation: "top", maxHeight: 480, xss: {disabled: false}});
  tl.fit({animation: false});
  tl.on("select", function (props) {
    if (!props.items.length) { return; }
    var id = String(props.items[0]), cut = id.lastIndexOf("/");
    window.location.href = "/articles/" + encodeURIComponent(id.slice(0, cut)) + "#rec-event-" +
      encodeURIComponent(id.slice(cut + 1));
  });
  window.datelineTimeline = tl;  // for tests and the console
  box.setAttribute("data-rendered", String(data.length));
})();
