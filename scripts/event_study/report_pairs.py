"""Every pair of reports the merge step weighs, on the hand-labelled TRAINING documents (issue 9, session 37).

    python scripts/event_study/report_pairs.py --event-models M0 M1 -o /tmp/pairs.jsonl [--limit N]

Runs the documents `role_eval.py` reads (training/events only: PolNeAR train, TR-News, GeoVirus and Wikinews samples
outside seed, dev, validation and blind; held out end to end with the two half models) and records the drafts that
reach `merge.merge_restatements`, before merging changes them. A pair is two drafts of one type with different
triggers (the merge step only ever joins reports of one type). For each pair: both readings (trigger, lemma, rule,
modality, the participants' names, sentence), sentence and token distance, what they share (initiator, target, by the
pipeline's key), the merge step's single checks (`same_event`, `dated_apart`, `read_apart`, told again, anaphoric)
and its decision (`merged`: both reports ended in one event). The decision columns are kept apart from what a
labeller reads (`report_pairs_label.py` shows pairs without them). A pair is named by its two triggers; one trigger
read twice (a "said" judged against two parties) names a pair twice.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.append(str(ROOT / "src"))

SEEN: list[dict] = []  # one entry per merge_restatements call: snapshots of the drafts and the final groups


def snapshot(d, key) -> dict:
    ev = d.event
    return {"trigger_i": d.triggers[0] if d.triggers else None, "sent_start": d.sent_start, "type": ev.type,
            "modality": ev.modality, "rule": ev.rule, "confidence": round(ev.confidence, 3),
            "source": list(ev.source), "target": list(ev.target), "others": list(ev.others),
            "source_key": sorted({key(a) for a in ev.source}), "target_key": sorted({key(a) for a in ev.target}),
            "trigger": ev.trigger.text if ev.trigger else "", "trigger_start": ev.trigger.start if ev.trigger else -1,
            "evidence": [ev.evidence.start, ev.evidence.end], "date": ev.date.value if ev.date else None,
            "date_strength": d.date_strength, "anaphoric": d.anaphoric, "again": d.again}


def install():
    """Wrap assemble's merge_restatements: snapshot its input, record which drafts end in one event."""
    from dateline.extract.events import assemble, merge

    original = assemble.merge_restatements

    def traced(drafts, key=merge._ident, side=merge._ident):
        snaps = [snapshot(d, key) for d in drafts]
        checks = {}
        for i, a in enumerate(drafts):
            for j in range(i + 1, len(drafts)):
                b = drafts[j]
                if a.event.type == b.event.type:
                    checks[(i, j)] = {"same_event": merge.same_event(a.event, b.event, key),
                                      "dated_apart": merge.dated_apart(a, b), "read_apart": merge.read_apart(a, b),
                                      "refers_back": bool(b.anaphoric and merge.refers_back(a.event, b.event))}
        out = original(drafts, key=key, side=side)
        group = {}
        for g, o in enumerate(out):
            for t in o.triggers:
                group.setdefault(t, g)
        SEEN.append({"drafts": snaps, "checks": checks, "group": group})
        return out

    assemble.merge_restatements = traced


def pairs_of(doc_id: str, text: str, ctx, pending: dict, labelled: list[dict]) -> list[dict]:
    names = {a.id: a.name for a in ctx.actors}
    names.update({k: getattr(v, "name", k) for k, v in pending.items() if k not in names})
    sents = list(ctx.doc.sents)
    sent_no = {s.start: n for n, s in enumerate(sents)}
    lab_spans = [(s["start"], s["end"], [e["type"] for e in s["events"]]) for s in labelled]
    rows = []
    for call in SEEN:
        ds, group = call["drafts"], call["group"]
        for (i, j), chk in call["checks"].items():
            a, b = ds[i], ds[j]
            if a["trigger_i"] is None or b["trigger_i"] is None or a["trigger_i"] == b["trigger_i"]:
                continue
            sa, sb = ctx.doc[a["sent_start"]].sent, ctx.doc[b["sent_start"]].sent
            row = {"doc": doc_id, "pair": f"{doc_id}#{a['trigger_i']}-{b['trigger_i']}", "type": a["type"],
                   "sent_dist": abs(sent_no[sb.start] - sent_no[sa.start]),
                   "tok_dist": abs(b["trigger_i"] - a["trigger_i"]),
                   "a": reading(a, ctx, names, sa, lab_spans), "b": reading(b, ctx, names, sb, lab_spans),
                   "shared_source": bool(set(a["source_key"]) & set(b["source_key"])),
                   "shared_target": bool(set(a["target_key"]) & set(b["target_key"])),
                   "targets_differ": bool(a["target_key"] and b["target_key"]
                                          and not set(a["target_key"]) & set(b["target_key"])),
                   "same_lemma": ctx.doc[a["trigger_i"]].lemma_.lower() == ctx.doc[b["trigger_i"]].lemma_.lower(),
                   "checks": chk,
                   "merged": group.get(a["trigger_i"]) is not None
                   and group.get(a["trigger_i"]) == group.get(b["trigger_i"])}
            rows.append(row)
    return rows


def reading(r: dict, ctx, names: dict, sent, lab_spans) -> dict:
    tok = ctx.doc[r["trigger_i"]]
    lab = next((types for lo, hi, types in lab_spans if lo <= tok.idx < hi), None)
    return {"trigger": r["trigger"] or tok.text, "lemma": tok.lemma_.lower(), "pos": tok.pos_, "rule": r["rule"],
            "modality": r["modality"], "confidence": r["confidence"], "date": r["date"],
            "date_strength": r["date_strength"], "again": r["again"], "anaphoric": r["anaphoric"],
            "source": [names.get(x, x) for x in r["source"]], "target": [names.get(x, x) for x in r["target"]],
            "others": [names.get(x, x) for x in r["others"]],
            "sentence": sent.text, "trigger_char": tok.idx - sent.start_char,
            "labelled_sentence": lab is not None, "labelled_types": lab or []}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--cache", default="/tmp/dateline_role_eval_cache")
    ap.add_argument("--event-models", nargs=2, required=True)
    ap.add_argument("--limit", type=int)
    ap.add_argument("-o", "--out", required=True)
    args = ap.parse_args(argv)
    import role_eval
    from dateline import nlp
    from dateline.knowledge import load_knowledge
    from dateline.options import Options
    from train_roles import half_of

    options = Options()
    model, knowledge = nlp.load(options.model), load_knowledge(options)
    by_half = role_eval.held_out_knowledge(knowledge, {"model": args.event_models})
    texts = role_eval.DatedTexts(Path(args.shared))
    recorder = role_eval.Recorder()
    recorder.install()
    install()
    n = 0
    with open(args.out, "w", encoding="utf-8") as fh:
        for d in role_eval.labelled_documents(args.limit):
            SEEN.clear()
            text, ctx, _items, pending = role_eval.run_document(d, texts, model, by_half[half_of(d["doc"])], recorder,
                                                                Path(args.cache) if args.cache else None)
            for row in pairs_of(d["doc"], text, ctx, pending, d["sentences"]):
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
                n += 1
    print(f"{n} pairs -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
