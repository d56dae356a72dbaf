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
