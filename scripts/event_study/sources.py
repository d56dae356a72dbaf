"""Where sources are lost (issue 9, session 31): the labelled events whose candidate the events stage dropped for
"no source", counted by construction and by why the source is missing (training documents only, counts only).

    python scripts/event_study/sources.py --event-models W0 W1 [--json OUT]

Runs role_eval.py's loop (the same rows and summary, printed the same way) and, for each labelled event whose
candidate was dropped for "no source", reads the candidate's parse: the label gives none; for a verb, a passive
(with an agent not read, or without one), no subject in the parse, a pronoun subject not resolved, a subject naming
no actor; for an event noun, a possessor / by / of / from phrase not read, or its clause's subject (own or
inherited) a pronoun or no actor. Run from the tree whose code is measured (its scripts/ and src/).
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


def construction(cand):
    from dateline.extract.events.triggers import is_passive
    t, a = cand.trigger, cand.anchor
    if t == a and t.pos_ in ("VERB", "AUX"):
        if is_passive(t):
            return "verb passive" + (" +agent" if any(c.dep_ == "agent" for c in t.children) else " no agent")
        return "verb active"
    if cand.rule.startswith("light."):
        return "light verb"
    return "noun"


def why(cand, roles, finder, row):
    """Why the candidate has no source (first that applies)."""
    from dateline.extract.events.clauses import clause_subjects
    from dateline.extract.events.triggers import is_passive
    t, a = cand.trigger, cand.anchor
    if not (row.get("label_source") or "").strip():
        return "label has none"
    if t.pos_ == "NOUN" or t != a:
        own = [c for c in t.children if c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in ("by", "of", "from"))
               or (c.dep_ in ("compound", "amod", "nmod") and (c.ent_type_ or c.pos_ == "PROPN"))]
        if own:
            return "noun: possessor/by/of/from not read (" + ",".join(sorted({c.dep_ if c.dep_ != 'prep' else c.lower_ for c in own})) + ")"
        verb = a if a.pos_ in ("VERB", "AUX") else None
        if verb is None:
            return "noun: no verb above"
        if is_passive(verb):
            return "noun: in a passive clause"
        subj, inh = clause_subjects(verb)
        if not subj:
            return "noun: clause without subject"
        s = subj[0]
        return "noun: clause subject %s, %s" % ("pronoun" if s.pos_ == "PRON" else "non-actor", "inherited" if inh else "own")
    if is_passive(t):
        return "verb: passive" + (" with agent not read" if any(c.dep_ == "agent" for c in t.children) else " without agent")
    subj, inh = clause_subjects(t)
    if not subj:
        return "verb: no subject in parse"
    s = subj[0]
    if s.pos_ == "PRON":
        return "verb: subject pronoun not resolved (%s%s)" % (s.lower_, ", inherited" if inh else "")
    return "verb: subject a non-actor (%s%s)" % (s.pos_, ", inherited" if inh else "")


def main():
    args = H.parser("Where sources are lost: 'no source' drops by construction and cause (held out).").parse_args()
    rows, study = [], []
    for d, text, ctx, items, got, rec in H.documents(args):
        for r in got:
            if r.get("dropped") != "no source":
                continue
            lo, hi = r["trigger_span"]
            cands = [(c, x) for c, x in items if R._overlaps((lo, hi), c.trigger.idx, c.trigger.idx + len(c.trigger.text))]
            cand, roles = next(((c, x) for c, x in cands if R.type_ok(c.type, r)), cands[0])
            study.append({"doc": d["doc"], "id": r["id"], "type": r["type"], "our_type": cand.type, "rule": cand.rule,
                          "construction": construction(cand), "why": why(cand, roles, rec.finder, r),
                          "label_source": r.get("label_source"), "label_target": r.get("label_target"),
                          "target": r.get("target"), "source_actor_exists": r.get("source_actor_exists"),
                          "our_target": r.get("our_target"), "trigger": r.get("trigger"), "sentence": r.get("sentence"),
                          "type_ok": R.type_ok(cand.type, r)})
        rows += [{**r, "doc": d["doc"]} for r in got]
    summary = R.summarise(rows)
    R.print_table(summary)
    print("\n'no source' drops:", len(study))
    for k, n in Counter((s["construction"], s["why"].split(" (")[0]) for s in study).most_common():
        print(f"{n:5d}  {k[0]:22s} {k[1]}")
    print("\nby why (detail) x target outcome:")
    for k, n in Counter((s["why"], s["target"]) for s in study).most_common():
        print(f"{n:5d}  {k[0]:60s} {k[1]}")
    if args.json:
        Path(args.json).write_text(json.dumps({"summary": summary, "rows": rows, "study": study}, indent=1))


if __name__ == "__main__":
    main()
