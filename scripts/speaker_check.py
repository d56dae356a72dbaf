"""Speakers and actors of quotations checked against the hand-labelled speech pairs (issue 10).

    python scripts/speaker_check.py --cache DIR [-o OUT.json] [--show KIND] [--compare OLD.json]

Data: `training/events/speech_pairs*.jsonl` — (quotation, speaker, actor named in the quotation) pairs from PolNeAR
**train** texts, each labelled `speaker_ok` (the system's speaker was right) and `actor_ok` (the named actor is a real
actor, resolved to the right one). The labels were made on earlier code: a labelled pair is matched to the pair the
pipeline makes now as `scripts/train_speech.py` does (same quotation offsets and sha1, an actor with a mention where
the labelled actor began). The speaker's name at labelling time is each row's `speaker` (stored since session 14),
else read from the annotators' batch files (`--names`, default the coordination folders' `part*.jsonl`); without it a
changed speaker cannot be told from an unchanged one.

Outcomes, per quotation (speaker) and per pair (actor):
- `wrong` / `ok`: the name is the labelled one, so the label holds;
- `changed_from_ok`: the label said right and the name changed (most likely now wrong);
- `changed_from_wrong`: the label said wrong and the name changed (read these: fixed or wrong again);
- `gone_ok` / `gone_wrong`: no speaker now, or the actor is no longer made there (an actor labelled not ok that is
  gone is a fix; one labelled ok, a loss);
- `lost`: the quotation itself is no longer made with those offsets.
Shares: `speaker wrong` = (wrong + changed_from_ok) / quotations matched, `actor not ok` = (wrong +
changed_from_ok) / pairs still made — the changed-from-wrong ones are counted apart, to be read.
"""
from __future__ import annotations

import argparse
import csv
import glob
import hashlib
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))
LABELS = sorted((ROOT / "training/events").glob("speech_pairs*.jsonl"))
NAMES = "/work/coord/s*/speech*/part*.jsonl"
SKIP_STAGES = {"events", "claims"}  # the pairs need actors and quotes only


def load_rows(label_files, names_glob: str) -> dict[str, list[dict]]:
    """Labelled rows by document, each with the speaker name it was labelled with (`speaker0`, None if unknown)."""
    names = {}
    for path in glob.glob(names_glob):
        for line in open(path, encoding="utf-8"):
            r = json.loads(line)
            names[(r["id"], r["doc"])] = r.get("speaker")
    by_doc: dict[str, list[dict]] = {}
    for path in label_files:
        for row in map(json.loads, Path(path).open(encoding="utf-8")):
            row["speaker0"] = row.get("speaker") or names.get((row["id"], row["doc"]))
            by_doc.setdefault(row["doc"], []).append(row)
    return by_doc


def same_person(a: str, b: str) -> bool:
    """Two display names of one person: equal, or the same surname and given names that begin alike ("Hillary
    Clinton", "Hillary Rodham Clinton", "Hilary Clinton"; not "Bill Clinton")."""
    x, y = a.replace(".", " ").lower().split(), b.replace(".", " ").lower().split()
    return a == b or len(x) > 1 and len(y) > 1 and x[-1] == y[-1] and x[0][:3] == y[0][:3]


def _outcome(ok: bool, before: str | None, now: str | None) -> str:
    if now is None:
        return "gone_ok" if ok else "gone_wrong"
    if before is not None and not same_person(now, before):
        return "changed_from_ok" if ok else "changed_from_wrong"
    return "ok" if ok else "wrong"


def judge_document(raw: str, rows: list[dict], ctx) -> list[dict]:
    """One outcome record per labelled row of a document analysed into `ctx`."""
    names = {a.id: a.name for a in ctx.actors}
    quotes = {(q.start, q.end): q for q in ctx.quotes}
    out = []
    for row in rows:
        rec = {"id": row["id"], "doc": row["doc"], "quote": [row["quote_start"], row["quote_end"]],
               "actor_start": row["actor_start"], "actor0": row["actor"], "speaker0": row["speaker0"],
               "speaker_ok": row["speaker_ok"], "actor_ok": row["actor_ok"]}
        q = quotes.get((row["quote_start"], row["quote_end"]))
        sha = hashlib.sha1(raw[row["quote_start"]:row["quote_end"]].encode()).hexdigest()[:12]
        if q is None or sha != row["sha1"]:
            rec.update(speaker="lost", actor="lost")
            out.append(rec)
            continue
        rec["speaker1"] = names.get(q.speaker)
        rec["speaker"] = _outcome(row["speaker_ok"], row["speaker0"], rec["speaker1"])
        actor = next((a for a in ctx.actors if a.id != q.speaker and any(
            m.start == row["actor_start"] and m.end <= q.end for m in a.mentions)), None)
        rec["actor1"] = actor.name if actor else None
        rec["actor"] = _outcome(row["actor_ok"], row["actor"], rec["actor1"])
        out.append(rec)
    return out


def _train_dates(shared: Path) -> dict[str, str]:
    """Publication date of each PolNeAR train document (`data/polnear/metadata.tsv`)."""
    with (shared / "data/polnear/metadata.tsv").open(encoding="utf-8") as fh:
        return {r["filename"]: r["publication_date"] for r in csv.DictReader(fh, delimiter="\t")
                if r["compartment"] == "train"}


def run(by_doc: dict[str, list[dict]], shared: Path, cache: Path | None) -> list[dict]:
    """Analyse every labelled document (parses cached) and judge its rows."""
    from role_eval import parse_cached

    from dateline import nlp
    from dateline.ingest import make_article
    from dateline.knowledge import load_knowledge
    from dateline.options import Options
    from dateline.pipeline import STAGES, run_stages

    options = Options()
    model, knowledge = nlp.load(options.model), load_knowledge(options)
    stages = [s for s in STAGES if s.name not in SKIP_STAGES]
    dates = _train_dates(shared)
    out = []
    for doc_id in sorted(by_doc):
        raw = (shared / "data/polnear/train/text" / f"{doc_id}.txt").read_text(encoding="utf-8")
        article = make_article(raw, source=doc_id, id=doc_id, date=dates[doc_id])
        ctx = run_stages(article, parse_cached(model, article.text, cache), knowledge, stages)
        out += judge_document(raw, by_doc[doc_id], ctx)
    return out


def summary(results: list[dict]) -> dict:
    """Counts and shares: speakers per quotation, actors per pair."""
    per_quote = {(r["doc"], *r["quote"]): r["speaker"] for r in results}
    sp, ac = Counter(per_quote.values()), Counter(r["actor"] for r in results)
    made_q = sum(v for k, v in sp.items() if k != "lost")
    made_p = sum(v for k, v in ac.items() if not k.startswith(("lost", "gone")))
    return {"quotations": len(per_quote), "speaker": dict(sp), "pairs": len(results), "actor": dict(ac),
            "speaker_wrong_share": round((sp["wrong"] + sp["changed_from_ok"]) / max(made_q, 1), 4),
            "speaker_to_read": sp["changed_from_wrong"],
            "actor_not_ok_share": round((ac["wrong"] + ac["changed_from_ok"]) / max(made_p, 1), 4),
            "actor_to_read": ac["changed_from_wrong"]}


def compare(old: list[dict], new: list[dict]) -> None:
    """Print the rows whose speaker or actor outcome or name moved between two runs."""
    before = {r["id"] + r["doc"]: r for r in old}
    for r in new:
        o = before.get(r["id"] + r["doc"])
        if o is None:
            continue
        for what in ("speaker", "actor"):
            if o[what] != r[what] or not same_person(o.get(what + "1") or "", r.get(what + "1") or ""):
                print(f"{what}\t{r['id']}\t{r['doc']}\t{r['quote']}\t{o[what]}:{o.get(what + '1')} -> "
                      f"{r[what]}:{r.get(what + '1')}\t(labelled {r[what + '0']!r} ok={r[what + '_ok']})")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--cache", help="parse cache directory (as train_speech.py's)")
    ap.add_argument("--names", default=NAMES, help="glob of the labelling batches (speaker names at labelling time)")
    ap.add_argument("--labels", nargs="*", default=[str(p) for p in LABELS])
    ap.add_argument("-o", "--out", help="write every row's outcome as JSON")
    ap.add_argument("--compare", help="an earlier --out file: print the rows that moved")
    ap.add_argument("--show", help="print the rows of one outcome, e.g. actor:wrong or speaker:changed_from_wrong")
    args = ap.parse_args(argv)
    results = run(load_rows(args.labels, args.names), Path(args.shared), Path(args.cache) if args.cache else None)
    if args.out:
        Path(args.out).write_text(json.dumps(results, ensure_ascii=False), encoding="utf-8")
    if args.compare:
        compare(json.loads(Path(args.compare).read_text(encoding="utf-8")), results)
    if args.show:
        what, kind = args.show.split(":")
        for r in results:
            if r[what] == kind:
                print(f"{r['id']}\t{r['doc']}\t{r['quote']}\t{r.get(what + '0')!r} -> {r.get(what + '1')!r}")
    print(json.dumps(summary(results), indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
