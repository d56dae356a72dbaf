"""Where narrated judgements are lost (issue 9, session 27): labelled ACCUSE / SUPPORT / REJECT events whose
sentence holds no quotation, counted by cause on the training documents (training data, never evaluation data).

    python scripts/role_eval.py --event-models W0 W1 --json /tmp/role.json     # held out end to end
    python scripts/event_study/narrated.py /tmp/role.json --event-models W0 W1 [--list] [--json OUT]

Causes, per labelled event not fully right (from the role_eval row, then the parse of its trigger):
- `event, wrong type` / `event, roles wrong`: an event is output at the trigger;
- `candidate dropped: REASON`: a candidate's roles were read and the events stage dropped it;
- `under threshold (TYPE p)`: the trigger is a candidate of the learned model, which scored it under its floor
  (its likeliest event type and calibrated confidence given);
- `no candidate: verb|noun|other`: no rule and no dictionary entry makes the trigger a candidate (the lemma, and
  the particle / preposition that goes with it, are tallied: the idioms the lexicon misses).
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

JUDGEMENTS = ("ACCUSE", "SUPPORT", "REJECT")
QUOTE_MARKS = ('"', "\u201c", "\u201d")


def quoted(sentence: str) -> bool:
    return any(q in sentence for q in QUOTE_MARKS)


def missed(rows: list[dict]) -> list[dict]:
    """Labelled judgement events of sentences without a quotation that are not fully right."""
    return [r for r in rows if r.get("type") in JUDGEMENTS and r["status"] not in ("system", "untold", "unlocated")
            and not quoted(r.get("sentence", "")) and not r.get("full")]


def trigger_tokens(doc, span):
    return [t for t in doc if t.idx < span[1] and span[0] < t.idx + len(t.text) and not t.is_punct]


def head_word(toks):
    inside = {t.i for t in toks}
    verbs = [t for t in toks if t.pos_ == "VERB"]
    if verbs:
        return verbs[0]
    return next((t for t in toks if t.head.i not in inside or t.head == t), toks[0])


def idiom_key(tok) -> str:
    """The lemma with its particle or first preposition ('take aim at' -> 'take+at')."""
    extra = [c.lower_ for c in tok.children if c.dep_ == "prt"]
    extra += [c.lower_ for c in tok.children if c.dep_ in ("prep",)][:1]
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    parts = [tok.lemma_.lower()] + ([obj.lemma_.lower()] if obj is not None and obj.pos_ == "NOUN" else []) + extra
    return "+".join(parts)


def cause_from_parse(row: dict, doc, lex) -> tuple[str, str]:
    """(cause, key) for a labelled event with no candidate at its trigger."""
    from dateline.extract.events import learned
    toks = trigger_tokens(doc, row["trigger_span"])
    if not toks:
        return "no candidate: unparsed", ""
    best = None
    for t in toks:
        if t.pos_ in ("VERB", "NOUN") and learned.is_candidate(t, lex):
            etype, conf, _ = learned.decide(t, lex)
            probs = learned._probs(t, lex) if lex.model else {}
            label_p = probs.get(row["type"], 0.0)
            if best is None or label_p > best[2]:
                best = (t, etype, label_p, conf)
    if best is not None:
        t, etype, label_p, conf = best
        kind = "under threshold" if etype == row["type"] else f"model types it {etype}"
        return f"{kind} ({t.pos_.lower()})", f"{t.lemma_.lower()} p({row['type']})={label_p:.2f} conf={conf:.2f}"
    head = head_word(toks)
    pos = head.pos_.lower() if head.pos_ in ("VERB", "NOUN", "ADJ") else "other"
    return f"no candidate: {pos}", idiom_key(head) if head.pos_ == "VERB" else head.lemma_.lower()


def cause_of(row: dict) -> str:
    if row["status"] == "event":
        if row.get("our_type") not in (row["type"],):
            return f"event, typed {row.get('our_type')}"
        return "event, roles wrong (source %s, target %s)" % (row.get("source"), row.get("target"))
    if row["status"] == "candidate":
        reason = row.get("dropped", "?").split(" (")[0]
        return f"candidate dropped: {reason}" + ("" if row.get("our_type") == row["type"] else f", typed {row.get('our_type')}")
    return ""


def fill_from_parse(todo: list[dict], reader, event_models: list[str] | None, shared: Path, cache: Path) -> None:
    """Each row of `todo` still without a cause gets `reader(row, doc, events knowledge)` as its cause and key,
    its document parsed (cached) and read with the event models that never saw its half."""
    need = {r["doc"] for r in todo if not r["cause"]}
    if not need:
        return
    import role_eval
    from train_roles import half_of
    from dateline import nlp
    from dateline.ingest import make_article
    from dateline.knowledge import load_knowledge
    from dateline.options import Options

    options = Options()
    model, knowledge = nlp.load(options.model), load_knowledge(options)
    by_half = role_eval.held_out_knowledge(knowledge, {"model": event_models})
    texts = role_eval.DatedTexts(shared)
    for d in role_eval.labelled_documents():
        if d["doc"] not in need:
            continue
        kn = by_half[half_of(d["doc"])] if by_half else knowledge
        article = make_article(texts.get(d["source"], d["doc"]), source=d["doc"], id=d["doc"], date=None)
        doc = role_eval.parse_cached(model, article.text, cache)
        for r in todo:
            if r["doc"] == d["doc"] and not r["cause"]:
                r["cause"], r["key"] = reader(r, doc, kn.events)


def study(rows: list[dict], event_models: list[str] | None, shared: Path, cache: Path) -> list[dict]:
    """Each missed narrated judgement with its cause (and, for those with no candidate, the parse's reading)."""
    todo = missed(rows)
    for r in todo:
        r["cause"] = cause_of(r)
    fill_from_parse(todo, cause_from_parse, event_models, shared, cache)
    return todo


def report(todo: list[dict], listing: bool) -> None:
    print(f"missed narrated judgements (no quotation in the sentence, not fully right): {len(todo)}")
    by_type = Counter(r["type"] for r in todo)
    print("  by labelled type:", dict(by_type))
    causes = Counter(r["cause"].split(" (")[0] if r["cause"].startswith(("under", "model types")) else r["cause"]
                     for r in todo)
    for c, n in causes.most_common():
        print(f"  {n:4}  {c}")
    keys = Counter(r.get("key", "").split(" ")[0] for r in todo if r["cause"].startswith("no candidate"))
    print("\nno candidate, by head lemma (+object noun, +particle/preposition):")
    print("  " + ", ".join(f"{k} {n}" for k, n in keys.most_common(80)))
    under = Counter(r.get("key", "").split(" ")[0] for r in todo if r["cause"].startswith(("under", "model types")))
    print("\ncandidate under the model's floor or typed otherwise, by lemma:")
    print("  " + ", ".join(f"{k} {n}" for k, n in under.most_common(60)))
    if listing:
        for r in todo:
            print(f"- [{r['type']}] {r['cause']} | {r.get('key', '')} | trigger '{r['trigger']}' | {r['sentence'][:200]}")


def study_parser(doc: str) -> argparse.ArgumentParser:
    """The options every held-out loss study takes (narrated, judgement_losses, coverage)."""
    ap = argparse.ArgumentParser(description=doc.split("\n\n")[0])
    ap.add_argument("role_json", help="role_eval.py --json output (held out)")
    ap.add_argument("--event-models", nargs=2, help="the held-out candidate models role_eval was run with")
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--cache", default="/tmp/dateline_role_eval_cache", help="role_eval.py's parse cache")
    ap.add_argument("--list", action="store_true", help="list every missed event (training sentences only)")
    ap.add_argument("--json", help="write the rows with their causes here")
    return ap


def write_rows(todo: list[dict], path: str | None) -> None:
    if path:
        Path(path).write_text(json.dumps(todo, indent=1), encoding="utf-8")


def main(argv=None) -> int:
    args = study_parser(__doc__).parse_args(argv)
    rows = json.loads(Path(args.role_json).read_text(encoding="utf-8"))["rows"]
    todo = study(rows, args.event_models, Path(args.shared), Path(args.cache))
    report(todo, args.list)
    write_rows(todo, args.json)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
