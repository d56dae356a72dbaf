"""One damaged article never takes down a corpus linking run (corpus/link.py): it is skipped, named in the
summary and in `dateline corpus`, and the others link as if it were absent. Invented records (no NLP)."""
from __future__ import annotations

import copy
import json

import pytest

from dateline.cli import main
from dateline.corpus import update
from dateline.store import Store
from test_corpus import PAIR, _event, _record, _store


def _reports(n=3):
    return [_record(f"r{i}", f"2021-05-0{3 + i}", f"o{i}", copy.deepcopy(PAIR),
                    [_event("e1", "CONSULT", ["a1"], ["a2"], "2021-05-03", text="Torvik met Okafor in Lagos.")])
            for i in range(n)]


def _damage(st: Store, how: str) -> None:
    rec = json.loads(st.conn.execute("SELECT record FROM articles WHERE id = 'r1'").fetchone()[0])
    raw = {"not json": "{oops", "no article": "{}"}.get(how)
    if how == "event without a type":
        del rec["events"][0]["type"]
    if how == "actors not a list":
        rec["actors"] = 7
    st.conn.execute("UPDATE articles SET record = ? WHERE id = 'r1'", (raw or json.dumps(rec),))


@pytest.mark.parametrize("how", ["not json", "no article", "event without a type", "actors not a list"])
def test_a_damaged_stored_record_is_skipped_and_named(how):
    st = _store(_reports())
    _damage(st, how)
    done = update(st.conn)
    assert done.as_dict()["articles_failed"] == 1
    assert done.failed[0].startswith("r1: ") and len(done.failed) == 1
    rows = st.conn.execute("SELECT n_mentions, n_articles, n_outlets FROM corpus_events").fetchall()
    assert [tuple(r) for r in rows] == [(2, 2, 2)]  # the two sound reports, as if r1 were absent
    assert {r[0] for r in st.conn.execute("SELECT article_id FROM corpus_mentions")} == {"r0", "r2"}
    clean = _store([r for r in _reports() if r["article"]["id"] != "r1"])
    update(clean.conn)
    assert [tuple(r) for r in clean.conn.execute("SELECT rep FROM corpus_events")] == \
        [tuple(r) for r in st.conn.execute("SELECT rep FROM corpus_events")]


def test_a_skipped_article_is_tried_again_and_the_command_names_it(tmp_path, capsys):
    db = str(tmp_path / "c.db")
    st = Store(db)
    st.upsert_records(_reports())
    _damage(st, "event without a type")
    st.close()
    assert main(["corpus", "--db", db]) == 0
    out = capsys.readouterr()
    assert "1 article(s) skipped" in out.out and "r1: " in out.err
    assert main(["corpus", "--db", db]) == 0  # not filed as linked: named again until mended
    assert "r1: " in capsys.readouterr().err


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet"])
def test_an_export_to_a_path_that_cannot_be_written_is_a_clear_error_naming_it(tmp_path, capsys, fmt):
    """'-o DIR/missing/x.csv' (or a path under a file) was an 'internal error: FileNotFoundError ... please report
    it'; it is the user's input, named as such."""
    if fmt == "parquet":
        pytest.importorskip("pyarrow")
    db = str(tmp_path / "c.db")
    st = Store(db)
    st.upsert_records(_reports())
    st.close()
    (tmp_path / "a_file").write_text("x")
    outs = [tmp_path / "a_file" / f"x.{fmt}"] + ([] if fmt == "parquet" else [tmp_path / "missing" / f"x.{fmt}"])
    for out in outs:  # (a Parquet directory's missing parents are made)
        assert main(["export", "--db", db, "--what", "events", "--format", fmt, "-o", str(out)]) != 0
        err = capsys.readouterr().err
        assert str(out) in err and "cannot write" in err and "internal error" not in err
