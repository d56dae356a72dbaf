"""Session 36, issue 9/12: an event's further reports (its record's `mentions`, the restatements the merge step
folded into it) are shown where users look — `dateline export --what events` (a list in JSON Lines; a count column
`n_mentions` and the reports as JSON text in CSV and Parquet, read back in pandas and DuckDB), `dateline show` (under
the event's evidence), and the web article page (a mark at every report's trigger, one ref; the events table lists
the further reports).

Every article is invented: one tells a single act twice, one tells an act once."""
from __future__ import annotations

import json
import re

import pytest

from corpus_fixtures import records
from dateline.cli import main
from dateline.corpus.export import rows
from dateline.corpus.writers import write
from dateline.present import summary
from dateline.store import Store
from dateline.web.highlight import highlight

TWICE = ("t1", "2031-05-09", "Harbour Times",
         "Ostland criticized Westria over the closure of the mountain crossings. "
         "Ostland condemned Westria in a statement on Thursday.")
ONCE = ("o1", "2031-05-09", "Valley Post", "Dovran accused Ledmark of spying on its fishing fleet on Monday.")


@pytest.fixture(scope="module")
def recs() -> list[dict]:
    return records([TWICE, ONCE])


@pytest.fixture(scope="module")
def db(recs, tmp_path_factory) -> str:
    path = str(tmp_path_factory.mktemp("mentions") / "m.db")
    with Store(path) as st:
        st.upsert_records(recs)
    return path


def _told_twice(recs) -> dict:
    [ev] = [e for e in recs[0]["events"] if e.get("mentions")]
    return ev


def test_the_invented_article_holds_one_event_told_twice(recs):
    ev = _told_twice(recs)
    assert ev["trigger"]["text"] == "criticized"
    assert [m["trigger"]["text"] for m in ev["mentions"]] == ["condemned"]
    assert all(not e.get("mentions") for e in recs[1]["events"])


def test_export_rows_carry_the_count_and_the_list(db, recs):
    with Store(db) as st:
        got = {(r["article_id"], r["event_id"]): r for r in rows(st.conn, "events")}
    row = got[("t1", _told_twice(recs)["id"])]
    assert row["n_mentions"] == 1
    [m] = row["mentions"]
    assert (m["trigger"], m["rule"]) == ("condemned", "verb.active.condemn")
    text = TWICE[3]
    assert text[m["start"]:m["end"]] == m["evidence"] == "Ostland condemned Westria in a statement on Thursday."
    assert all(r["n_mentions"] == 0 and r["mentions"] == [] for k, r in got.items() if k[0] == "o1")


def test_jsonl_keeps_the_list_csv_and_parquet_read_back_in_pandas_and_duckdb(db, tmp_path):
    pd = pytest.importorskip("pandas")
    duckdb = pytest.importorskip("duckdb")
    pytest.importorskip("pyarrow")
    con = duckdb.connect()
    with Store(db) as st:
        for fmt in ("jsonl", "csv", "parquet"):
            write(rows(st.conn, "events"), "events", fmt, str(tmp_path / f"ev.{fmt}"))
    lines = [json.loads(x) for x in (tmp_path / "ev.jsonl").read_text().splitlines()]
    assert sorted(len(x["mentions"]) for x in lines)[-1] == 1 and all(isinstance(x["mentions"], list) for x in lines)
    frames = {"csv": pd.read_csv(tmp_path / "ev.csv"), "parquet": pd.read_parquet(tmp_path / "ev.parquet")}
    for fmt, df in frames.items():
        twice = df[df["n_mentions"] > 0]
        assert len(twice) == 1, fmt
        assert [m["trigger"] for m in json.loads(twice["mentions"].iloc[0])] == ["condemned"], fmt
    sources = {"csv": f"read_csv_auto('{tmp_path / 'ev.csv'}')",
               "parquet": f"read_parquet('{tmp_path / 'ev.parquet'}/**/*.parquet', hive_partitioning = true)"}
    for fmt, src in sources.items():
        got = con.execute(f"SELECT n_mentions, json_extract_string(mentions, '$[0].trigger') FROM {src} "
                          "WHERE n_mentions > 0").fetchall()
        assert got == [(1, "condemned")], fmt
    got = con.execute(f"SELECT m.trigger FROM (SELECT unnest(mentions) AS m FROM "
                      f"read_json_auto('{tmp_path / 'ev.jsonl'}'))").fetchall()
    assert got == [("condemned",)]


def test_show_lists_the_further_reports_under_the_event(db, recs, capsys):
    out = summary(recs[0])
    assert "told 2 times; also:" in out
    assert "“Ostland condemned Westria in a statement on Thursday.”  (verb.active.condemn, “condemned”, conf" in out
    assert "told" not in summary(recs[1])
    assert main(["show", "t1", "--db", db]) == 0
    assert "told 2 times" in capsys.readouterr().out


def test_the_highlight_marks_every_report_of_the_event_under_one_ref(recs):
    ev = _told_twice(recs)
    html = str(highlight(recs[0]))
    marks = re.findall(r'<a class="hl[^"]*hl-event[^"]*"[^>]*data-ref="([^"]*)"[^>]*title="([^"]*)">([^<]*)</a>',
                       html)
    reports = [(word, title) for refs, title, word in marks if f"event-{ev['id']}" in refs.split()]
    assert [w for w, _ in reports] == ["criticized", "condemned"]
    assert "told 2 times" in reports[0][1] and "further report 1 of 1" in reports[1][1]


def test_the_article_page_lists_the_further_reports(db):
    pytest.importorskip("fastapi")
    pytest.importorskip("jinja2")
    from fastapi.testclient import TestClient

    from dateline.web.app import create_app
    page = TestClient(create_app(db, rate=10_000, burst=10_000)).get("/articles/t1")
    assert page.status_code == 200
    assert "Told 2 times; further reports:" in page.text
    assert "<li>Ostland condemned Westria in a statement on Thursday. (“condemned”)</li>" in page.text
    assert "further reports" not in TestClient(create_app(db, rate=10_000, burst=10_000)).get("/articles/o1").text


def test_in_a_browser_hovering_one_report_lights_up_every_report_and_the_card_lists_them(db):
    """Debian's chromium through Playwright (skipped where either is missing), as tests/test_web_browser.py."""
    from web_fixtures import hover_article
    lit, card = hover_article(db, "t1", "#article-text a.hl-event >> text=condemned")
    assert lit == ["criticized", "condemned"]
    assert "reports\n2" in card and "Ostland condemned Westria in a statement on Thursday." in card


def test_a_damaged_stored_record_exports_its_events_with_no_further_reports(recs, tmp_path):
    path = str(tmp_path / "d.db")
    with Store(path) as st:
        st.upsert_records(recs)
        st.conn.execute("UPDATE articles SET record = '{\"events\": [' WHERE id = 't1'")
        got = [(r["article_id"], r["n_mentions"]) for r in rows(st.conn, "events")]
    assert ("t1", 0) in got and all(n == 0 for _, n in got)


def test_the_events_listing_and_api_give_how_many_times_each_event_is_told(db, recs, tmp_path):
    pytest.importorskip("fastapi")
    pytest.importorskip("jinja2")
    from fastapi.testclient import TestClient

    from dateline.web.app import create_app
    from dateline.web.db import ReadStore
    client = TestClient(create_app(db, rate=10_000, burst=10_000))
    items = client.get("/api/events").json()["items"]
    told = {(e["article_id"], e["id"]): e["n_mentions"] for e in items}
    assert told[("t1", _told_twice(recs)["id"])] == 1 and sum(told.values()) == 1
    assert '<span class="told">(told 2 times)</span>' in client.get("/events").text
    path = str(tmp_path / "d.db")  # a damaged stored record: its events are listed, told once
    with Store(path) as st:
        st.upsert_records(recs)
        st.conn.execute("UPDATE articles SET record = '{\"events\": [' WHERE id = 't1'")
    assert {e["n_mentions"] for e in ReadStore(path).events(50)["items"]} == {0}


def test_the_library_frames_count_each_events_further_reports(recs):
    pytest.importorskip("pandas")
    from dateline.api import to_frames
    events = to_frames(recs)["events"]
    counts = dict(zip(zip(events["article_id"], events["id"]), events["n_mentions"]))
    assert counts[("t1", _told_twice(recs)["id"])] == 1
    assert all(n == 0 for (art, _), n in counts.items() if art == "o1")
