"""Quote attribution on PolNeAR: build the input, run the pipeline, score, and time it.

usage: python scripts/polnear_eval.py [SPLIT_DIR] [--out OUT.jsonl] [--limit N] [--no-bench] [--speech-only] [--knowledge DIR]
  SPLIT_DIR defaults to ../shared/data/polnear/dev. Scores PolNeAR's broad attributions (the learned
  cue switched on) unless --speech-only or --knowledge DIR is given.

Steps: `polnear_score.py --make-input SPLIT_DIR` writes the articles as
JSONL; the whole Dateline pipeline runs over them; `polnear_score.py` scores
Content / Source / Cue spans (exact, overlap, citron's token overlap). With
the benchmark on, it also times bare `nlp.pipe` over the same texts and
prints the pipeline's cost relative to it (target: within 1.25x).
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from dateline import nlp
from dateline.ingest import read_inputs
from dateline.options import Options
from dateline.pipeline import process
from dateline.record import to_dict

SHARED = Path(__file__).resolve().parents[2] / "shared"
SCORER = SHARED / "eval" / "polnear_score.py"


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("split", nargs="?", default=str(SHARED / "data" / "polnear" / "dev"))
    ap.add_argument("--out", default="/tmp/dateline_polnear.jsonl")
    ap.add_argument("--limit", type=int, default=0, help="only the first N articles")
    ap.add_argument("--no-bench", action="store_true", help="skip the nlp.pipe timing")
    ap.add_argument("--knowledge", default=None, help="a user knowledge directory (as `dateline --knowledge`)")
    ap.add_argument("--speech-only", action="store_true",
                    help="quotes as the product emits them by default (speech); without it the learned cue for "
                         "PolNeAR's broader attributions (beliefs, intentions, findings) is switched on")
    args = ap.parse_args(argv)

    made = subprocess.run([sys.executable, str(SCORER), "--make-input", args.split],
                          check=True, capture_output=True, text=True).stdout
    lines = [ln for ln in made.splitlines() if ln.strip()]
    if args.limit:
        lines = lines[:args.limit]
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
        input_path = fh.name

    options = Options(knowledge_dir=args.knowledge or (None if args.speech_only else broad_attributions()))
    model = nlp.load(options.model)  # load once, outside the timings
    texts = [json.loads(ln)["text"] for ln in lines]
    if not args.no_bench:
        for _ in model.pipe(texts[:5]):  # warm up before timing
            pass
        t0 = time.perf_counter()
        for _ in model.pipe(texts, batch_size=options.batch_size):
            pass
        bare = time.perf_counter() - t0

    t0 = time.perf_counter()
    n = 0
    with open(args.out, "w", encoding="utf-8") as out:
        for r in process(read_inputs([input_path], options), options):
            if r.record is None:
                print(f"error: {r.error}", file=sys.stderr)
                continue
            out.write(json.dumps(to_dict(r.record), ensure_ascii=False) + "\n")
            n += 1
    full = time.perf_counter() - t0
    print(f"{n} articles → {args.out}")
    if not args.no_bench:
        print(f"time: bare nlp.pipe {bare:.1f}s, whole pipeline {full:.1f}s, ratio {full / bare:.2f}x")
    subprocess.run([sys.executable, str(SCORER), args.out, args.split], check=True)
    speaker_span_source(args.out, args.split)
    return 0


def broad_attributions() -> str:
    """A knowledge directory that switches on the learned attribution cue (extract/quotes/learned.py)."""
    kdir = Path(tempfile.mkdtemp(prefix="dateline_attributions_"))
    (kdir / "quotes").mkdir()
    (kdir / "quotes" / "cue_model.json").write_text('{"enabled": true}\n', encoding="utf-8")
    return str(kdir)


def speaker_span_source(out_path: str, split: str) -> None:
    """Source scored on the quotes' own speaker spans (speaker_start/end), with the scorer's token metric.

    polnear_score.py reads Source from the speaker actor's mention nearest the
    quote, so it measures the actors' mention spans as much as the quotes';
    this line shows what the quote extractor itself found.
    """
    sys.path.insert(0, str(SCORER.parent))
    import polnear_score as ps  # the shared scorer's own helpers: same trimming, relocation, tokens

    gold = ps.load_gold(split)
    records = {}
    for line in Path(out_path).read_text(encoding="utf-8").splitlines():
        if line.strip():
            rec = json.loads(line)
            records[rec["article"]["id"]] = rec
    inside = n_sys = n_gold = 0
    for aid, (text, atts) in gold.items():
        rec = records.get(aid, {})
        own = rec.get("article", {}).get("text") or ""
        spans = set()
        for q in rec.get("quotes", []):
            if q.get("speaker_start") is None:
                continue
            sp = ps.relocate(own, text, q["speaker_start"], q["speaker_end"], q.get("speaker_text"))
            t = ps.trim(text, *sp) if sp else None
            if t:
                spans.add(t)
        gspans = {t for a in atts for f in a["Source"] for t in [ps.trim(text, *f)] if t}
        toks = [m.span() for m in ps.TOKEN.finditer(text)]
        s_ids, g_ids = ps.token_ids(toks, spans), ps.token_ids(toks, gspans)
        inside += len(s_ids & g_ids)
        n_sys += len(s_ids)
        n_gold += len(g_ids)
    r = ps.prf(inside, n_sys, inside, n_gold)
    print(f"Source by speaker span (speaker_start/end), token  P {r['p']:.3f}  R {r['r']:.3f}  F1 {r['f1']:.3f}")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
