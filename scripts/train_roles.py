"""Train the learned role filler (src/dateline/extract/events/role_model.py) on the hand-labelled training sentences.

    python scripts/train_roles.py                 # held-out figures (folds by document), then the packaged model
    python scripts/train_roles.py --cv-only       # held-out figures only
    python scripts/train_roles.py --half 0 -o /tmp/roles_half0.json   # trained on one half of the documents
                                                  # (score the other half: role_eval.py --half 1 --role-model ...)

Examples: every candidate of the events stage (the whole pipeline on each document of training/events/, as
scripts/role_eval.py runs it, with no role model) whose trigger overlaps a labelled event of its type; each
actor named in the candidate's sentence is one example, labelled "source" or "target" when it matches the
labelled role (role_eval's Judge) and "none" otherwise. A multinomial logistic regression over the features
of `role_model.features`. A role's threshold is the lowest probability at which the held-out picks for
candidates whose rules left that role empty are right at least --min-precision of the time, where a pick for
an event whose label leaves the role empty counts as wrong. Only the roles in --roles get one (default: the
target; measured end to end with role_eval.py on one half of the documents, the model trained on the other:
filling targets added 65 events of which 34 fully right, filling sources 58 of which 9).
"""
from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.append(str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))

import role_eval as RE  # noqa: E402
from train_speech import _fit, linear_weights  # noqa: E402

OUT = ROOT / "src/dateline/knowledge/data/events/role_model.json"
ROLES = ("source", "target")


def half_of(doc: str) -> int:
    """A stable split of documents into two halves (by a hash of the name, not its order)."""
    import hashlib
    return hashlib.sha1(doc.encode()).digest()[0] % 2


def examples(shared: Path, cache: Path | None, limit: int | None) -> list[dict]:
    """One item per labelled candidate: {doc, rule_empty: {role: bool}, label_has: {role: bool},
    fillers: [(features, label)]}."""
    from dateline import nlp
    from dateline.extract.events import role_model
    from dateline.knowledge import load_knowledge
    from dateline.options import Options

    options = Options()
    knowledge = load_knowledge(options)
    knowledge = replace(knowledge, events=replace(knowledge.events, role_model=None))
    model, texts, recorder = nlp.load(options.model), RE.DatedTexts(shared), RE.Recorder()
    recorder.install()
    items = []
    for d in RE.labelled_documents(limit):
        text, ctx, recorded, pending = RE.run_document(d, texts, model, knowledge, recorder, cache)
        judge, quote_of = RE.Judge(text, ctx, pending), role_model.quote_lookup(ctx)
        for s in d["sentences"]:
            s0 = RE.locate_sentence(text, s["text"], s["start"])
            if s0 is None:
                continue
            s1 = s0 + len(s["text"])
            for lab in s["events"]:
                trig = RE.locate(text, lab["trigger"], s0, s1, s0)
                if trig is None or not (s0 <= trig[0] < s1):
                    continue
                hit = next(((c, r) for c, r in recorded if RE.type_ok(c.type, lab)
                            and RE._overlaps(trig, c.trigger.idx, c.trigger.idx + len(c.trigger.text))), None)
                if hit is None:
                    continue
                cand, roles = hit
                spans = {k: RE.locate(text, lab.get(k) or "", s0, s1, trig[0]) for k in ROLES}
                rows = []
                for fl in role_model.fillers(cand, recorder.finder):
                    label = next((k for k in ROLES if (lab.get(k) or "").strip()
                                  and judge.matches(fl.aid, spans[k], lab[k])), "none")
                    rows.append((role_model.features(cand, fl, recorder.finder, quote_of), label))
                items.append({"doc": d["doc"], "fillers": rows,
                              "rule_empty": {"source": not roles.source, "target": not (roles.target or roles.others)},
                              "label_has": {k: bool((lab.get(k) or "").strip()) for k in ROLES}})
    return items


def flatten(items: list[dict], keep) -> tuple[list, list]:
    X, y = [], []
    for it in items:
        if keep(it):
            for f, label in it["fillers"]:
                X.append(f)
                y.append(label)
    return X, y


def held_out(items: list[dict], C: float, folds: int, seed: int) -> list[list[dict]]:
    """Per item, each filler's class probabilities from a model that never saw the item's document."""
    docs = sorted({it["doc"] for it in items})
    random.Random(seed).shuffle(docs)
    fold_of = {d: n % folds for n, d in enumerate(docs)}
    out: list = [None] * len(items)
    for f in range(folds):
        vec, clf = _fit(*flatten(items, lambda it: fold_of[it["doc"]] != f), C)
        for n, it in enumerate(items):
            if fold_of[it["doc"]] == f:
                rows = [{k: 1 for k in feats} for feats, _ in it["fillers"]]
                probs = clf.predict_proba(vec.transform(rows)) if rows else []
                out[n] = [dict(zip(clf.classes_, map(float, p))) for p in probs]
    return out


def curve(items: list[dict], probs: list, role: str) -> list[dict]:
    """For candidates whose rules left `role` empty: held-out picks by threshold, right / wrong."""
    rows = []
    need = sum(1 for it in items if it["rule_empty"][role] and it["label_has"][role])
    for thr in [x / 20 for x in range(4, 20)]:
        right = wrong = 0
        for it, ps in zip(items, probs):
            if not it["rule_empty"][role]:
                continue
            options = [(p.get(role, 0.0), label) for p, (_, label) in zip(ps, it["fillers"]) if p.get(role, 0.0) == max(p.values())]
            if not options:
                continue
            prob, label = max(options)
            if prob >= thr:
                right += label == role
                wrong += label != role
        prec = right / (right + wrong) if right + wrong else 0.0
        rows.append({"threshold": thr, "picks": right + wrong, "right": right, "precision": round(prec, 3),
                     "recall_of_empty": round(right / need, 3) if need else 0.0})
    return rows


def export(vec, clf, thresholds: dict, report: dict) -> dict:
    classes = list(clf.classes_)
    weights = linear_weights(vec, clf.coef_, len(classes))
    return {"about": "Learned role filler (scripts/train_roles.py): multinomial logistic regression scoring each actor "
                     "named in a candidate's sentence as the event's source, target or neither.",
            "classes": classes, "intercept": [round(float(v), 4) for v in clf.intercept_],
            "thresholds": thresholds, "report": report, "weights": dict(sorted(weights.items()))}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--cache", default="/tmp/dateline_role_eval_cache", help="parse cache directory ('' = none)")
    ap.add_argument("--limit", type=int)
    ap.add_argument("--C", type=float, default=0.2)
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--min-precision", type=float, default=0.5)
    ap.add_argument("--roles", default="target", help="the roles the model may fill (comma-separated); source "
                    "filling is off by default: on held-out halves of the documents it added 58 events, 9 fully right")
    ap.add_argument("--half", type=int, choices=(0, 1), help="train on this half of the documents only")
    ap.add_argument("--cv-only", action="store_true")
    ap.add_argument("-o", "--out", default=str(OUT))
    args = ap.parse_args(argv)
    items = examples(Path(args.shared), Path(args.cache) if args.cache else None, args.limit)
    if args.half is not None:
        items = [it for it in items if half_of(it["doc"]) == args.half]
    print(f"{len(items)} labelled candidates, {sum(len(it['fillers']) for it in items)} fillers, "
          f"labels {dict(Counter(label for it in items for _, label in it['fillers']))}")
    probs = held_out(items, args.C, args.folds, args.seed)
    thresholds, report = {}, {"candidates": len(items), "documents": len({it['doc'] for it in items}), "C": args.C}
    for role in ROLES:
        rows = curve(items, probs, role)
        for r in rows:
            print(f"  {role:6} threshold {r['threshold']:.2f}: {r['picks']:4d} picks, {r['right']:4d} right, "
                  f"P {r['precision']:.3f}, recall of empty {r['recall_of_empty']:.3f}")
        ok = [r for r in rows if r["precision"] >= args.min_precision and r["picks"]]
        chosen = min(ok, key=lambda r: r["threshold"]) if ok else rows[-1]
        thresholds[role] = chosen["threshold"] if role in args.roles.split(",") else None
        report[role] = {"held_out": chosen, "curve": rows}
        print(f"{role}: threshold {chosen['threshold']:.2f} (held-out P {chosen['precision']}, {chosen['right']} right)")
    if args.cv_only:
        return 0
    vec, clf = _fit(*flatten(items, lambda it: True), args.C)
    out = Path(args.out)
    out.write_text(json.dumps(export(vec, clf, thresholds, report), ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"wrote {out} ({out.stat().st_size // 1024} KB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
