"""What an article itself says a name names, read once per parse: maladies, places below a state, and the slot
places joined by "and" share.

- `names_a_malady`: a drug, a disease or a microbe by the packaged WordNet table, by its words (a disease's word
  closing or opening a name, a scientific ending) or by what the article puts after it ("the Ruriton virus");
- `place_names`: names the article calls places ("the village of Kampelu", "four villages: Kampelu, …");
- `first_conjunct`: "in Lyon and Ruriton" — Ruriton stands where Lyon does.
"""
from __future__ import annotations

import re

from spacy.attrs import LEMMA, LOWER
from spacy.strings import hash_string

from .. import doc_text

# words that join the parts of a body's name ("Institute of Allergy and Infectious Diseases"): no disease's name
_NAME_JOINERS = frozenset({"of", "for", "and", "&", "on", "against"})


def names_a_malady(span, medical: dict, is_org_word) -> bool:
    """A drug, a disease or a microbe the NER typed as an organisation or a person (`medical`: words.json's WordNet
    table of such nouns, none of which names a person or a group): the whole name is one ("Aspirin", "BSE",
    "Salmonella"), or a name of at most three words ends with a disease's or a microbe's word and holds no word of an
    organisation's name ("the Bird Flu", "Ruriton Fever Virus"; not "Institute of Infectious Diseases", "the Flu
    Research Council")."""
    from ...knowledge.registry import norm
    whole = norm(span.text)
    if whole in medical or whole in malady_names(span.doc, medical):
        return True
    words = whole.split()
    if not words or any(is_org_word(w) for w in words):
        return False
    if len(words) == 1:
        return words[0].endswith(_SCIENTIFIC_ENDINGS)  # "Filoviridae", "Steatohepatitis", "Hantavirus"
    if _is_malady_word(words[-1], medical):  # "the Blue Ear Pig Disease", "Ruriton Reproductive and Respiratory Virus"
        return not any(w in _NAME_JOINERS and w != "and" for w in words)
    # a disease's or a microbe's name opening a short name: a strain or a variant ("Ebola Reston", "Ebola-Reston")
    return len(words) <= 3 and bool(medical.get(words[0], frozenset()) & _MALADY_KINDS) \
        and not any(w in _NAME_JOINERS for w in words)


_MALADY_KINDS = frozenset({"disease", "microbe"})
# the endings of scientific names of diseases and microbes ("-itis", "-osis", "-iasis"; a virus family "-viridae"; a
# genus "-coccus", "-bacter"; a one-word virus "-virus"), read only for a name no organisation word is part of
_SCIENTIFIC_ENDINGS = ("itis", "osis", "iasis", "viridae", "virinae", "coccus", "bacter", "virus")
# generic words that head a malady's name though WordNet files them elsewhere (a symptom, a set of symptoms)
_MALADY_HEADS = frozenset({"fever", "syndrome"})


def _is_malady_word(word: str, medical: dict) -> bool:
    return word in _MALADY_HEADS or bool(medical.get(word, frozenset()) & _MALADY_KINDS) \
        or word.endswith(_SCIENTIFIC_ENDINGS) and len(word) > 6


def _malady_name_word(tok) -> bool:
    """A word of a malady's own name: capitalised or a code, no function word ("In", "The") nor a number or date;
    a hyphen between two such words ("Kell-Lund")."""
    if tok.text == "-":
        return not tok.whitespace_ and tok.i > 0 and not tok.doc[tok.i - 1].whitespace_
    return (tok.is_title or tok.is_upper or is_code(tok.text)) and tok.pos_ in ("PROPN", "NOUN", "ADJ", "X") \
        and tok.ent_type_ not in ("DATE", "CARDINAL", "ORDINAL")


def malady_names(doc, medical: dict) -> frozenset:
    """Names the article itself gives to a malady: the capitalised words (or a code) right before a disease's or a
    microbe's word that heads its phrase ("the Ruriton virus", "an outbreak of Kell-Lund fever", "the COVID-19
    disease"), normalised; a bare "Ruriton" elsewhere in the article is then that malady. Not a possessive ("Kell's
    disease" names a person's discovery) and not a word that modifies a body's name ("the Ruriton Virus Institute")."""
    memo = doc.user_data.get("dateline_malady_names")
    if memo is not None:
        return memo
    from ...knowledge.registry import norm
    out = set()
    heads = _words_among(doc, LOWER, _malady_hashes(medical))
    for m in _LONG_WORD.finditer(doc_text(doc)):  # "Ruriton encephalitis": the table lacks most such words
        if not m.group().lower().endswith(_SCIENTIFIC_ENDINGS):
            continue
        tok = doc.char_span(m.start(), m.end())
        if tok is not None and len(tok) == 1:
            heads.append(tok.start)
    for i in sorted(set(heads)):
        tok = doc[i]
        if i == 0 or tok.dep_ == "compound":
            continue
        j = i
        while j > 0 and _malady_name_word(doc[j - 1]):
            j -= 1
        if j < i and doc[j].text != "-":
            out.add(norm(doc[j:i].text))
    memo = doc.user_data["dateline_malady_names"] = frozenset(out)
    return memo


_HASHES: dict = {}  # id of a word collection -> (the collection, the hashes of its words): built once per table


def _malady_hashes(medical: dict):
    got = _HASHES.get(id(medical))
    if got is None or got[0] is not medical:
        words = [w for w, kinds in medical.items() if kinds & _MALADY_KINDS and " " not in w] + sorted(_MALADY_HEADS)
        got = _HASHES[id(medical)] = (medical, frozenset(hash_string(w) for w in words))
    return got[1]


def _words_among(doc, attr, hashes: frozenset) -> list[int]:
    """Positions of the words whose `attr` (LOWER, LEMMA) is one of `hashes`: read from the parse's own array,
    without a Token object per word."""
    if not len(doc):
        return []
    return [i for i, h in enumerate(doc.to_array(attr).tolist()) if h in hashes]


_LONG_WORD = re.compile(r"[A-Za-z]{7,}")  # long enough for a scientific ending after a stem


def is_code(word: str) -> bool:
    """A word of letters and digits ("COVID-19", "H1N1", "MH17"): a disease's, a flight's or a model's code, never a
    person's name."""
    return any(ch.isdigit() for ch in word) and any(ch.isalpha() for ch in word)


def first_conjunct(tok):
    """The first of the words joined to `tok` by "and" or a comma ("Ardel" in "to Lyon and Ardel" is "Lyon"), whose
    slot in the sentence they share."""
    while tok.dep_ == "conj" and tok.head.i < tok.i:
        tok = tok.head
    return tok


def place_names(doc, place_nouns: frozenset, residence_nouns: frozenset) -> frozenset:
    """Names the article itself calls places below a state, normalised: the object of a place noun's "of" ("the
    village of Kampelu", "the provinces of Ardel and Vost"), a place noun's modifier or apposition ("the Kampelu
    district"), the first name listed after a place noun's colon ("four villages: Kampelu, Ardel and Vost"), a name
    with a place noun in apposition ("Kampelu, a small village,"), or where residents live ("the residents of
    Kampelu"); with every name joined to one by "and" or a comma. A bare "Kampelu" elsewhere in the article is then
    that place. Not the places an active subject names ("the cities of Ardel and Vost said …": their councils
    speak). (`place_nouns` without "state" and "capital", which also head bodies' and parties' names.)"""
    memo = doc.user_data.get("dateline_place_names")
    if memo is not None:
        return memo
    from ...knowledge.registry import norm
    nouns = _place_hashes(place_nouns | residence_nouns)
    found = []
    for i in sorted(set(_words_among(doc, LEMMA, nouns) + _words_among(doc, LOWER, nouns))):
        found.extend(t for t in _called_places(doc[i], place_nouns, residence_nouns) if _place_name_word(t))
    found.extend(c for t in list(found) for c in t.conjuncts if c.pos_ == "PROPN" or c.is_title and c.pos_ == "NOUN")
    out = set()
    for tok in found:
        j = tok.i
        while j > 0 and doc[j - 1].dep_ == "compound" and doc[j - 1].head.i == tok.i and doc[j - 1].pos_ == "PROPN":
            j -= 1
        out.add(norm(doc[j:tok.i + 1].text))
    memo = doc.user_data["dateline_place_names"] = frozenset(out)
    return memo


def _place_hashes(words: frozenset) -> frozenset:
    key = ("places", words)
    if key not in _HASHES:
        _HASHES[key] = frozenset(hash_string(x) for w in words for x in (w, w.capitalize()))
    return _HASHES[key]


def _called_places(noun, place_nouns: frozenset, residence_nouns: frozenset) -> list:
    """The words a place or residence noun calls places: the first after its colon ("villages: Kampelu, …"), its
    "of"'s object unless the noun is an active subject ("the village of Kampelu"; "the cities of A and B said"), its
    modifier or apposition ("the Kampelu district"), the name it stands in apposition to ("Kampelu, a village,")."""
    doc, out = noun.doc, []
    named = noun.lemma_.lower() in place_nouns
    place = named and noun.pos_ == "NOUN"
    if named and noun.i + 2 < len(doc) and doc[noun.i + 1].text == ":":
        out.append(doc[noun.i + 2])
    if (named or noun.lower_ in residence_nouns) and noun.dep_ != "nsubj":
        out.extend(ob for of in noun.children if of.lower_ == "of" for ob in of.children if ob.dep_ == "pobj")
    if place:
        out.extend(ch for ch in noun.children if ch.dep_ in ("compound", "appos", "nmod"))
        if noun.dep_ == "appos":
            out.append(noun.head)
    return out


def _place_name_word(tok) -> bool:
    """The last word of a name (a proper noun, or a title-case noun the parser did not take for one), not the
    modifier of another name."""
    return (tok.pos_ == "PROPN" or tok.is_title and tok.pos_ == "NOUN" and tok.i > 0 and not tok.is_sent_start) \
        and not (tok.dep_ == "compound" and tok.head.pos_ == "PROPN")
