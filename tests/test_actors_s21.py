"""Issue 10, session 21: sectors from the text's own evidence (invented texts, invented outlets, bodies and people).

- A name right after an organisation's possessive ("Brisk News' X", "the Lantern Institute's Y") is that body's
  staff: the person takes the organisation as affiliation, so its sector (and country, when the body has one).
  A person's possessive ("Kell's Y") is not read this way.
- A plural demonym without an article is a population, not the state: "Germans voted", "many Canadians fear" are
  civilians (CVL) of that country; "the Germans said" still stands for the state.
- A name the NER typed as a person (or as an organisation after a title) that is the object of "of"/"at" after an
  officer's title or a job noun ("executive director of Harbor Paths", "an analyst at Brightcore") is an
  organisation: its officer takes its sector (was a person, and the officer a private person).
- A demonym hyphened to a language word ("a Spanish-language network") names a language, not a country.
- A former office joined to a current role ("X, the former senator and presidential candidate,") gives way to
  the current one (OPP), and the joined phrase is one description (no actor "presidential candidate"); a former
  legislator keeps the legislator's country by office.
- The members a body in a title is named after are no role of the person ("Ohio Workers Federation president X"
  is no worker, CVL: the body's officer).
- An organisation that has what only a business has ("Brisklane's shareholders", "shares of Brisklane"; words.json
  business_nouns) is a company (BUS) when nothing else gave its sector (was the unknown body's NGO).
- A president of a body of unknown sector ("BWU President X", "X, president of the Brisk Workers Union") is the
  body's officer, not a state's (GOV): the office word no longer overrides the body's guessed sector.
- A state's word after "for"/"on" in an organisation's name is its topic, not its sector ("the Project on
  Government Openness" is no government body).
- With the opt-in words.json public_people (off by default), a person the registry lacks and the text leaves without
  a sector takes the packaged table of public people (actors/people.json, mined from a news corpus by
  eval/actors/build_people.py, since session 29 scripts/build_public_actors.py) when the article's date is within a
  year of the dates mined: the sector and, where none was found, the country; a registry person out of office whom
  the table has running is a candidate (OPP). Outside the dates, nothing (a private person, CVL).
- Titles the registry's agent nouns lack (words.json title_sectors): a legislature's speaker ("Speaker X": LEG) and
  clerics' titles ("the Rev. X", "Pastor X", "Rabbi X", "Imam X", "Bishop X": REL).
"""
from __future__ import annotations

import json

from conftest import run_text

from dateline.options import Options


def actors(text: str) -> dict[str, tuple]:
    return {a.name: (a.kind, a.country, a.sector) for a in run_text(text, date="2016-05-01").actors}


def test_a_name_after_an_organisations_possessive_is_its_staff():
    got = actors('"It is over," the senator told Brisk News\' Chris Wallon in an interview airing Sunday.')
    assert got.get("Chris Wallon", (None, None, None))[2] == "MED", got
    got = actors("Speaking to Lantern Television's Dana Kellerby on Sunday, the mayor said the plan would go ahead.")
    assert got.get("Dana Kellerby", (None, None, None))[2] == "MED", got


def test_a_plural_demonym_without_an_article_is_the_people_not_the_state():
    got = actors("Germans voted on Sunday in a local election in Bavaria, and many Canadians watched.")
    assert got.get("Germans") == ("group", "DEU", "CVL"), got
    assert got.get("Canadians") == ("group", "CAN", "CVL"), got
    got = actors("The Germans said on Monday that they would send aid to the flooded towns.")
    assert got.get("Germany") == ("state", "DEU", "GOV"), got
    assert "Germans" not in got, got


def test_the_body_someone_directs_or_works_at_is_an_organisation():
    got = actors('"We were surprised," said Hana Keller, executive director of Harbor Paths to Peace, on Monday.')
    assert got.get("Harbor Paths", (None,))[0] == "organization", got
    assert got.get("Hana Keller", (None, None, None))[2] not in (None, "CVL"), got
    got = actors('"The stock is cheap," said Ken Sorel, a senior retail-banking analyst at Brightcore.')
    assert got.get("Brightcore", (None,))[0] == "organization", got


def test_a_language_adjective_gives_no_country():
    got = actors('"We will sue," said Dana Ruiz, an anchor at Telemundial, a Spanish-language network based in Miami.')
    assert got.get("Telemundial", (None, None))[1] != "ESP", got
    assert got.get("Dana Ruiz", (None, None))[1] != "ESP", got


def test_a_former_office_gives_way_to_the_current_role_joined_to_it():
    text = ("Rick Danforth, the former senator and presidential candidate, said the plan would fail. The United "
            "States should act, he said in Washington.")
    got = actors(text)
    assert got.get("Rick Danforth") == ("person", "USA", "OPP"), got
    assert not [n for n in got if "candidate" in n.lower()], got


def test_the_members_a_body_is_named_after_are_no_role_of_its_officer():
    got = actors("Ohio Workers Federation president Steven Tolland said the union would strike.")
    assert got.get("Steven Tolland", (None, None, None))[2] not in (None, "CVL"), got


def test_an_organisation_with_shareholders_is_a_company():
    got = actors("Brisklane's shareholders voted on Tuesday to sell the plant in Ohio.")
    assert got.get("Brisklane", (None, None, None))[2] == "BUS", got
    got = actors("Shares of Brisklane fell 4 percent on Monday after the ruling.")
    assert got.get("Brisklane", (None, None, None))[2] == "BUS", got


def test_the_president_of_an_unknown_body_is_its_officer_not_a_states():
    got = actors('"We will strike," BWU President Chris Shelby said on Monday.')
    assert got.get("Chris Shelby", (None, None, None))[2] not in (None, "GOV"), got
    got = actors('"We will strike," said Chris Shelby, president of the Brisk Workers Union.')
    assert got.get("Chris Shelby", (None, None, None))[2] not in (None, "GOV"), got


def test_a_states_word_after_for_or_on_is_the_bodys_topic():
    got = actors('"It is a bad deal," said Steven Afterby, director of the Project on Government Openness.')
    assert got.get("Project on Government Openness", (None, None, None))[2] not in (None, "GOV"), got
    assert got.get("Steven Afterby", (None, None, None))[2] != "GOV", got


def _with_people(tmp_path, people: dict) -> Options:
    (tmp_path / "actors").mkdir()
    (tmp_path / "actors" / "people.json").write_text(json.dumps({"people": people}), encoding="utf-8")
    # (the person fallback of session 22 off: the table alone decides here)
    (tmp_path / "actors" / "words.json").write_text(json.dumps({"public_people": True, "person_article_country": False}),
                                                    encoding="utf-8")
    return Options(knowledge_dir=str(tmp_path))


def test_a_public_person_named_alone_takes_the_tables_role_near_its_dates(tmp_path):
    options = _with_people(tmp_path, {"dana kellerby": {"sector": "LEG", "country": "USA", "first": "2016-01-04",
                                                        "last": "2016-09-06"}})
    text = "Dana Kellerby said on Tuesday that the plan would hurt the farmers in Ohio."

    def got(date):
        return {a.name: (a.country, a.sector) for a in run_text(text, date=date, options=options).actors}
    assert got("2016-05-01").get("Dana Kellerby") == ("USA", "LEG"), got("2016-05-01")
    assert got("2021-05-01").get("Dana Kellerby") == (None, "CVL"), got("2021-05-01")


def test_a_speaker_and_a_clerics_title_give_their_sectors():
    got = actors("Speaker Dana Kellwood said the House would vote on Friday.")
    assert got.get("Dana Kellwood", (None, None, None))[2] == "LEG", got
    got = actors("The Rev. Tom Kellwood led the march through the city on Sunday.")
    assert got.get("Tom Kellwood", (None, None, None))[2] == "REL", got
    got = actors("Rabbi Tom Kellwood led the prayers on Sunday.")
    assert got.get("Tom Kellwood", (None, None, None))[2] == "REL", got


def test_the_tables_country_fills_a_candidate_the_text_gives_no_country(tmp_path):
    options = _with_people(tmp_path, {"dana kellerby": {"sector": "LEG", "country": "USA", "first": "2016-01-04",
                                                        "last": "2016-09-06"}})
    rec = run_text("Dana Kellerby's campaign said on Tuesday that the plan would hurt the farmers.", date="2016-05-01",
                   options=options)
    got = {a.name: (a.country, a.sector) for a in rec.actors}
    assert got.get("Dana Kellerby") == ("USA", "OPP"), got  # the text's sector (a campaign), the table's country


def test_the_public_people_table_is_on_by_default_and_can_be_switched_off(tmp_path):
    on, off = tmp_path / "on", tmp_path / "off"  # (one knowledge directory each: knowledge is cached by directory)
    for d in (on, off):
        (d / "actors").mkdir(parents=True)
        (d / "actors" / "people.json").write_text(json.dumps({"people": {"dana kellerby": {
            "sector": "LEG", "country": "USA", "first": "2016-01-04", "last": "2016-09-06"}}}), encoding="utf-8")
    (off / "actors" / "words.json").write_text(json.dumps({"public_people": False, "person_article_country": False}),
                                               encoding="utf-8")
    text = "Dana Kellerby said on Tuesday that the plan would hurt the farmers in Ohio."
    rec = run_text(text, date="2016-05-01", options=Options(knowledge_dir=str(on)))
    assert {a.name: (a.country, a.sector) for a in rec.actors}.get("Dana Kellerby") == ("USA", "LEG")
    rec = run_text(text, date="2016-05-01", options=Options(knowledge_dir=str(off)))
    got = {a.name: (a.country, a.sector) for a in rec.actors}
    assert got.get("Dana Kellerby") == (None, "CVL"), got
