"""Session 35 (issues 10, 12): one outlet table for provenance and the eval runner.

- The provenance stage reads its outlet names, aliases and web domains from knowledge/data/actors/outlet_countries.tsv
  (knowledge/outlets.py); a user's news_outlets.txt / outlet_domains.txt still extend them.
- A listed outlet's web address cited in the text cites the outlet by name.
- The eval runner names a manifest's outlet (a corpus code such as "wash-post") from the table's corpus codes, and
  passes it to the article only when asked (runner.OUTLETS, off: the figures stay comparable).
Texts are invented.
"""
from __future__ import annotations

from dateline.evaluate import runner
from dateline.extract.provenance import extract_provenance
from dateline.ingest import make_article
from dateline.knowledge import load_knowledge
from dateline.knowledge.outlets import outlet_by_code, outlet_lines
from dateline.options import Options

from conftest import one_article_manifest


def prov(text, url=None, knowledge=None):
    k = knowledge or load_knowledge()
    return extract_provenance(make_article(text, source="t", url=url), k.news_outlets, k.outlet_domains)


def test_table_rows_become_provenance_lines():
    names, domains = outlet_lines(["# a comment", "Kell Ledger\tThe Ledger,KL\tUSA\tkell-ledger.com,kl.news\tkell",
                                   "Ardel Wire\t\t-\t"])
    assert names == ["Kell Ledger | The Ledger | KL", "Ardel Wire"]
    assert domains == ["kell-ledger.com | Kell Ledger", "kl.news | Kell Ledger"]


def test_the_packaged_lists_are_the_table():
    k = load_knowledge()
    assert any(line.startswith("United Press International | UPI") for line in k.news_outlets)
    assert "cbc.ca | CBC" in k.outlet_domains


def test_an_outlet_only_the_table_listed_is_cited():
    p = prov("The port reopened on Monday, UPI reported. The mayor told Global News she was relieved.")
    assert p.cited_sources == ["United Press International", "Global News"]


def test_the_outlet_of_a_url_by_a_table_domain():
    assert prov("The port reopened.", url="https://www.cbc.ca/news/port-1.234").outlet == "CBC"


def test_a_listed_web_address_in_the_text_cites_its_outlet():
    p = prov("According to nytimes.com, the port reopened. The figures were first reported by kelldaily.com.")
    assert p.cited_sources == ["The New York Times", "kelldaily.com"]


def test_user_files_still_extend_the_table(tmp_path):
    (tmp_path / "news_outlets.txt").write_text("Kellwood Ledger | The Ledger\n", encoding="utf-8")
    (tmp_path / "outlet_domains.txt").write_text("kellwood-ledger.com | Kellwood Ledger\n", encoding="utf-8")
    k = load_knowledge(Options(knowledge_dir=str(tmp_path)))
    p = prov("The dam held, the Ledger reported.", url="https://kellwood-ledger.com/a", knowledge=k)
    assert p.outlet == "Kellwood Ledger" and p.cited_sources == []
    assert prov("The dam held, Reuters reported.", knowledge=k).cited_sources == ["Reuters"]


def test_corpus_codes_name_outlets():
    assert outlet_by_code("wash-post") == "The Washington Post"
    assert outlet_by_code("Washington Post") == "The Washington Post"  # a name or alias: its canonical spelling
    assert outlet_by_code("no-such-paper") is None and outlet_by_code(None) is None


def test_the_runner_passes_the_manifest_outlet_only_when_asked(tmp_path):
    blind, shared = one_article_manifest(tmp_path, "wash-post")
    assert runner.blind_articles(blind, shared)[0]["outlet"] == "The Washington Post"
    assert runner.OUTLETS is True  # on since session 36
    [plain] = list(runner.blind_set(blind, shared, outlets=False).inputs(Options()))
    assert plain.metadata == {}
    [told] = list(runner.blind_set(blind, shared, outlets=True).inputs(Options()))
    assert told.metadata == {"source": "The Washington Post"}
