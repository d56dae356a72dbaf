"""Session 24 (issue 10, PolNeAR's broad attributions): readings the learned cue could not propose; invented text."""
from __future__ import annotations

from conftest import run_text
from dateline import nlp
from dateline.extract.quotes.learned import candidates
from dateline.options import Options


def _reports(text: str, options: Options) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker_text) for q in run_text(text, options=options).quotes]


def test_a_passive_with_an_agent_is_the_agents_attribution(broad):
    text = "The harbour plan was praised by Governor Lena Park on Monday."
    assert _reports(text, broad) == [("The harbour plan", "Governor Lena Park")]
    assert run_text(text).quotes == []  # speech only: praise is no quotation


def test_a_one_word_object_is_reported_content(broad):
    assert _reports("Mayor Ivo Marek endorsed Kell in the race for governor.", broad) == [("Kell", "Mayor Ivo Marek")]
    assert _reports("Senator Ana Kell has endorsed him.", broad) == [("him", "Senator Ana Kell")]


def test_a_relative_pronoun_object_is_the_content_of_its_clause(broad):
    assert _reports("The levy, which Senator Ana Kell opposed, passed on Friday.", broad) == \
        [("which", "Senator Ana Kell")]


def test_attacks_aimed_at_a_target_are_topics(broad):
    assert _reports("Senator Ana Kell lashed out at the harbour council.", broad) == \
        [("the harbour council", "Senator Ana Kell")]


def test_a_date_is_no_topic():
    doc = nlp.load(Options().model)("Senator Ana Kell spoke on Monday about the harbour levy.")
    topics = [doc[c.left:c.right + 1].text for t in doc for c in candidates(doc, t) if c.kind == "topic"]
    assert topics == ["the harbour levy"]
