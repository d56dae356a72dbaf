"""Issue 10, session 30: former office holders who run, groups named by their faith (invented texts).

- PLOVER's sector table files former government officials under ELI (the registry builder maps it to GOV); one the
  article shows running for office ("former Gov. X launched his campaign", "X, a former senator, is running for
  governor") is a candidate (GOLD.md OPP: political opposition and parties), as a registry person out of office
  already was. A sitting office holder who campaigns keeps the office's sector; a former one who does not run
  keeps GOV. "Run for" an office, a legislature or an election is a candidacy (not "ran for cover").
- A group named by a faith ("Catholics", "Muslims") is a religious group (REL), as PETRARCH's agents dictionary
  codes the faiths it lists and WordNet files the others under *religious person*
  (scripts/build_faith_members.py); any other people named by who they are stay civilians (CVL).
"""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

from conftest import run_text

ROOT = Path(__file__).resolve().parents[1]
DATE = "2016-02-01"


def _actor(rec, name):
    return next(a for a in rec.actors if a.name == name)


def test_a_former_governor_who_launches_a_campaign_is_a_candidate():
    rec = run_text("Former Ohio Gov. Kell Brandt launched his presidential campaign on Monday. \"We will win,\" "
                   "Brandt told supporters in Columbus.", date=DATE)
    assert _actor(rec, "Kell Brandt").sector == "OPP"


def test_a_former_governor_in_an_apposition_who_runs_for_president_is_a_candidate():
    rec = run_text("Kell Brandt, a former governor of Ohio, is running for president. Brandt said on Monday the "
                   "plan would fail.", date=DATE)
    assert _actor(rec, "Kell Brandt").sector == "OPP"


def test_a_former_senator_who_ran_for_governor_is_a_candidate():
    rec = run_text("Former Sen. Kell Brandt ran for governor last year. Brandt said the plan would fail.", date=DATE)
    assert _actor(rec, "Kell Brandt").sector == "OPP"


def test_a_former_governor_seeking_a_nomination_is_a_candidate():
    rec = run_text("Former Ohio Gov. Kell Brandt is seeking the Republican nomination. Brandt said the plan would "
                   "fail.", date=DATE)
    assert _actor(rec, "Kell Brandt").sector == "OPP"


def test_a_former_governor_called_a_candidate_in_another_mention_is_a_candidate():
    rec = run_text("Former Ohio Gov. Kell Brandt said on Monday the plan would fail. Republican presidential "
                   "candidate Kell Brandt spoke in Iowa.", date=DATE)
    assert _actor(rec, "Kell Brandt").sector == "OPP"
    rec = run_text("Former Ohio Gov. Kell Brandt, a former presidential candidate, said on Monday the plan would "
                   "fail.", date=DATE)
    assert _actor(rec, "Kell Brandt").sector == "GOV"  # a past candidacy is no running


def test_a_former_governor_who_does_not_run_keeps_the_government_sector():
    rec = run_text("Former Ohio Gov. Kell Brandt criticized the plan on Monday, saying it would hurt farmers.",
                   date=DATE)
    assert _actor(rec, "Kell Brandt").sector == "GOV"


def test_running_for_cover_is_no_candidacy():
    rec = run_text("Former Ohio Gov. Kell Brandt ran for cover when the storm hit. Brandt said the plan would fail.",
                   date=DATE)
    assert _actor(rec, "Kell Brandt").sector == "GOV"


def test_a_sitting_governor_who_campaigns_keeps_the_office():
    rec = run_text("Ohio Gov. Kell Brandt, who is running for president, said the plan would fail. Brandt's campaign "
                   "declined to comment.", date=DATE)
    assert _actor(rec, "Kell Brandt").sector == "GOV"


def test_groups_named_by_their_faith_are_religious():
    rec = run_text("Catholics and Protestants marched together through the town on Sunday.", date=DATE)
    assert _actor(rec, "Catholics").sector == "REL"
    assert _actor(rec, "Protestants").sector == "REL"
    rec = run_text("Muslims across Ruritania condemned the attack on Friday.", date=DATE)
    assert _actor(rec, "Muslims").sector == "REL"


def test_people_named_by_their_home_stay_civilians():
    rec = run_text("Mississippians voted on Tuesday in the primary.", date=DATE)
    assert _actor(rec, "Mississippians").sector == "CVL"


def test_the_faith_list_is_built_from_wordnet_religious_persons():
    data = json.loads((ROOT / "src/dateline/knowledge/data/actors/faith_members.json").read_text(encoding="utf-8"))
    members = set(data["members"])
    assert {"catholic", "protestant", "baptist", "shiite"} <= members
    assert not {"senator", "farmer", "mississippian"} & members
    wordnet = Path("/usr/share/wordnet")
    if (wordnet / "data.noun").exists():
        spec = importlib.util.spec_from_file_location("build_faith_members", ROOT / "scripts/build_faith_members.py")
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        assert mod.faith_members(wordnet) == data["members"]


def _with_people(tmp_path, people: dict):
    from dateline.options import Options
    (tmp_path / "actors").mkdir()
    (tmp_path / "actors" / "people.json").write_text(json.dumps({"people": people}), encoding="utf-8")
    return Options(knowledge_dir=str(tmp_path))


def _entry(sector):
    return {"sector": sector, "country": "USA", "articles": 5, "first": "2015-11-01", "last": "2016-06-01"}


def test_a_candidate_the_table_has_as_a_sitting_legislator_keeps_the_seat(tmp_path):
    text = "Democratic presidential candidate Dana Orlowsky said on Monday the plan would fail. Orlowsky spoke in Ohio."
    assert _actor(run_text(text, date=DATE), "Dana Orlowsky").sector == "OPP"
    rec = run_text(text, date=DATE, options=_with_people(tmp_path, {"dana orlowsky": _entry("LEG")}))
    assert _actor(rec, "Dana Orlowsky").sector == "LEG"


def test_a_former_legislator_who_runs_is_no_sitting_one(tmp_path):
    text = "Former Sen. Dana Orlowsky, a Democratic presidential candidate, said on Monday the plan would fail."
    rec = run_text(text, date=DATE, options=_with_people(tmp_path, {"dana orlowsky": _entry("LEG")}))
    assert _actor(rec, "Dana Orlowsky").sector == "OPP"


def test_a_former_governor_the_table_has_running_is_a_candidate(tmp_path):
    text = "Former Ohio Gov. Dana Orlowsky said on Monday the plan would fail."
    assert _actor(run_text(text, date=DATE), "Dana Orlowsky").sector == "GOV"
    rec = run_text(text, date=DATE, options=_with_people(tmp_path, {"dana orlowsky": _entry("OPP")}))
    assert _actor(rec, "Dana Orlowsky").sector == "OPP"
