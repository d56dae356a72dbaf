// Network page: actors and weighted, typed event edges drawn with cytoscape; click or Enter lists the events.
(function () {
  "use strict";
  var graph = JSON.parse(document.getElementById("network-data").textContent);
  var box = document.getElementById("network"), status = document.getElementById("network-status");
  if (!graph.nodes.length || typeof cytoscape === "undefined") { box.hidden = !graph.nodes.length; return; }
  var maxW = Math.max.apply(null, graph.edges.map(function (e) { return e.weight; }).concat([1]));
  var elements = graph.nodes.map(function (n) {
    return {data: {id: "n:" + n.id, label: n.name, kind: n.kind || "", articles: n.articles}};
  }).concat(graph.edges.map(function (e, i) {
    return {data: {id: "e" + i, source: "n:" + e.source, target: "n:" + e.target, type: e.type,
                   weight: e.weight, label: e.type + " ×" + e.weight, width: 1 + 7 * e.weight / maxW}};
  }));
  var cy = cytoscape({
    container: box, elements: elements,
    layout: {name: "cose", animate: false, randomize: false, nodeRepulsion: 8000, idealEdgeLength: 120},
    style: [
      {selector: "node", style: {"label": "data(label)", "font-size": 11, "background-color": "#5b9bd5",
        "width": "mapData(articles, 1, 20, 18, 48)", "height": "mapData(articles, 1, 20, 18, 48)",
        "text-valign": "bottom", "text-margin-y": 3}},
      {selector: "node[kind = 'state']", style: {"background-color": "#2e7d32", "shape": "round-rectangle"}},
      {selector: "node[kind = 'organization']", style: {"background-color": "#8a5cc2", "shape": "diamond"}},
      {selector: "edge", style: {"width": "data(width)", "curve-style": "bezier", "target-arrow-shape": "triangle",
        "line-color": "#d9822b", "target-arrow-color": "#d9822b", "label": "data(label)", "font-size": 9,
        "text-rotation": "autorotate", "color": "#6b3d00"}},
      {selector: ".faded", style: {"opacity": 0.15}}
    ]
  });
  function eventsUrl(actor, type) {
    return "/events?actor=" + encodeURIComponent(actor) + (type ? "&type=" + encodeURIComponent(type) : "");
  }
  cy.on("tap", "node", function (ev) {
    var n = ev.target;
    cy.elements().addClass("faded");
    n.closedNeighborhood().removeClass("faded");
    status.textContent = "";
    var a = document.createElement("a");
    a.href = eventsUrl(n.data("label"));
    a.textContent = "List the events of " + n.data("label") + " (" + n.connectedEdges().length + " edges)";
    status.appendChild(a);
    a.focus();
  });
  cy.on("tap", "edge", function (ev) {
    var e = ev.target;
    window.location.href = eventsUrl(e.source().data("label"), e.data("type"));
  });
  cy.on("tap", function (ev) { if (ev.target === cy) { cy.elements().removeClass("faded"); } });
  window.datelineNetwork = cy;  // for tests and the console
  box.setAttribute("data-rendered", cy.nodes().length + "/" + cy.edges().length);
})();
