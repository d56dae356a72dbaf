"""Time each extraction stage over articles parsed once (and optionally write their records, to compare code versions).

usage: python benchmarks/stage_times.py [FILE.jsonl ...] [--rounds 3] [--cache DIR] [--output OUT.jsonl] [--profile STAGE]
                                       [--cpu]

The articles (default: the bundled samples) are parsed once and kept in a DocBin cache keyed by the
model, its components and the texts, so two code versions time and extract the very same parses.
Every round rebuilds each article and its Doc from the cache (the stages write onto both) and runs
`dateline.pipeline.STAGES` in order, timing each stage; the fastest round of each stage is printed.
`--output` writes the records (the serialiser's JSON, one line per article) of the first round:
two versions' files are byte-identical exactly when their extraction is. `--profile STAGE` runs
cProfile over that stage alone and prints its top functions by cumulative and by own time. `--cpu` times
this process's CPU time instead of wall-clock time: on a machine shared with other jobs the wall clock
also counts the time the process waits for a core, the CPU clock (mostly) does not.
"""
from __future__ import annotations

import argparse
import cProfile
import hashlib
import io
import json
import pstats
import time
from pathlib import Path

from dateline import nlp
from dateline.extract import Context, doc_text
from dateline.ingest import make_article
from dateline.knowledge import load_knowledge
from dateline.options import Options
from dateline.pipeline import STAGES
from dateline.record import ArticleRecord, to_dict

ROOT = Path(__file__).resolve().parents[1]


def read_articles(paths: list[Path]) -> list[dict]:
    """Every JSON line of the files, once per id (the first one wins)."""
    seen: dict[str, dict] = {}
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                a = json.loads(line)
                seen.setdefault(a["id"], a)
    return list(seen.values())


def build(a: dict):
    return make_article(a["text"], source=a["id"], id=a["id"], date=a.get("date"), title=a.get("title"),
                        url=a.get("url"))


def parsed(arts: list[dict], model, cache: Path) -> list[bytes]:
    """Each article's parse as DocBin bytes, from the cache when these texts were parsed before."""
    from spacy.tokens import DocBin

    texts = [build(a).text for a in arts]
    key = hashlib.sha1("\x00".join([model.meta.get("name", ""), model.meta.get("version", ""),
                                    ",".join(model.pipe_names), *texts]).encode()).hexdigest()[:16]
    path = cache / f"stage_times_{key}.json"
    if path.exists():
        return [bytes.fromhex(h) for h in json.loads(path.read_text())]
    out = []
    for doc in model.pipe(texts):
        bin_ = DocBin(store_user_data=True)
        bin_.add(doc)
        out.append(bin_.to_bytes())
    cache.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps([b.hex() for b in out]))
    return out


def one_round(arts: list[dict], bins: list[bytes], model, knowledge, profile: str | None,
              profiler: cProfile.Profile | None, clock=time.perf_counter) -> tuple[dict[str, float], list[str]]:
    """Seconds per stage over all articles, and each article's record as a JSON line."""
    from spacy.tokens import DocBin

    spent = {s.name: 0.0 for s in STAGES}
    lines = []
    for a, b in zip(arts, bins):
        article = build(a)
        doc = next(iter(DocBin().from_bytes(b).get_docs(model.vocab)))
        ctx = Context(article=article, doc=doc, knowledge=knowledge)
        doc_text(doc, ctx)  # as `pipeline.run_stages` does: the article text checked once as the Doc's
        for stage in STAGES:
            on = profiler is not None and stage.name == profile
            if on:
                profiler.enable()
            t0 = clock()
            records = stage.run(doc, ctx)
            spent[stage.name] += clock() - t0
            if on:
                profiler.disable()
            if stage.keep:
                setattr(ctx, stage.name, records)
            if stage.name == "actors":
                ctx.mention_index = {(m.start, m.end): x.id for x in ctx.actors for m in x.mentions}
        rec = ArticleRecord(article=article, actors=ctx.actors, events=ctx.events, quotes=ctx.quotes,
                            places=ctx.places, times=ctx.times, claims=ctx.claims,
                            unattributed_events=ctx.unattributed_events)
        lines.append(json.dumps(to_dict(rec), ensure_ascii=False, sort_keys=True))
        doc.user_data.clear()
    return spent, lines


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("files", nargs="*", type=Path, default=sorted((ROOT / "samples").glob("*.jsonl")))
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--cache", type=Path, default=Path("/tmp/dateline_stage_times"))
    ap.add_argument("--output", type=Path, help="write each article's record (JSON line) of the first round")
    ap.add_argument("--profile", metavar="STAGE", help="cProfile this stage (one extra round)")
    ap.add_argument("--cpu", action="store_true", help="time this process's CPU time, not the wall clock")
    args = ap.parse_args()
    options = Options()
    model = nlp.load(options.model)
    knowledge = load_knowledge(options)
    arts = read_articles(args.files)
    bins = parsed(arts, model, args.cache)
    best: dict[str, float] = {}
    for r in range(args.rounds):
        spent, lines = one_round(arts, bins, model, knowledge, None, None,
                                 time.process_time if args.cpu else time.perf_counter)
        if r == 0 and args.output:
            args.output.write_text("".join(ln + "\n" for ln in lines), encoding="utf-8")
        best = {k: min(v, best.get(k, v)) for k, v in spent.items()}
    clock = "CPU" if args.cpu else "wall-clock"
    print(f"{len(arts)} articles, best of {args.rounds} rounds ({clock} seconds per stage)")
    for name, secs in best.items():
        print(f"  {name:18s} {secs:7.3f}")
    print(f"  {'all stages':18s} {sum(best.values()):7.3f}")
    if args.profile:
        profiler = cProfile.Profile()
        one_round(arts, bins, model, knowledge, args.profile, profiler)
        for order in ("cumulative", "tottime"):
            out = io.StringIO()
            pstats.Stats(profiler, stream=out).sort_stats(order).print_stats(35)
            print(out.getvalue())


if __name__ == "__main__":
    main()
