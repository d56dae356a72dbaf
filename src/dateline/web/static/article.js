// Article page: show the record of a marked span on hover or keyboard focus (the page works without this).
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("record-data").textContent);
  var card = document.getElementById("card");
  var actors = {}, events = {}, untold = {}, quotes = {};
  data.actors.forEach(function (a) { actors[a.id] = a; });
  data.events.forEach(function (e) { events[e.id] = e; });
  (data.unattributed_events || []).forEach(function (e) { untold[e.id] = e; });
  data.quotes.forEach(function (q) { quotes[q.id] = q; });
  function name(id) { return actors[id] ? actors[id].name : id; }
  function names(ids) { return (ids || []).map(name).join(", ") || "—"; }

  function record(ref) {
    var i = ref.indexOf("-"), kind = ref.slice(0, i), id = ref.slice(i + 1);
    if (kind === "actor" && actors[id]) {
      var a = actors[id];
      return ["Actor " + a.name, [["kind", a.kind], ["country", a.country], ["sector", a.sector],
        ["role", a.role], ["knowledge base", a.kb_id], ["mentions", a.mentions.length]]];
    }
    if ((kind === "event" && events[id]) || (kind === "untold" && untold[id])) {
      var e = kind === "event" ? events[id] : untold[id];
      return [(kind === "event" ? "Event " : "Reported without a doer: ") + e.type, [["trigger", e.trigger && e.trigger.text], ["source", names(e.source)],
        ["target", names(e.target)], ["others", names(e.others)], ["modality", e.modality], ["mode", e.mode],
        ["when", e.date && (e.date.value || e.date.text)], ["where", e.location && e.location.name],
        ["confidence", e.confidence], ["rule", e.rule], ["evidence", e.evidence.text],
        ["reports", (e.mentions || []).length ? 1 + e.mentions.length : null]].concat(
        (e.mentions || []).map(function (m, i) { return ["further report " + (i + 1), m.evidence.text]; }))];
    }
    if (kind === "quote" && quotes[id]) {
      var q = quotes[id];
      return ["Quote (" + q.kind + ")", [["speaker", q.speaker ? name(q.speaker) : q.speaker_text],
        ["speaker's words", q.speaker_text], ["cue", q.cue], ["text", q.text]]];
    }
    if (kind === "time") {
      var t = data.times[+id];
      return t && ["Time " + t.type, [["text", t.text], ["value", t.value], ["precision", t.precision]]];
    }
    if (kind === "place") {
      var p = data.places[+id];
      return p && ["Place " + p.name, [["text", p.text], ["country", p.country], ["lat", p.lat], ["lon", p.lon]]];
    }
    return null;
  }

  // every report of the event under the pointer (the trigger it stands on and its further mentions) lights up
  function link(el) {
    Array.prototype.forEach.call(document.querySelectorAll(".hl-linked"), function (x) {
      x.classList.remove("hl-linked");
    });
    el.getAttribute("data-ref").split(" ").forEach(function (ref) {
      if (ref.indexOf("event-") !== 0 && ref.indexOf("untold-") !== 0) { return; }
      Array.prototype.forEach.call(document.querySelectorAll("#article-text [data-ref]"), function (x) {
        if (x.getAttribute("data-ref").split(" ").indexOf(ref) >= 0) { x.classList.add("hl-linked"); }
      });
    });
  }

  function show(el) {
    link(el);
    card.textContent = "";
    el.getAttribute("data-ref").split(" ").forEach(function (ref) {
      var r = record(ref);
      if (!r) { return; }
      var h = document.createElement("h3"), dl = document.createElement("dl");
      h.textContent = r[0];
      r[1].forEach(function (kv) {
        if (kv[1] === null || kv[1] === undefined || kv[1] === "") { return; }
        var dt = document.createElement("dt"), dd = document.createElement("dd");
        dt.textContent = kv[0]; dd.textContent = String(kv[1]);
        dl.appendChild(dt); dl.appendChild(dd);
      });
      card.appendChild(h); card.appendChild(dl);
    });
    card.hidden = false;
  }
  var text = document.getElementById("article-text");
  ["mouseover", "focusin"].forEach(function (type) {
    text.addEventListener(type, function (ev) {
      var el = ev.target.closest("[data-ref]");
      if (el) { show(el); }
    });
  });
})();
