"""Who is a source (issue 10, session 7): reports with no speaker behind them are no quotes, and speakers the
cue does not name directly. Invented texts only."""
from __future__ import annotations

from conftest import run_text


def quotes_of(text: str):
    rec = run_text(text)
    names = {a.id: a.name for a in rec.actors}
    for q in rec.quotes:
        assert text[q.start:q.end] == q.text
    return rec, names


def texts(rec) -> list[str]:
    return [q.text for q in rec.quotes]


def test_a_thing_or_a_generic_person_is_no_source():
    text = ("The mayor's budget passed on Tuesday. That is something that worries council members trying to keep "
            "the harbour open.\n\n"
            "Free speech has limits: you can't yell “fire” in a crowded hall, Judge Ana Kell said.")
    rec, _ = quotes_of(text)
    assert not [t for t in texts(rec) if "council members trying" in t]
    assert not [q for q in rec.quotes if q.text == "fire"]
    assert [q for q in rec.quotes if "Free speech has limits" in q.text or "you can't yell" in q.text]


def test_the_articles_own_beliefs_are_no_quotes_but_a_named_persons_are():
    text = ("Why? Because we know from recent history that turnout in Ruritania falls in winter. "
            "Most don't expect the council to act before spring.\n\n"
            "Senator Tomas Kell believes that the vote will be close.")
    rec, names = quotes_of(text)
    assert not [t for t in texts(rec) if "turnout in Ruritania" in t]
    assert not [t for t in texts(rec) if "the council to act" in t]
    q = next(q for q in rec.quotes if "the vote will be close" in q.text)
    assert "Kell" in (names.get(q.speaker) or q.speaker_text or "")


def test_someone_who_shouted_keeps_the_quote():
    text = ("Senator Tomas Kell spoke for an hour in Port Ellis. “Resign!” someone in the crowd shouted, "
            "and Kell laughed.")
    rec, _ = quotes_of(text)
    assert [q for q in rec.quotes if q.text.startswith("Resign")]


def test_an_ing_adjective_is_no_cue():
    text = ("Attacking the press, or repeatedly referring to Governor Ana Kell as “Tariff” - is an appealing "
            "strategy.")
    rec, _ = quotes_of(text)
    assert not [q for q in rec.quotes if q.cue == "appealing"]
