"""Draw (quotation, named actor) pairs from unlabelled news for hand-labelling evaluative speech.

Each pair is a quotation Dateline attributes to a speaker and an actor the quotation names (other than
the speaker). A labeller reads the paragraph and says whether, in that quotation, the speaker accuses /
criticises the actor (ACCUSE), praises / backs it (SUPPORT), or neither (NONE), and whether the speaker
and the actor are read right. `train_events.py` trains the speech model on the labelled pairs
(`training/events/speech_pairs*.jsonl`).

Documents: PolNeAR train texts outside the blind set, the corpus-linking set and the actor and time label
sets; a quotation overlapping a hand-labelled training sentence is skipped (that sentence has its labels).
Reproducible: same arguments, same pairs.

    python scripts/sample_speech_pairs.py --docs 260 --seed 5 -o /tmp/speech_batch.jsonl
    python scripts/sample_speech_pairs.py --new-docs --docs 90 --seed 13 --prefix s13_ -o /tmp/speech_s13.jsonl  # session 13
"""
from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

from sample_event_sentences import ROOT, polnear_train, reserved_docs

CONTEXT = 700  # characters of paragraph kept on each side of the quotation at most


def label_sets() -> set[str]:
    """Documents of the actor and time label sets (held-out checks of other stages)."""
    used = set()
    for path in (ROOT / "eval/actors").glob("labels*.json"):
        used |= {Path(a["file"]).stem for a in json.loads(path.read_text(encoding="utf-8")).get("articles", [])}
    times = ROOT / "eval/times_s10/gold.jsonl"
    if times.exists():
        used |= {Path(json.loads(line)["file"]).stem for line in times.open(encoding="utf-8")}
    return used


def labelled_spans() -> dict[str, list[tuple[int, int]]]:
    """Character spans of the hand-labelled training sentences, by document."""
    spans: dict[str, list[tuple[int, int]]] = {}
    for line in (ROOT / "training/events/sentences.jsonl").open(encoding="utf-8"):
        s = json.loads(line)
        spans.setdefault(s["doc"], []).append((s["start"], s["end"]))
    return spans


def paragraph(text: str, start: int, end: int) -> tuple[int, int]:
    """The paragraph around text[start:end], cut to CONTEXT characters on each side."""
    left = text.rfind("\n", 0, start) + 1
    right = text.find("\n", end)
    right = len(text) if right < 0 else right
    return max(left, start - CONTEXT), min(right, end + CONTEXT)


def pairs_of(rec, text: str, doc: str, skip: list[tuple[int, int]]) -> list[dict]:
    """Every (quotation with a speaker, other actor named inside it) pair of one analysed article, except
    in quotations overlapping a `skip` span."""
    actors = {a.id: a for a in rec.actors}
    out = []
    for q in rec.quotes:
        if not q.speaker or q.speaker not in actors or any(s < q.end and q.start < e for s, e in skip):
            continue
        seen = set()
        for a in rec.actors:
            if a.id == q.speaker or a.id in seen:
                continue
            inside = [m for m in a.mentions if q.start <= m.start and m.end <= q.end]
            if not inside:
                continue
            seen.add(a.id)
            p0, p1 = paragraph(text, min(q.start, q.speaker_start or q.start), q.end)
            out.append({"doc": doc, "quote_start": q.start, "quote_end": q.end, "quote": text[q.start:q.end],
                        "speaker": actors[q.speaker].name, "speaker_text": q.speaker_text,
                        "actor": a.name, "actor_mention": inside[0].text, "actor_start": inside[0].start,
                        "context_start": p0, "context": text[p0:p1]})
    return out


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--docs", type=int, default=260)
    ap.add_argument("--seed", type=int, default=5)
    ap.add_argument("--prefix", default="p", help="pair id prefix")
    ap.add_argument("--new-docs", action="store_true",
                    help="leave out documents an earlier labelled batch (training/events/speech_pairs*.jsonl) drew from")
    ap.add_argument("-o", "--out", required=True)
    args = ap.parse_args(argv)
    import dateline

    shared = Path(args.shared)
    labelled = labelled_spans()
    used = reserved_docs() | label_sets()
    if args.new_docs:
        used |= {json.loads(line)["doc"] for path in (ROOT / "training/events").glob("speech_pairs*.jsonl")
                 for line in path.open(encoding="utf-8")}
    rows = [r for r in polnear_train(shared) if r["filename"] not in used]
    random.Random(args.seed).shuffle(rows)
    items = []
    for r in rows[: args.docs]:
        text = (shared / "data/polnear/train/text" / f"{r['filename']}.txt").read_text(encoding="utf-8")
        items.append({"id": r["filename"], "text": text, "date": r["publication_date"]})
    out = []
    for item, rec in zip(items, dateline.analyze_many(items, errors="skip")):
        out += pairs_of(rec, item["text"], item["id"], labelled.get(item["id"], []))
    for n, o in enumerate(out):
        o["id"] = f"{args.prefix}{n:04d}"
    Path(args.out).write_text("".join(json.dumps(o, ensure_ascii=False) + "\n" for o in out), encoding="utf-8")
    print(f"{args.out}: {len(out)} pairs from {len({o['doc'] for o in out})} documents")


if __name__ == "__main__":
    main()
