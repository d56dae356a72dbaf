"""A protest addressed to a party is an official complaint, not a demonstration (`as_complaint`).

PLOVER's PROTEST is collective dissent: demonstrations, strikes, boycotts. A protest one party lodges with, or makes
to, another ("Norway protested to Peru", "Norway lodged a protest with Peru over the arrests") is verbal disapproval:
CAMEO 114 "complain officially", which PLOVER types ACCUSE (the annotation guide: diplomatic or verbal protests are
ACCUSE), with the party addressed as target. The field's dictionary says so itself, and it decides here — no word
list:
- the clause's verb is read under CAMEO's verbal disapproval (root 11) — "protested to X" (TABARI's "PROTEST (TO)"
  is 114), "lodged a protest with X" (its "LODGE PROTEST* (WITH)") — and a to/with phrase on the trigger or on that
  verb names a party;
- or the trigger takes a to-phrase naming a party ("made a formal protest to Peru", "protested to the Peruvian
  embassy") and the dictionary has a reading of its verb with that preposition alone as verbal disapproval (it
  lists "PROTEST (TO)" twice, as 114 and as 141, and picks the first: the party addressed decides).
Street protests keep their type: "marched to the parliament" (CAMEO 140, no verbal reading), "protested with farmers
outside the ministry" (no pattern of disapproval with "with").
"""
from __future__ import annotations

from itertools import islice

from .dictionary import match_verb
from .learned import model_confidence
from .triggers import Candidate, child

VERBAL_DISAPPROVAL = "11"  # CAMEO's root of disapproval in words (criticise, accuse, complain officially)
OFFICIAL_COMPLAINT = "114"  # CAMEO "complain officially": the code of the reading given here
ADDRESS_PREPS = frozenset({"to", "with"})
ACTOR_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
PHRASE_CAP = 12  # words of the addressed phrase read for a name


def _party(tok, lex) -> bool:
    """A phrase naming a party ("Peru", "the Peruvian embassy", "the ambassador of Peru"), or a noun of people or of
    a body ("the ambassador", "the ministry")."""
    if any(t.ent_type_ in ACTOR_ENTS for t in islice(tok.subtree, PHRASE_CAP)):
        return True
    low = tok.lemma_.lower()
    return tok.pos_ == "NOUN" and (low in lex.person_nouns or low in lex.group_nouns)


def _addressee(holders, preps, lex):
    """The first party a phrase of `preps` on one of `holders` names, or None."""
    for h in holders:
        for p in h.children:
            if p.dep_ == "prep" and p.lower_ in preps:
                obj = child(p, "pobj")
                if obj is not None and _party(obj, lex):
                    return obj
    return None


def _verbal(dic, verb) -> bool:
    """Does the field's dictionary read this verb's clause as disapproval in words (CAMEO root 11)?"""
    m = match_verb(dic, verb) if verb.pos_ == "VERB" else None
    return m is not None and m.code.startswith(VERBAL_DISAPPROVAL)


def _verbal_with(dic, lemma: str, prep: str) -> bool:
    """Does the dictionary read the verb `lemma` with the preposition `prep` and nothing else as disapproval in
    words (TABARI's "PROTEST (TO)": 114)?"""
    return any(code.startswith(VERBAL_DISAPPROVAL) and not (prts or subj or obj) and list(preps) == [prep]
               for code, prts, subj, obj, preps, _ in dic.verbs.get(lemma, ()))


def _clause_of(t):
    """(the verb whose clause the trigger is read in, or None; the words an addressee's phrase may hang on): the verb
    itself; the verb an event noun is the object of ("lodged a protest"), also through a noun of its message ("sent a
    note of protest to …")."""
    if t.pos_ == "VERB":
        return t, [t]
    holders = [t]
    if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.pos_ == "NOUN":
        t = t.head.head
        holders.append(t)
    if t.dep_ in ("dobj", "nsubjpass") and t.head.pos_ == "VERB":
        return t.head, holders + [t.head]
    return None, holders


def addressee(cand: Candidate, lex):
    """The party a PROTEST reading is addressed to (token), or None when it is a protest in the street's sense."""
    dic, t = lex.dictionary, cand.trigger
    if cand.type != "PROTEST" or dic is None:
        return None
    verb, holders = _clause_of(t)
    if verb is not None and _verbal(dic, verb):
        got = _addressee(holders, ADDRESS_PREPS, lex)
        if got is not None:
            return got
    own = t.lemma_.lower() if t.pos_ == "VERB" else (dic.nouns.get(t.lemma_.lower()) or dic.nouns.get(t.lower_))
    if own and _verbal_with(dic, own, "to"):
        return _addressee(holders, {"to"}, lex)
    return None


def as_complaint(cand: Candidate, lex) -> None:
    """Retype a protest addressed to a party as an official complaint (ACCUSE, CAMEO 114's mode), its target read from
    the to/with phrase. The model's confidence stays that of the protest reading: the event is the same, only its
    kind is told by the addressee."""
    if addressee(cand, lex) is None:
        return
    kept = {"model_confidence": model_confidence(cand, lex, 0.0)} if lex.model else {}
    mode = lex.dictionary.plover(OFFICIAL_COMPLAINT)[1]
    cand.type, cand.mode, cand.rule = "ACCUSE", mode, cand.rule + ".addressed"
    cand.sense = {**cand.sense, "target_preps": tuple(sorted(ADDRESS_PREPS)), **kept}
