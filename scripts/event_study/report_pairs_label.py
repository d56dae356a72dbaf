"""Draw report pairs to label and show them WITHOUT the merge step's decision (issue 9, session 37).

    python scripts/event_study/report_pairs_label.py sample PAIRS.jsonl -o SAMPLE.jsonl      # stratified draw
    python scripts/event_study/report_pairs_label.py show SAMPLE.jsonl [--from K] [--to K]  # what the labeller reads
    python scripts/event_study/report_pairs_label.py freeze SAMPLE.jsonl LABELS.txt OUT.jsonl  # join; OUT + .sha1

The draw is stratified by sentence distance (same sentence, next, 2-3 apart, 4 or more), by the merge step's
decision (merged or not) and by whether the readings share a participant or trigger lemma (`QUOTA`, seed 37), then
shuffled, so the labeller cannot read the
decision from the order. `show` prints the type, both sentences with the triggers marked [[...]], each reading's rule,
initiator and target, and nothing of the merge step's checks or decision. LABELS.txt has one line per pair,
"K LABEL [note]", LABEL one of: same (one real-world act), diff (two acts), none (one report tells no act of this
type at all, so "same act?" has no answer).
"""
from __future__ import annotations

import argparse
import hashlib
import json
import random
from pathlib import Path

BUCKETS = ("0", "1", "2-3", "4+")


def bucket(dist: int) -> str:
    return "0" if dist == 0 else "1" if dist == 1 else "2-3" if dist <= 3 else "4+"


def shares(r: dict) -> bool:
    """Do the two readings name a participant in common, or have one trigger lemma?"""
    a, b = r["a"], r["b"]
    return bool(set(a["source"] + a["target"] + a["others"]) & set(b["source"] + b["target"] + b["others"])) \
        or r["same_lemma"]


def stratum(r: dict) -> str:
    return f"{bucket(r['sent_dist'])}|{'merged' if r['merged'] else 'apart'}|{'shares' if shares(r) else 'nothing'}"


# pairs per stratum: every merge stratum alike; pairs kept apart that share a participant or lemma (where a wrong
# split would hide); a few kept apart that share nothing (the merge step's easy case)
QUOTA = {"merged|shares": 34, "merged|nothing": 4, "apart|shares": 33, "apart|nothing": 4}


def sample(rows: list[dict], seed: int = 37) -> list[dict]:
    """A stratified draw; each pair carries its stratum and weight (pairs in the stratum / pairs drawn)."""
    rng = random.Random(seed)
    strata: dict[str, list] = {}
    for r in rows:
        strata.setdefault(stratum(r), []).append(r)
    picked = []
    for k in sorted(strata):
        group = strata[k]
        rng.shuffle(group)
        take = group[:QUOTA[k.split("|", 1)[1]]]
        picked += [{**r, "stratum": k, "weight": round(len(group) / len(take), 3)} for r in take]
    rng.shuffle(picked)
    return picked


def marked(r: dict) -> str:
    s, i, t = r["sentence"], r["trigger_char"], r["trigger"]
    return s[:i] + "[[" + s[i:i + len(t)] + "]]" + s[i + len(t):]


def show(rows: list[dict], lo: int, hi: int) -> None:
    for k, r in enumerate(rows):
        if not lo <= k < hi:
            continue
        a, b = r["a"], r["b"]
        print(f"#{k} {r['type']} dist={r['sent_dist']} ({r['doc'][:50]})")
        for tag, x in (("A", a), ("B", b)):
            roles = f"{x['source']} -> {x['target']}" + (f" +{x['others']}" if x["others"] else "")
            print(f"  {tag} {x['modality'][:4]} {x['rule']}: {roles}")
        if r["sent_dist"] == 0:
            print("  S:", marked(b) if b["trigger_char"] > a["trigger_char"] else marked(a),
                  "| other trigger:", (a if b["trigger_char"] > a["trigger_char"] else b)["trigger"])
        else:
            print("  A:", marked(a))
            print("  B:", marked(b))
        print()


def freeze(rows: list[dict], labels: Path, out: Path) -> None:
    got = {}
    for line in labels.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            k, lab, *note = line.split(maxsplit=2)
            got[int(k)] = (lab, note[0] if note else "")
    with out.open("w", encoding="utf-8") as fh:
        for k, r in enumerate(rows):
            if k in got:
                fh.write(json.dumps({**r, "label": got[k][0], "note": got[k][1]}, ensure_ascii=False) + "\n")
    digest = hashlib.sha1(out.read_bytes()).hexdigest()
    out.with_suffix(out.suffix + ".sha1").write_text(f"{digest}  {out.name}\n", encoding="utf-8")
    print(f"{len(got)} labelled pairs -> {out} (sha1 {digest})")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("cmd", choices=("sample", "show", "freeze"))
    ap.add_argument("path")
    ap.add_argument("extra", nargs="*")
    ap.add_argument("-o", "--out")
    ap.add_argument("--from", dest="lo", type=int, default=0)
    ap.add_argument("--to", dest="hi", type=int, default=10 ** 9)
    args = ap.parse_args(argv)
    rows = [json.loads(x) for x in Path(args.path).read_text(encoding="utf-8").splitlines() if x.strip()]
    if args.cmd == "sample":
        Path(args.out).write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in sample(rows)),
                                  encoding="utf-8")
    elif args.cmd == "show":
        show(rows, args.lo, args.hi)
    else:
        freeze(rows, Path(args.extra[0]), Path(args.extra[1]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
