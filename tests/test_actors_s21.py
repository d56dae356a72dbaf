"""Issue 10, session 21: sectors from the text's own evidence (invented texts, invented outlets, bodies and people).

- A name right after an organisation's possessive ("Brisk News' X", "the Lantern Institute's Y") is that body's
  staff: the person takes the organisation as affiliation, so its sector (and country, when the body has one).
  A person's possessive ("Kell's Y") is not read this way.
- A plural demonym without an article is a population, not the state: "Germans voted", "many Canadians fear" are
  civilians (CVL) of that country; "the Germans said" still stands for the state.
"""
from __future__ import annotations

from conftest import run_text


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
