"""Issue 10, session 37 (H6): a role "to/for" a titled person is someone else's; a candidacy noun names the candidate
named before; a bare "the leader" after a "who heads" clause; a private's rank written out (invented texts)."""
from __future__ import annotations

from conftest import quotes_of


def speaker_actor(text, words):
    rec, _ = quotes_of(text)
    q = next(q for q in rec.quotes if words in q.text)
    return rec, next((a for a in rec.actors if a.id == q.speaker), None)


def actor_named(rec, name):
    return next((a for a in rec.actors if a.name == name), None)


def test_an_adviser_to_a_titled_person_is_not_that_person():
    rec, a = speaker_actor("An adviser to Chancellor Marta Vintner said the budget would pass next week.",
                           "budget would pass")
    assert a is not None and a.kind == "anonymous" and a.name != "Marta Vintner" and a.sector == "GOV"
    vintner = actor_named(rec, "Marta Vintner")
    assert vintner is not None and not any("adviser" in m.text for m in vintner.mentions)


def test_a_spokeswoman_for_a_titled_senator_speaks_for_her_side():
    _, a = speaker_actor("WASHINGTON — A spokeswoman for Senator Dana Holloway said the bill would be reintroduced.",
                         "bill would be reintroduced")
    assert a is not None and a.kind == "anonymous" and a.name != "Dana Holloway" and a.sector == "LEG"


def test_a_lawyer_for_a_titled_governor_is_not_the_governor():
    _, a = speaker_actor("A lawyer for Governor Tom Abbe said the appeal would be filed on Friday.", "appeal would")
    assert a is not None and a.name != "Tom Abbe"


def test_a_domain_after_for_stays_in_the_title():
    # "Envoy for Hostage Affairs": no title word after "for", so the whole phrase is still the name's title
    _, a = speaker_actor("Special Envoy for Hostage Affairs Lena Marsh said the talks were useful.", "talks were useful")
    assert a is not None and a.name == "Lena Marsh" and a.sector == "GOV"


def test_the_challenger_is_the_candidate_named_before():
    _, a = speaker_actor("Incumbent mayor Rosa Delane faces Paul Ostrick in the race. "
                         "\"We will win this,\" the challenger said.", "We will win")
    assert a is not None and a.name == "Paul Ostrick"


def test_the_hopeful_is_the_candidate_named_before():
    _, a = speaker_actor("Paul Ostrick is running against Mayor Rosa Delane. "
                         "\"I am the change this city needs,\" the hopeful said on Tuesday.", "the change")
    assert a is not None and a.name == "Paul Ostrick"


def test_an_indefinite_challenger_makes_no_actor():
    rec, _ = quotes_of("A challenger said the vote was rigged.")
    assert not any("challenger" in a.name.lower() for a in rec.actors)


def test_the_bare_leader_is_the_person_who_heads_the_union():
    rec, a = speaker_actor("Tom Varga, who heads the dockworkers' union, met port officials on Monday. "
                           "\"We will not accept these terms,\" the leader said.", "these terms")
    assert a is not None and a.name == "Tom Varga"
    assert not any(x.kind == "anonymous" and x.name == "leader" for x in rec.actors)


def test_a_bare_president_is_not_the_person_who_runs_a_shop():
    _, a = speaker_actor("Tom Varga, who runs the bakery, met Governor Ana Lind on Monday. "
                         "\"We will not accept these terms,\" the president said.", "these terms")
    assert a is None or a.name != "Tom Varga"


def test_a_private_written_in_full_is_a_soldier():
    rec, _ = quotes_of("The attack wounded Private Jonas Relk and two other soldiers, the army said.")
    a = actor_named(rec, "Jonas Relk")
    assert a is not None and a.sector == "MIL"


def test_a_private_first_class_written_in_full_is_a_soldier():
    rec, _ = quotes_of("Private First Class Mina Odell returned home on Friday after a year abroad.")
    a = actor_named(rec, "Mina Odell")
    assert a is not None and a.sector == "MIL"


def test_a_private_company_is_no_rank():
    rec, _ = quotes_of("The private equity manager Tom Abbe said the fund would close.")
    a = actor_named(rec, "Tom Abbe")
    assert a is None or a.sector != "MIL"


def test_the_writers_i_quote_is_no_speaker():
    _, a = speaker_actor("No wonder Mayor Ann Kell said, and I quote, \"We love the rain.\" She meant it.", "love the rain")
    assert a is not None and a.name == "Ann Kell"


def test_i_quote_as_the_sentences_own_verb_stays_the_writers():
    rec, _ = quotes_of("I quote from the council's report: \"The budget cannot be balanced this year.\" The mayor left.")
    q = next(q for q in rec.quotes if "budget cannot" in q.text)
    assert (q.speaker_text or "").lower() == "i"
