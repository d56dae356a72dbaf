"""Developer loop: run the pipeline on the seed and dev articles, then the shared scorer.

usage: python scripts/dev_eval.py [OUT.jsonl]   (needs ../shared, as in CI)
The product's own `dateline eval` does the same with its own scorer.
"""
import json
import subprocess
import sys
from pathlib import Path

from dateline.ingest import read_inputs
from dateline.pipeline import process
from dateline.record import to_dict

SHARED = Path(__file__).resolve().parents[2] / "shared"
out = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/dateline_dev.jsonl")
inputs = [str(SHARED / "eval/seed/000_ec717493f034e952.txt"), str(SHARED / "eval/dev.articles.jsonl")]
with out.open("w") as fh:
    for r in process(read_inputs(inputs), strict=True):
        fh.write(json.dumps(to_dict(r.record), ensure_ascii=False) + "\n")
subprocess.run([sys.executable, str(SHARED / "eval/score.py"), str(out), str(SHARED / "eval/seed"),
                str(SHARED / "eval/dev")], check=True)
