"""Score a quote label set (GOLD.md format, quotes only) on its manifest's texts: aggregates only.

    PYTHONPATH=src python eval/quotes/score_set.py eval/quotes/s25 [--shared ../shared] [--json OUT]

Runs the default pipeline on the set's articles (sha256-checked against the manifest) and prints, with the shared
scorer's quote rules (a gold quote is found when one system quote covers half of it; a system quote is right when
half of it lies inside gold quotes, optional ones included; the speaker is judged on the covering quote):
quote precision / recall / F1, speaker accuracy, and the share of found quotes whose speaker the text gives
(every required gold quote has one) that came out with no speaker at all (no actor and no speaker words).
Nothing per quote is printed: a label set is scored once, at the end of a session.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _scorer(shared: Path):
    sys.path.insert(0, str(shared / "eval"))
    import score  # the shared scorer: locate, sys_span, cover, names, norm
    return score


def _tally(sc, rec: dict, gold: dict, t: dict) -> None:
    text = rec["article"].get("text") or ""
    by_id = {a.get("id"): a for a in rec.get("actors") or []}
    gq, sq = gold.get("quotes", []), rec.get("quotes") or []
    taken: set = set()
    gspans = [sc.locate(text, q["text"], taken) for q in gq]
    sspans = [sc.sys_span(text, q) for q in sq]
    for q, gsp in zip(gq, gspans):
        if q.get("optional"):
            continue
        best = max(((sc.cover(gsp, ssp), si) for si, ssp in enumerate(sspans) if ssp and gsp), default=(0, None))
        if best[1] is None or best[0] < 0.5 * (gsp[1] - gsp[0]):
            t["fn"] += 1
            continue
        t["tp"] += 1
        s_ = sq[best[1]]
        if s_.get("speaker") in by_id:
            names = sc.known_names(rec, by_id[s_["speaker"]])
        else:
            words = sc.norm(s_.get("speaker_text"))
            names = [words] if words and len(words.split()) <= sc.MAX_NAME_WORDS else []
        t["speaker_ok"] += int(sc.names_match(names, q["speaker"]))
        if q["speaker"]:
            t["given"] += 1
            t["empty"] += int(not s_.get("speaker") and not (s_.get("speaker_text") or "").strip())
    for ssp in sspans:
        inside, end = 0, ssp[0] if ssp else 0
        for gs, ge in sorted(g for g in gspans if g and ssp and sc.cover(ssp, g)):
            gs, ge = max(gs, end), min(ge, ssp[1])
            if ge > gs:
                inside, end = inside + ge - gs, ge
        t["sys"] += 1
        t["sys_ok"] += int(bool(ssp) and inside >= 0.5 * (ssp[1] - ssp[0]))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("set", help="label set folder: manifest.json + gold/*.gold.json")
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--json", help="write the figures here too")
    args = ap.parse_args(argv)
    from dateline.evaluate.runner import blind_set, evaluate_sets
    from dateline.options import Options

    sc = _scorer(Path(args.shared))
    labels = blind_set(args.set, args.shared)
    run = evaluate_sets([labels], Options())
    if run.errors:
        print("articles failed:", *run.errors, sep="\n  ", file=sys.stderr)
    t = dict.fromkeys(("tp", "fn", "sys", "sys_ok", "speaker_ok", "given", "empty"), 0)
    for rec in run.records:
        _tally(sc, rec, labels.gold[rec["article"]["id"]], t)
    p = t["sys_ok"] / t["sys"] if t["sys"] else 0.0
    r = t["tp"] / (t["tp"] + t["fn"]) if t["tp"] + t["fn"] else 0.0
    out = {"articles": len(run.records), "system_quotes": t["sys"], "precision": round(p, 3), "recall": round(r, 3),
           "f1": round(2 * p * r / (p + r), 3) if p + r else 0.0,
           "speaker_acc": round(t["speaker_ok"] / t["tp"], 3) if t["tp"] else None,
           "empty_speaker": round(t["empty"] / t["given"], 3) if t["given"] else None, "counts": t}
    print(json.dumps(out, indent=1))
    if args.json:
        Path(args.json).write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
