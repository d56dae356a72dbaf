"""Labelled events with no candidate at their trigger, counted by why (issue 9, session 31). Training documents only
(reading their misses is allowed; never evaluation data).

    python scripts/role_eval.py --event-models W0 W1 --json /tmp/role.json          # held out end to end
    python scripts/event_study/coverage.py /tmp/role.json --event-models W0 W1 [--list] [--json OUT]

Every labelled event role_eval counts as `none` (no candidate whose roles were read at its trigger) is read again in
its document's parse. First, is a word of its trigger a candidate of the learned model at all (`learned.is_candidate`)?
- `candidate: model < floor` / `model types it X` / `model >= threshold, not read`: the word is a candidate; the
  model's decision (with the half model that never saw the document) or a later step lost it — not coverage;
- otherwise the head word of the trigger, by part of speech and by what the lexicons know of it:
  `verb: not in any lexicon`, `verb: dictionary reads no event` (only CAMEO statement / appeal codes),
  `noun: listed, no event construction` (the noun is listed but has no possessor, argument, object or subject role),
  `noun: a WordNet derivation of a typed verb` (WordNet links it to a verb the dictionary types; the suffix rules
  did not generate it), `noun: not derivable`, `verb lemma parsed as NOUN|ADJ|PROPN` (the word is a typed verb the
  parse tags otherwise: headlines, title case), `adj`, `other`.
Each row also tallies whether the trigger lies inside quotation marks, in the headline, and its role_eval tags
(light verb, nominal, …).
"""
from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT / "scripts" / "event_study"))

FLOOR = 0.1
QUOTES = ('"', "\u201c", "\u201d")


def inside_quotes(doc, tok) -> bool:
    """Whether the token lies between quotation marks within its sentence (an odd number of marks before it)."""
    sent = tok.sent
    marks = sum(1 for t in doc[sent.start:tok.i] if any(q in t.text for q in QUOTES))
    return marks % 2 == 1


def in_headline(doc, tok) -> bool:
    first = doc.text.find("\n")
    return first > 0 and tok.idx < first


def _candidate_cause(row, toks, lex) -> tuple[str, str] | None:
    from dateline.extract.events import learned
    best = None
    for t in toks:
        if t.pos_ in ("VERB", "NOUN") and learned.is_candidate(t, lex):
            etype, conf, _ = learned.decide(t, lex)
            label_p = learned._probs(t, lex).get(row["type"], 0.0) if lex.model else 0.0
            if best is None or label_p > best[2]:
                best = (t, etype, label_p, conf)
    if best is None:
        return None
    t, etype, _, conf = best
    if etype != row["type"]:
        return f"candidate: model types it {etype if etype == 'NONE' else 'another type'}", t.lemma_.lower()
    thr = (lex.model or {}).get("min_confidence", 0.3)
    band = "model < 0.1" if conf < FLOOR else f"model 0.1-{thr}" if conf < thr else "model >= threshold, not read"
    return f"candidate: {band}", t.lemma_.lower()


def _typed_verb(word: str, lex) -> bool:
    dic = lex.dictionary
    return word in lex.verbs or (dic is not None and word in dic.typed)


def _noun_cause(head, lex, derived: dict) -> str:
    from dateline.extract.events import learned
    low = head.lemma_.lower()
    dic = lex.dictionary
    listed = low in lex.nouns or (dic is not None and (low in dic.nouns or head.lower_ in dic.nouns))
    if listed:
        return "noun: listed, no event construction" if not learned._noun_cue(head) else "noun: listed (other)"
    if low in derived or head.lower_ in derived:
        return "noun: a WordNet derivation of a typed verb"
    if _typed_verb(low, lex):
        return "noun: same form as a typed verb"
    return "noun: not derivable"


def cause_from_parse(row: dict, doc, lex, derived: dict) -> tuple[str, str, dict]:
    """(cause, key, flags) for a labelled event with no candidate whose roles were read."""
    from narrated import head_word, idiom_key, trigger_tokens
    toks = trigger_tokens(doc, row["trigger_span"])
    if not toks:
        return "unparsed", "", {}
    head = head_word(toks)
    flags = {"quoted": inside_quotes(doc, head), "headline": in_headline(doc, head)}
    got = _candidate_cause(row, toks, lex)
    if got:
        return got[0], got[1], flags
    low = head.lemma_.lower()
    if head.pos_ == "VERB":
        dic = lex.dictionary
        if _typed_verb(low, lex):
            cause = "verb: typed, not a candidate"
        elif dic is not None and low in dic.verbs:
            cause = "verb: dictionary reads no event"
        else:
            cause = "verb: not in any lexicon"
        return cause, idiom_key(head), flags
    if head.pos_ in ("NOUN", "PROPN", "ADJ") and _typed_verb(head.lower_, lex) and head.lower_ != low:
        return f"verb form parsed as {head.pos_}", head.lower_, flags
    if head.pos_ == "NOUN":
        return _noun_cause(head, lex, derived), low, flags
    if head.pos_ == "PROPN":
        return "propn (title case?)", head.lower_, flags
    if head.pos_ == "ADJ":
        return "adj", low, flags
    return f"other ({head.pos_})", low, flags


def study(rows, event_models, shared: Path, cache: Path, derived: dict) -> list[dict]:
    from narrated import fill_from_parse
    todo = [r for r in rows if r["status"] == "none" and "trigger_span" in r]
    for r in todo:
        r["cause"] = ""

    def reader(row, doc, lex):
        cause, key, flags = cause_from_parse(row, doc, lex, derived)
        row.update(flags)
        return cause, key
    fill_from_parse(todo, reader, event_models, shared, cache)
    return todo


def report(todo: list[dict], listing: bool) -> None:
    print(f"labelled events with no candidate whose roles were read: {len(todo)}")
    causes = Counter(r["cause"] for r in todo)
    print(f"  {'cause':48} {'all':>5} {'quoted':>7} {'headline':>8} {'nominal':>8} {'light':>6}")
    for c, n in causes.most_common():
        sub = [r for r in todo if r["cause"] == c]
        q = sum(1 for r in sub if r.get("quoted"))
        h = sum(1 for r in sub if r.get("headline"))
        nom = sum(1 for r in sub if "nominal" in r.get("tags", []))
        light = sum(1 for r in sub if "light verb" in r.get("tags", []))
        print(f"  {c:48} {n:5} {q:7} {h:8} {nom:8} {light:6}")
    for prefix in ("verb:", "noun:", "adj", "verb form", "candidate:"):
        sub = [r for r in todo if r["cause"].startswith(prefix)]
        print(f"\n{prefix} by type: " + ", ".join(f"{k} {n}" for k, n in Counter(r["type"] for r in sub).most_common()))
        print(f"{prefix} by word: " + ", ".join(f"{k} {n}" for k, n in Counter(r.get("key", "") for r in sub).most_common(60)))
    if listing:
        for r in todo:
            print(f"- [{r['type']}] {r['cause']} | {r.get('key', '')} | '{r['trigger']}' | {r['sentence'][:200]}")


def main(argv=None) -> int:
    from narrated import study_parser, write_rows
    ap = study_parser(__doc__)
    ap.add_argument("--wordnet", default="/usr/share/wordnet")
    args = ap.parse_args(argv)
    from build_event_lexicon import wordnet_derived_nouns
    from dateline.knowledge import load_knowledge
    from dateline.options import Options
    dic = load_knowledge(Options()).events.dictionary
    derived = wordnet_derived_nouns(Path(args.wordnet), dic.typed)
    rows = json.loads(Path(args.role_json).read_text(encoding="utf-8"))["rows"]
    todo = study(rows, args.event_models, Path(args.shared), Path(args.cache), derived)
    report(todo, args.list)
    write_rows(todo, args.json)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
