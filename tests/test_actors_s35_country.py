"""Issue 10, session 35: the home country of the outlet that published an article (invented texts and addresses).

The outlet (`article.outlet`, from ingest metadata or the provenance stage) or the article's URL gives a home
country through knowledge/data/actors/outlet_countries.tsv, else the URL's country-code domain
(extract/actors/outlet_country.py); an international outlet gives none. The person-country choice
(person_country.py) reads it as a prior for the candidate countries beside session 34's United States prior.
"""
from __future__ import annotations

from types import SimpleNamespace

from conftest import main_country_stub, run_text

import dateline.extract.actors.resolve as resolve
from dateline.extract.actors import person_country
from dateline.extract.actors.outlet_country import home_country
from dateline.ingest import make_article
from dateline.options import Options
from dateline.pipeline import process


def _home(outlet=None, url=None):
    return home_country(SimpleNamespace(outlet=outlet, url=url))


def test_an_outlet_by_its_name_or_alias():
    assert _home("The Guardian") == "GBR"
    assert _home("Guardian") == "GBR"
    assert _home("Breitbart News") == "USA"
    assert _home("CBC News") == "CAN"


def test_an_outlet_by_its_web_domain_or_a_subdomain():
    assert _home(url="https://www.smh.com.au/world/a-story-20200101.html") == "AUS"
    assert _home(url="https://edition.cnn.com/2020/01/01/world/story") == "USA"


def test_an_unlisted_address_by_its_country_code():
    assert _home(url="https://www.valley-courier.co.uk/news/1") == "GBR"
    assert _home(url="http://prairie-daily.ca/story") == "CAN"
    assert _home(url="https://example-weekly.co.nz/a") == "NZL"


def test_a_site_name_written_as_its_address():
    assert _home("theguardian.com") == "GBR"
    assert _home("www.prairie-daily.ca") == "CAN"
    assert _home("zorbo-daily.com") is None


def test_generic_and_unknown_addresses_give_none():
    assert _home(url="https://zorbo.tv/news/1") is None  # a ccTLD sold as a generic name
    assert _home(url="https://zorbo-daily.com/news/1") is None
    assert _home() is None
    assert _home("Zorbo Daily Planet") is None


def test_an_international_outlet_has_no_home_even_at_a_national_address():
    assert _home("Reuters") is None
    assert _home("Reuters", url="https://ca.example-partner.ca/x") is None
    assert _home(url="https://en.wikinews.org/wiki/Some_story") is None


def _stub(home):
    Stub = main_country_stub()

    class C:
        start, end, ts, te, mkind, text, subject = 0, 4, 0, 1, "name", "Kell", True
    Stub.countries_near = staticmethod(lambda pos: {"PER", "BOL", "USA"})
    Stub.country_marks = [(10, "BOL", 1.0, False), (20, "USA", 1.0, False), (30, "PER", 1.0, False)]
    Stub.doc = None
    Stub.home_country = home
    return Stub, C


def test_the_outlets_home_is_a_feature_beside_the_us_prior():
    Stub, C = _stub("BOL")
    cands = person_country.candidates(Stub, [C], "person", None)
    assert "home_abroad" in cands["BOL"] and "usa_abroad" not in cands["BOL"]
    assert "usa_abroad" in cands["USA"] and "home_abroad" not in cands["USA"]
    assert not any(k in cands["PER"] for k in ("home", "home_abroad", "usa", "usa_abroad"))
    Stub, C = _stub(None)  # no outlet known: the United States prior alone, as in session 34
    cands = person_country.candidates(Stub, [C], "person", None)
    assert "usa_abroad" in cands["USA"] and not any("home" in k for f in cands.values() for k in f)
    Stub, C = _stub("PER")  # the story is about the outlet's own country
    assert "home" in person_country.candidates(Stub, [C], "person", None)["PER"]


STORY = """Miners strike in Bolivia

Miners in Bolivia walked off the job on Monday, Bolivia's mining ministry said.

Dana Kell, a union organiser, said the strike would go on.
"""


def _home_seen(monkeypatch, **kw) -> list:
    seen = []
    decide = resolve.takes_main_country

    def spy(model, resolver, cs, kind, sector):
        seen.append(resolver.home_country)
        return decide(model, resolver, cs, kind, sector)
    monkeypatch.setattr(resolve, "takes_main_country", spy)
    art = make_article(STORY, source="<test>", id="t", date="2021-03-01", **kw)
    [result] = list(process([art], Options(), strict=True))
    assert result.record is not None
    return seen


def test_the_actors_stage_reads_the_outlet_or_the_url(monkeypatch):
    assert set(_home_seen(monkeypatch, url="https://www.prairie-daily.ca/news/miners")) == {"CAN"}
    assert set(_home_seen(monkeypatch, metadata={"source": "The Guardian"})) == {"GBR"}
    assert set(_home_seen(monkeypatch)) == {None}


def test_an_article_without_outlet_is_read_as_before():
    rec = run_text(STORY, date="2021-03-01")
    assert any(m.text == "Dana Kell" for a in rec.actors for m in a.mentions)
