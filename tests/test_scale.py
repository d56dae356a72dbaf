"""Issue 13: streaming inputs (gz, zst, WARC), Parquet output, worker processes, Dask, kill -9 and resume."""
from __future__ import annotations

import gzip
import io
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from dateline.batch.runner import run
from dateline.batch.sinks import ParquetSink
from dateline.errors import InputError
from dateline.ingest import read_inputs
from dateline.options import Options

ROOT = Path(__file__).resolve().parents[1]
SENTENCES = [
    "The foreign minister of {c} said on Monday that talks would resume in Geneva.",
    "Police in {c} arrested 40 protesters on Saturday, officials said.",
    "\"We will not back down,\" the opposition leader of {c} told reporters on Friday.",
    "{c} and France signed a trade agreement in Berlin on Tuesday.",
]
COUNTRIES = ["Germany", "Kenya", "Chile", "Japan", "Canada", "Egypt", "Peru", "Norway"]


def corpus(n: int) -> list[dict]:
    return [{"id": f"n{i:03d}", "date": f"2021-{1 + i % 3:02d}-1{i % 9}",
             "text": SENTENCES[i % 4].format(c=COUNTRIES[i % 8]) + f" Report {i}."} for i in range(n)]


def write_jsonl(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return path


def records(outcomes) -> list[dict]:
    out = []
    for o in outcomes:
        assert o.error is None, o.error
        out.append(o.record)
    return out


def test_gz_and_zst_jsonl_stream_like_plain(tmp_path):
    zstandard = pytest.importorskip("zstandard")
    rows = corpus(30)
    plain = write_jsonl(tmp_path / "a.jsonl", rows)
    (tmp_path / "b.jsonl.gz").write_bytes(gzip.compress(plain.read_bytes()))
    (tmp_path / "c.jsonl.zst").write_bytes(zstandard.ZstdCompressor().compress(plain.read_bytes()))
    ids = {}
    for name in ("a.jsonl", "b.jsonl.gz", "c.jsonl.zst"):
        items = list(read_inputs([str(tmp_path / name)], Options(max_bytes=500)))
        assert not [i for i in items if isinstance(i, InputError)]
        ids[name] = [(a.id, a.text, a.source.rsplit(":", 1)[1]) for a in items]
    assert ids["a.jsonl"] == ids["b.jsonl.gz"] == ids["c.jsonl.zst"] and len(ids["a.jsonl"]) == 30
    (tmp_path / "broken.jsonl.gz").write_bytes(gzip.compress(plain.read_bytes())[:200])
    items = list(read_inputs([str(tmp_path / "broken.jsonl.gz")]))
    assert isinstance(items[-1], InputError) and "truncated" in str(items[-1])


def _warc(path: Path, n: int) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for i in range(n):
            c = COUNTRIES[i % 8]
            html = (f"<html><head><title>News {i}</title></head><body><article><h1>News {i} from {c}</h1>"
                    f"<p>{SENTENCES[i % 4].format(c=c)} The ministry confirmed the report number {i}.</p>"
                    f"<p>Officials from {c} met again on Wednesday to discuss the matter in detail.</p>"
                    f"</article></body></html>").encode()
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(f"https://news.example.org/{i}", "response",
                                                          payload=io.BytesIO(html), http_headers=headers))
            if i % 50 == 0:  # a non-HTML response and a request: not articles
                img = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
                writer.write_record(writer.create_warc_record(f"https://news.example.org/{i}.png", "response",
                                                              payload=io.BytesIO(b"\x89PNG...."), http_headers=img))


def test_warc_with_hundreds_of_responses_end_to_end_to_parquet(tmp_path):
    pytest.importorskip("warcio")
    pq = pytest.importorskip("pyarrow.parquet")
    warc = tmp_path / "crawl.warc.gz"
    _warc(warc, 220)
    items = list(read_inputs([str(warc)]))
    assert len(items) == 220 and not [i for i in items if isinstance(i, InputError)]
    assert items[5].url == "https://news.example.org/5" and "crawl_date" in items[5].metadata
    sink = ParquetSink(str(tmp_path / "out"), commit_every=100)
    for o in run(items, Options(), workers=1):
        assert o.error is None, o.error
        sink.add(o.record, o.input_hash)
    sink.close()
    table = pq.read_table(tmp_path / "out", columns=["id", "record"])
    assert table.num_rows == 220 and len(set(table.column("id").to_pylist())) == 220
    assert any(json.loads(r)["events"] or json.loads(r)["quotes"] for r in table.column("record").to_pylist())


def test_workers_and_dask_local_cluster_give_the_single_process_records(tmp_path):
    """Output order and content do not depend on the engine (2 worker processes; a 2-worker LocalCluster)."""
    pytest.importorskip("distributed")
    items = list(read_inputs([str(write_jsonl(tmp_path / "c.jsonl", corpus(24)))]))
    items.insert(5, InputError("bad.txt", "an input error stays in its place"))
    single = [(o.record, o.error) for o in run(items, Options(), workers=1, partition_size=4)]
    pool = [(o.record, o.error) for o in run(items, Options(), workers=2, partition_size=4)]
    assert pool == single
    dask = [(o.record, o.error) for o in run(items, Options(), dask="local", workers=2, partition_size=4)]
    assert dask == single
    assert single[5][1] == "bad.txt: an input error stays in its place"


def _db_count(db: Path) -> int:
    try:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)
        try:
            return con.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
        finally:
            con.close()
    except sqlite3.Error:
        return 0


def _stored(db: Path) -> dict[str, str]:
    con = sqlite3.connect(db)
    rows = con.execute("SELECT id, record FROM articles").fetchall()
    con.close()
    assert len(rows) == len({r[0] for r in rows})
    return {i: r for i, r in rows}


def test_kill_9_at_several_points_then_resume_matches_a_clean_run(tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    src = write_jsonl(tmp_path / "c.jsonl", corpus(30))
    env = {**os.environ, "CI": "1"}

    def cmd(db, out):
        return [sys.executable, "-m", "dateline", "extract", str(src), "--db", str(db), "--output", str(out),
                "--workers", "1", "--commit-every", "3", "--summary-only"]

    clean_db, clean_out = tmp_path / "clean.db", tmp_path / "clean_pq"
    assert subprocess.run(cmd(clean_db, clean_out), env=env, capture_output=True, timeout=300).returncode == 0
    db, out = tmp_path / "killed.db", tmp_path / "killed_pq"
    kills = 0
    for point in (3, 12, 21):
        proc = subprocess.Popen(cmd(db, out), env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                start_new_session=True)
        deadline = time.time() + 240
        while proc.poll() is None and _db_count(db) < point and time.time() < deadline:
            time.sleep(0.05)
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            kills += 1
        proc.wait()
    assert kills >= 2
    before = _db_count(db)
    final = subprocess.run(cmd(db, out), env=env, capture_output=True, text=True, timeout=300)
    assert final.returncode == 0, final.stderr
    processed = int(final.stderr.split(" article(s) processed")[0].split()[-1])
    assert processed <= 30 - before + 3  # only what is missing (parquet commits may trail the store's by one)
    assert _stored(db) == _stored(clean_db)
    ids = pq.read_table(out, columns=["id"]).column("id").to_pylist()
    assert sorted(ids) == sorted(_stored(clean_db)) and len(ids) == 30
    again = subprocess.run(cmd(db, out), env=env, capture_output=True, text=True, timeout=300)
    assert "0 article(s) processed, 0 failed, 30 unchanged" in again.stderr


def _fake(i: int) -> dict:
    return {"schema": "dateline/article@1", "article": {"id": f"x{i}", "sha256": "0" * 64, "date": "2020-01-0" + str(i + 1),
                                                        "title": None, "url": None, "metadata": {}}}


def test_jsonl_sink_resumes_after_a_cut_line(tmp_path):
    from dateline.batch.sinks import JsonlSink
    from dateline.store import input_hash

    out = tmp_path / "out.jsonl"
    sink = JsonlSink(str(out), commit_every=1)
    for i in range(3):
        sink.add(_fake(i), input_hash(_fake(i)["article"]))
    sink.close()
    with open(out, "a") as fh:
        fh.write('{"schema": "dateline/article@1", "article": {"id": "x3", "sha')  # killed mid-line
    again = JsonlSink(str(out))
    assert all(again.done(f"x{i}", input_hash(_fake(i)["article"])) for i in range(3))
    assert not again.done("x3", "whatever")
    again.close()
    assert [json.loads(ln)["article"]["id"] for ln in out.read_text().splitlines()] == ["x0", "x1", "x2"]


def test_parquet_sink_partitions_by_month_and_knows_what_it_holds(tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    from dateline.store import input_hash

    sink = ParquetSink(str(tmp_path / "pq"), commit_every=2)
    for i in range(3):
        sink.add(_fake(i), input_hash(_fake(i)["article"]))
    sink.close()
    assert sorted(p.name for p in (tmp_path / "pq").iterdir()) == ["month=2020-01"]
    reopened = ParquetSink(str(tmp_path / "pq"))
    assert reopened.done("x1", input_hash(_fake(1)["article"]))
    assert pq.read_table(tmp_path / "pq").num_rows == 3


def test_summary_only_quiet_and_no_progress_in_pipes(tmp_path, capsys, monkeypatch):
    from dateline.cli import main

    monkeypatch.delenv("CI", raising=False)
    src = write_jsonl(tmp_path / "c.jsonl", corpus(2))
    assert main(["extract", str(src), "--no-db", "--summary-only", "--workers", "1"]) == 0
    out = capsys.readouterr()
    assert out.out == "" and "2 article(s) processed, 0 failed" in out.err and "it/s" not in out.err
    assert "article/s" not in out.err.replace("articles/s", "")  # no progress bar: stderr is not a terminal
    assert main(["extract", str(src), "--no-db", "--quiet", "--workers", "1"]) == 0
    out = capsys.readouterr()
    assert out.out == "" and out.err == ""
    assert main(["extract", str(src), "--no-db", "--format", "jsonl", "--workers", "1"]) == 0
    assert [json.loads(ln)["article"]["id"] for ln in capsys.readouterr().out.splitlines()] == ["n000", "n001"]
