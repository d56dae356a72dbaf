"""Issue 10, session 14: more evidence for people's countries (invented texts).

A US party is an American party in a story told in American places, not only in one that names the United
States; a party adjective in a person's apposition gives the party's country as a title's does; a US state,
big city or capital after "of" inside an organisation's name places the organisation (and its people).
"""
from __future__ import annotations

from conftest import run_text


def by_name(rec, name):
    return next((a for a in rec.actors if a.name == name), None)


def test_a_us_party_title_in_a_story_told_in_american_places():
    # the text never says "United States" or "American": Iowa is the evidence the party is the American one
    rec = run_text("Republican candidate Walt Brennan spoke to farmers in Iowa on Monday.", date="2016-05-01")
    assert (by_name(rec, "Walt Brennan").country, by_name(rec, "Walt Brennan").country_source) == ("USA", "party")


def test_a_us_party_title_in_a_foreign_story_gives_no_country():
    rec = run_text("Republican candidate Walt Brennan spoke to farmers in Lyon on Monday.", date="2016-05-01")
    assert by_name(rec, "Walt Brennan").country is None


def test_a_party_adjective_in_an_apposition():
    rec = run_text("Walt Brennan, the Republican nominee, spoke to farmers in Ohio on Monday.", date="2016-05-01")
    assert (by_name(rec, "Walt Brennan").country, by_name(rec, "Walt Brennan").country_source) == ("USA", "party")
    # without an American setting the party word is no evidence
    rec = run_text("Walt Brennan, the Republican nominee, spoke to farmers in Lyon on Monday.", date="2016-05-01")
    assert by_name(rec, "Walt Brennan").country is None


def test_a_us_state_inside_an_organisations_name_places_it_and_its_people():
    rec = run_text("Susan Miller, a professor at the University of North Carolina at Chapel Hill, said the plan "
                   "was bad.", date="2016-05-01")
    org = next(a for a in rec.actors if a.name.startswith("University of North Carolina"))
    assert org.country == "USA"
    assert (by_name(rec, "Susan Miller").country, by_name(rec, "Susan Miller").country_source) == ("USA", "affiliation")


def test_an_organisation_at_the_end_of_a_long_apposition_is_the_affiliation():
    # the parser hangs "at the University …" on "policy"; the apposition is read to its comma
    rec = run_text("Susan Miller, an assistant professor in technology policy at the University of North Carolina at "
                   "Chapel Hill, said the plan was bad.", date="2016-05-01")
    assert (by_name(rec, "Susan Miller").country, by_name(rec, "Susan Miller").country_source) == ("USA", "affiliation")


def test_the_treasury_is_an_organ_of_the_state():
    # a state's finance ministry: its officials take the country of the state the story is about
    rec = run_text("A Treasury official said the plan was bad. The senator from Ohio disagreed in Washington.",
                   date="2016-05-01")
    treasury = next(a for a in rec.actors if a.name == "Treasury")
    official = next(a for a in rec.actors if a.kind == "anonymous" and "Treasury" in a.name)
    assert treasury.sector == "GOV" and official.country == "USA"


def test_the_wire_service_in_a_dateline_names_no_actor():
    # where and by whom the story was filed, not an actor of it
    for text in ("WASHINGTON (AP) — Senator Tom Reed said the plan was bad.",
                 "LYON, March 3 (Brisk Wire) - Senator Tom Reed said the plan was bad."):
        rec = run_text(text, date="2016-05-01")
        assert [a.name for a in rec.actors] == ["Tom Reed"], text
    # the same service named in the story is one
    rec = run_text("Senator Tom Reed said the plan was bad, the Associated Press reported.", date="2016-05-01")
    assert any(a.name == "Associated Press" for a in rec.actors)
