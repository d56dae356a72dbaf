"""Session 24: `dateline export --what unattributed-events` — the reports whose doer the text does not give (each
record's `unattributed_events`), shaped as the events export with an empty source, in JSON Lines, CSV and Parquet,
read back with pandas and DuckDB. Invented articles through the extractor."""
from __future__ import annotations

import json

import pytest

from corpus_fixtures import records
from dateline.cli import main
from dateline.corpus import update
from dateline.store import Store

DOCS = [("k1", "Harbour Times", "2031-03-04", "Police arrested the opposition blogger Lazlo Verrin at his home in Kestrel "
                                              "on Monday, the interior ministry said."),
        ("k2", "Valley Post", "2031-03-04", "Lazlo Verrin was arrested in Kestrel on Monday, his lawyer said."),
        ("k3", "Valley Post", "2031-04-11", "The trade envoy Mirela Oss was expelled from Dovran last week, her office said.")]


@pytest.fixture(scope="module")
def store_path(tmp_path_factory):
    path = str(tmp_path_factory.mktemp("unattributed") / "u.db")
    with Store(path) as st:
        st.upsert_records(records([(aid, day, outlet, text) for aid, outlet, day, text in DOCS]))
        update(st.conn)
    return path


def _stored(path) -> list[tuple[str, str]]:
    with Store(path) as st:
        return [(r[0], e["id"]) for r in st.conn.execute("SELECT id, record FROM articles ORDER BY date, id")
                for e in json.loads(r[1]).get("unattributed_events") or []]


def test_each_format_reads_back_in_pandas_and_duckdb_with_the_records_count(store_path, tmp_path):
    pd = pytest.importorskip("pandas")
    duckdb = pytest.importorskip("duckdb")
    pytest.importorskip("pyarrow")
    stored = _stored(store_path)
    assert ("k2", "u1") in stored
    con = duckdb.connect()
    for fmt in ("jsonl", "csv", "parquet"):
        out = tmp_path / f"u.{fmt}"
        assert main(["export", "--db", store_path, "--what", "unattributed-events", "--format", fmt, "-o", str(out)]) == 0
        if fmt == "parquet":
            df = pd.read_parquet(out)
            n = con.execute(f"SELECT COUNT(*) FROM read_parquet('{out}/**/*.parquet', hive_partitioning = true)").fetchone()[0]
        elif fmt == "csv":
            df, n = pd.read_csv(out), con.execute(f"SELECT COUNT(*) FROM read_csv_auto('{out}')").fetchone()[0]
        else:
            df, n = pd.read_json(out, lines=True), con.execute(f"SELECT COUNT(*) FROM read_json_auto('{out}')").fetchone()[0]
        assert len(df) == n == len(stored), fmt
    rows = [json.loads(x) for x in (tmp_path / "u.jsonl").read_text().splitlines()]
    arrest = next(r for r in rows if r["article_id"] == "k2")
    assert arrest["type"] == "COERCE" and arrest["source"] == "" and "Verrin" in arrest["target"]
    assert arrest["corpus_event_id"] is not None and arrest["outlet"] == "Valley Post" and arrest["trigger"] == "arrested"


def test_filters_apply_as_to_events(store_path, tmp_path):
    out = tmp_path / "f.jsonl"
    assert main(["export", "--db", store_path, "--what", "unattributed-events", "--format", "jsonl", "--to",
                 "2031-03-31", "-o", str(out)]) == 0
    assert {json.loads(x)["article_id"] for x in out.read_text().splitlines()} == {"k2"}
