"""Small readings of the dependency parse shared by the event rules: a token's children by label, voice, the patient
of a verb, prepositional phrases, "for X to do" clauses, adverbial clauses of time or cause (split out of triggers.py,
session 37; triggers.py imports them back, so `from .triggers import child` still works)."""
from __future__ import annotations

OBJ_DEPS = ("dobj", "obj")
PASSIVE_SUBJ = ("nsubjpass",)


def child(tok, *deps):
    """First child with one of these dependency labels."""
    for c in tok.children:
        if c.dep_ in deps:
            return c
    return None


def is_passive(verb) -> bool:
    """Is the verb passive? Asked many times per verb (rules, roles, features): read once per parse (`doc.user_data`)."""
    memo = verb.doc.user_data.setdefault("dateline.events.passive", {})
    got = memo.get(verb.i)
    if got is None:
        got = memo[verb.i] = _passive(verb, 0)
    return got


def _passive(verb, depth: int) -> bool:
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return True
    if verb.dep_ in ("acl", "advcl") and verb.tag_ == "VBN" and not any(c.dep_ in ("nsubj", "aux") for c in verb.children):
        return True  # "the envoys expelled by X", "Asked about it, Kell said"; not "a note that Kell had praised X"
    # a participle coordinated with a passive one shares its voice and its patient ("Osei, backed by Ostland and
    # opposed by Freedonia", "Kell was arrested and charged by the police")
    return (depth < 3 and verb.dep_ == "conj" and verb.tag_ == "VBN" and verb.head != verb
            and not any(c.dep_ in ("nsubj", "aux") for c in verb.children) and _passive(verb.head, depth + 1))


SUBORDINATORS = frozenset({"after", "before", "since", "until", "as", "because", "while", "when"})


def _split_clause_subject(verb):
    """'X was arrested after Y, mayor of Z, was stabbed': the parser reads 'after Y' as a prepositional
    phrase and 'was stabbed' as a second verb of the main clause; Y is the passive's subject."""
    if verb.dep_ != "conj":
        return None
    i = verb.left_edge.i - 1
    while i >= 0 and verb.doc[i].is_punct:
        i -= 1
    if i < 0:
        return None
    best, tok = None, verb.doc[i]
    while tok.head != tok and tok.i < verb.i and tok.pos_ not in ("VERB", "AUX"):
        if tok.pos_ in ("NOUN", "PROPN") and tok.right_edge.i <= verb.left_edge.i:
            best = tok
        tok = tok.head
    if best is not None and best.dep_ == "pobj" and best.head.lower_ in SUBORDINATORS:
        return best
    return None


def direct_object(verb):
    """The verb's patient: its object, or its passive subject."""
    obj = child(verb, *OBJ_DEPS)
    if obj is None and verb.dep_ == "relcl" and verb.head.pos_ == "NOUN" and not is_passive(verb) and any(
            c.dep_ == "nsubj" and c.lower_ not in ("which", "that", "who") for c in verb.children):
        return verb.head  # "an allegation Baku denied": the noun a bare relative clause hangs on is its object
    if obj is None and is_passive(verb):
        obj = child(verb, *PASSIVE_SUBJ)
        if obj is None and verb.dep_ == "acl":
            obj = verb.head
        if obj is None:
            obj = _split_clause_subject(verb)
        if obj is None and verb.dep_ == "conj" and verb.tag_ == "VBN" and is_passive(verb.head) and not any(
                c.dep_ in ("aux", "auxpass") for c in verb.children):
            obj = direct_object(verb.head)  # a bare participle shares the first conjunct's patient
    return obj


def prep_children(tok, names) -> list:
    return [c for c in tok.children if c.dep_ in ("prep", "dative", "agent") and c.lower_ in names]


def for_clause(tok):
    """The 'for X to do' clause of a verb ('called for Ruritania to withdraw'): the parser makes 'for' the
    clause's marker, not a preposition of the verb. None when there is none."""
    for c in tok.children:
        if c.dep_ in ("advcl", "ccomp", "xcomp") and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children) \
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
            return c
    return None


def _words(tok) -> set[str]:
    return {tok.lower_, tok.lemma_.lower()}


def _noun_lemma(tok) -> str:
    low = tok.lower_
    return low if low in ("talks", "negotiations", "sanctions", "strikes", "protests") else tok.lemma_.lower()


SETTING_PREPS = frozenset({"during", "in", "at", "amid", "after", "before", "following"})


def subordinate_clause(tok) -> bool:
    """An adverbial clause opened by a subordinator of time or cause ("after the court refused to …, Kell blamed
    it"; "when the firm refused to pay, …", the parser's "when" an adverb): an act of its own, never the content
    of the verb it hangs on. Likewise an act named as the setting of a verb ("agreed in a phone call that …",
    "urged Osei during their meeting to …": the object of a preposition of time or place on the verb)."""
    if tok.dep_ == "pobj":  # (not on an infinitive: "refused to take part in talks" refuses the talks)
        prep = tok.head
        return prep.dep_ == "prep" and prep.lower_ in SETTING_PREPS and prep.head.pos_ in ("VERB", "AUX") \
            and prep.head.dep_ != "xcomp"
    return tok.dep_ == "advcl" and any(m.dep_ in ("mark", "advmod") and m.i < tok.i and m.lower_ in SUBORDINATORS
                                       for m in tok.children)
