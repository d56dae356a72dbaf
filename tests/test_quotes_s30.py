"""Session 30 (issue 10: quote speakers); invented text and names."""
from __future__ import annotations

from conftest import run_text


def _speakers(text: str) -> list[tuple[str, str | None, str | None]]:
    rec = run_text(text)
    names = {a.id: a.name for a in rec.actors}
    return [(q.text, q.speaker_text, names.get(q.speaker)) for q in rec.quotes if q.kind == "direct"]


def test_a_cue_whose_subject_is_a_thing_is_the_person_above_its_clause():
    # the participle borrows the subject of "reminds" / "would hurt": a thing, not the speaker
    for text in ('Paul Lund said the levy reminds him of the old tax, explaining, "It is the same thing with a '
                 'new name."',
                 'Paul Lund argues that the new levy would hurt farmers, calling it "a tax on hard work and nothing '
                 'else."',
                 'Paul Lund thinks the levy debate shows how little the mayor understands, saying: "She has never '
                 'worked a farm."'):
        [(_, words, actor)] = _speakers(text)
        assert (words, actor) == ("Paul Lund", "Paul Lund"), text


def test_a_gerund_clause_before_a_colon_is_no_speaker():
    text = 'Ana Kell is sure that keeping Lund in office will only make things worse: "He is a menace to this valley."'
    [(_, words, actor)] = _speakers(text)
    assert (words, actor) == ("Ana Kell", "Ana Kell")


def test_statements_keep_their_voice():
    # a statement or a document is a speaker's words, not a thing to climb past
    [(_, words, _)] = _speakers('The statement from the council said: "The levy will be collected from March."')
    assert words == "The statement from the council"
    [(_, words, actor)] = _speakers('Lund\'s campaign released a statement on Monday. "The levy is a disgrace," the '
                                    'statement said.')
    assert (words, actor) == ("the statement", "Lund's campaign")


def test_a_quote_after_a_sentence_about_a_thing_gets_no_thing_as_speaker():
    # the sentence before names no one who can speak: the quote's speaker is unknown, not "the new rule"
    text = ("The new rule takes effect in March and covers every farm in the valley.\n\n"
            "\"Nobody in the capital has ever milked a cow before dawn.\"")
    assert [words for _, words, _ in _speakers(text)] == [None]


def test_a_document_before_a_quote_keeps_its_voice():
    text = ("The council's statement runs to two pages.\n\n"
            "\"The levy will be collected from every farm in the valley from March.\"")
    assert [actor for _, _, actor in _speakers(text)] == ["council"]  # the statement's issuer


def test_interview_answers_belong_to_the_person_the_lead_names_not_the_one_talked_about():
    # the lead's interview phrase may give the mayor a media sector; the senator is named only in the turns
    text = ("In an interview with the Valley Gazette, Mayor Ana Kell discussed the levy.\n"
            "Q: Do you think the levy will pass?\n"
            "A: I think it will pass in the spring.\n"
            "Q: And what about Senator Lund?\n"
            "A: He has never been to a farm.")
    assert [(words, actor) for _, words, actor in _speakers(text)] == [
        ("Q", None), ("A", "Ana Kell"), ("Q", None), ("A", "Ana Kell")]


def test_no_interviewee_is_guessed_from_a_name_inside_the_turns():
    text = ("Q: Do you think the levy will pass?\n"
            "A: I think it will pass in the spring.\n"
            "Q: And what about Senator Lund?\n"
            "A: He has never been to a farm.")
    assert [actor for _, _, actor in _speakers(text)] == [None, None, None, None]



def test_a_tag_the_parser_read_as_a_noun_phrase_still_names_the_speaker():
    # "Lund notes" parsed as a plural noun with a compound; the next sentence's "It" is no speaker
    text = ('"Look at the statement the mayor put out after the flood," Lund notes. "It was very different in tone '
            'and content from what people expected."')
    assert [words for _, words, _ in _speakers(text)] == ["Lund", "Lund"]


def test_words_inside_a_quote_are_never_the_next_quotes_speaker():
    # a split quote: the tag between the halves is the speaker of both; the first half's own words are not
    text = ('"My neighbours, whoever they are, including Tom Brandt and Ana Lund," Mr. Dale, the farmer, said, '
            '"the first thing they ask me is about the levy."')
    assert [words for _, words, _ in _speakers(text)] == ["Mr. Dale, the farmer"] * 2
