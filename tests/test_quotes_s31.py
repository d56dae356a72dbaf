"""Session 31 (issue 10: quote speakers); invented text and names."""
from __future__ import annotations

from conftest import run_text


def _speakers(text: str, kind: str = "direct") -> list[tuple[str, str | None, str | None]]:
    rec = run_text(text)
    names = {a.id: a.name for a in rec.actors}
    return [(q.text, q.speaker_text, names.get(q.speaker)) for q in rec.quotes if q.kind == kind]


def test_a_participle_after_a_reported_clause_is_the_reporters():
    # the parser hangs "adding" / "noting" on the reported clause, whose subject did not say it
    for text, name in (('Paul Lund said the levy was unfair and that the council had ignored farmers, adding, '
                        '"Nobody asked us about any of it."', "Paul Lund"),
                       ('Ana Kell said on Monday that the council had voted twice against the farmers, noting, '
                        '"Twice is not an accident."', "Ana Kell")):
        [(_, words, actor)] = _speakers(text)
        assert (words, actor) == (name, name), text


def test_a_participle_of_the_clause_itself_keeps_its_subject():
    # no reporting verb above the clause: the clause's own subject speaks
    [(_, words, _)] = _speakers('The council ignored the farmers all year, saying "The levy is not up for debate."')
    assert words == "The council"


def test_the_one_asked_answers_in_the_passive():
    # "asked ... by reporters": the passive subject is asked, and answers; other passives keep their agent
    text = 'Ana Kell, the mayor, was asked about the levy by reporters, responding, "It will pass in the spring."'
    [(_, _, actor)] = _speakers(text)
    assert actor == "Ana Kell"


def test_the_one_asked_answers_after_a_when_clause():
    # the pronoun names the one a reporter asked, not the reporter
    text = 'When a reporter asked Mayor Ana Kell about the levy, she said, "It will pass, and it will pass soon."'
    [(_, words, actor)] = _speakers(text)
    assert (words, actor) == ("she", "Ana Kell")


def _reports(text: str) -> list[str]:
    return [q.text for q in run_text(text).quotes if q.kind == "indirect"]


def test_words_planned_expected_or_refused_are_not_said():
    for text in ("Ana Kell plans to tell the council next week that the levy will pass.",
                 "Ana Kell is expected to say on Monday that the levy will pass.",
                 "Paul Lund wants to argue that the levy is unfair to every farmer."):
        assert _reports(text) == [], text


def test_words_said_after_an_attempt_or_a_hedge_stay():
    for text in ("Ana Kell went on to say that the levy was fair to every farmer.",
                 "Ana Kell seemed to suggest that the levy would be dropped.",
                 "Paul Lund tried to explain that the levy had been his idea all along."):
        assert len(_reports(text)) == 1, text


def test_has_word_finds_what_the_boundary_pattern_finds():
    # the per-name pattern it replaces (a speed change: the same answers)
    import random
    import re

    from dateline.extract.quotes.common import has_word
    rng = random.Random(31)
    alphabet = "ab_1é-’' .,Kl"
    for _ in range(20000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14)))
        word = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 3)))
        expected = re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text) is not None
        assert has_word(text, word) == expected, (text, word)
