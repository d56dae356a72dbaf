"""Provenance: bylines, original publishers, cited news organisations."""
from __future__ import annotations

from dateline.ingest import make_article
from dateline.extract.provenance import extract_provenance
from dateline.knowledge import load_knowledge


def prov(text, url=None):
    k = load_knowledge()
    return extract_provenance(make_article(text, source="t", url=url), k.news_outlets, k.outlet_domains)


def test_byline_with_outlet_and_credit_line():
    p = prov("Talks began.\n\nBy Dana Weller, JNS\n\nMore text.\n\nThe story was originally published in Israel Hayom")
    assert p.authors == ["Dana Weller"] and p.outlet == "JNS" and p.original_publisher == "Israel Hayom"
    assert {s.kind for s in p.spans} == {"byline", "original_publisher"}


def test_two_authors():
    p = prov("By Ann Lee and Bob Stone\n\nThe minister resigned.")
    assert p.authors == ["Ann Lee", "Bob Stone"] and p.outlet is None


def test_cited_sources_need_a_citing_context():
    p = prov("Officials met, Reuters reported. The envoy told CNN he was hopeful. According to AP, talks stalled. "
             "He once worked for The Washington Post.")
    assert p.cited_sources == ["Reuters", "CNN", "Associated Press"]


def test_outlet_from_url():
    assert prov("Text.", url="https://en.wikinews.org/wiki/X").outlet == "Wikinews"


def test_unknown_media_named_by_its_form(tmp_path):
    from dateline.ingest import make_article as mk
    k = load_knowledge()
    text = "According to the Kabul Press Agency, the talks ended."
    start = text.index("Kabul")
    p = extract_provenance(mk(text, source="t"), k.news_outlets, k.outlet_domains, [(start, start + len("Kabul Press Agency"))])
    assert p.cited_sources == ["Kabul Press Agency"]


def test_reports_and_polls_by_an_outlet_cite_it():
    p = prov("A poll published by NBC News found support falling. An investigation by the BBC found more.")
    assert p.cited_sources == ["NBC News", "BBC"]
