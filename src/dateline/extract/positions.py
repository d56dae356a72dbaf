"""Positions of the words a rule looks for, read from the parse's integer arrays.

A rule that looks at every word of an article (`for tok in doc`) makes a Token object per word and looks up
its strings; these read one `to_array` column instead and hand back only the positions that can matter, in
text order, so the rule makes Tokens for those alone. Each answer equals the plain loop's.
"""
from __future__ import annotations

from numpy import flatnonzero, isin, unique


def with_pos(doc, *pos: int) -> list[int]:
    """Positions of the words whose part of speech is one of `pos` (`spacy.symbols` ids: `t.pos in pos`)."""
    from spacy.attrs import POS

    if not len(doc):
        return []
    col = doc.to_array(POS)
    return flatnonzero(col == pos[0] if len(pos) == 1 else isin(col, pos)).tolist()


def with_lower(doc, words) -> list[int]:
    """Positions of the words whose lower-case form is one of `words` (`t.lower_ in words`)."""
    from spacy.attrs import LOWER

    if not len(doc) or not words:
        return []
    strings = doc.vocab.strings
    return flatnonzero(isin(doc.to_array(LOWER), [strings[w] for w in words])).tolist()


def with_lemma(doc, lemma: str) -> list[int]:
    """Positions of the words whose lemma, lower-cased, is `lemma` (`t.lemma_.lower() == lemma`): each distinct
    lemma of the article is looked at once, not each word."""
    from spacy.attrs import LEMMA

    if not len(doc):
        return []
    ids = doc.to_array(LEMMA)
    strings = doc.vocab.strings
    if len(_LOWERED) > _LOWERED_MAX:
        _LOWERED.clear()
    wanted = []
    for i in unique(ids).tolist():
        low = _LOWERED.get(i)
        if low is None:
            low = _LOWERED[i] = strings[i].lower()
        if low == lemma:
            wanted.append(i)
    return flatnonzero(isin(ids, wanted)).tolist() if wanted else []


# a string's hash -> the string lower-cased (spaCy's hash names one string in every vocabulary: the same answer
# whenever asked), so the lemmas articles share are looked up and lower-cased once per process, not per article
_LOWERED: dict[int, str] = {}
_LOWERED_MAX = 200_000
