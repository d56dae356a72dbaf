"""Session 36 (issues 10, 12): provenance from what the input says and from the conventions of news writing.

- The outlet an input names (a record's "outlet"/"publisher"/"source" field, a corpus code, a page's site name,
  its URL) comes first, written as the outlet table's canonical name; a byline's or wire credit's other outlet is
  then the original publisher (a wire story on a newspaper's page).
- A record's "authors"/"author" and "original_publisher" fields are taken as given.
- A wire service credited after the opening dateline ("KELLPORT (AP) —") is the story's outlet when nothing else
  names one.
- Bylines: "By X | Outlet", the outlet alone on the next line, a role ("Staff Writer", "Kell Times correspondent")
  or a date after the names; a sentence starting "By Monday, …" is none.
- Closing notes name writers: "— X reported from Y.", "X and Y contributed reporting.", "Follow X on Twitter".
- More citing contexts: an outlet's report, poll or interview ("a Kell Times poll", "the Ledger's analysis",
  "a CNN/Kell Post survey"), "said Sunday on CNN", and a bracketed link credit ("[Reuters]").
The eval runner passes a manifest's outlet (runner.OUTLETS, on; `dateline eval --no-outlets` reads the
articles without it). Texts are invented.
"""
from __future__ import annotations

import json

from dateline.cli import main
from dateline.evaluate import runner
from dateline.extract.provenance import extract_provenance
from dateline.ingest import make_article
from dateline.ingest.jsonl import parse_record
from dateline.knowledge import load_knowledge
from dateline.options import Options

from conftest import one_article_manifest

K = load_knowledge()


def prov(text, url=None, metadata=None, article=None):
    art = article or make_article(text, source="t", url=url, metadata=metadata)
    return extract_provenance(art, K.news_outlets, K.outlet_domains)


def test_a_record_field_names_the_outlet_in_its_canonical_spelling():
    assert prov("The Kell council met.", metadata={"outlet": "washington post"}).outlet == "The Washington Post"
    assert prov("The Kell council met.", metadata={"publisher": "wash-post"}).outlet == "The Washington Post"
    assert prov("The Kell council met.", metadata={"outlet": "Kellport Ledger"}).outlet == "Kellport Ledger"


def test_a_jsonl_record_reaches_provenance_with_its_outlet_url_and_authors():
    line = json.dumps({"id": "k1", "text": "The Kell council met on Monday.", "outlet": "nyt",
                       "authors": ["Ana Kell", "Bo Rand"], "url": "https://www.bbc.co.uk/news/k1"})
    p = prov("", article=parse_record(line, "t:1", Options()))
    assert p.outlet == "The New York Times"  # the named outlet before the URL's
    assert p.authors == ["Ana Kell", "Bo Rand"]
    line = json.dumps({"text": "The Kell council met on Monday.", "url": "https://www.bbc.co.uk/news/k1",
                       "author": "Ana Kell and Bo Rand"})
    p = prov("", article=parse_record(line, "t:1", Options()))
    assert p.outlet == "BBC" and p.authors == ["Ana Kell", "Bo Rand"]


def test_a_wire_byline_on_another_outlets_page_is_the_original_publisher():
    p = prov("By Ana Kell, Associated Press\n\nThe Kell council met on Monday.", metadata={"outlet": "usa-today"})
    assert (p.outlet, p.original_publisher, p.authors) == ("USA Today", "Associated Press", ["Ana Kell"])
    p = prov("By Ana Kell, Associated Press\n\nThe Kell council met on Monday.")
    assert (p.outlet, p.original_publisher) == ("Associated Press", None)


def test_a_wire_credit_after_the_dateline():
    text = "KELLPORT, Ardelia (AP) — The Kell council voted on Monday to close the port.\n\nThe mayor agreed."
    assert (prov(text).outlet, prov(text).original_publisher, prov(text).cited_sources) == ("Associated Press", None, [])
    p = prov(text, url="https://www.washingtonpost.com/world/kellport")
    assert (p.outlet, p.original_publisher) == ("The Washington Post", "Associated Press")
    assert prov("Kellport (Reuters) - The port closed on Monday.").outlet == "Reuters"
    assert prov("KELLPORT, Ardelia, Jan. 8 (UPI) -- The port closed.").outlet == "United Press International"
    # a parenthesis in the story's body is no credit
    assert prov("The port closed.\n\nIt reopened.\n\nThe mayor (AP) - no.\n\nThe end.\n\nMore.").outlet is None


def test_byline_forms():
    def read(text):
        p = prov(text + "\n\nThe Kell council met on Monday.")
        return p.authors, p.outlet
    assert read("By Ana Kell | Reuters") == (["Ana Kell"], "Reuters")
    assert read("By Ana Kell, Bo Rand and Cy Vell\nThe Washington Post") == (["Ana Kell", "Bo Rand", "Cy Vell"],
                                                                              "The Washington Post")
    assert read("Port Vote\nBy Ana Kell, Staff Writer") == (["Ana Kell"], None)
    assert read("By Ana Kell, Reuters correspondent") == (["Ana Kell"], "Reuters")
    assert read("By Ana Kell | Updated 10:42 a.m. ET, Jan. 5, 2026") == (["Ana Kell"], None)
    assert read("By Ana Kell\nBy Bo Rand") == (["Ana Kell", "Bo Rand"], None)
    # a sentence that starts with "By" is no byline
    assert read("By Monday, the council had met.") == ([], None)
    assert read("By Tuesday, 5 January, officials had left.") == ([], None)


def test_closing_notes_name_the_writers():
    p = prov("The Kell council met.\n\nAna Kell reported from Kellport. Bo Rand and Cy Vell contributed reporting.")
    assert p.authors == ["Ana Kell", "Bo Rand", "Cy Vell"]
    assert prov("The council met.\n\nFollow Ana Kell on Twitter @anakell").authors == ["Ana Kell"]
    assert prov("The council met.\n\n— Bo Rand reported this story.").authors == ["Bo Rand"]
    # a subject's doings are no note
    assert prov("The council met.\n\nBo Rand wrote from prison that he was innocent.").authors == []
    assert prov("Bo Rand reported from Kellport on Monday.\n\nThe council met.\n\nA.\n\nB.\n\nC.").authors == []


def test_an_outlets_report_poll_or_interview_cites_it():
    p = prov("A New York Times poll found the mayor ahead. The figures matched a CNN/Kell Ledger survey.")
    assert p.cited_sources == ["The New York Times", "CNN"]
    assert prov("The mayor's lead shrank, Reuters' analysis showed.").cited_sources == ["Reuters"]
    assert prov("The mayor said Sunday on CNN that the port would reopen.").cited_sources == ["CNN"]
    assert prov("The port will reopen in May. [Reuters]").cited_sources == ["Reuters"]
    # an outlet's staff are no report of it
    assert prov("A New York Times reporter asked the mayor about the port.").cited_sources == []


def test_the_runner_passes_the_manifest_outlet_by_default(tmp_path):
    blind, shared = one_article_manifest(tmp_path, "usa-today")
    [a] = list(runner.blind_set(blind, shared).inputs(Options()))
    assert prov("", article=a).outlet == "USA Today"


def test_eval_no_outlets_reads_the_articles_without_it(tmp_path):
    blind, shared = one_article_manifest(tmp_path, "usa-today")
    outlets = []
    for flag in ([], ["--no-outlets"]):
        out = tmp_path / "rec.jsonl"
        main(["eval", "--blind", str(blind), "--shared", str(shared), "--output", str(out), "--json", *flag])
        outlets.append(json.loads(out.read_text(encoding="utf-8"))["article"]["outlet"])
    assert outlets == ["USA Today", None]
