"""Where labelled ACCUSE / SUPPORT / REQUEST events are lost, held out end to end (issue 9, session 29): every
labelled event of these types (quoted sentences or not) that gets no event at its trigger, counted by what is at
the trigger. Training documents only (reading their misses is allowed; never evaluation data).

    python scripts/role_eval.py --event-models W0 W1 --json /tmp/role.json
    python scripts/event_study/judgement_losses.py /tmp/role.json --event-models W0 W1 [--list] [--json OUT]

Causes, per labelled event with no event at its trigger:
- `dropped: REASON`: a candidate whose roles were read, dropped by the events stage (no source, no recipient, …);
- `model < 0.1` / `model 0.1-T`: a candidate of the learned model whose likeliest type is the labelled one, scored
  under the events floor 0.1 / between it and the candidate threshold T (calibrated);
- `model types it X`: a candidate the model reads as another type;
- `no candidate: verb|noun|adj|other`: nothing makes the trigger a candidate; for nouns and adjectives, whether
  VADER rates the word (|rating| >= 1) and whether WordNet files it as a noun of speech is tallied too.
"""
from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT / "scripts" / "event_study"))

TYPES = ("ACCUSE", "SUPPORT", "REQUEST")
FLOOR = 0.1


def _best_candidate(row, doc, lex):
    from dateline.extract.events import learned
    from narrated import trigger_tokens
    best = None
    for t in trigger_tokens(doc, row["trigger_span"]):
        if t.pos_ in ("VERB", "NOUN") and learned.is_candidate(t, lex):
            etype, conf, _ = learned.decide(t, lex)
            label_p = learned._probs(t, lex).get(row["type"], 0.0) if lex.model else 0.0
            if best is None or label_p > best[2]:
                best = (t, etype, label_p, conf)
    return best


def cause_from_parse(row: dict, doc, lex) -> tuple[str, str]:
    """(cause, key) for a labelled event with no candidate whose roles were read."""
    from narrated import head_word, idiom_key, trigger_tokens
    toks = trigger_tokens(doc, row["trigger_span"])
    if not toks:
        return "no candidate: unparsed", ""
    best = _best_candidate(row, doc, lex)
    if best is not None:
        t, etype, label_p, conf = best
        if etype != row["type"]:
            return f"model types it {etype}", f"{t.lemma_.lower()}"
        thr = (lex.model or {}).get("min_confidence", 0.3)
        band = "model < 0.1" if conf < FLOOR else f"model 0.1-{thr}" if conf < thr else "model >= threshold"
        return band, f"{t.lemma_.lower()}"
    head = head_word(toks)
    pos = {"VERB": "verb", "NOUN": "noun", "PROPN": "noun", "ADJ": "adj"}.get(head.pos_, "other")
    extra = ""
    if pos in ("noun", "adj"):
        rating = (lex.valence or {}).get(head.lower_, (lex.valence or {}).get(head.lemma_.lower(), 0.0))
        extra = " rated" if abs(rating) >= 1.0 else " unrated"
        if pos == "noun" and head.lemma_.lower() in lex.speech_nouns:
            extra += " speech-noun"
    return f"no candidate: {pos}{extra}", idiom_key(head) if head.pos_ == "VERB" else head.lemma_.lower()


def cause_of(row: dict) -> str:
    if row["status"] == "candidate":
        reason = row.get("dropped", "?").split(" (")[0]
        return f"dropped: {reason}" + ("" if row.get("our_type") == row["type"] else f", typed {row.get('our_type')}")
    return ""


def study(rows, event_models, shared: Path, cache: Path) -> list[dict]:
    todo = [r for r in rows if r.get("type") in TYPES and "trigger_span" in r and r["status"] != "event"]
    for r in todo:
        r["cause"] = cause_of(r)
    from narrated import fill_from_parse
    fill_from_parse(todo, cause_from_parse, event_models, shared, cache)
    return todo


def report(rows: list[dict], todo: list[dict], listing: bool) -> None:
    labelled = Counter(r["type"] for r in rows if r.get("type") in TYPES and "trigger_span" in r)
    full = Counter(r["type"] for r in rows if r.get("type") in TYPES and r.get("full"))
    event = Counter(r["type"] for r in rows if r.get("type") in TYPES and r["status"] == "event")
    print("labelled (located) / with an event at the trigger / fully right:")
    for t in TYPES:
        print(f"  {t:8} {labelled[t]:5} {event[t]:5} {full[t]:5}")
    print(f"\nno event at the trigger: {len(todo)}")
    causes = Counter((r["cause"], r["type"]) for r in todo)
    names = Counter(r["cause"] for r in todo)
    print(f"  {'cause':58} {'all':>5} " + " ".join(f"{t:>8}" for t in TYPES))
    for c, n in names.most_common():
        print(f"  {c:58} {n:5} " + " ".join(f"{causes[(c, t)]:8}" for t in TYPES))
    for prefix in ("no candidate", "model"):
        keys = Counter(f"{r['type'][:3]}:{r.get('key', '')}" for r in todo if r["cause"].startswith(prefix))
        print(f"\n{prefix}, by word: " + ", ".join(f"{k} {n}" for k, n in keys.most_common(70)))
    if listing:
        for r in todo:
            print(f"- [{r['type']}] {r['cause']} | {r.get('key', '')} | '{r['trigger']}' | {r['sentence'][:220]}")


def main(argv=None) -> int:
    from narrated import study_parser, write_rows
    args = study_parser(__doc__).parse_args(argv)
    rows = json.loads(Path(args.role_json).read_text(encoding="utf-8"))["rows"]
    todo = study(rows, args.event_models, Path(args.shared), Path(args.cache))
    report(rows, todo, args.list)
    write_rows(todo, args.json)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
