"""Session 28 (issue 10, speakers); invented text and names."""
from __future__ import annotations

from conftest import run_text


def _quotes(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(q.kind, q.text, q.speaker_text) for q in run_text(text).quotes]


def test_a_participle_after_a_quotes_tag_speaks_for_the_tags_speaker():
    # the parser hangs the participle on the quote's own verb, whose subject is inside the marks
    text = ("\"The levy will not pass this year,\" Senator Paul Lund said, not even suggesting that the council "
            "could vote on it before the winter.")
    assert ("indirect", "that the council could vote on it before the winter", "Senator Paul Lund") in _quotes(text)
    text = ("\"The levy will not pass this year,\" said Senator Paul Lund, adding that the council would meet "
            "again in the spring.")
    assert ("indirect", "that the council would meet again in the spring", "Senator Paul Lund") in _quotes(text)


def test_a_participle_of_another_sentence_keeps_its_own_reading():
    # a new sentence after the tag: the participle is not the tag's
    text = ("\"The levy will not pass this year,\" Senator Paul Lund said. Later, critics of the plan issued a "
            "statement saying that the council could vote on it before the winter.")
    assert all(s != "Senator Paul Lund" for k, t, s in _quotes(text) if "council" in t)


def test_a_participle_after_a_titled_speakers_tag():
    text = ("\"The levy will not pass this year,\" said Sen. Paul Lund, not even suggesting that the council "
            "could vote on it before the winter.")
    assert ("indirect", "that the council could vote on it before the winter", "Sen. Paul Lund") in _quotes(text)


def _speakers(text: str) -> list[tuple[str, str | None, str | None]]:
    rec = run_text(text)
    names = {a.id: a.name for a in rec.actors}
    return [(q.kind, q.speaker_text, names.get(q.speaker)) for q in rec.quotes]


def test_it_goes_on_in_the_voice_of_the_body_that_spoke_before():
    # "it" is no person: the union that spoke just before says the next quote too; the words stay "it"
    text = ("According to the Valley Farmers Union, the levy is unfair to every family on the coast. "
            "\"We will not pay a cent of it,\" it said.")
    assert ("direct", "it", "Valley Farmers Union") in _speakers(text)
    text = ("A statement from the Valley Farmers Union said the levy was unfair. "
            "\"We will not pay a cent of it,\" it said.")
    assert ("direct", "it", "Valley Farmers Union") in _speakers(text)


def test_it_does_not_go_to_a_person_before():
    text = ("According to Mayor Ana Kell, the levy is unfair to every family on the coast. "
            "\"We will not pay a cent of it,\" it said.")
    assert ("direct", "it", None) in _speakers(text)
