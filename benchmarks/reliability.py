"""Reliability figures for the README (issue 16): hostile cases through the CLI, fuzzing, hostile-text timing.

usage: nice python benchmarks/reliability.py [--fuzz 1000] [--skip cases,fuzz,hostile]

Prints a Markdown table. Every case runs `dateline extract` in a fresh process with a time limit and
counts tracebacks, hangs and good articles lost. The concurrency figure (three writers and a reader,
30 trials) is tests/test_store_reliability.py; the kill -9 figure is tests/test_scale.py.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

GOOD = [{"id": f"good{i}", "date": "2021-03-0" + str(i + 1),
         "text": f"The foreign minister of Chile said on Monday that talks would resume. Report {i}."} for i in range(3)]


def good_lines() -> str:
    return "".join(json.dumps(g) + "\n" for g in GOOD)


def cases(tmp: Path) -> list[tuple[str, list[str], int]]:
    """(name, extract arguments, good articles the batch holds)."""
    out = []

    def jsonl(name: str, bad: str) -> str:
        p = tmp / f"{name}.jsonl"
        p.write_text(good_lines() + bad + "\n" + json.dumps({"id": "after", "text": "Police met on Friday."}) + "\n",
                     encoding="utf-8", errors="surrogatepass")
        return str(p)

    out.append(("1 text over 1,000,000 characters", [jsonl("long", json.dumps(
        {"id": "long", "text": ("Officials met in Geneva on Monday to talk. " * 25000)}))], 4))
    out.append(("2 lone surrogate in JSON Lines", [jsonl("surrogate", '{"id": "s", "text": "bad \\ud800 text"}')], 4))
    out.append(("3 raw U+2028/U+0085/\\x0b inside a JSON string", [jsonl("separators", json.dumps(
        {"id": "sep", "text": "One\u2028two\u0085three\x0bfour."}, ensure_ascii=False))], 5))
    fifo = tmp / "fifo.txt"
    os.mkfifo(fifo)
    out.append(("4 FIFO with no writer, /dev/urandom", [str(fifo), "/dev/urandom", jsonl("ok4", "")], 4))
    out.append(("7 20,000 quotation marks", [jsonl("quotes", json.dumps({"id": "q", "text": '"' * 20000}))], 4))
    out.append(("7 100k-character sentence without punctuation", [jsonl("runon", json.dumps(
        {"id": "r", "text": " ".join(random.Random(7).choice(["officials", "said", "the", "talks", "would", "go",
                                                              "on", "minister", "army", "city"])
                                   for _ in range(14000))[:100000]}))], 4))
    out.append(("8 dates 0001-01-01 and 9999-12-31 with 'tomorrow'", [jsonl("dates", json.dumps(
        {"id": "d1", "date": "0001-01-01", "text": "They meet tomorrow."}) + "\n" + json.dumps(
        {"id": "d2", "date": "9999-12-31", "text": "They meet tomorrow."}))], 6))
    reg = tmp / "reg.json"
    reg.write_text("{broken")
    out.append(("9 --registry with invalid JSON", [jsonl("ok9", ""), "--registry", str(reg)], 0))
    notdb = tmp / "notes.txt"
    notdb.write_text("not a database")
    out.append(("9 --db on a non-SQLite file", [jsonl("ok9b", ""), "--db", str(notdb)], 0))
    out.append(("10 id as an object, NaN metadata", [jsonl("coerce", '{"id": {"a": 1}, "text": "x"}\n'
                                                      '{"id": "n", "text": "y", "score": NaN}')], 4))
    out.append(("10 --db :memory:, --max-bytes -1", [jsonl("ok10", ""), "--db", ":memory:", "--max-bytes", "-1"], 0))
    out.append(("11 timeline --from x", ["timeline", "--from", "x"], 0))
    return out


def run_cases(tmp: Path) -> list[tuple[str, str]]:
    rows = []
    for name, args, good in cases(tmp):
        db = tmp / f"{abs(hash(name))}.db"
        argv = args if args[0] == "timeline" else ["extract", *args, "--summary-only"] + (
            [] if "--db" in args else ["--db", str(db)])
        t0 = time.perf_counter()
        try:
            r = subprocess.run([sys.executable, "-m", "dateline", *argv], capture_output=True, text=True, timeout=600,
                               env={**os.environ, "CI": "1"})
            hung = False
        except subprocess.TimeoutExpired:
            r, hung = None, True
        took = time.perf_counter() - t0
        stored = 0
        if db.exists():
            con = sqlite3.connect(db)
            stored = con.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
            con.close()
        tb = r is not None and "Traceback" in r.stderr
        first_err = next((ln for ln in (r.stderr.splitlines() if r else []) if ln.startswith("error:")), "")
        verdict = ("HANG" if hung else "TRACEBACK" if tb else
                   f"exit {r.returncode}, {stored} stored of {good} good" + (" (LOST)" if stored < good else ""))
        rows.append((name, f"{verdict}, {took:.1f} s; `{first_err[:110]}`"))
    return rows


FUZZ_ALPHABET = (list("abcdefghijklmnopqrstuvwxyz ABCDEFGHIJ.,;:!?-'\"\n\t0123456789") +
                 ["\u2028", "\u2029", "\u0085", "\x0b", "\x0c", "\x1c", "\x1e", "\u200d", "\u200c", "\u202e",
                  "\u0301", "\U0001F468\u200d\U0001F469", "\ufeff", "\u00a0", "“", "”", "«", "»", "\x00",
                  " said ", " Trump ", " on Monday ", " tomorrow ", "\n\n", "By ", "(AP) — ", "http://x.org/a?b=c"])


def fuzz(n: int) -> list[tuple[str, str]]:
    from dateline.errors import InputError
    from dateline.ingest.jsonl import read_jsonl
    from dateline.options import Options
    from dateline.pipeline import process
    from dateline.record import to_dict
    from dateline.validate import problems

    rng = random.Random(16)
    lines = []
    for i in range(n):
        text = "".join(rng.choice(FUZZ_ALPHABET) for _ in range(rng.randint(0, 60)))
        line = json.dumps({"id": f"f{i}", "date": "2020-02-29", "text": text}, ensure_ascii=rng.random() < 0.5)
        if rng.random() < 0.1:
            line = line.replace('"text": "', '"text": "\\ud83d', 1)  # a lone surrogate escape
        if rng.random() < 0.05:
            line = line[: rng.randint(0, len(line))]  # cut short
        lines.append(line)
    data = "\n".join(lines).encode("utf-8", errors="surrogatepass")
    crashes = invalid = bad_offsets = records = errors = 0
    t0 = time.perf_counter()
    items = list(read_jsonl(data, "fuzz.jsonl", Options()))
    framing_ok = len(items) == n and all(getattr(x, "source", "").endswith(f":{i + 1}") for i, x in enumerate(items))
    try:
        for r in process(items, Options()):
            if r.error is not None:
                errors += 1
                continue
            records += 1
            rec = to_dict(r.record)
            invalid += bool(problems(rec))
    except Exception:  # noqa: BLE001 - counted
        crashes += 1
    took = time.perf_counter() - t0
    texts_row = (f"{n} fuzzed JSON Lines (raw separators, joiners, NUL, surrogate escapes, cut lines; seed 16)",
                 f"{crashes} crashes, framing {'exact' if framing_ok else 'WRONG'}, {records} records "
                 f"({invalid} schema/offset problems), {errors} one-line errors, {took:.0f} s")
    return [texts_row, fuzz_files(n)]


def fuzz_files(n: int) -> tuple[str, str]:
    """n fuzzed inputs as whole files (text, HTML, JSON Lines or no suffix; random encodings and bytes)."""
    from dateline.ingest import read_bytes_as
    from dateline.options import Options
    from dateline.pipeline import process
    from dateline.record import to_dict
    from dateline.validate import problems

    rng = random.Random(13)
    items = []
    t0 = time.perf_counter()
    for i in range(n):
        text = "".join(rng.choice(FUZZ_ALPHABET) for _ in range(rng.randint(0, 80)))
        kind = rng.random()
        if kind < 0.15:
            data = bytes(rng.randrange(256) for _ in range(rng.randint(0, 200)))
        else:
            data = text.encode(rng.choice(["utf-8", "utf-16", "utf-8-sig"]) if kind < 0.9 else "utf-8")
        suffix = rng.choice([".txt", ".html", ".jsonl", ""])
        if suffix == ".html":
            data = b"<html><body><p>" + data + b"</p></body></html>"
        items += list(read_bytes_as(data, f"fuzz{i}{suffix}", f"fuzz{i}", suffix, Options()))
    crashes = invalid = records = errors = 0
    try:
        for r in process(items, Options()):
            if r.error is not None:
                errors += 1
            else:
                records += 1
                invalid += bool(problems(to_dict(r.record)))
    except Exception:  # noqa: BLE001 - counted
        crashes += 1
    return (f"{n} fuzzed files (.txt/.html/.jsonl/none; UTF-8, UTF-16, random bytes; seed 13)",
            f"{crashes} crashes, {records} records ({invalid} schema/offset problems), {errors} one-line errors, "
            f"{time.perf_counter() - t0:.0f} s")


def hostile() -> list[tuple[str, str]]:
    from dateline.ingest import make_article
    from dateline.options import Options
    from dateline.pipeline import process

    rows = []
    rng = random.Random(7)
    words = ["officials", "said", "the", "talks", "would", "go", "on", "minister", "army", "city", "and", "of"]
    texts = {"100k quotation marks": '"' * 100_000,
             "100k-character sentence without punctuation": " ".join(rng.choice(words) for _ in range(20000))[:100_000]}
    list(process([make_article("Warm up on Monday.", source="w")]))
    for name, text in texts.items():
        t0 = time.perf_counter()
        [r] = list(process([make_article(text, source=name, date="2020-01-01")], Options()))
        took = time.perf_counter() - t0
        rows.append((name, f"{took:.1f} s, " + ("record" if r.record else f"error: {r.error}")))
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--fuzz", type=int, default=1000)
    ap.add_argument("--skip", default="")
    args = ap.parse_args()
    skip = set(args.skip.split(","))
    rows = [("machine", f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} at start")]
    tmp = Path(tempfile.mkdtemp(prefix="dateline-rel-"))
    if "cases" not in skip:
        rows += run_cases(tmp)
    if "fuzz" not in skip:
        rows += fuzz(args.fuzz)
    if "hostile" not in skip:
        rows += hostile()
    print("| case | result |\n|---|---|")
    for k, v in rows:
        print(f"| {k} | {v} |")


if __name__ == "__main__":
    main()
