"""Judgements read from how words are rated: VADER's human valence ratings (`events/valence.json`).

Three readings use them:
- the complement of an evaluative verb holding strongly rated words of one sign judges its object
  ("called Kell an incompetent coward": ACCUSE; `rated_judgement`, used by `triggers.evaluation`);
- a noun of something said, modified by a clearly negative word, is an accusation by whoever said it
  against whom it is about ("Kell's disparaging remarks about Osei", "Kell made insulting comments about
  the union", "Osei's bitter tirade against the council"; `hostile_speech`). Only the negative side is
  read there: a positive modifier of speech mostly grades it ("strong words", "tough talk") rather than
  praising anyone;
- a person called by a copula a kind of person in strongly rated words is judged by whoever says so
  ('"Kell is a pathetic coward," Osei said': ACCUSE; `person_judgement`, `judged_people`; the praising side,
  "… is a wonderful leader", is read by `person_judgement` but not kept).
"""
from __future__ import annotations

from spacy.symbols import AUX, NOUN

from ..positions import with_lower, with_pos

STRONG = 2.0  # VADER's mean rating from which a word alone is a clear judgement ('a pathetic coward': -2.3, -2.0)
HOSTILE = -1.5  # a modifier of speech from this rating down makes it hostile ('harsh' -1.9, 'bitter' -1.8)
# prepositions naming whom the speech is about or aimed at
ABOUT = ("about", "against", "at", "toward", "towards", "on", "of", "for")


def rating(tok, lex) -> float:
    return lex.valence.get(tok.lower_, lex.valence.get(tok.lemma_.lower(), 0.0))


def rated_judgement(region, lex) -> str | None:
    """ACCUSE or SUPPORT when an evaluative verb's complement holds strongly rated words (VADER's human ratings,
    valence.json) of one sign only: 'called Kell an incompetent coward'. None when missing, mixed or negated."""
    if not lex.valence or any(t.dep_ == "neg" for t in region):
        return None
    signs = {v > 0 for v in (rating(t, lex) for t in region) if abs(v) >= STRONG}
    if len(signs) != 1:
        return None
    return "SUPPORT" if signs.pop() else "ACCUSE"


PERSON_SUBJECTS = frozenset({"he", "she"})
GUESSING = frozenset({"must", "may", "might", "could"})  # modals of inference ("he must be the culprit")
# the readings `judged_people` keeps: praise is left out, as for the speech model's `judged_types` (session 37:
# held out the SUPPORT readings were 1 right of 1, but validation_s20 and _s28 each gained one false SUPPORT)
JUDGED = frozenset({"ACCUSE"})


def person_judgement(be, lex) -> str | None:
    """ACCUSE or SUPPORT when the copula `be` calls a person (a name of a person, "he" or "she") a kind of person
    in strongly rated words: a person noun (WordNet's noun.person) rated at least STRONG itself ("a liar", "a
    hero") or modified only by words so rated of one sign ("a wonderful leader", "the most pathetic candidate").
    None when negated, asked, inferred ("must be"), compared ("a better candidate"), said of two people together
    or mixed: "Kell is a tall man" judges nobody."""
    subj = next((c for c in be.children if c.dep_ == "nsubj"), None)
    attr = next((c for c in be.children if c.dep_ == "attr" and c.pos_ == "NOUN"), None)
    if subj is None or attr is None or not lex.valence or not lex.person_nouns:
        return None
    if not (subj.lower_ in PERSON_SUBJECTS or (subj.pos_ == "PROPN" and subj.ent_type_ == "PERSON")):
        return None
    if attr.lemma_.lower() not in lex.person_nouns or any(c.dep_ == "neg" for c in be.children):
        return None
    # "he and the envoy had been friends" relates two people; "he must be the culprit" infers, it does not judge
    if any(c.dep_ in ("conj", "cc") for c in subj.children) or any(
            c.dep_ == "aux" and c.lower_ in GUESSING for c in be.children):
        return None
    mods = [m for m in attr.children if m.dep_ in ("amod", "compound")]
    if any(t.tag_ in ("JJR", "RBR") or t.dep_ == "neg" for m in mods for t in m.subtree) or \
            any(t.text == "?" for t in be.sent):
        return None
    return rated_judgement([attr, *mods], lex)


def judged_people(doc, lex, taken: set[int]) -> list[tuple]:
    """(type, copula, copula, rule, sense) of every `person_judgement` of a type in JUDGED on a copula no rule took:
    the speaker of the clause judges its subject, as for the copula rule of evaluation words
    (`triggers.copular_evaluation`)."""
    if not lex.valence or not lex.person_nouns:
        return []
    out = []
    for tok in map(doc.__getitem__, with_pos(doc, AUX)):
        if tok.i in taken or tok.lemma_ != "be":
            continue
        etype = person_judgement(tok, lex)
        if etype in JUDGED:
            out.append((etype, tok, tok, "eval.copula.rated", {"copular": True}))
    return out


def _hostile_modifier(noun, lex) -> bool:
    """An adjective on the noun (or coordinated with one) that is rated clearly negative or is one of the
    judgement words, with nothing positive or negating beside it."""
    # (a participle the tagger took for a noun counts: "disparaging remarks" parsed as a compound)
    mods = [c for c in noun.children if c.dep_ == "amod" or (c.dep_ == "compound" and c.tag_ in ("JJ", "VBG", "NN")
                                                              and c.lower_.endswith("ing"))]
    mods += [c for m in mods for c in m.children if c.dep_ == "conj" and c.pos_ == "ADJ"]
    if not mods or any(c.dep_ == "neg" for m in mods for c in m.children):
        return False
    accuse = (lex.evaluation_words or {}).get("ACCUSE", frozenset())
    ratings = [rating(m, lex) for m in mods]
    if any(r > 0 for r in ratings):
        return False
    return any(r <= HOSTILE or m.lower_ in accuse or m.lemma_.lower() in accuse for m, r in zip(mods, ratings))


def _aimed_at(noun) -> bool:
    """A named or pronoun object of one of the aiming prepositions on the noun ('remarks about Osei')."""
    for p in noun.children:
        if p.dep_ == "prep" and p.lower_ in ABOUT:
            if any(o.dep_ == "pobj" and (o.pos_ in ("PROPN", "PRON") or o.ent_type_) for o in p.children):
                return True
    return False


def hostile_speech(doc, lex, taken: set[int]) -> list[tuple]:
    """(noun, anchor, rule, sense) of ACCUSE readings: nouns of something said that a hostile word modifies and a preposition aims at
    someone. The doer is read as for an event noun: its possessor or by-phrase, or the subject of a light verb
    it is the object of ('made insulting remarks about …')."""
    if not lex.valence or not lex.speech_nouns:
        return []
    out = []
    for tok in map(doc.__getitem__, with_pos(doc, NOUN)):  # (the nouns read from the POS array)
        if tok.i in taken:
            continue
        lemma = tok.lemma_.lower()
        if lemma not in lex.speech_nouns or lemma in lex.nouns:
            continue
        if not _hostile_modifier(tok, lex) or not _aimed_at(tok):
            continue
        sense = {"target_preps": ABOUT, "rated": True}
        verb = tok.head
        if tok.dep_ in ("dobj", "nsubjpass") and verb.lemma_.lower() in lex.light_verbs:
            out.append((tok, verb, f"light.{verb.lemma_.lower()}.{lemma}.rated", sense))
            continue
        anchor = tok
        while anchor.dep_ != "ROOT" and anchor.pos_ not in ("VERB", "AUX") and anchor.head != anchor:
            anchor = anchor.head
        out.append((tok, anchor, f"nominal.{lemma}.rated", sense))
    return out


COPULAS = frozenset({"be", "become", "remain", "grow", "seem", "appear", "stay", "turn"})


def attitudes(doc, lex, taken: set[int]) -> list[tuple]:
    """(type, adjective, copula, rule, sense) where a copula predicates an attitude to someone of its subject:
    "Kell has been sharply critical of Osei" (ACCUSE), "the union remained supportive of the mayor" (SUPPORT).
    The adjective is the trigger; the copula carries the subject (the doer), tense and negation, as a light verb
    does for an event noun; the of-phrase names the one judged."""
    if not lex.attitude_adjectives:
        return []
    out = []
    for tok in map(doc.__getitem__, with_lower(doc, lex.attitude_adjectives)):  # (found in the LOWER array)
        etype = lex.attitude_adjectives.get(tok.lower_)
        if etype is None or tok.i in taken or tok.dep_ != "acomp" or tok.head.lemma_.lower() not in COPULAS:
            continue
        if not any(p.dep_ == "prep" and p.lower_ == "of" for p in tok.children):
            continue
        cop = tok.head
        out.append((etype, tok, cop, f"light.{cop.lemma_.lower()}.{tok.lower_}.attitude",
                    {"target_preps": ("of",), "attitude": True}))
    return out
