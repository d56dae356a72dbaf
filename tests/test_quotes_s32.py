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


def _broad_speakers(text: str, tmp_path) -> list[tuple[str | None, str | None, str | None]]:
    """(cue, speaker words, actor) with PolNeAR's broad attributions switched on (the learned cue)."""
    (tmp_path / "quotes").mkdir(exist_ok=True)
    (tmp_path / "quotes" / "cue_model.json").write_text('{"enabled": true}\n', encoding="utf-8")
    rec = run_text(text, options=Options(knowledge_dir=str(tmp_path)))
    names = {a.id: a.name for a in rec.actors}
    return [(q.cue, q.speaker_text, names.get(q.speaker)) for q in rec.quotes]


def test_a_gerund_under_a_word_that_is_no_verb_is_the_clause_subjects(tmp_path):
    # the climb from the gerund stopped at "short" / "task": the verb they belong to has the holder
    for text, cue, name in (("Ana Kell praised the council but stopped short of calling for Paul Lund to resign.",
                             "calling", "Ana Kell"),
                            ("Ana Kell stopped short of endorsing the levy that the council passed.",
                             "endorsing", "Ana Kell"),
                            ("Ana Kell broke from her habit of praising the council when she spoke on Monday.",
                             "praising", "Ana Kell")):
        found = [(words, actor) for c, words, actor in _broad_speakers(text, tmp_path) if c == cue]
        assert len(found) == 1 and found[0][1] == name, (text, found)


def test_a_gerund_whose_frame_has_another_object_keeps_no_holder(tmp_path):
    # "gave Kell a medal for criticizing": the medal is Kell's, and so is the criticism, not the board's
    text = "The board gave Ana Kell a medal for criticizing the levy on farms."
    assert ("criticizing", "The board") not in [(cue, words) for cue, words, _ in _broad_speakers(text, tmp_path)]


def test_a_framed_gerund_is_no_report_of_words_said():
    # speech only: a stance or a habit, not words said on an occasion
    for text in ("Ana Kell praised the council but stopped short of calling for Paul Lund to resign.",
                 "Ana Kell broke from her habit of praising the council when she spoke on Monday."):
        assert _speakers(text, "indirect") == [], text
