"""Where roles are lost (issue 9, session 36): every held-out labelled event with an event or a candidate at its
trigger whose source or target is missing or wrong, counted by the construction that links the labelled role to the
trigger in our parse (training documents only, counts only).

    python scripts/event_study/roles_s36.py --event-models W0 W1 [--json OUT]

Runs role_eval.py's loop (the same rows and summary). Each lost role is put in the first class that applies
(roles_s32.classify, plus): the label sits before the sentence (an earlier sentence); the trigger is in a relative
clause and the label is the noun it hangs on; the label is the subject of a clause the trigger's clause is the
complement or conjunct of. Each record carries whether an actor of ours matches the label at all (`exists`: when
not, the loss is the actors stage's), the drop reason of a candidate, and the row's construction tags.
Run from the tree whose code is measured (its scripts/ and src/).
"""
from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

TREE = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(TREE / "scripts"))
sys.path.insert(0, str(TREE / "scripts" / "event_study"))
import heldout_loop as H  # noqa: E402
import role_eval as R  # noqa: E402
import roles_s32 as S  # noqa: E402


def governing_subject(h, trig) -> bool:
    """Is h the subject of a clause above the trigger (the trigger an xcomp / ccomp / conj / advcl below it)?"""
    cur = trig
    for _ in range(4):
        if cur.dep_ not in ("xcomp", "ccomp", "conj", "advcl", "pcomp", "pobj", "prep", "acl"):
            return False
        cur = cur.head
        if h.head == cur and h.dep_ in ("nsubj", "nsubjpass"):
            return True
    return False


def classify(doc, trig, label: str, span, outcome: str, quotes, s0: int) -> str:
    if not label.strip():
        return "label has none"
    if label.strip().lower() in R.PRONOUNS:
        return f"pronoun ({'resolved elsewhere' if outcome == 'wrong' else 'not read'})"
    if span is None:
        return "label not located"
    if span[0] < s0:
        return "earlier sentence"
    h = S.label_head(doc, span)
    if h is None or trig is None:
        return "label not located"
    if trig.dep_ == "relcl" and trig.head == h:
        return "noun the relative clause hangs on"
    if governing_subject(h, trig):
        return f"subject of a governing clause ({trig.dep_})"
    return S.classify(doc, trig, "", label, span, [], outcome, quotes)


def study_row(r, ctx, text, s0, s1) -> list[dict]:
    out = []
    trig = S.label_head(ctx.doc, r.get("trigger_span"))
    for role in R.ROLE_KEYS:
        if r.get(role) not in ("wrong", "missing"):
            continue
        label = r.get(f"label_{role}") or ""
        span = R.locate(text, label, s0, s1, r["trigger_span"][0])
        out.append({"role": role, "outcome": r[role], "exists": r.get(f"{role}_actor_exists"),
                    "class": classify(ctx.doc, trig, label, span, r[role], ctx.quotes, s0),
                    "status": r["status"], "dropped": r.get("dropped"), "tags": r.get("tags"),
                    "other_role": r.get("target" if role == "source" else "source"),
                    "type_ok": R.type_ok(r.get("our_type", ""), r), "id": r["id"], "type": r["type"],
                    "rule": r.get("rule"), "trigger": r.get("trigger"), "label": label, "ours": r.get(f"our_{role}"),
                    "sentence": r.get("sentence")})
    return out


def main():
    args = H.parser("Where roles are lost, every candidate (held out).").parse_args()
    rows, study = [], []
    for d, text, ctx, items, got, _rec in H.documents(args):
        for r in got:
            if r.get("status") not in ("event", "candidate") or "trigger_span" not in r:
                continue
            s0 = R.locate_sentence(text, r["sentence"], r["trigger_span"][0])
            if s0 is None:
                continue
            for s in study_row(r, ctx, text, s0, s0 + len(r["sentence"])):
                s["doc"] = d["doc"]
                study.append(s)
        rows += [{**r, "doc": d["doc"]} for r in got]
    summary = R.summarise(rows)
    print(summary["system events"])
    for role in R.ROLE_KEYS:
        part = [s for s in study if s["role"] == role]
        print(f"\n{role}: {len(part)} lost roles (status, outcome, class, an actor of ours matches the label)")
        for k, n in Counter((s["status"], s["outcome"], s["class"], s["exists"]) for s in part).most_common():
            print(f"{n:5d}  {k[0]:9s} {k[1]:7s} {k[2]:55s} {k[3]}")
    if args.json:
        Path(args.json).write_text(json.dumps({"summary": summary, "rows": rows, "study": study}, indent=1))


if __name__ == "__main__":
    main()
