"""Build the articles a speed change must leave byte-identical, and compare two record dumps.

usage: python benchmarks/identity_set.py build OUT.jsonl
       python benchmarks/identity_set.py compare A.jsonl B.jsonl

`build` writes one JSON line per distinct article (id, text, date, title, url): the bundled samples,
`../shared/corpus`, the seed and dev texts, the four validation sets' texts (from their manifests) and the
texts of every spent hand-labelled actor set (`eval/actors/spent_sets.SPENT` plus labels_s28 and labels_s33).
Feed it to `benchmarks/stage_times.py OUT.jsonl --rounds 1 --output REC.jsonl` in each code version (the
parses are cached, so both versions extract the very same Docs), then `compare` the two REC files: it
prints how many articles differ and, for the first few, which top-level record fields do. Only counts and
field names are printed, never text.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
VALIDATION = ("validation_s18", "validation_s20", "validation_s26", "validation_s28")
LATER_SPENT = ("labels_s28", "labels_s33")


def _jsonl_articles(path: Path):
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            d = json.loads(line)
            yield {k: d.get(k) for k in ("id", "text", "date", "title", "url")}


def _gold_articles():
    from dateline.evaluate.runner import article_files, blind_articles
    from dateline.ingest import read_inputs

    for folder in (SHARED / "eval" / "seed", SHARED / "eval" / "dev"):
        for a in read_inputs(article_files([folder])):
            if hasattr(a, "text"):
                yield {"id": a.id, "text": a.text, "date": a.date, "title": a.title}
    for name in VALIDATION:
        for a in blind_articles(ROOT / "eval" / name, SHARED):
            yield {"id": f"{name}/{a['id']}", "text": a["text"], "date": a["date"]}


def _actor_set_articles():
    here = ROOT / "eval" / "actors"
    sys.path.insert(0, str(here))
    from score_actors import TEXTS
    from spent_sets import SPENT

    for name in (*SPENT, *LATER_SPENT):
        for art in json.loads((here / f"{name}.json").read_text(encoding="utf-8"))["articles"]:
            path = here / art["file"] if (here / art["file"]).exists() else TEXTS / art["file"]
            yield {"id": f"actors/{art['file']}", "text": path.read_text(encoding="utf-8"), "date": art["date"]}


def build(out: Path) -> int:
    """Write the identity set; returns the number of articles (each id once, the first one kept)."""
    seen: dict[str, dict] = {}
    sources = [ROOT / "samples" / "wikinews-politics-sample.jsonl", SHARED / "corpus" / "samples.jsonl",
               SHARED / "corpus" / "wikinews-politics.jsonl"]
    streams = [*(_jsonl_articles(p) for p in sources), _gold_articles(), _actor_set_articles()]
    for stream in streams:
        for a in stream:
            seen.setdefault(a["id"], a)
    out.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in seen.values()), encoding="utf-8")
    return len(seen)


def compare(a: Path, b: Path, show: int = 5) -> int:
    """Count the articles whose records differ; print the differing top-level fields of the first `show`."""
    left, right = a.read_text(encoding="utf-8").splitlines(), b.read_text(encoding="utf-8").splitlines()
    if len(left) != len(right):
        print(f"different article counts: {len(left)} against {len(right)}")
        return max(len(left), len(right))
    differ = [i for i, (x, y) in enumerate(zip(left, right)) if x != y]
    for i in differ[:show]:
        x, y = json.loads(left[i]), json.loads(right[i])
        fields = sorted(k for k in set(x) | set(y) if x.get(k) != y.get(k))
        print(f"article {i}: fields differ: {', '.join(fields)}")
    print(f"{len(left)} articles, {len(differ)} differ")
    return len(differ)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    sub.add_parser("build").add_argument("out", type=Path)
    cmp_ = sub.add_parser("compare")
    cmp_.add_argument("a", type=Path)
    cmp_.add_argument("b", type=Path)
    args = ap.parse_args()
    if args.cmd == "build":
        print(build(args.out), "articles")
    else:
        sys.exit(1 if compare(args.a, args.b) else 0)


if __name__ == "__main__":
    main()
