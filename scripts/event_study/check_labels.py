"""Check a hand-labelled events file against its sentences and the PLOVER codebook (issue 9, session 32).

    python scripts/event_study/check_labels.py training/events/labels_l.jsonl [--counts]

Every line must be {"id", "events": [...], "uncertain": bool}, optionally with "report": {"cue", "speaker", "carries"}
(batch m: the sentence's reporting verb and who speaks, both substrings, and whether the report carries a labelled
event whose source is the speaker); the ids must be the references of training/events/sentences.jsonl from the
file's first id on, in that order, each once and none skipped (a batch is one contiguous run of references); each
sentence is re-read from ../shared and must match its sha1. Each event needs a codebook type, a mode the codebook
lists for that type (or ""), `also` types from the codebook other than its own type, a modality (asserted, intended,
hypothetical, negated), a non-empty trigger and a source and a target (may be empty) that are exact substrings of
the sentence. Exits 1 with one line per problem; --counts prints the file's
counts by type, mode and modality.
"""
from __future__ import annotations

import argparse
import csv
import hashlib
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

MODALITIES = ("asserted", "intended", "hypothetical", "negated")
KEYS = {"type", "mode", "also", "trigger", "source", "target", "modality"}
REPORT_KEYS = {"cue", "speaker", "carries"}


def codebook(shared: Path) -> dict[str, set[str]]:
    """PLOVER type -> its modes (the empty mode always allowed)."""
    modes: dict[str, set[str]] = {}
    with (shared / "data/plover/plover_codebook.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            modes.setdefault(row["event"].strip(), {""}).add(row["mode"].strip())
    return modes


def event_problems(ev: dict, text: str, modes: dict[str, set[str]]) -> list[str]:
    """What is wrong with one labelled event of a sentence (an empty list when nothing is)."""
    out = []
    if set(ev) != KEYS:
        out.append(f"keys {sorted(ev)} (want {sorted(KEYS)})")
        return out
    if ev["type"] not in modes:
        out.append(f"type {ev['type']!r} not in the codebook")
    elif ev["mode"] not in modes[ev["type"]]:
        out.append(f"mode {ev['mode']!r} not a codebook mode of {ev['type']}")
    bad_also = [a for a in ev["also"] if a not in modes or a == ev["type"]]
    if not isinstance(ev["also"], list) or bad_also:
        out.append(f"also {ev['also']!r}")
    if ev["modality"] not in MODALITIES:
        out.append(f"modality {ev['modality']!r}")
    if not ev["trigger"]:
        out.append("empty trigger")
    for role in ("trigger", "source", "target"):
        if ev[role] and ev[role] not in text:
            out.append(f"{role} {ev[role]!r} is not in the sentence")
    return out


def references(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def check(labels: list[dict], refs: list[dict], texts, modes: dict[str, set[str]]) -> list[str]:
    """Problems of a labels file (its records in order) against the references and the codebook."""
    if not labels:
        return ["no labelled sentence"]
    at = {r["id"]: i for i, r in enumerate(refs)}
    first = labels[0].get("id")
    if first not in at:
        return [f"{first}: not in sentences.jsonl"]
    problems = []
    for k, rec in enumerate(labels):
        want = refs[at[first] + k]["id"] if at[first] + k < len(refs) else None
        if rec.get("id") != want:
            problems.append(f"line {k + 1}: id {rec.get('id')!r}, expected {want!r} (ids in sentences.jsonl order)")
            continue
        if set(rec) - {"report"} != {"id", "events", "uncertain"} or not isinstance(rec["uncertain"], bool):
            problems.append(f"{want}: keys {sorted(rec)} or a non-boolean uncertain")
            continue
        ref = refs[at[first] + k]
        text = texts.get(ref["source"], ref["doc"])[ref["start"]: ref["end"]]
        if hashlib.sha1(text.encode()).hexdigest()[:12] != ref["sha1"]:
            problems.append(f"{want}: the text re-read from ../shared does not match its sha1")
            continue
        for n, ev in enumerate(rec["events"]):
            problems += [f"{want} event {n + 1}: {p}" for p in event_problems(ev, text, modes)]
        if "report" in rec:
            problems += [f"{want} report: {p}" for p in report_problems(rec["report"], text)]
    return problems


def report_problems(rep: dict, text: str) -> list[str]:
    """What is wrong with a sentence's report reading (batch m): {"cue", "speaker", "carries"}, the cue (the
    reporting verb) non-empty, cue and speaker exact substrings of the sentence, carries a boolean (whether the
    report carries a labelled event whose source is the speaker)."""
    if not isinstance(rep, dict) or set(rep) != REPORT_KEYS:
        return [f"keys {sorted(rep) if isinstance(rep, dict) else rep!r} (want {sorted(REPORT_KEYS)})"]
    out = [] if isinstance(rep["carries"], bool) else [f"carries {rep['carries']!r} is not a boolean"]
    if not rep["cue"]:
        out.append("empty cue")
    out += [f"{k} {rep[k]!r} is not in the sentence" for k in ("cue", "speaker") if rep[k] and rep[k] not in text]
    return out


def counts(labels: list[dict]) -> str:
    evs = [e for r in labels for e in r["events"]]
    by_type = Counter(e["type"] for e in evs)
    by_mode = Counter(f"{e['type']} {e['mode']}" for e in evs if e["mode"])
    lines = [f"{len(labels)} sentences, {sum(bool(r['events']) for r in labels)} with events, {len(evs)} events, "
             f"{sum(r['uncertain'] for r in labels)} uncertain",
             "types: " + ", ".join(f"{t} {n}" for t, n in by_type.most_common()),
             "modes: " + ", ".join(f"{t} {n}" for t, n in by_mode.most_common()),
             "modality: " + ", ".join(f"{t} {n}" for t, n in Counter(e["modality"] for e in evs).most_common())]
    reps = [r["report"] for r in labels if "report" in r]
    if reps:
        lines.append(f"reports: {len(reps)}, carrying an event of their speaker {sum(r['carries'] for r in reps)}")
    return "\n".join(lines)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("labels")
    ap.add_argument("--sentences", default=str(ROOT / "training/events/sentences.jsonl"))
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--counts", action="store_true")
    args = ap.parse_args(argv)
    from train_events import Texts
    try:
        labels = references(Path(args.labels))
    except (OSError, ValueError) as err:
        print(f"{args.labels}: cannot read ({err})")
        return 1
    problems = check(labels, references(Path(args.sentences)), Texts(Path(args.shared)), codebook(Path(args.shared)))
    for p in problems:
        print(p)
    if args.counts:
        print(counts(labels))
    print(f"{args.labels}: {len(labels)} sentences, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
