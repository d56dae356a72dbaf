"""The recipient rule and merged restatements, held out (issue 9, session 33; training documents only, counts only).

    python scripts/event_study/recipients_s33.py --event-models W0 W1 [--keep-all] [--json OUT]

Runs role_eval.py's loop (the same rows and summary). Three counts:
1. the labels' own convention: every labelled event with a candidate of its type at its trigger, by type and by the
   construction its candidate is read in (`construction`), with and without a labelled target;
2. the events the recipient rule turns down (`events._recipient_optional` answers False at the drop, not in the
   learned filler's call): with --keep-all every one is kept, and each such output event is judged as role_eval
   judges system events (fully right / type and trigger / no labelled event), by type and construction;
3. every candidate dropped as a "merged restatement": why it went (absorbed into another report: in the same
   sentence or another, with which targets; another reading of the same trigger kept; never drafted; the floor).
Run from the tree whose code is measured (its scripts/ and src/).
"""
from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

TREE = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(TREE / "scripts"))
sys.path.insert(0, str(TREE / "scripts" / "event_study"))
import heldout_loop as H  # noqa: E402
import role_eval as R  # noqa: E402

NAMED = frozenset({"PERSON", "ORG", "GPE", "NORP"})
ASKED: dict[tuple[int, str], str] = {}     # (trigger char, type) -> construction, for the rule's drops (this document)
ABSORBED: list[tuple] = []                 # (kept draft, absorbed draft) pairs of the merge (this document)
DRAFTS: list = []                          # the drafts the merge was given (this document)


def _phrase_kind(tok, lex) -> str:
    """What a role phrase's head is: a pronoun, a name, a person or group noun, or a thing."""
    if tok.pos_ == "PRON":
        return "pronoun"
    if tok.ent_type_ in NAMED or tok.pos_ == "PROPN":
        return "name"
    low = tok.lemma_.lower()
    if low in lex.person_nouns or low in lex.group_nouns:
        return "person"
    return "thing"


def construction(cand, lex) -> str:
    """The construction a candidate is read in, as far as a recipient goes: a clausal complement, an object (by
    kind), a for-phrase (by kind), another preposition's object, or nothing."""
    heads = [cand.trigger] + ([cand.anchor] if cand.anchor != cand.trigger else [])
    kids = [c for h in heads for c in h.children]
    if any(c.dep_ in ("ccomp", "xcomp") for c in kids):
        return "clause"
    obj = next((c for c in kids if c.dep_ in ("dobj", "dative") and c != cand.trigger), None)
    if obj is not None:
        return "object:" + _phrase_kind(obj, lex)
    preps = [(c.lower_, next((g for g in c.children if g.dep_ == "pobj"), None)) for c in kids if c.dep_ == "prep"]
    preps = [(p, o) for p, o in preps if o is not None]
    for_obj = next((o for p, o in preps if p == "for"), None)
    if for_obj is not None:
        return "for:" + _phrase_kind(for_obj, lex)
    if preps:
        return "prep:" + _phrase_kind(preps[0][1], lex)
    return "bare " + ("noun" if cand.trigger.pos_ == "NOUN" else "verb")


def install(keep_all: bool, lex_of) -> None:
    """Patch the events stage to record the recipient rule's drops (keeping them with keep_all) and the merge."""
    import dateline.extract.events as E
    import dateline.extract.events.assemble as A
    import dateline.extract.events.merge as M

    original, original_fill = E._recipient_optional, E._fill_roles
    original_absorb, original_merge = M.absorb, A.merge_restatements
    filling = []  # set while the learned filler decides whether to look for a recipient

    def optional(cand, roles, etype):
        out = original(cand, roles, etype)
        if filling or out:
            return out
        ASKED[(cand.trigger.idx, etype)] = construction(cand, lex_of())
        return keep_all

    def fill(*a, **k):
        filling.append(1)
        try:
            return original_fill(*a, **k)
        finally:
            filling.pop()

    def absorb(keep, other, *a, **k):
        ABSORBED.append((_snap(keep), _snap(other)))
        return original_absorb(keep, other, *a, **k)

    def merge(drafts, *a, **k):
        DRAFTS.extend(_snap(d) for d in drafts)
        return original_merge(drafts, *a, **k)

    E._recipient_optional, E._fill_roles, M.absorb, A.merge_restatements = optional, fill, absorb, merge


def _snap(d) -> dict:
    ev = d.event
    return {"start": ev.trigger.start, "end": ev.trigger.end, "type": ev.type, "source": list(ev.source),
            "target": list(ev.target + ev.others), "sent": d.sent_start, "rule": ev.rule, "tokens": list(d.triggers)}


def labelled_pairs(d, text, got):
    """(sentence, bounds, [(label, row)]) for each located labelled sentence, as judge_document paired them."""
    by_id = defaultdict(list)
    for r in got:
        if r["status"] not in ("system", "untold"):
            by_id[r["id"]].append(r)
    for s in d["sentences"]:
        s0 = R.locate_sentence(text, s["text"], s["start"])
        if s0 is not None:
            yield s, (s0, s0 + len(s["text"])), list(zip(s["events"], by_id[s["id"]]))


def convention(ctx, items, pairs, lex, out: Counter) -> None:
    """Count each labelled event whose candidate of its type sits at its trigger: (type, construction, has target)."""
    for _s, _b, labelled in pairs:
        for lab, r in labelled:
            span = r.get("trigger_span")
            cand = next((c for c, _ in items if span and R.type_ok(c.type, lab)
                         and R._overlaps(span, c.trigger.idx, c.trigger.idx + len(c.trigger.text))), None)
            if cand is not None:
                out[(lab["type"], construction(cand, lex), bool((lab.get("target") or "").strip()))] += 1


def judge_kept(ctx, pairs, out: list) -> None:
    """Each output event the recipient rule would have dropped, judged as role_eval judges system events."""
    for s, (s0, s1), labelled in pairs:
        for ev in ctx.events:
            key = (ev.trigger.start, ev.type) if ev.trigger is not None else None
            if key in ASKED and s0 <= ev.trigger.start < s1:
                row = R.judge_system_event(ev, s, labelled, ctx)
                out.append({"type": ev.type, "construction": ASKED[key], "rule": ev.rule, "matched": row["matched"],
                            "full": row["full"], "sentence": s["text"], "trigger": ev.trigger.text})


def why_merged(r: dict, ctx) -> str:
    """Why a candidate counted as a merged restatement has no event of its own."""
    lo, hi = r["trigger_span"]
    gone = [(k, o) for k, o in ABSORBED if o["start"] < hi and lo < o["end"] and o["type"] == r["our_type"]]
    if gone:
        k, o = gone[0]
        where = "same sentence" if k["sent"] == o["sent"] else "another sentence"
        tk, to = set(k["target"]), set(o["target"])
        targets = ("same targets" if tk == to and tk else "both without target" if not (tk or to) else
                   "absorbed one without target" if not to else "kept one without target" if not tk else "shared target")
        return f"absorbed, {where}, {targets}"
    mine = [x for x in DRAFTS if x["start"] < hi and lo < x["end"] and x["type"] == r["our_type"]]
    if not mine:
        return "never drafted (turned down before the merge)"
    if any(set(m["tokens"]) & set(x["tokens"]) for m in mine for x in DRAFTS if x not in mine):
        return "another reading of the same trigger kept"
    return "drafted, kept by the merge, under the confidence floor"


def main():
    ap = H.parser("The recipient rule and merged restatements, held out.")
    ap.add_argument("--keep-all", action="store_true", help="keep every event the recipient rule turns down")
    args = ap.parse_args()
    from dateline.knowledge import load_knowledge
    from dateline.options import Options
    lex = load_knowledge(Options()).events  # (its word lists only: the same in both halves)
    install(args.keep_all, lambda: lex)
    rows, kept, conv, merged = [], [], Counter(), []
    for d, text, ctx, items, got, _rec in H.documents(args):
        pairs = list(labelled_pairs(d, text, got))
        convention(ctx, items, pairs, ctx.knowledge.events, conv)
        judge_kept(ctx, pairs, kept)
        for r in got:
            if r.get("dropped") == "merged restatement":
                merged.append({"why": why_merged(r, ctx), "type": r["type"], "source": r["source"],
                               "target": r["target"], "trigger": r["trigger"], "sentence": r["sentence"]})
        rows += [{**r, "doc": d["doc"]} for r in got]
        ASKED.clear(), ABSORBED.clear(), DRAFTS.clear()
    summary = R.summarise(rows)
    R.print_table(summary)
    report(conv, kept, merged)
    if args.json:
        Path(args.json).write_text(json.dumps({"summary": summary, "rows": rows, "kept": kept, "merged": merged,
                                               "convention": [[*k, n] for k, n in conv.items()]}, indent=1))


def report(conv: Counter, kept: list, merged: list) -> None:
    """Print the three counts."""
    print("\nlabels' convention (type, construction): with target / without")
    keys = sorted({(t, c) for t, c, _ in conv}, key=lambda k: -(conv[(*k, True)] + conv[(*k, False)]))
    for t, c in keys:
        print(f"  {t:10s} {c:22s} {conv[(t, c, True)]:4d} / {conv[(t, c, False)]:4d}")
    print(f"\nevents the recipient rule turns down, kept: {len(kept)} (fully right / type+trigger / no label)")
    by = defaultdict(lambda: [0, 0, 0, 0])
    for k in kept:
        for key in ((k["type"], k["construction"]), ("all", k["construction"]), (k["type"], "all")):
            b = by[key]
            b[0] += 1
            b[1] += k["full"]
            b[2] += k["matched"] and not k["full"]
            b[3] += not k["matched"]
    for key, (n, f, m, u) in sorted(by.items(), key=lambda kv: -kv[1][0]):
        print(f"  {key[0]:10s} {key[1]:22s} {n:4d}: {f:3d} right, {m:3d} type+trigger, {u:3d} unlabelled")
    print(f"\nmerged restatements: {len(merged)}")
    for k, n in Counter((m["why"], m["source"], m["target"]) for m in merged).most_common():
        print(f"  {n:4d}  {k}")


if __name__ == "__main__":
    main()
