"""Issue 10, session 33: a person's learned last-resort sector reads the person's own context only (invented texts).

- The convention (docs/actors.md "Issue 10, session 33"): a person's sector is what the person is. CVL is the
  private person; a person the text gives no role of their own stays CVL, whatever the sectors of the people named
  beside them (a mayor's husband is no official, a person who says a plan hurts farmers is no farmer). The learned
  guess (extract/actors/sector_guess.py) may replace CVL for a person only from the person's own mentions: how they
  stand in their sentences and the words next to them ("an interview with X", "told X").
"""
from __future__ import annotations

from types import SimpleNamespace

from conftest import run_text

from dateline.extract.actors import sector_guess

DATE = "2016-05-02"


def _sectors(text):
    return {a.name: a.sector for a in run_text(text, date=DATE).actors if a.kind == "person"}


def test_the_person_an_official_gives_an_interview_to_is_a_journalist():
    sectors = _sectors("In an interview with Lena Varda on Sunday, the governor said the budget would pass. The "
                       "governor told Varda that the vote was close.")
    assert sectors.get("Lena Varda") == "MED", sectors


def test_a_person_named_beside_an_official_stays_a_private_person():
    sectors = _sectors("Finance Minister Karl Brisk met Ana Velde in Lyon on Monday. Velde said the talks went well.")
    assert sectors.get("Karl Brisk") == "GOV" and sectors.get("Ana Velde") == "CVL", sectors


def test_a_persons_features_hold_no_other_actors_sectors():
    doc = SimpleNamespace()  # no mention is read: the actor has none
    person = SimpleNamespace(name="Ana Velde", kind="person", mentions=[])
    body = SimpleNamespace(name="Velde Trust", kind="organization", mentions=[])
    context = {"article_sector=GOV": 1.0}
    f_person = sector_guess.features(person, doc, "", lambda i: False, context, {0: {"GOV"}})
    f_body = sector_guess.features(body, doc, "", lambda i: False, context, {0: {"GOV"}})
    assert "article_sector=GOV" not in f_person
    assert f_body.get("article_sector=GOV") == 1.0
