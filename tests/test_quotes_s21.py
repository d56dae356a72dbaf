"""Issue 10, session 21: quotes and speakers. Invented texts and names only.

The learned source-phrase ends load with the reporting lexicon, so a user's knowledge directory can
switch them off or replace them like any other knowledge file.
"""
from __future__ import annotations

import json

import pytest

from conftest import run_text

from dateline.knowledge import KnowledgeError, load_knowledge
from dateline.options import Options

RELATIVE = "Senator Ana Kell (D-Ore.), who has pushed for a new bridge for years, said the vote was rigged."


def _user_dir(tmp_path, content) -> Options:
    (tmp_path / "quotes").mkdir()
    (tmp_path / "quotes" / "source_span.json").write_text(json.dumps(content), encoding="utf-8")
    return Options(knowledge_dir=str(tmp_path))


def test_the_source_span_model_loads_with_the_lexicon_and_a_user_file_switches_it_off(tmp_path):
    assert load_knowledge(Options()).reporting.source_span["weights"]
    options = _user_dir(tmp_path, {"enabled": False})
    assert load_knowledge(options).reporting.source_span is None
    [q] = run_text(RELATIVE).quotes
    assert q.speaker_text == "Senator Ana Kell (D-Ore.)"  # the learned ends drop the relative clause
    [q] = run_text(RELATIVE, options=options).quotes
    assert q.speaker_text.startswith("Senator Ana Kell (D-Ore.), who has pushed")  # the hand rules keep it


def test_a_user_threshold_overrides_the_packaged_one(tmp_path):
    options = _user_dir(tmp_path, {"threshold": 1.5})  # no piece is ever kept
    assert load_knowledge(options).reporting.source_span["threshold"] == 1.5
    [q] = run_text("Tomas Kell, a spokesman for the Velland Farmers Union, said the harvest was late.",
                   options=options).quotes
    assert q.speaker_text == "Tomas Kell"


def test_a_malformed_source_span_file_is_refused_with_its_name(tmp_path):
    options = _user_dir(tmp_path, {"=weights": ["not", "a", "mapping"]})
    with pytest.raises(KnowledgeError, match="source_span.json"):
        load_knowledge(options)


# Turn-taking without labels and pronoun speakers (issue 10 item 3).

def _speakers(text: str) -> list[tuple[str, str | None]]:
    rec = run_text(text)
    names = {a.id: a.name for a in rec.actors}
    return [(q.text, names.get(q.speaker)) for q in rec.quotes]


def test_he_said_after_a_question_put_to_a_person_is_that_persons_answer():
    got = _speakers("Tomas Brel asked Ivo Marek whether the army would stay. “Until the border is safe,” he said.")
    assert got[-1] == ("Until the border is safe", "Ivo Marek")
    got = _speakers("“Will the army stay?” Tomas Brel asked Ivo Marek. “Until the border is safe,” he said.")
    assert got[-1] == ("Until the border is safe", "Ivo Marek")
    got = _speakers("Tomas Brel met Ivo Marek on Friday in Lyon. Brel later spoke to the press. "
                    "“The army will stay,” he said.")  # no question before: the nearest person keeps it
    assert got[-1] == ("The army will stay", "Tomas Brel")


def test_a_given_name_before_a_short_name_mention_gives_the_gender():
    got = _speakers("Ana Kell met Ivo Marek on Friday. “The border is safe,” he said.")
    assert got == [("The border is safe", "Ivo Marek")]


def test_a_lead_that_tells_the_interview_says_who_asks_and_who_answers():
    turns = ("\n\nQ: Why did you resign?\n\nA: I was tired of the fighting in the council.\n\nQ: What next?"
             "\n\nA: I will teach.")
    got = _speakers("Dan Lund of the Lantern interviewed Ana Kell on Monday." + turns)
    assert [s for _, s in got] == ["Dan Lund", "Ana Kell", "Dan Lund", "Ana Kell"]
    got = _speakers("Ana Kell spoke with Dan Lund of the Lantern on Monday." + turns)  # runs both ways: no say
    assert [s for _, s in got][1::2] == ["Ana Kell", "Ana Kell"]


def test_a_person_questioned_is_no_reported_content():
    assert [q.text for q in run_text("Senator Ana Kell questioned the nominee for an hour on Tuesday.").quotes] == []
    # Session 22: an act's object is no reported statement either, person or not (tests/test_quotes_s22.py)
    assert [q.text for q in run_text("Senator Ana Kell questioned the plan on Tuesday.").quotes] == []


def test_a_headline_label_may_be_the_surname_of_a_person_the_story_names_in_full():
    got = _speakers("Brel: Budget Talks Will Fail.\n\nTomas Brel, the finance minister, spoke in Lyon on Tuesday. "
                    "He said the talks would fail.")
    assert got[0] == ("Budget Talks Will Fail", "Tomas Brel")
    got = _speakers("Exclusive: Budget Talks Will Fail.\n\nTomas Brel, the finance minister, spoke in Lyon on Tuesday.")
    assert got == []  # a label that is no person's surname


def test_a_bare_surname_finds_a_person_whose_full_name_ends_in_a_generational_suffix():
    got = _speakers("Velland donor Luther Stan Pate IV, a real estate tycoon, gave the money. Pate said the gift was legal.")
    assert got == [("the gift was legal", "Luther Stan Pate IV")]
