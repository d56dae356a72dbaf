"""Issue 16: the store under concurrency and changed metadata; literal filters."""
from __future__ import annotations

import json
import multiprocessing
import sqlite3

import pytest

from dateline.errors import StoreError
from dateline.ingest import make_article
from dateline.pipeline import process
from dateline.record import to_dict
from dateline.store import Store

TEXTS = [
    "The foreign minister said on Monday that talks with Iran would resume in Geneva.",
    "Police arrested 40 protesters in Paris on Saturday, officials said.",
    "\"We will not back down,\" the union leader told reporters on Friday.",
    "Germany and France signed a trade agreement in Berlin on Tuesday.",
]


@pytest.fixture(scope="module")
def records():
    arts = [make_article(t, source=f"t{i}", id=f"a{i}", date="2021-05-0" + str(i + 1)) for i, t in enumerate(TEXTS)]
    return [to_dict(r.record) for r in process(arts, strict=True)]


def _writer(db, recs, barrier, errors):
    try:
        barrier.wait()
        with Store(db) as s:
            for rec in recs:
                s.upsert_records([rec])
    except Exception as exc:  # noqa: BLE001 - reported to the parent
        errors.put(f"{type(exc).__name__}: {exc}")


def _reader(db, barrier, errors):
    try:
        barrier.wait()
        for _ in range(20):
            try:
                with Store(db) as s:
                    s.count_rows()
            except StoreError as exc:
                if "schema" in str(exc):
                    raise
    except Exception as exc:  # noqa: BLE001
        errors.put(f"reader {type(exc).__name__}: {exc}")


def test_three_writers_and_a_reader_30_trials(tmp_path, records):
    """Same and different articles from three processes on a new database each trial (migration race too)."""
    ctx = multiprocessing.get_context("fork")
    shared, own = records[0], records[1:]
    for trial in range(30):
        db = str(tmp_path / f"t{trial}.db")
        barrier, errors = ctx.Barrier(4), ctx.Queue()
        procs = [ctx.Process(target=_writer, args=(db, [shared, own[i]], barrier, errors)) for i in range(3)]
        procs.append(ctx.Process(target=_reader, args=(db, barrier, errors)))
        for p in procs:
            p.start()
        for p in procs:
            p.join(120)
        assert all(p.exitcode == 0 for p in procs)
        assert errors.empty(), errors.get()
        con = sqlite3.connect(db)
        ids = sorted(r[0] for r in con.execute("SELECT id FROM articles"))
        actors = con.execute("SELECT article_id, COUNT(*) FROM actors GROUP BY article_id").fetchall()
        con.close()
        assert ids == ["a0", "a1", "a2", "a3"], trial  # none lost, none duplicated
        expected = {r["article"]["id"]: len(r["actors"]) for r in records}
        assert {a: n for a, n in actors} == {k: v for k, v in expected.items() if v}


def test_changed_metadata_replaces_and_same_input_is_unchanged(tmp_path, records):
    with Store(tmp_path / "s.db") as s:
        assert s.upsert_records([records[0]]).inserted == 1
        assert s.upsert_records([records[0]]).unchanged == 1
        for field, value in (("date", "2022-01-01"), ("title", "New title"), ("url", "https://example.org/x")):
            rec = json.loads(json.dumps(records[0]))
            rec["article"][field] = value
            assert s.upsert_records([rec]).replaced == 1, field
            assert s.get_record("a0")["article"][field] == value


def test_filters_are_literal(tmp_path, records):
    with Store(tmp_path / "s.db") as s:
        s.upsert_records(records)
        assert list(s.iter_quotes("%")) == [] and list(s.iter_quotes("_")) == []
        assert list(s.iter_timeline(actor="%")) == []
        assert len(list(s.iter_quotes())) >= 1


def test_sqlite_errors_become_store_errors(tmp_path):
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(StoreError, match="not a Dateline"):
        Store(bad)
