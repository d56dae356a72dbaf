"""Issue 10, session 32: a learned last-resort sector for persons and bodies no evidence gives one (invented texts).

- A person the registry, the tables and the text's titles leave without a sector was always a private person
  (CVL), a named body of unknown kind always an NGO. The words around the mentions often say otherwise: a person
  who tells investors about quarterly profits and job cuts is in business, a body whose shares are sold after it
  reports its earnings is a company. The model (extract/actors/sector_guess.py, trained by
  eval/actors/train_sector_guess.py) replaces the default only when another sector reaches its threshold.
- A neighbour quoted about a house fire stays a private person; an empty model keeps every default.
"""
from __future__ import annotations

from conftest import run_text

from dateline.extract.actors import sector_guess

DATE = "2016-05-02"


def _sectors(text):
    return {a.name: a.sector for a in run_text(text, date=DATE).actors}


def test_a_body_whose_shares_and_earnings_are_reported_is_a_company():
    sectors = _sectors("Investors sold shares of Ardmoor after Ardmoor reported weak quarterly earnings and cut its "
                       "profit forecast.")
    ardmoor = [s for name, s in sectors.items() if name.startswith("Ardmoor")]
    assert ardmoor and set(ardmoor) == {"BUS"}


def test_a_neighbour_at_a_fire_stays_a_private_person():
    sectors = _sectors("A fire destroyed three homes on Main Street on Monday.\n\nNeighbour Petra Olwin said she "
                       "woke to the smell of smoke. Olwin said her children escaped through a window.")
    assert sectors.get("Petra Olwin") == "CVL"


def test_the_default_stays_below_the_threshold_or_without_a_model():
    part = {"classes": ["BUS", "CVL"], "weights": {"BUS": {"near=profit": 2.0}}, "bias": {}, "threshold": 0.8}
    assert sector_guess.decide(part, {"near=profit": 1.0}, "CVL") == "BUS"     # p(BUS) 0.88
    assert sector_guess.decide(part, {"near=profit": 0.5}, "CVL") == "CVL"     # p(BUS) 0.73, under 0.8
    assert sector_guess.decide({}, {"near=profit": 1.0}, "CVL") == "CVL"
