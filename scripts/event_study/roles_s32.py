"""Where roles are lost (issue 9, session 32): held-out labelled events typed right whose source or target is wrong
or missing, and candidates dropped for "no recipient", counted by the construction that links the labelled role to
the trigger (training documents only, counts only).

    python scripts/event_study/roles_s32.py --event-models W0 W1 [--json OUT]

Runs role_eval.py's loop (the same rows and summary, printed the same way). For each labelled event output with the
right type but a wrong or missing source / target, and each candidate dropped for "no recipient", the labelled role is
located in our parse (role_eval.locate) and put in the first class that applies: the label gives none; a pronoun
(ours resolved it elsewhere, or to nobody); the possessor of an act ("X's call") on the trigger or its object; a
conjunct of what we read ("A and B"); an apposition ("a recruiter, Kell"); the object of a preposition (which one,
and whether it hangs on the trigger, on its object or elsewhere); the speaker of a quotation; the trigger's own
subject / object that names no actor of ours; the noun a relative clause hangs on; else the dependency path.
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


def label_head(doc, span):
    """The head token of the labelled phrase (the token whose head lies outside the span)."""
    if span is None:
        return None
    toks = [t for t in doc if t.idx < span[1] and span[0] < t.idx + len(t.text) and not t.is_punct]
    if not toks:
        return None
    inside = {t.i for t in toks}
    return next((t for t in toks if t.head.i not in inside or t.head == t), toks[0])


def _path(tok, trig) -> str:
    """Dependency labels from tok up to the lowest token it shares with the trigger, then down to the trigger."""
    up = [tok] + list(tok.ancestors)
    tup = [trig] + list(trig.ancestors)
    common = next((a for a in up if a in tup), None)
    if common is None:
        return "no path"
    a = [t.dep_ for t in up[:up.index(common)]]
    b = [t.dep_ for t in tup[:tup.index(common)]]
    return "/".join(a) + " ^ " + "/".join(b)


def classify(doc, trig, role: str, label: str, span, ours_ids, outcome: str, quotes) -> str:
    """The construction of the labelled role relative to the trigger (first class that applies)."""
    if not label.strip():
        return "label has none"
    low = label.strip().lower()
    if low in R.PRONOUNS:
        return f"pronoun ({'resolved elsewhere' if outcome == 'wrong' else 'not read'})"
    h = label_head(doc, span)
    if h is None or trig is None:
        return "label not located"
    if h.dep_ == "poss":
        where = "trigger" if h.head == trig else ("trigger's object" if h.head.head == trig else f"{h.head.dep_}")
        return f"act's possessor (on the {where})"
    if h.dep_ == "conj" or any(c.dep_ == "conj" for c in h.children):
        return "coordination"
    if h.dep_ == "appos" or any(c.dep_ == "appos" for c in h.children):
        return "apposition"
    if h.dep_ == "pobj":
        p = h.head
        where = "trigger" if p.head == trig else ("trigger's object" if p.head.head == trig else "elsewhere")
        return f"prep phrase '{p.lower_}' on the {where}"
    in_quote = any(q.start <= trig.idx < q.end for q in quotes)
    if in_quote and h.dep_ == "nsubj" and h.head.lemma_.lower() in ("say", "tell", "write", "add", "tweet", "state"):
        return "speaker of a quotation"
    if h.head == trig and h.dep_ in ("nsubj", "nsubjpass", "dobj", "dative", "attr"):
        return f"trigger's own {h.dep_} ({h.pos_})"
    if any(c.dep_ == "relcl" for c in h.children) and trig.head == h or trig.dep_ == "relcl" and trig.head == h:
        return "noun the relative clause hangs on"
    return "path " + _path(h, trig)


def study_row(r, ctx, text, bounds) -> list[dict]:
    """One study record per lost role of a row."""
    out = []
    trig_tok = label_head(ctx.doc, r.get("trigger_span"))
    for role in R.ROLE_KEYS:
        if r.get(role) not in ("wrong", "missing") and not (role == "target" and r.get("dropped")):
            continue
        label = r.get(f"label_{role}") or ""
        span = R.locate(text, label, *bounds, r["trigger_span"][0])
        out.append({"role": role, "outcome": r[role], "exists": r.get(f"{role}_actor_exists"),
                    "class": classify(ctx.doc, trig_tok, role, label, span, r.get(f"our_{role}"), r[role], ctx.quotes),
                    "id": r["id"], "type": r["type"], "rule": r.get("rule"), "trigger": r.get("trigger"),
                    "label": label, "ours": r.get(f"our_{role}"), "dropped": r.get("dropped"),
                    "sentence": r.get("sentence")})
    return out


def main():
    args = H.parser("Where roles are lost: wrong roles and 'no recipient' drops by construction (held out).").parse_args()
    rows, study = [], []
    for d, text, ctx, items, got, _rec in H.documents(args):
        for r in got:
            wrong_roles = r.get("status") == "event" and not r.get("full") and R.type_ok(r["our_type"], r)
            if not (wrong_roles or r.get("dropped") == "no recipient"):
                continue
            s0 = R.locate_sentence(text, r["sentence"], r["trigger_span"][0])
            bounds = (s0, s0 + len(r["sentence"])) if s0 is not None else (r["trigger_span"][0], r["trigger_span"][1])
            for s in study_row(r, ctx, text, bounds):
                s["doc"], s["where"] = d["doc"], "no recipient" if r.get("dropped") else "event"
                study.append(s)
        rows += [{**r, "doc": d["doc"]} for r in got]
    summary = R.summarise(rows)
    R.print_table(summary)
    for where in ("event", "no recipient"):
        part = [s for s in study if s["where"] == where]
        print(f"\n{where}: {len(part)} lost roles")
        for k, n in Counter((s["role"], s["class"], s["exists"]) for s in part).most_common():
            print(f"{n:5d}  {k[0]:7s} {k[1]:55s} actor exists: {k[2]}")
    if args.json:
        Path(args.json).write_text(json.dumps({"summary": summary, "rows": rows, "study": study}, indent=1))


if __name__ == "__main__":
    main()
