"""Whose words or view a clause is, and what follows when it tells of a wrongdoing.

'"I believe Kell is ruining the party," Osei said' and 'Osei said Kell had lied to voters' report no
act of Kell's that an analyst would code; they are Osei's accusation of Kell. The learned decision reads
such deeds as ACCUSE (it was trained on sentences labelled that way), and the roles are then the
holder's: the quotation's speaker or the subject of the verb whose complement the clause is.
"""
from __future__ import annotations

from .triggers import child, is_passive


def holder_of(finder, verb) -> str | None:
    """Whose words or view the clause of `verb` is: the quotation's speaker, else the subject of the
    verb whose complement the clause is ('Osei believes Kell …', 'Osei said Kell …')."""
    spk = finder._quote_speaker(verb.idx)
    if spk is None:
        clause = verb
        while clause.dep_ == "conj" and clause.head != clause:
            clause = clause.head
        if clause.dep_ == "ccomp" and clause.head.pos_ in ("VERB", "AUX"):
            rep = child(clause.head, "nsubj")
            if rep is not None:
                ids = finder.actors_of(rep)
                spk = ids[0] if ids else None
    return spk


def judged_roles(finder, subject_actors, verb, roles) -> bool:
    """A wrongdoing told in someone's words or view: the holder accuses the clause's subject
    (`subject_actors(verb)` -> (ids, inherited)). False, roles untouched, when the clause is no one's
    words, when its verb is itself one of saying, when the holder is a news outlet (it reports, it does
    not judge) or when the subject is the holder or names no actor."""
    holder = holder_of(finder, verb)
    if not holder or is_passive(verb) or child(verb, "ccomp") is not None or finder.sector(holder) == "MED":
        return False
    ids, _ = subject_actors(verb)
    accused = [i for i in ids if i != holder]
    if not accused or len(accused) < len(ids):
        return False
    roles.source, roles.target = [holder], accused
    roles.inferred.append("judged-wrongdoing")
    return True
