"""The held-out loop the event studies share (sources.py, roles_s32.py): role_eval.py's reading of every labelled
training document, each read by the half model trained without it, with the same options.

    for d, text, ctx, items, got, rec in documents(args): ...

`got` is role_eval's judged rows of the document; `rec` the recorder of the candidates the events stage read.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

TREE = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(TREE / "scripts"))
import role_eval as R  # noqa: E402


def parser(description: str) -> argparse.ArgumentParser:
    """The options every such study takes: the two half models, role_eval's parse cache, a JSON output, a limit."""
    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("--event-models", nargs=2)
    ap.add_argument("--cache", default="/tmp/dateline_role_eval_cache")
    ap.add_argument("--json")
    ap.add_argument("--limit", type=int)
    return ap


def documents(args):
    """Each labelled document read as role_eval.py reads it: (doc row, text, context, candidates, judged rows,
    recorder)."""
    from dateline import nlp
    from dateline.knowledge import load_knowledge
    from dateline.options import Options
    from train_roles import half_of
    options = Options()
    model, knowledge = nlp.load(options.model), load_knowledge(options)
    by_half = R.held_out_knowledge(knowledge, {"model": args.event_models})
    texts = R.DatedTexts(TREE.parent / "shared" if (TREE.parent / "shared").exists() else Path("/work/shared"))
    rec = R.Recorder()
    rec.install()
    for d in R.labelled_documents(args.limit):
        kn = by_half[half_of(d["doc"])] if by_half else knowledge
        text, ctx, items, pending = R.run_document(d, texts, model, kn, rec, Path(args.cache))
        yield d, text, ctx, items, R.judge_document(d, text, ctx, items, pending), rec
