"""An article's text as escaped HTML with what was found marked up.

Two layers always nest: quotes are the outer layer; actor mentions, event triggers, times and places the
inner one. Inner spans over the same characters share one mark. Overlaps within a layer are cut into
stretches, each drawn as its most specific span; a mark that crosses a quote boundary is closed and
reopened, so the HTML is always well formed and every span is visible at least in part. Every piece of article text goes
through `markupsafe.escape`.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from markupsafe import Markup, escape

KIND_LABELS = {"actor": "Actor", "event": "Event", "untold": "Act without a doer", "time": "Time", "place": "Place",
               "quote": "Quote"}


@dataclass
class Mark:
    start: int
    end: int
    kinds: list[str] = field(default_factory=list)
    refs: list[str] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)


def _names(rec: dict[str, Any]) -> dict[str, str]:
    return {a["id"]: a["name"] for a in rec.get("actors") or []}


def event_title(ev: dict[str, Any], names: dict[str, str]) -> str:
    who = lambda ids: ", ".join(names.get(i, i) for i in ids) or "?"  # noqa: E731
    date = (ev.get("date") or {}).get("value") or "undated"
    return (f"Event {ev['type']} ({ev.get('modality', 'asserted')}): {who(ev.get('source') or [])} → "
            f"{who(ev.get('target') or [])}; {date}")


def actor_title(a: dict[str, Any]) -> str:
    extra = ", ".join(x for x in (a.get("kind"), a.get("country"), a.get("sector")) if x)
    return f"Actor {a['name']} ({extra})"


def quote_speaker(q: dict[str, Any], names: dict[str, str]) -> str:
    return names.get(q.get("speaker") or "", "") or q.get("speaker_text") or "unknown speaker"


def event_spans(ev: dict[str, Any], names: dict[str, str],
                kind: str = "event") -> list[tuple[int, int, str, str, str]]:
    """Every report of one event: the trigger it stands on and each further report's (its `mentions`), one ref.

    `kind` "untold" marks an act reported without a doer (the record's `unattributed_events`): its own ref and
    row, its title saying so."""
    title, more = event_title(ev, names), ev.get("mentions") or []
    if kind == "untold":
        title = "Reported without a doer — " + title
    told = f" — told {1 + len(more)} times" if more else ""
    reports = [(ev.get("trigger"), f"{title}{told}")] + [
        (m.get("trigger"), f"{title} — further report {i} of {len(more)}") for i, m in enumerate(more, 1)]
    return [(t["start"], t["end"], kind, f"{kind}-{ev['id']}", label) for t, label in reports if t]


def inner_spans(rec: dict[str, Any]) -> list[tuple[int, int, str, str, str]]:
    """(start, end, kind, ref, title) of every inner-layer span of a record."""
    names, out = _names(rec), []
    for a in rec.get("actors") or []:
        for m in a.get("mentions") or []:
            out.append((m["start"], m["end"], "actor", f"actor-{a['id']}", actor_title(a)))
    for ev in rec.get("events") or []:
        out += event_spans(ev, names)
    for ev in rec.get("unattributed_events") or []:
        out += event_spans(ev, names, "untold")
    for i, t in enumerate(rec.get("times") or []):
        out.append((t["start"], t["end"], "time", f"time-{i}", f"Time {t['type']}: {t.get('value') or '?'}"))
    for i, p in enumerate(rec.get("places") or []):
        out.append((p["start"], p["end"], "place", f"place-{i}",
                    f"Place {p['name']}" + (f" ({p['country']})" if p.get("country") else "")))
    return out


def _merge(spans: list[tuple[int, int, str, str, str]], length: int) -> list[Mark]:
    """Inner spans over the same characters become one mark (with every record); out-of-range ones are dropped."""
    by_range: dict[tuple[int, int], Mark] = {}
    for start, end, kind, ref, title in spans:
        if not (0 <= start < end <= length):
            continue
        m = by_range.setdefault((start, end), Mark(start, end))
        if kind not in m.kinds:
            m.kinds.append(kind)
        m.refs.append(ref)
        m.titles.append(title)
    return sorted(by_range.values(), key=lambda m: (m.start, m.end))


QUOTE_RANK = {"direct": 0, "mixed": 1, "indirect": 2}


class _Sweep:
    """The best item covering each successive stretch [a, b) (stretches given in increasing order)."""

    def __init__(self, items: list, start, end, rank):
        self.items = sorted(items, key=start)
        self.start, self.end, self.rank = start, end, rank
        self.next, self.active = 0, []

    def at(self, a: int, b: int):
        while self.next < len(self.items) and self.start(self.items[self.next]) <= a:
            self.active.append(self.items[self.next])
            self.next += 1
        self.active = [x for x in self.active if self.end(x) >= b]
        return min(self.active, key=self.rank) if self.active else None


def _open_mark(m: Mark) -> str:
    cls = " ".join(f"hl-{k}" for k in m.kinds)
    return (f'<a class="hl {cls}" href="#rec-{escape(m.refs[0])}" data-ref="{escape(" ".join(m.refs))}" '
            f'title="{escape(" | ".join(m.titles))}">')


def _open_quote(q: dict[str, Any], speaker: str) -> str:
    return (f'<span class="hl-quote hl-quote-{escape(q["kind"])}" tabindex="0" data-ref="quote-{escape(q["id"])}" '
            f'data-speaker="{escape(speaker)}" title="{escape(q["kind"].capitalize())} quote — speaker: '
            f'{escape(speaker)}">')


def highlight(rec: dict[str, Any]) -> Markup:
    """The article text as HTML with quotes and inner marks (see the module docstring).

    Where quotes overlap (a mixed quote holding a direct one), each stretch of text shows the most direct,
    then shortest, quote; where inner spans nest, the shortest. A span cut this way is drawn in pieces that
    share its record."""
    text = rec["article"]["text"]
    names = _names(rec)
    quotes = [q for q in rec.get("quotes") or [] if 0 <= q["start"] < q["end"] <= len(text)]
    marks = _merge(inner_spans(rec), len(text))
    cuts = sorted({0, len(text)} | {q["start"] for q in quotes} | {q["end"] for q in quotes}
                  | {m.start for m in marks} | {m.end for m in marks})
    html: list[str] = []
    cur_q: dict | None = None
    cur_m: Mark | None = None
    q_sweep = _Sweep(quotes, lambda x: x["start"], lambda x: x["end"],
                     lambda x: (QUOTE_RANK.get(x["kind"], 3), x["end"] - x["start"], x["start"]))
    m_sweep = _Sweep(marks, lambda x: x.start, lambda x: x.end, lambda x: (x.end - x.start, x.start))
    for a, b in zip(cuts, cuts[1:]):
        q, m = q_sweep.at(a, b), m_sweep.at(a, b)
        if q is not cur_q or m is not cur_m:
            if cur_m is not None:
                html.append("</a>")
            if q is not cur_q:
                if cur_q is not None:
                    html.append("</span>")
                if q is not None:
                    html.append(_open_quote(q, quote_speaker(q, names)))
            if m is not None:
                html.append(_open_mark(m))
            cur_q, cur_m = q, m
        html.append(str(escape(text[a:b])))
    if cur_m is not None:
        html.append("</a>")
    if cur_q is not None:
        html.append("</span>")
    return Markup("".join(html))


def legend() -> list[tuple[str, str, str]]:
    """(css class, label, what it marks) for the article page's legend."""
    return [
        ("hl-actor", "Actor", "a person, organisation, state or group, each mention"),
        ("hl-event", "Event trigger", "the word that reports an event, at every report of it; its record names "
         "source and target"),
        ("hl-untold", "Act without a doer", "an act the article tells without saying who did it (“was "
         "arrested”); its record has a target and no source"),
        ("hl-quote", "Quote", "a direct, indirect or mixed quote; its speaker is named on hover or focus"),
        ("hl-time", "Time", "a date, time, duration or set, normalised"),
        ("hl-place", "Place", "a place, with its country"),
    ]
