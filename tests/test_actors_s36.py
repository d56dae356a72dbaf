"""Issue 10, session 36 (H4): abbreviated titles read whole (invented texts).

- "Atty. Gen. X": the parser ends a sentence at the period the tokenizer split off "Atty", so the title seen before
  the name was "Gen." alone (a general, MIL); the title may now reach back over the split period when only title
  words stand between it and the name: the attorney general (GOV).
- A police force's word before a military rank makes the rank a police one ("Police Col. X", "Velmora Police Lt.
  Col. Y": POL); an army's stays MIL.
- The enlisted ranks written out from their abbreviations ("Pvt. X", "Spc. X") are soldiers' (MIL) when they are the
  whole title; "private" among other words says nothing ("a private equity manager").
- An apposition whose head is a title of the words list `title_sectors` the agents dictionary lacks ("X, the
  moderator of the debate,", "X, a billionaire,") takes its sector, as the same title before a name does.
- A party adjective before a party body word, not only at the start of the name ("the Velmora County Republican
  Committee": OPP); more newspaper nameplate words (Sentinel, Enquirer, Advertiser: MED;
  not "Ledger", which names other bodies too: "the rights group Open Ledger").
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from conftest import run_text

DATE = "2016-05-02"


def _actors(text):
    return {a.name: a for a in run_text(text, date=DATE).actors}


@pytest.mark.parametrize("title", ["Atty. Gen.", "State Atty. Gen."])
def test_an_abbreviated_attorney_general_is_government(title):
    actors = _actors(f"{title} Dana Orwell said on Monday that the state would sue the company.")
    assert actors["Dana Orwell"].sector == "GOV"


def test_a_split_plural_title_still_covers_its_list():
    actors = _actors("Reps. Dana Orwell and Tom Vell said the bill would pass.")
    assert actors["Dana Orwell"].sector == actors["Tom Vell"].sector == "LEG"


@pytest.mark.parametrize("title", ["Velmora Police Col.", "Police Maj.", "Police Lt. Col."])
def test_a_police_rank_is_police(title):
    actors = _actors(f"{title} Tom Vell said the suspect had been arrested on Monday.")
    assert actors["Tom Vell"].sector == "POL"


@pytest.mark.parametrize("title", ["Army Col.", "Brig. Gen.", "Lt. Col."])
def test_a_military_rank_stays_military(title):
    actors = _actors(f"{title} Tom Vell said the troops would leave the base on Monday.")
    assert actors["Tom Vell"].sector == "MIL"
    assert "Brig" not in actors


@pytest.mark.parametrize("title", ["Pvt.", "Spc."])
def test_an_enlisted_rank_is_military(title):
    actors = _actors(f"{title} Tom Vell was wounded in the attack on Monday, the army said.")
    assert actors["Tom Vell"].sector == "MIL"


def test_private_among_other_words_is_no_rank():
    actors = _actors("Tom Vell, a private equity manager, said the deal was done on Monday.")
    assert actors["Tom Vell"].sector != "MIL"


@pytest.mark.parametrize("role, sector", [("the moderator of the debate", "MED"), ("the anchor of the evening news", "MED"),
                                          ("a billionaire", "BUS")])
def test_an_apposition_title_the_agents_lack_gives_its_sector(role, sector):
    # words `title_sectors` (read for titles before a name) now also read for an apposition's head
    actors = _actors(f"Mara Tilden, {role}, asked Senator Ron Pelk about taxes on Monday.")
    assert actors["Mara Tilden"].sector == sector


@pytest.mark.parametrize("name", ["Velmora Republican Committee", "Velmora County Democratic Committee"])
def test_a_places_party_committee_is_a_party_body(name):
    actors = _actors(f"The {name} endorsed Senator Ron Pelk on Monday.")
    assert actors[name].sector == "OPP"


def test_a_newspaper_nameplate_word_gives_media():
    actors = _actors("The Velmora Sentinel endorsed Senator Ron Pelk on Monday.")
    assert actors["Velmora Sentinel"].sector == "MED"


def test_a_label_date_as_an_outlet_wrote_it_reads_as_iso():
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "eval" / "actors"))
    from article_outlets import label_date
    assert label_date("Dec 7, 2016 8:46 AM ET") == "2016-12-07"
    assert label_date("17 December 2016") == "2016-12-17"
    assert label_date("2016-12-18 07:52 ET") == "2016-12-18"
    assert label_date(None) is None
