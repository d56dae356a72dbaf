"""Modality of an event: asserted, intended, threatened, hypothetical or negated.

Read from the anchor clause and the clauses that govern it: negation,
future and modal auxiliaries, conditional subordinators ("if you don't …"),
and governing verbs or nouns of intent, threat and supposition ("intends
to provide", "threatened to …", "an opportunity to present demands").
The cue words are data (`modality` in plover_triggers.json).
"""
from __future__ import annotations

CLIMB_DEPS = frozenset({"xcomp", "ccomp", "advcl", "pcomp", "acl", "relcl", "conj", "prep", "pobj", "dobj", "csubj"})


def _neg(tok, cues) -> bool:
    return any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no") or
               (c.dep_ == "advmod" and c.lower_ == "never") for c in tok.children)


def called_off(trigger, anchor, cues) -> bool:
    """Is the event noun the object of a verb that calls it off ("cancelled the meeting", "suspended talks")?
    The act did not happen; the verb is an act of its own."""
    return anchor != trigger and trigger.dep_ == "dobj" and anchor.lemma_.lower() in cues["negating_governors"]


def modality(cand, lex) -> str:
    """The modality of a candidate event."""
    cues = lex.modality
    trigger, anchor = cand.trigger, cand.anchor
    # "the claims are not true" rejects them: that negation is the judgement, not a denial of the act
    if not cand.sense.get("judged_false") and (_neg(trigger, cues) or (anchor != trigger and _neg(anchor, cues))):
        return "negated"
    if called_off(trigger, anchor, cues):
        return "negated"
    cur, steps, first, came_by = anchor, 0, True, ""
    while steps < 6:
        kids = list(cur.children)
        marks = {c.lower_ for c in kids if c.dep_ == "mark"}
        if marks & cues["conditional_marks"]:
            return "hypothetical"
        if cur.pos_ in ("VERB", "AUX"):
            aux = {c.lower_ for c in kids if c.dep_ in ("aux", "auxpass")}
            if aux & cues["future_aux"]:
                return "intended"
            if "going" in aux and any(c.lower_ == "to" for c in kids):
                return "intended"
            if aux & cues["hypothetical_aux"]:
                clause = cur
                while clause.dep_ == "conj" and clause.head != clause:
                    clause = clause.head  # "said its troops had … and Ruritania would be moving …"
                if aux & {"would", "'d"} and clause.dep_ == "ccomp" and clause.head.lemma_.lower() in cues["reporting_verbs_for_would"]:
                    return "intended"
                if aux & {"must", "should"} and cand.type == "REQUEST":
                    pass
                else:
                    return "hypothetical"
            if not first and cur != anchor and _neg(cur, cues) and steps <= 2:
                return "negated"
        lemma = cur.lemma_.lower()
        if not first and steps <= 2 and cur.pos_ == "ADJ" and (_neg(cur, cues) or (cur.dep_ == "acomp" and _neg(cur.head, cues))):
            return "negated"  # "was not ready to support Kell", "is not willing to meet": the readiness is denied
        if not first and came_by in ("xcomp", "acl", "advcl", "prep", "pobj", "conj", "acomp", "dobj"):
            if lemma in cues["intent_governors"] and cur.pos_ in ("VERB", "AUX", "NOUN", "ADJ"):
                return "intended"
        if not first and came_by != "conj":  # "denied the report and blamed Ostland": a conjunct is no complement
            if lemma in cues["threat_governors"] and cand.type != "THREATEN":
                return "threatened"
            if lemma in cues["negating_governors"] and cand.type not in ("REJECT",):
                return "negated"
            if lemma in cues["hypothetical_governors"] or (cur.pos_ == "NOUN" and lemma in cues["hypothetical_nouns"]):
                return "hypothetical"
        if cur.dep_ not in CLIMB_DEPS or cur.head == cur:
            break
        if cur.dep_ == "relcl":
            break  # "threatened to expel the diplomats who had criticized it": a relative clause asserts its own act
        if cur.dep_ == "conj" and cur.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") for c in kids):
            break  # a coordinated clause with its own subject keeps its own modality
        came_by = cur.dep_
        cur, steps, first = cur.head, steps + 1, False
        if cur.dep_ == "ROOT" and cur.pos_ in ("VERB", "AUX") and steps > 1 and cur.lemma_.lower() in cues["reporting_verbs_for_would"]:
            break
    return "asserted"
