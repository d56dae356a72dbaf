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


def test_a_surname_the_parser_reads_as_a_modal_speaks():
    # 'May said …' / '… Will wrote': a modal takes the bare verb, so a capitalised one before a past form is a name
    text = ("Prime Minister Ana May spoke to farmers in the valley. May said that the levy would pass in the spring. "
            "“We will not drop it,” May said.")
    found = _speakers(text, "indirect") + _speakers(text)
    assert [(words, actor) for _, words, actor in found] == [("May", "Ana May")] * 2
    text = ("The columnist Tom Will wrote about the levy on Friday. “The council needs a grown-up in the room,” "
            "Will wrote.")
    [(_, words, actor)] = _speakers(text)
    assert (words, actor) == ("Will", "Tom Will")


def test_a_modal_before_a_bare_verb_stays_a_modal():
    for text in ("Ana Kell may argue that the levy is fair to every farmer.",
                 "Will the council say that the levy is fair to every farmer?"):
        assert _speakers(text, "indirect") == [], text
