"""Session 32 (issue 10: quote speakers, PolNeAR sources, glued quotation marks); invented text and names."""
from __future__ import annotations

from conftest import run_text

from dateline import nlp
from dateline.options import Options


def _speakers(text: str, kind: str = "direct") -> list[tuple[str, str | None, str | None]]:
    rec = run_text(text)
    names = {a.id: a.name for a in rec.actors}
    return [(q.text, q.speaker_text, names.get(q.speaker)) for q in rec.quotes if q.kind == kind]


def _tokens(text: str) -> list[str]:
    return [t.text for t in nlp.load(Options().model).tokenizer(text)]


def test_a_quotation_mark_glued_to_punctuation_and_a_word_is_split_off():
    assert _tokens("Kell said,“We will pay.”") == ["Kell", "said", ",", "“", "We", "will", "pay", ".", "”"]
    assert _tokens('Kell said:"We will pay."')[:5] == ["Kell", "said", ":", '"', "We"]
    assert _tokens("“We will pay,”she said.")[:7] == ["“", "We", "will", "pay", ",", "”", "she"]
    assert _tokens("the“levy”was dropped")[:5] == ["the", "“", "levy", "”", "was"]


def test_apostrophes_and_abbreviations_stay_whole():
    assert _tokens("Kell’s farm doesn’t pay") == ["Kell", "’s", "farm", "does", "n’t", "pay"]
    assert _tokens("the U.S.“levy”")[:3] == ["the", "U.S.", "“"]
    assert len(_tokens("http://example.com/a,b")) == 1


def test_a_speaker_before_a_glued_quotation_mark():
    for text in ("Paul Lund said,“We will not pay the levy this year or next.”",
                 "“We will not pay the levy this year or next,”Paul Lund said."):
        [(quote, words, actor)] = _speakers(text)
        assert (quote.rstrip(".,"), words, actor) == ("We will not pay the levy this year or next", "Paul Lund",
                                                      "Paul Lund"), text
