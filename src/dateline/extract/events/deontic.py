"""What a speaker says a (third) party must or should do: a demand (REQUEST) of the speaker on the clause's subject
("Ostland must halt the advance," said Varga). The roles are read by `roles._speaker_roles`, the checks on them
(passive demands, a demand on the speaker) by `events._roles_fit`."""
from __future__ import annotations

DEONTIC = frozenset({"must", "should"})
NO_PARTY = ("it", "this", "that", "there", "which", "who")


def deontic(verb, lex) -> bool:
    """A clause saying what a (third) party must or should do."""
    if not any(c.dep_ == "aux" and c.lower_ in DEONTIC for c in verb.children):
        return False
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)  # "Parliament must be recalled"
    word = "".join(ch for ch in subj.lower_ if ch.isalpha()) if subj is not None else ""  # "[W]e"
    if subj is None or word in lex.first_person or word in NO_PARTY:
        return False
    if subj.pos_ not in ("PROPN", "NOUN", "PRON") or any(c.dep_ == "neg" for c in verb.children):
        return False
    return not reproach_or_subordinate(verb)


def reproach_or_subordinate(verb) -> bool:
    """'Kell should have resigned' (a perfect after the modal reproaches a past act, it asks for none); 'the
    farmers may stay until they must leave', 'asked what the council should be doing' (a subordinate or wh-clause
    is no demand the speaker makes)."""
    if verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children):
        return True
    if verb.dep_ in ("advcl", "relcl", "acl") or any(c.dep_ == "mark" and c.lower_ != "that" for c in verb.children):
        return True
    return any(c.tag_ in ("WP", "WRB", "WDT") and c.dep_ in ("dobj", "advmod", "attr") for c in verb.children)
