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


def _finite(tok, past: bool) -> bool:
    tags = {tok.tag_} | {c.tag_ for c in tok.children if c.dep_ in ("aux", "auxpass")}
    perfect = any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in tok.children)
    return bool(tags & {"VBD"}) or perfect if past else bool(tags & {"VBD", "VBZ", "VBP", "MD"})


def factive_clause(tok, cues) -> bool:
    """Is `tok` a subordinate clause that tells an act of its own ("…, although the ministry denied it", "…, as
    Kell criticized the union")? A modal, a negation or a hypothetical governor above it is the main clause's."""
    if tok.dep_ != "advcl":
        return False
    marks = {c.lower_ for c in tok.children if c.dep_ == "mark"}
    if marks & cues.get("factive_marks", frozenset()):
        return _finite(tok, past=False)
    return bool(marks & cues.get("past_factive_marks", frozenset())) and _finite(tok, past=True)


def judged_subject(trigger, anchor) -> bool:
    """Is the event noun the subject of a copula that judges it ("Kell's refusal was not wise")? The negation is the
    judgement's; the act is not denied."""
    return (trigger != anchor and trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ in ("nsubj", "nsubjpass")
            and trigger.head == anchor and anchor.lemma_.lower() == "be"
            and any(c.dep_ in ("attr", "acomp") for c in anchor.children))


def called_off(trigger, anchor, cues) -> bool:
    """Is the event noun the object of a verb that calls it off ("cancelled the meeting", "suspended talks")?
    The act did not happen; the verb is an act of its own."""
    return anchor != trigger and trigger.dep_ == "dobj" and anchor.lemma_.lower() in cues["negating_governors"]


def modality(cand, lex) -> str:
    """The modality of a candidate event."""
    cues = lex.modality
    trigger, anchor = cand.trigger, cand.anchor
    # "the claims are not true" rejects them: that negation is the judgement, not a denial of the act
    anchor_neg = anchor != trigger and _neg(anchor, cues) and not judged_subject(trigger, anchor)
    if not cand.sense.get("judged_false") and (_neg(trigger, cues) or anchor_neg):
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
            be_to = lemma == "be" and came_by == "xcomp"  # "Kell is to meet the envoy": an arranged act
            if (lemma in cues["intent_governors"] or be_to) and cur.pos_ in ("VERB", "AUX", "NOUN", "ADJ"):
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
        if cur.dep_ == "relcl" or factive_clause(cur, cues):
            break  # "threatened to expel the diplomats who had criticized it": a relative clause asserts its own act
        if cur.dep_ == "conj" and cur.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") for c in kids):
            break  # a coordinated clause with its own subject keeps its own modality
        came_by = cur.dep_
        cur, steps, first = cur.head, steps + 1, False
        if cur.dep_ == "ROOT" and cur.pos_ in ("VERB", "AUX") and steps > 1 and cur.lemma_.lower() in cues["reporting_verbs_for_would"]:
            break
    return "asserted"
