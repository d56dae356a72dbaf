"""Score the blind set (eval/blind): rebuild its articles from ../shared (sha256-checked against the
frozen manifest) and score them with `dateline eval`'s scorer, with the blind floors of
quality_floors.json. Run it at milestones only; never read the blind gold or its misses to write rules.

    python scripts/blind_eval.py                     # report + blind floors
    python scripts/blind_eval.py --articles OUT.jsonl  # also write the rebuilt articles
    python scripts/blind_eval.py --dev               # dev (seed + dev) and blind side by side
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))


def main(argv=None) -> int:
    from dateline.cli import main as cli_main
    from dateline.evaluate import blind_articles
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--blind", default=str(ROOT / "eval/blind"))
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--articles", metavar="OUT.jsonl", help="write the rebuilt blind articles here")
    ap.add_argument("--dev", action="store_true", help="also score seed + dev")
    ap.add_argument("--min-confidence", type=float)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    if args.articles:
        with open(args.articles, "w", encoding="utf-8") as fh:
            for a in blind_articles(args.blind, args.shared):
                fh.write(json.dumps(a, ensure_ascii=False) + "\n")
    cmd = ["eval"]
    if args.dev:
        cmd += [str(Path(args.shared) / "eval/seed"), str(Path(args.shared) / "eval/dev")]
    cmd += ["--blind", args.blind, "--shared", args.shared, "--floors", str(ROOT / "quality_floors.json")]
    if args.min_confidence is not None:
        cmd += ["--min-confidence", str(args.min_confidence)]
    if args.json:
        cmd.append("--json")
    return cli_main(cmd)


if __name__ == "__main__":
    sys.exit(main())
