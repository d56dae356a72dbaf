"""The actor registry: generated data, date-aware roles, user extension and override."""
from __future__ import annotations

import json

import pytest

from conftest import run_text
from dateline.knowledge.registry import load_registry, norm, packaged_registry
from dateline.options import Options


def holder_of(rec, mention_text):
    for a in rec.actors:
        if any(m.text == mention_text for m in a.mentions):
            return a
    return None


def test_registry_is_loaded_once():
    assert load_registry() is load_registry()
    assert load_registry() is packaged_registry()


def test_countries_have_iso_codes_demonyms_capitals_and_metonyms():
    reg = packaged_registry()
    assert reg.country("the United States") == "USA" and reg.country("U.S.") == "USA"
    assert reg.demonym("Israeli") == "ISR" and reg.demonym("American") == "USA"
    assert reg.capitals[norm("Jerusalem")] == "ISR" or reg.capitals[norm("Jerusalem")] == "PSE"
    assert reg.metonyms[norm("the Kremlin")] == ("RUS", "GOV")
    assert reg.countries["PSE"].name == "Palestine"
    # PETRARCH's country blocks list rivers and provinces: those are not the state
    assert reg.country("Texas") is None and reg.country("Ohio River") is None


def test_petrarch_sector_codes_are_mapped_to_gold_codes():
    reg = packaged_registry()
    sectors = {r.sector for cands in reg.actors.values() for a in cands for r in a.roles}
    assert sectors <= {None, "GOV", "MIL", "REB", "OPP", "JUD", "LEG", "POL", "MED", "BUS", "CVL",
                       "NGO", "IGO", "REL", "EDU", "HLH"}
    assert reg.agent_sector("police") == (True, "POL")      # PETRARCH COP
    assert reg.agent_sector("protesters") == (True, "CVL")  # GOLD.md: protesters are civilians


def test_office_holders_depend_on_the_date():
    reg = packaged_registry()
    assert reg.office_holder("USA", "president", "2015-06-01") == "Barack Obama"
    assert reg.office_holder("USA", "president", "2019-06-01") == "Donald Trump"
    assert reg.office_holder("USA", "president", "2023-06-01") == "Joe Biden"
    assert reg.office_holder("USA", "president", "2025-01-10") == "Joe Biden"
    assert reg.office_holder("USA", "president", "2025-03-06") == "Donald Trump"
    assert reg.office_holder("GBR", "prime minister", "2019-08-24") == "Boris Johnson"


def test_petrarch_open_ranges_are_closed_by_curated_office_holders():
    obama = packaged_registry().actor("Barack Obama", "2020-01-01")
    assert obama is not None
    assert all(r.end is not None for r in obama.roles if r.sector == "GOV" and r.start and r.start >= "2009")


@pytest.mark.parametrize("date, expected", [
    ("2015-06-01", "Barack Obama"),
    ("2019-06-01", "Donald Trump"),
    ("2023-06-01", "Joe Biden"),
    ("2025-01-10", "Joe Biden"),
    ("2025-03-06", "Donald Trump"),
])
def test_the_president_in_a_us_article_depends_on_its_date(date, expected):
    rec = run_text("The U.S. president said on Monday that tariffs would rise.", date=date)
    a = holder_of(rec, "The U.S. president")
    assert a is not None and a.name == expected and a.country == "USA" and a.kb_id


def test_the_president_in_2019_and_2023_are_different_people():
    text = "The American president said on Monday that tariffs would rise."
    a19 = holder_of(run_text(text, date="2019-06-03"), "The American president")
    a23 = holder_of(run_text(text, date="2023-06-05"), "The American president")
    assert a19.name == "Donald Trump" and a23.name == "Joe Biden"


def test_user_registry_extends_and_overrides(tmp_path):
    user = tmp_path / "actors.json"
    user.write_text(json.dumps({
        "actors": [
            {"name": "Kwame Mensah Boateng", "aliases": ["Boateng"], "kind": "person",
             "country": "GHA", "sector": "OPP"},
            {"name": "Reuters", "kind": "organization", "country": "GBR", "sector": "MED"},
        ],
        "offices": [{"country": "GHA", "role": "president", "name": "Kwame Mensah Boateng",
                     "start": "2030-01-07", "end": None}],
        "agents": {"negotiators": "GOV"},
    }), encoding="utf-8")
    reg = load_registry(str(user))
    assert reg is not packaged_registry()
    assert reg.actor("Boateng").name == "Kwame Mensah Boateng"
    assert reg.actor("Reuters").role_at(None).country == "GBR"            # overridden
    assert packaged_registry().actor("Reuters").role_at(None).country is None  # packaged data untouched
    assert reg.office_holder("GHA", "president", "2031-01-01") == "Kwame Mensah Boateng"

    opts = Options(registry_path=str(user))
    rec = run_text("Kwame Mensah Boateng criticised the plan on Monday. Reuters reported it.", options=opts)
    a = holder_of(rec, "Kwame Mensah Boateng")
    assert (a.country, a.sector, a.kb_id) == ("GHA", "OPP", "user:0")
    assert holder_of(rec, "Reuters").country == "GBR"


def test_bad_user_registry_says_what_to_do(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(ValueError, match="user actor registry"):
        load_registry(str(bad))


def test_a_future_office_holder_has_only_the_country_before_the_office_begins():
    from dateline.knowledge.registry import load_registry
    reg = load_registry(None)
    trump = reg.actor("Donald Trump", "2016-01-05")
    before = trump.role_at("2016-01-05")
    assert before.country == "USA" and before.sector is None and before.office is None
    during = trump.role_at("2019-05-01")
    assert during.sector == "GOV" and during.office == "president"
    assert trump.role_at("2022-05-01").sector == "GOV"  # a former president keeps country and sector


def test_a_person_coded_as_a_legislature_member_is_a_legislator_on_those_dates():
    # PETRARCH codes Congress members [USAGOVLEG start-end]: the person is LEG then, GOV in other roles
    reg = packaged_registry()
    pelosi = reg.actor("Nancy Pelosi", "2009-05-01")
    assert pelosi.role_at("2009-05-01").sector == "LEG"
    assert pelosi.role_at("1990-05-01").sector == "GOV"


def test_listed_companies_have_their_home_country_and_no_common_word_names():
    # curated/companies.csv (stock-index tables): a company PETRARCH lacks, and a PETRARCH multinational
    # coded only MNC, both get the home country; a title, a common word or a person's name is no company
    reg = packaged_registry()
    airbnb = reg.actor("Airbnb", "2016-05-01").role_at("2016-05-01")
    assert (airbnb.country, airbnb.sector) == ("USA", "BUS")
    assert reg.actor("Verizon", "2016-05-01").role_at("2016-05-01").country == "USA"
    assert reg.actor("Volkswagen", "2016-05-01").role_at("2016-05-01").country == "DEU"
    for word in ("Admiral", "News", "Partners", "Gates"):
        hit = reg.actor(word, "2016-05-01")
        assert hit is None or hit.source != "tickers:companies", (word, hit)
