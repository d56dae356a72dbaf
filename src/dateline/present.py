"""Plain-text views of records for people: the summary a journalist would want."""
from __future__ import annotations

import textwrap
from typing import Any


def _short(s: str | None, width: int = 110) -> str:
    s = " ".join((s or "").split())
    return s if len(s) <= width else s[: width - 1] + "…"


def summary(rec: dict[str, Any]) -> str:
    """Provenance, actors with mentions, events, quotes, conflicts and a timeline for one record."""
    names = {a["id"]: a["name"] for a in rec["actors"]}
    out = _header(rec["article"])
    for section in (_actors, _events, _untold, _quotes, _conflicts, _timeline):
        out += section(rec, names)
    return "\n".join(out)


def _who(names: dict[str, str], ids: list[str], empty: str = "—") -> str:
    return ", ".join(names.get(i, i) for i in ids) or empty


def _header(art: dict[str, Any]) -> list[str]:
    out = [f"═══ {art['id']}" + (f" — {art['title']}" if art.get("title") else ""),
           f"published {art['date'] or 'unknown date'}"
           + (f" · {art['outlet']}" if art.get("outlet") else "")
           + (f" · by {', '.join(art['authors'])}" if art.get("authors") else "")]
    if art.get("original_publisher"):
        out.append(f"originally published by {art['original_publisher']}")
    if art.get("cited_sources"):
        out.append(f"cites: {', '.join(art['cited_sources'])}")
    return out


def _actors(rec: dict[str, Any], names: dict[str, str]) -> list[str]:
    if not rec["actors"]:
        return []
    out = ["\nACTORS"]
    for a in rec["actors"]:
        tags = "/".join(x for x in (a["kind"], a["country"], a["sector"]) if x)
        seen = list(dict.fromkeys(m["text"] for m in a["mentions"]))
        out.append(f"  {a['name']} [{tags}]" + (f" ← {'; '.join(seen[:6])}" if seen else ""))
    return out


def _events(rec: dict[str, Any], names: dict[str, str], key: str = "events",
            title: str = "EVENTS") -> list[str]:
    if not rec.get(key):
        return []
    out = [f"\n{title}"]
    for e in sorted(rec[key], key=lambda e: -e["confidence"]):
        when = (e["date"] or {}).get("value") or "?"
        mod = "" if e["modality"] == "asserted" else f" ({e['modality']})"
        out.append(f"  {e['type']}{mod}: {_who(names, e['source'], '?')} → {_who(names, e['target'])}"
                   + (f" [with {_who(names, e['others'])}]" if e["others"] else "")
                   + f" · {when}" + (f" · {e['location']['name']}" if e.get("location") else "")
                   + f" · conf {e['confidence']:.2f}")
        out.append(f"      “{_short(e['evidence']['text'])}”  ({e['rule']})")
        out += _further(e)
    return out


def _further(e: dict[str, Any]) -> list[str]:
    """An event's further reports (restatements merged into it), under its evidence, in text order."""
    more = e.get("mentions") or []
    if not more:
        return []
    out = [f"      told {1 + len(more)} times; also:"]
    for m in more:
        trig = (m.get("trigger") or {}).get("text")
        out.append(f"        “{_short(m['evidence']['text'], 100)}”  ({m['rule']}"
                   + (f", “{trig}”" if trig else "") + f", conf {m['confidence']:.2f})")
    return out


def _untold(rec: dict[str, Any], names: dict[str, str]) -> list[str]:
    """Reports whose doer the text does not give ("Kell was arrested"), shown with "?" as their source."""
    return _events(rec, names, "unattributed_events", "REPORTED WITHOUT A DOER")


def _quotes(rec: dict[str, Any], names: dict[str, str]) -> list[str]:
    if not rec["quotes"]:
        return []
    out = ["\nQUOTES"]
    for q in rec["quotes"]:
        speaker = names.get(q["speaker"]) or q["speaker_text"] or "unattributed"
        mark = "“”" if q["kind"] == "direct" else "‹›"
        out.append(textwrap.shorten(f"  {speaker} — {mark[0]}{q['text']}{mark[1]}", 160, placeholder="…"))
    return out


def _conflicts(rec: dict[str, Any], names: dict[str, str]) -> list[str]:
    conflicts = [c for c in rec["claims"] if c["conflicts_with"]]
    if not conflicts:
        return []
    out = ["\nCONFLICTING CLAIMS"]
    by_id = {c["id"]: c for c in rec["claims"]}
    shown = set()
    for c in conflicts:
        for other in c["conflicts_with"]:
            pair = tuple(sorted((c["id"], other)))
            if pair in shown or other not in by_id:
                continue
            shown.add(pair)
            o = by_id[other]
            out.append(f"  {names.get(c['holder'], '?')}: {_short(c['text'], 70)}")
            out.append(f"    ✗ {names.get(o['holder'], '?')}: {_short(o['text'], 70)}")
    return out


def _timeline(rec: dict[str, Any], names: dict[str, str]) -> list[str]:
    dated = [e for e in rec["events"] if (e["date"] or {}).get("value")]
    if not (dated or rec["times"]):
        return []
    out = ["\nTIMELINE"]
    for e in sorted(dated, key=lambda e: e["date"]["value"]):
        out.append(f"  {e['date']['value']:<12} {e['type']}: {_who(names, e['source'])} → {_who(names, e['target'])}")
    if not dated:
        for t in rec["times"]:
            out.append(f"  {t['value'] or '?':<12} “{t['text']}”")
    return out


def batch_line(counts: dict[str, int]) -> str:
    return ", ".join(f"{k} {v}" for k, v in counts.items())
