"""The SQLite store: migrations, idempotent re-ingest, replacement on change, queries."""
from __future__ import annotations

import copy
import hashlib

import pytest

from conftest import run_text
from dateline.errors import StoreError
from dateline.record import to_dict
from dateline.store import Store
from dateline.store.migrations import MIGRATIONS


@pytest.fixture
def rec():
    r = to_dict(run_text("U.S. President Joe Biden met French President Emmanuel Macron in Paris on Monday. "
                         "\"We agreed on much,\" Biden said.", date="2023-06-07"))
    r["article"]["id"] = "a1"
    return r


def test_migrations_bring_a_new_file_to_the_latest_version(tmp_path):
    with Store(tmp_path / "x.db") as s:
        assert s.version == len(MIGRATIONS)
        assert s.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert s.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    with Store(tmp_path / "x.db") as s:  # reopening applies nothing twice
        assert s.version == len(MIGRATIONS)


def test_newer_schema_is_refused(tmp_path):
    with Store(tmp_path / "x.db") as s:
        s.conn.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 5}")
    with pytest.raises(StoreError, match="newer"):
        Store(tmp_path / "x.db")


def test_reingest_unchanged_changes_nothing_and_changed_text_replaces(rec):
    s = Store(":memory:")
    c = s.upsert_records([rec])
    assert (c.inserted, c.replaced, c.unchanged) == (1, 0, 0)
    before = s.count_rows()
    assert before["articles"] == 1 and before["actors"] >= 2 and before["mentions"] >= before["actors"]
    c = s.upsert_records([rec])
    assert (c.inserted, c.replaced, c.unchanged) == (0, 0, 1)
    assert s.count_rows() == before
    changed = copy.deepcopy(rec)
    changed["article"]["text"] += " More."
    changed["article"]["sha256"] = hashlib.sha256(changed["article"]["text"].encode()).hexdigest()
    changed["actors"] = changed["actors"][:1]
    for key in ("events", "quotes", "claims"):
        changed[key] = []
    c = s.upsert_records([changed])
    assert c.replaced == 1
    after = s.count_rows()
    assert after["articles"] == 1 and after["actors"] == 1
    assert s.get_record("a1")["article"]["text"].endswith("More.")


def test_one_transaction_per_batch_rolls_back_on_failure(rec):
    s = Store(":memory:")
    bad = copy.deepcopy(rec)
    bad["article"]["id"] = "a2"
    bad["events"] = [{"id": "e1", "type": "CONSULT", "mode": None, "source": ["nope"], "target": [], "others": [],
                      "date": None, "location": None, "modality": "asserted", "confidence": 0.5,
                      "evidence": {"start": 0, "end": 1, "text": "U"}, "rule": "t"}]
    with pytest.raises(Exception):
        s.upsert_records([rec, bad])  # the unknown actor breaks a foreign key
    assert s.count_rows()["articles"] == 0


def test_stats_and_prefix_lookup(rec):
    s = Store(":memory:")
    s.upsert_records([rec])
    st = s.stats()
    assert st["rows"]["articles"] == 1 and st["first_date"] == "2023-06-07"
    assert s.find_ids("a") == ["a1"] and s.find_ids("%") == []


def test_a_version_1_database_is_migrated_in_place(tmp_path, rec):
    import sqlite3
    path = tmp_path / "old.db"
    con = sqlite3.connect(path)
    con.executescript(MIGRATIONS[0] + "; PRAGMA user_version = 1;")
    con.close()
    with Store(path) as s:
        assert s.version == len(MIGRATIONS) >= 2
        s.upsert_records([rec])
        assert s.conn.execute("SELECT dateline_version FROM articles").fetchone()[0]


def test_replace_unchanged_reprocesses(rec):
    s = Store(":memory:")
    s.upsert_records([rec])
    c = s.upsert_records([rec], replace_unchanged=True)
    assert (c.replaced, c.unchanged) == (1, 0)
    assert s.count_rows()["articles"] == 1
