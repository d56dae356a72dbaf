"""The command line, as a new user runs it (the issue's acceptance commands)."""
from __future__ import annotations

import json
import sqlite3
import subprocess
import sys

import pytest

from conftest import DEV_ARTICLES, ROOT, SEED, needs_shared
from dateline.cli import build_parser, main
from dateline.validate import problems


def dateline(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "dateline", *map(str, args)], capture_output=True, text=True,
                          cwd=cwd)


def test_every_command_has_help_with_an_example(capsys):
    parser = build_parser()
    commands = parser._subparsers._group_actions[0].choices
    assert {"extract", "show", "stats", "eval", "quotes", "timeline"} <= set(commands)
    for name in commands:
        with pytest.raises(SystemExit) as exc:
            main([name, "--help"])
        assert exc.value.code == 0
        assert "example: dateline" in capsys.readouterr().out


def test_usage_errors_exit_2():
    assert dateline("extract").returncode == 2
    assert dateline("extract", "x.txt", "--date", "tomorrow").returncode == 2


@needs_shared
def test_seed_as_json(tmp_path):
    r = dateline("extract", SEED, "--format", "json", "--no-db", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    rec = json.loads(r.stdout)
    assert problems(rec) == []
    art = rec["article"]
    assert art["date"] == "2025-03-06" and art["authors"] == ["Shachar Kleiman"] and art["outlet"] == "JNS"
    assert art["original_publisher"] == "Israel Hayom" and "Reuters" in art["cited_sources"]
    assert art["text"].startswith("This marks the first time")
    assert not (tmp_path / "dateline.db").exists()


@needs_shared
def test_mixed_good_and_bad_inputs_store_the_good_ones(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    rnd = tmp_path / "random.bin"
    rnd.write_bytes(bytes(range(256)) * 8)
    mixed = tmp_path / "mixed.jsonl"
    mixed.write_text(DEV_ARTICLES.read_text().splitlines()[0] + "\n" + '{"id": "broken", "text": \n')
    db = tmp_path / "x.db"
    args = ("extract", SEED, empty, rnd, mixed, "--db", db, "--format", "jsonl")
    r = dateline(*args)
    assert r.returncode == 1
    errors = [ln for ln in r.stderr.splitlines() if ln.startswith("error:")]
    assert len(errors) == 3
    assert any("empty.txt" in e for e in errors) and any("random.bin" in e for e in errors)
    assert any("mixed.jsonl:2" in e for e in errors)
    assert "2 article(s) processed, 3 failed" in r.stderr
    assert len(r.stdout.splitlines()) == 2

    def counts():
        con = sqlite3.connect(db)
        out = {t: con.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
               for t in ("articles", "actors", "mentions", "events", "quotes", "times", "claims")}
        con.close()
        return out

    first = counts()
    assert first["articles"] == 2
    assert dateline(*args).returncode == 1
    assert counts() == first


@needs_shared
def test_show_stats_quotes_timeline_on_a_store(tmp_path):
    db = tmp_path / "x.db"
    assert dateline("extract", SEED, "--db", db).returncode == 0
    show = dateline("show", "000_ec717493f034e952", "--db", db)
    assert show.returncode == 0 and "JNS" in show.stdout and "ACTORS" in show.stdout
    assert dateline("show", "000_ec", "--db", db).returncode == 0  # unique prefix
    assert dateline("show", "nope", "--db", db).returncode == 1
    stats = dateline("stats", "--db", db)
    assert stats.returncode == 0 and "articles 1" in stats.stdout
    assert dateline("quotes", "--db", db).returncode == 0
    assert dateline("timeline", "--db", db).returncode == 0
    assert dateline("stats", "--db", tmp_path / "missing.db").returncode == 1


def test_bundled_samples_exist_with_attribution():
    lines = (ROOT / "samples" / "wikinews-politics-sample.jsonl").read_text().splitlines()
    assert len(lines) >= 10
    attribution = (ROOT / "samples" / "ATTRIBUTION.md").read_text()
    assert "CC" in attribution or "Creative Commons" in attribution
    for ln in lines:
        assert json.loads(ln)["id"] in attribution


def test_readme_documents_every_command_and_the_two_commands():
    readme = (ROOT / "README.md").read_text()
    commands = build_parser()._subparsers._group_actions[0].choices
    for name in commands:
        assert f"dateline {name}" in readme, name
    assert "sh scripts/demo.sh" in readme and "sh scripts/test.sh" in readme
    assert "scripts/test.sh" in (ROOT / ".ci" / "run").read_text()
