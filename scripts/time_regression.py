"""Score the time extractor on the time regression set (tests/time_regression/cases.tsv).

usage: python scripts/time_regression.py [--misses]

Each case is one invented sentence (or a TimeML-guideline-style example) with its
publication date, one expression, its TIMEX3 type and value. A case is right when
the whole pipeline emits a time overlapping the expression with exactly that type
and value (a missed expression counts as wrong). Reported per type: DATE, TIME,
DURATION, SET, and REF (DATE valued PRESENT_REF / PAST_REF / FUTURE_REF).

tests/time_regression/not_times.tsv lists words the guidelines do not mark (ages,
counts, names, bare "time", idioms): each is right when no emitted time overlaps it.
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

CASES = Path(__file__).resolve().parents[1] / "tests" / "time_regression" / "cases.tsv"
NOT_TIMES = CASES.with_name("not_times.tsv")


def read_cases(path: Path = CASES) -> list[dict]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        date, typ, value, expr, sentence = line.split("\t")
        assert expr in sentence, f"{path}: {expr!r} not in {sentence!r}"
        out.append({"date": date, "type": typ, "value": value, "expr": expr, "sentence": sentence})
    return out


def read_not_times(path: Path = NOT_TIMES) -> list[dict]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        date, expr, sentence = line.split("\t")
        assert expr in sentence, f"{path}: {expr!r} not in {sentence!r}"
        out.append({"date": date, "expr": expr, "sentence": sentence})
    return out


def run(cases: list[dict]) -> list[tuple[dict, object]]:
    """(case, the system time overlapping its expression or None) for every case."""
    from dateline.ingest import make_article
    from dateline.options import Options
    from dateline.pipeline import process
    opts = Options()
    arts = [make_article(c["sentence"], source="time-regression", id=f"c{i}", date=c["date"], options=opts)
            for i, c in enumerate(cases)]
    out = []
    for case, res in zip(cases, process(arts, opts, strict=True)):
        s = case["sentence"].index(case["expr"])
        e = s + len(case["expr"])
        hit = next((t for t in res.record.times if t.start < e and s < t.end), None)
        out.append((case, hit))
    return out


def false_alarms(not_times: list[dict]) -> list[tuple[dict, object]]:
    """The not-a-time cases over which the pipeline emitted a time, with that time."""
    return [(c, hit) for c, hit in run(not_times) if hit is not None]


def correct(case: dict, hit) -> bool:
    if hit is None:
        return False
    typ = "REF" if (hit.value or "").endswith("_REF") else hit.type
    return typ == case["type"] and hit.value == case["value"]


def figures(results) -> dict[str, tuple[int, int]]:
    n, ok = Counter(), Counter()
    for case, hit in results:
        n[case["type"]] += 1
        ok[case["type"]] += correct(case, hit)
    return {t: (ok[t], n[t]) for t in ("DATE", "TIME", "DURATION", "SET", "REF") if n[t]}


def main(argv) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--misses", action="store_true", help="print every wrong case and false alarm")
    misses = ap.parse_args(argv).misses
    results = run(read_cases())
    for t, (ok, n) in figures(results).items():
        print(f"{t:9s} {ok:3d}/{n:3d} = {ok / n:.3f}")
    negatives = read_not_times()
    alarms = false_alarms(negatives)
    print(f"NOT-TIMES {len(negatives) - len(alarms):3d}/{len(negatives):3d} = {1 - len(alarms) / len(negatives):.3f} left unmarked")
    if misses:
        for case, hit in results:
            if not correct(case, hit):
                got = (hit.type, hit.value, hit.text) if hit else None
                print(f"MISS {case['type']} {case['value']} {case['expr']!r} got {got} | {case['sentence']}")
        for case, hit in alarms:
            print(f"FALSE ALARM {case['expr']!r} got {(hit.type, hit.value, hit.text)} | {case['sentence']}")


if __name__ == "__main__":
    main(sys.argv[1:])
