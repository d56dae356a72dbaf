"""Issue 10, session 28 (second shift): think tanks are no government (invented texts and entries).

PETRARCH files its think tanks under the "elites" code ([USAELI]), which the registry builder maps to GOV as it does
for a state's former officials; a body named by an organisation's type word (Institute, Center, Foundation) is no
government, so an elites entry naming one takes the type word's sector (words.json `org_name_sector`, NGO), and
the officers of such a body take it through their affiliation instead of GOV.
"""
from __future__ import annotations

import importlib.util
from pathlib import Path

from conftest import run_text

ROOT = Path(__file__).resolve().parents[1]


def _builder():
    spec = importlib.util.spec_from_file_location("build_registry", ROOT / "scripts" / "build_registry.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_an_elites_entry_named_as_an_institute_is_no_government():
    b = _builder()
    body = b.actor_from_entry({"name": "KESSEL_THINK_TANK", "aliases": ["KESSEL_POLICY_INSTITUTE", "NORVALE_CENTER"],
                               "codes": ["USAELI"], "comment": ""}, "petrarch2:countries")
    assert [r["sector"] for r in body["roles"]] == ["NGO"]


def test_an_elites_entry_with_no_body_word_keeps_its_government_sector():
    b = _builder()
    person = b.actor_from_entry({"name": "ANA_KELL", "aliases": ["ANA_M._KELL"], "codes": ["USAELI"], "comment": ""},
                                "petrarch2:countries")
    assert [r["sector"] for r in person["roles"]] == ["GOV"]
    agency = b.actor_from_entry({"name": "KESSEL_INSTITUTE", "aliases": [], "codes": ["USAGOV"], "comment": ""},
                                "petrarch2:countries")
    assert [r["sector"] for r in agency["roles"]] == ["GOV"]  # a state's own institute stays its government's


def test_the_packaged_think_tank_entry_is_non_governmental():
    rec = run_text("Budget talks\n\nWASHINGTON - Congress met on Monday.\n\nAna Kell, a fellow at a Washington-based "
                   "think tank, said the budget would fail.\n", date="2016-05-03")
    kell = next(a for a in rec.actors if a.name == "Ana Kell")
    assert kell.sector != "GOV"
    from dateline.knowledge import load_knowledge
    from dateline.options import Options
    reg = load_knowledge(Options()).registry
    assert reg.actor("Washington-based think tank", "2016-05-03").role_at("2016-05-03").sector == "NGO"
