"""Developer loop: run the pipeline on the seed and dev articles, then the shared reference scorer.

usage: python scripts/dev_eval.py [OUT.jsonl]   (needs ../shared, as in CI)
The product's own `dateline eval` does the same with its own scorer (kept equal by tests/test_evaluate.py).
"""
import argparse
import json
import subprocess
import sys
from pathlib import Path

from dateline import Options
from dateline.evaluate import dev_set, evaluate_sets

SHARED = Path(__file__).resolve().parents[2] / "shared"
GOLD = [SHARED / "eval/seed", SHARED / "eval/dev"]


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("out", nargs="?", default="/tmp/dateline_dev.jsonl", help="where the system records are written")
    out = Path(ap.parse_args(argv).out)
    run = evaluate_sets([dev_set(GOLD)], Options(), strict=True)
    for msg in run.errors:
        print(f"error: {msg}", file=sys.stderr)
    with out.open("w", encoding="utf-8") as fh:
        fh.writelines(json.dumps(rec, ensure_ascii=False) + "\n" for rec in run.records)
    scored = subprocess.run([sys.executable, str(SHARED / "eval/score.py"), str(out), *map(str, GOLD)])
    return scored.returncode or int(not run.complete)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
