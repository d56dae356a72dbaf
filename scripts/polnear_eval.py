"""Quote attribution on PolNeAR: build the input, run the pipeline, score, and time it.

usage: python scripts/polnear_eval.py [SPLIT_DIR] [--out OUT.jsonl] [--limit N] [--no-bench] [--speech-only]
                                      [--knowledge DIR] [--cache DIR] [--articles IDS.txt]
  SPLIT_DIR defaults to ../shared/data/polnear/dev. Scores PolNeAR's broad attributions (the learned
  cue switched on) unless --speech-only or --knowledge DIR is given. --cache DIR keeps each article's
  parse (a spaCy DocBin named by the text's hash) so a rerun only extracts (implies --no-bench);
  --articles keeps only the article ids listed in a file (one a line), e.g. held-out train articles.

Steps: `polnear_score.py --make-input SPLIT_DIR` writes the articles as
JSONL; the whole Dateline pipeline runs over them; `polnear_score.py` scores
Content / Source / Cue spans (exact, overlap, citron's token overlap) on the
records moved exactly onto PolNeAR's own texts (OUT.source.jsonl: our offsets
refer to the normalised text), and prints the Source figure of the records as
written too. With
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
    ap.add_argument("--cache", default="", help="directory of cached parses (one DocBin per article text)")
    ap.add_argument("--articles", default="", help="a file of article ids (one a line): score only those")
    ap.add_argument("--by-kind", action="store_true",
                    help="also break the Source token losses down by kind (not found, no speaker, wrong, partial)")
    args = ap.parse_args(argv)

    made = subprocess.run([sys.executable, str(SCORER), "--make-input", args.split],
                          check=True, capture_output=True, text=True).stdout
    lines = [ln for ln in made.splitlines() if ln.strip()]
    if args.articles:
        keep = set(Path(args.articles).read_text(encoding="utf-8").split())
        lines = [ln for ln in lines if json.loads(ln)["id"] in keep]
    if args.limit:
        lines = lines[:args.limit]
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
        input_path = fh.name

    options = Options(knowledge_dir=args.knowledge or (None if args.speech_only else broad_attributions()))
    model = nlp.load(options.model)  # load once, outside the timings
    texts = [json.loads(ln)["text"] for ln in lines]
    if args.cache:
        n = extract_cached(input_path, options, model, Path(args.cache), args.out)
        print(f"{n} articles → {args.out} (parses cached in {args.cache})")
        score(args.out, args.split, [json.loads(ln)["id"] for ln in lines] if args.articles else None,
              args.by_kind)
        return 0
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
    score(args.out, args.split, [json.loads(ln)["id"] for ln in lines] if args.articles else None, args.by_kind)
    return 0


def score(out_path: str, split: str, ids: list[str] | None, by_kind: bool = False) -> None:
    """The shared scorer's figures on the records moved onto PolNeAR's own texts (`on_source_texts`), the Source
    figure the scorer gives the records as written, then Source on our own speaker spans; `ids` limits the split."""
    if ids is not None:
        split = subset_split(split, ids)
    written, out_path = out_path, on_source_texts(out_path, split)
    print(f"records with offsets on PolNeAR's own texts: {out_path}")
    subprocess.run([sys.executable, str(SCORER), out_path, split], check=True)
    as_written = json.loads(subprocess.run([sys.executable, str(SCORER), written, split, "--json"], check=True,
                                           capture_output=True, text=True).stdout)["Source"]["token"]
    print(f"Source token F1 on the records as written (the scorer searching each span in the raw text): "
          f"{as_written['f1']:.4f} (P {as_written['p']:.4f} R {as_written['r']:.4f})")
    speaker_span_source(out_path, split)
    outside_content(out_path, split)
    if by_kind:
        source_by_kind(out_path, split)


def attribution_kind(scorer, text: str, toks, att: dict, pairs) -> tuple[str, set, set]:
    """What the system made of one gold attribution with a Source, as the scorer pairs contents and sources: not
    found (no quote meets the Content), no speaker, wrong (the system source misses the gold Source), partial
    (overlaps it, tokens differ) or exact; with the gold Source's token ids and the system sources' token ids."""
    srcs = [p[1] for p in pairs if any(scorer.overlaps(p[0], f) for f in att["Content"])]
    gold = scorer.token_ids(toks, [t for f in att["Source"] for t in [scorer.trim(text, *f)] if t])
    got = scorer.token_ids(toks, [s for s in srcs if s])
    kind = ("not found" if not srcs else "no speaker" if not any(srcs)
            else "wrong" if not gold & got else "partial" if gold - got else "exact")
    return kind, gold, got


def source_by_kind(out_path: str, split: str) -> None:
    """Gold attributions with a Source by what the system made of them (`attribution_kind`), with the gold Source
    tokens each kind loses (of the official Source token recall)."""
    scorer = shared_scorer()
    kinds = dict.fromkeys(("not found", "no speaker", "wrong", "partial", "exact"), 0)
    lost = dict.fromkeys(kinds, 0)
    for _, text, atts, pairs in gold_and_pairs(scorer, out_path, split):
        toks = [m.span() for m in scorer.TOKEN.finditer(text)]
        for a in atts:
            if not a["Source"]:
                continue
            kind, gold_ids, got = attribution_kind(scorer, text, toks, a, pairs)
            kinds[kind] += 1
            lost[kind] += len(gold_ids - got)
    total = sum(kinds.values())
    print("Source by kind (gold attributions with a Source; gold Source tokens not covered):")
    for kind, n in kinds.items():
        print(f"  {kind:11s} {n:5d} ({n / max(total, 1):.1%})  tokens lost {lost[kind]}")


def char_map(ours: str, theirs: str) -> list[int]:
    """For each offset of `ours` (and its end), the offset of the same character in `theirs`, where `ours` is
    `theirs` after ingest's normalisation (blanks collapsed, no-break spaces made spaces, ends stripped): the
    characters the two share in order, each offset ours alone has taken by the nearest shared one before it."""
    import difflib

    out: list[int | None] = [None] * (len(ours) + 1)
    for i, j, n in difflib.SequenceMatcher(None, ours, theirs, autojunk=False).get_matching_blocks():
        out[i:i + n] = range(j, j + n)
    out[len(ours)] = len(theirs)
    last = 0
    for i, j in enumerate(out):
        last = out[i] = last if j is None else j
    return out  # type: ignore[return-value]


def move_record(rec: dict, theirs: str) -> dict:
    """The record with its quote, speaker and mention offsets (and their texts) on `theirs`, the article's text
    as given before normalisation; `article.text` becomes `theirs`."""
    ours = rec.get("article", {}).get("text") or ""
    if ours == theirs:
        return rec
    at = char_map(ours, theirs)

    def move(item: dict, prefix: str = "") -> None:
        s, e = item.get(prefix + "start"), item.get(prefix + "end")
        if s is None or e is None:
            return
        s2, e2 = at[s], (at[e - 1] + 1 if e > s else at[e])
        item[prefix + "start"], item[prefix + "end"] = s2, e2
        item["speaker_text" if prefix else "text"] = theirs[s2:e2]

    for q in rec.get("quotes") or []:
        move(q)
        move(q, "speaker_")
    for actor in rec.get("actors") or []:
        for m in actor.get("mentions") or []:
            move(m)
    rec["article"]["text"] = theirs
    return rec


def on_source_texts(out_path: str, split: str) -> str:
    """Writes OUT.source.jsonl: the records moved onto PolNeAR's own texts (`move_record`), as the scorer's input
    contract asks (article.text = the .txt file); its fallback for a differing text, searching each span's words
    near a proportional offset, drops or misplaces spans whose words a collapsed blank or no-break space splits."""
    gold = shared_scorer().load_gold(split)
    path = str(Path(out_path).with_suffix("")) + ".source.jsonl"
    with open(path, "w", encoding="utf-8") as out:
        for line in Path(out_path).read_text(encoding="utf-8").splitlines():
            if line.strip():
                rec = json.loads(line)
                theirs = gold.get(rec.get("article", {}).get("id"), (None,))[0]
                out.write(json.dumps(rec if theirs is None else move_record(rec, theirs), ensure_ascii=False) + "\n")
    return path


def shared_scorer():
    """The shared PolNeAR scorer module (its trimming, relocation and token helpers)."""
    sys.path.insert(0, str(SCORER.parent))
    import polnear_score

    return polnear_score


def read_records(out_path: str) -> dict[str, dict]:
    """The records of a JSONL output by article id."""
    records = {}
    for line in Path(out_path).read_text(encoding="utf-8").splitlines():
        if line.strip():
            rec = json.loads(line)
            records[rec["article"]["id"]] = rec
    return records


def gold_and_pairs(scorer, out_path: str, split: str):
    """(article id, gold text, gold attributions, [(content span, source span or None)]) per article, as the
    scorer pairs them."""
    records = read_records(out_path)
    for aid, (text, atts) in scorer.load_gold(split).items():
        counts = {"unaligned": 0}
        _, pairs = scorer.system_spans(records.get(aid, {}), text, counts)
        yield aid, text, atts, pairs


def subset_split(split: str, ids: list[str]) -> str:
    """A temporary split directory holding only `ids` (symbolic links to the texts and annotations)."""
    src, dst = Path(split), Path(tempfile.mkdtemp(prefix="dateline_polnear_split_"))
    for sub in ("text", "attributions"):
        (dst / sub).mkdir()
        for f in (src / sub).iterdir():
            if f.name.split(".")[0] in ids or f.stem.rsplit("_", 1)[0] in ids:
                (dst / sub / f.name).symlink_to(f.resolve())
    return str(dst)


def cached_parse(model, options: Options, article, cache: Path):
    """The article's parse, read from `cache` (keyed by model and text) or made and stored there."""
    import hashlib

    from spacy.tokens import DocBin

    key = hashlib.sha1(f"{options.model}\n{article.text}".encode()).hexdigest()[:20]
    path = cache / f"{key}.spacy"
    if path.exists():
        return next(DocBin().from_disk(path).get_docs(model.vocab))
    doc = model(article.text)
    DocBin(docs=[doc], store_user_data=False).to_disk(path)
    return doc


def extract_cached(input_path: str, options: Options, model, cache: Path, out_path: str) -> int:
    """Run the extractors over each article, parsing only texts whose parse is not in `cache` yet."""
    from dateline.knowledge import load_knowledge
    from dateline.pipeline import extract_record

    cache.mkdir(parents=True, exist_ok=True)
    knowledge = load_knowledge(options)
    n = 0
    with open(out_path, "w", encoding="utf-8") as out:
        for article in read_inputs([input_path], options):
            doc = cached_parse(model, options, article, cache)
            out.write(json.dumps(to_dict(extract_record(article, doc, knowledge)), ensure_ascii=False) + "\n")
            n += 1
    return n


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
    records = read_records(out_path)
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


def outside_content(out_path: str, split: str) -> None:
    """Quotes with less than half of their tokens inside any gold Content: PolNeAR counts beliefs, plans and
    findings too, so such a quote is almost always no attribution at all (a precision check for speech only)."""
    scorer = shared_scorer()
    n = outside = 0
    for _, text, atts, pairs in gold_and_pairs(scorer, out_path, split):
        contents = [f for a in atts for f in a["Content"]]
        for (cs, ce), _ in pairs:
            toks = [(s + cs, e + cs) for s, e in (m.span() for m in scorer.TOKEN.finditer(text[cs:ce]))]
            if not toks:
                continue
            n += 1
            inside = sum(any(scorer.overlaps(t, g) for g in contents) for t in toks)
            outside += inside < 0.5 * len(toks)
    print(f"quotes outside every gold Content: {outside} of {n} ({outside / max(n, 1):.4f})")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
