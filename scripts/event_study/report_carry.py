"""Does a report carry an event of its speaker? The report gate measured on that question (issue 9, session 34).

    python scripts/event_study/report_carry.py [--rows /tmp/H1/rows/gate_rows.pkl] [--C 0.1 0.3 1]
        [--predicates | --types | --halves PREFIX --lift 0.5 0.6]

Session 33's gate (report_gate.py) learned "is this verb of saying the labelled trigger", which the label batches
answer in two conventions (older ones put the trigger on the reported predicate, batch l on the cue). Here the label
is the one a gate needs: **the report carries a labelled event whose source is its speaker**, anywhere in what it
reports ("Lund said the council must resign" carries a REQUEST of Lund's whether its trigger is "said ... resign" or
"must resign"; "Lund said Osei attacked the mayor" carries none of Lund's). It is derived for every report candidate
(a verb candidate whose lemma is a reporting cue) from the labelled events of its sentence: an event whose trigger lies
in the cue or what it reports and whose source overlaps the cue's subject (with no subject, an event whose trigger
covers the cue). Batch m (labels_m.jsonl, never trained on here) also states it per report, so the derivation is
checked against the labeller's own reading there, and every batch-m figure uses the stated label.

Rows: report_gate_cv.build (one parse of train_events' training sentences, batch l and batch m; cached at --rows).
Inputs of a gate: the first stage's log odds of an event at the cue, optionally the strongest first-stage event
reading among the candidates of what it reports ("clause"), and the session-33 sparse features. Training folds:
train_events' 4 document folds with held-out first-stage readings; batch l and m read by the packaged model, the
gate fitted on every training report candidate. --predicates: the reported predicates' event-or-not with the
carries gate's reading of their cue as an input; --types: which type a carrying report carries; --halves: the lead's
half models with a `carry_gate` (report_gate.py) for role_eval. Training data only, never evaluation data.
"""
from __future__ import annotations

import argparse
import json
import math
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT / "scripts/event_study"))

NONE = "NONE"


def occurrences(text: str, words: str) -> list[tuple[int, int]]:
    """Character spans of `words` in `text` as whole words."""
    if not words:
        return []
    return [m.span() for m in re.finditer(r"(?<!\w)" + re.escape(words) + r"(?!\w)", text)]


def _overlap(a, b) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def carried(at: dict, text: str, events: list[dict]) -> dict | None:
    """The first labelled event that lies in the report (its trigger in the cue or what the cue reports) with the
    cue's speaker as source (its source overlapping the subject); with no subject, one whose trigger covers the cue."""
    for ev in events:
        trig = [sp for sp in occurrences(text, ev["trigger"]) if _overlap(sp, at["cue"]) or _overlap(sp, at["said"])]
        if at["spk"] is None:
            if any(_overlap(sp, at["cue"]) for sp in trig):
                return ev
        elif trig and any(_overlap(sp, at["spk"]) for sp in occurrences(text, ev["source"])):
            return ev
    return None


def carries(at: dict, text: str, events: list[dict]) -> int:
    """1 when the report carries a labelled event of its speaker (`carried`), else 0."""
    return int(carried(at, text, events) is not None)


def stated(at: dict, text: str, report: dict | None) -> int | None:
    """Batch m's own reading of this candidate: its `carries` when the candidate is the labelled report's cue."""
    if not report or not any(_overlap(sp, at["cue"]) for sp in occurrences(text, report["cue"])):
        return None
    return int(report["carries"])


def _logit(p: float) -> float:
    p = min(1 - 1e-6, max(1e-6, p))
    return math.log(p / (1 - p))


def clause_reading(rows: dict, readings: dict) -> dict[int, float]:
    """Report candidate -> the strongest first-stage event probability among the other candidates of its sentence
    that lie in what it reports (0 when none does)."""
    by_sent = defaultdict(list)
    for i, k in enumerate(rows["kinds"]):
        if i in readings:
            by_sent[k].append(i)
    out = {}
    for i, ex in enumerate(rows["extras"]):
        if "at" not in ex or i not in readings:
            continue
        lo, hi = ex["at"]["said"]
        inside = [j for j in by_sent[rows["kinds"][i]] if j != i and lo <= rows["extras"][j]["idx"] < hi]
        out[i] = max((1 - readings[j][2].get(NONE, 0.0) for j in inside), default=0.0)
    return out


def design(rows, idx, readings, clause, views, vec=None):
    import scipy.sparse as sp
    from sklearn.feature_extraction import DictVectorizer
    ex = rows["extras"]
    dicts = [{k: 1 for k in ex[i]["gate"]} if "sparse" in views else {} for i in idx]
    if vec is None:
        vec = DictVectorizer().fit(dicts + [{"_": 1}])
    dense = [[_logit(1 - readings[i][2].get(NONE, 0.0))] + ([_logit(clause[i])] if "clause" in views else [])
             for i in idx]
    return sp.hstack([sp.csr_matrix(np.array(dense)), vec.transform(dicts)]).tocsr(), vec


def fit(rows, idx, labels, readings, clause, views, C):
    from sklearn.linear_model import LogisticRegression
    Xg, vec = design(rows, idx, readings, clause, views)
    clf = LogisticRegression(C=C, max_iter=2000).fit(Xg, [labels[i] for i in idx],
                                                     sample_weight=[rows["w"][i] for i in idx])
    return clf, vec


def scores(rows, idx, readings, clause, views, model) -> list[float]:
    clf, vec = model
    return list(clf.predict_proba(design(rows, idx, readings, clause, views, vec)[0])[:, 1])


def binary(labels: list[int], qs: list[float]) -> dict:
    from sklearn.metrics import average_precision_score, log_loss, roc_auc_score
    return {"n": len(labels), "carry": int(sum(labels)), "auc": round(roc_auc_score(labels, qs), 4),
            "ap": round(average_precision_score(labels, qs), 4),
            "log_loss": round(log_loss(labels, np.clip(qs, 1e-6, 1 - 1e-6)), 4)}


def packaged_readings(rows: dict, model: dict) -> dict:
    from dateline.extract.events.learned import score
    out = {}
    for i, x in enumerate(rows["X"]):
        probs = score(model, x)
        best = max((k for k in probs if k != NONE), key=probs.get)
        out[i] = (best, probs[best], probs)
    return out


def labelled(rows: dict, reports: dict | None = None) -> tuple[list[int], dict, dict]:
    """(report candidates, derived carries label, batch m's stated label where it has one) of a rows set."""
    sents = {s["id"]: s for s in rows["hand"]}
    idx, derived, told = [], {}, {}
    for i, ex in enumerate(rows["extras"]):
        s = sents.get(rows["kinds"][i])
        if "at" not in ex or s is None:
            continue
        idx.append(i)
        derived[i] = carries(ex["at"], s["text"], s["events"])
        if reports is not None:
            said = stated(ex["at"], s["text"], reports.get(s["id"]))
            if said is not None:
                told[i] = said
    return idx, derived, told


VIEWS = (("base",), ("base", "clause"), ("sparse",), ("sparse", "clause"))


def cross_validated(tr, gated, labels, held, clause, fold_of, views, C) -> dict[int, float]:
    """Held-out gate scores of the training report candidates (train_events' document folds)."""
    qs = {}
    for f in sorted(set(fold_of.values())):
        trn = [i for i in gated if fold_of[tr["grp"][i]] != f]
        tst = [i for i in gated if fold_of[tr["grp"][i]] == f]
        model = fit(tr, trn, labels, held, clause, views, C)
        qs.update(zip(tst, scores(tr, tst, held, clause, views, model)))
    return qs


def other_set(rows, name, tr, gated, labels_by, held, clause_tr, shipped, args, reports=None) -> None:
    """Batch l or m read by the packaged model; gates fitted on every training report candidate."""
    readings = packaged_readings(rows, shipped)
    idx, derived, told = labelled(rows, reports)
    clause = clause_reading(rows, readings)
    truth = told if reports is not None else derived
    keep = [i for i in idx if i in truth]
    ys = [truth[i] for i in keep]
    out = {"set": name, "first stage": binary(ys, [1 - readings[i][2].get(NONE, 0.0) for i in keep]),
           "clause alone": binary(ys, [clause[i] for i in keep])}
    if reports is not None:
        both = [i for i in keep]
        out["derived vs stated"] = {"n": len(both), "agree": sum(derived[i] == told[i] for i in both),
                                    "stated 1 derived 0": sum(told[i] > derived[i] for i in both),
                                    "stated 0 derived 1": sum(told[i] < derived[i] for i in both)}
        out["other cue candidates"] = {"n": len(idx) - len(keep), "derived carry": sum(derived[i] for i in idx
                                                                                       if i not in truth)}
    print(json.dumps(out))
    for label_name, labels in labels_by.items():
        for views in VIEWS:
            for c in args.C:
                model = fit(tr, gated, labels, held, clause_tr, views, c)
                qs = scores(rows, keep, readings, clause, views, model)
                print(json.dumps({"set": name, "fitted on": label_name, "views": "+".join(views), "C": c,
                                  **binary(ys, qs)}))
    sys.stdout.flush()


def cue_of(rows: dict, idx: list[int]) -> dict[int, int]:
    """Reported predicate -> the report candidate of its sentence whose reported words hold it (its `cue=` lemma;
    the narrowest such report when several do)."""
    by_sent = defaultdict(list)
    for i, ex in enumerate(rows["extras"]):
        if "at" in ex:
            by_sent[rows["kinds"][i]].append(i)
    out = {}
    for i in idx:
        ex = rows["extras"][i]
        lemma = next(f[4:] for f in ex["pgate"] if f.startswith("cue="))
        found = [j for j in by_sent[rows["kinds"][i]] if rows["extras"][j]["lemma"] == lemma
                 and rows["extras"][j]["at"]["said"][0] <= ex["idx"] < rows["extras"][j]["at"]["said"][1]]
        if found:
            out[i] = min(found, key=lambda j: rows["extras"][j]["at"]["said"][1] - rows["extras"][j]["at"]["said"][0])
    return out


def pred_design(rows, idx, readings, carry, views, vec=None):
    """Inputs of the reported-predicate decision: its first-stage log odds, optionally the carries gate's log odds
    at its cue ("carry") and session 33's predicate features ("sparse")."""
    import scipy.sparse as sp
    from sklearn.feature_extraction import DictVectorizer
    dicts = [{k: 1 for k in rows["extras"][i]["pgate"]} if "sparse" in views else {} for i in idx]
    if vec is None:
        vec = DictVectorizer().fit(dicts + [{"_": 1}])
    dense = [[_logit(1 - readings[i][2].get(NONE, 0.0))] + ([_logit(carry.get(i, 0.5))] if "carry" in views else [])
             for i in idx]
    return sp.hstack([sp.csr_matrix(np.array(dense)), vec.transform(dicts)]).tocsr(), vec


def pred_fit_score(train, test, views, C):
    """Fit the predicate decision on train = (rows, idx, readings, carry), score test (same shape)."""
    from sklearn.linear_model import LogisticRegression
    rows, idx, readings, carry = train
    Xg, vec = pred_design(rows, idx, readings, carry, views)
    clf = LogisticRegression(C=C, max_iter=2000).fit(Xg, [int(rows["y"][i] != NONE) for i in idx],
                                                     sample_weight=[rows["w"][i] for i in idx])
    trows, tidx, treadings, tcarry = test
    return list(clf.predict_proba(pred_design(trows, tidx, treadings, tcarry, views, vec)[0])[:, 1])


PRED_VIEWS = (("base",), ("base", "carry"), ("sparse",), ("sparse", "carry"))


def predicate_study(rows, tr, gated, derived, held, fold_of, shipped, C) -> None:
    """The reported predicates' event-or-not (labels consistent across batches: every convention's trigger covers
    the predicate), with the carries gate's reading of their cue as an input; held out as the cue study."""
    cue_views = ("sparse",)
    qs = cross_validated(tr, gated, derived, held, {}, fold_of, cue_views, C)
    pg = [i for i in range(len(tr["y"])) if "pgate" in tr["extras"][i] and i in held]
    cues = cue_of(tr, pg)
    carry = {i: qs[j] for i, j in cues.items() if j in qs}
    ys = [int(tr["y"][i] != NONE) for i in pg]
    out = {"set": "train cv predicates", "n": len(pg), "with a cue row": len(carry),
           "first stage": binary(ys, [1 - held[i][2].get(NONE, 0.0) for i in pg])}
    print(json.dumps(out))
    for views in PRED_VIEWS:
        pq = {}
        for f in sorted(set(fold_of.values())):
            trn = [i for i in pg if fold_of[tr["grp"][i]] != f]
            tst = [i for i in pg if fold_of[tr["grp"][i]] == f]
            pq.update(zip(tst, pred_fit_score((tr, trn, held, carry), (tr, tst, held, carry), views, C)))
        print(json.dumps({"set": "train cv predicates", "views": "+".join(views), "C": C,
                          **binary(ys, [pq[i] for i in pg])}))
    cue_model = fit(tr, gated, derived, held, {}, cue_views, C)
    for name in ("m", "l"):
        other = rows[name]
        readings = packaged_readings(other, shipped)
        oidx, _, _ = labelled(other)
        ocarry_q = dict(zip(oidx, scores(other, oidx, readings, {}, cue_views, cue_model)))
        opg = [i for i in range(len(other["y"])) if "pgate" in other["extras"][i]]
        ocarry = {i: ocarry_q[j] for i, j in cue_of(other, opg).items() if j in ocarry_q}
        oys = [int(other["y"][i] != NONE) for i in opg]
        print(json.dumps({"set": f"{name} predicates", "n": len(opg), "with a cue row": len(ocarry),
                          "first stage": binary(oys, [1 - readings[i][2].get(NONE, 0.0) for i in opg])}))
        for views in PRED_VIEWS:
            pq = pred_fit_score((tr, pg, held, carry), (other, opg, readings, ocarry), views, C)
            print(json.dumps({"set": f"{name} predicates", "views": "+".join(views), "C": C, **binary(oys, pq)}))
    sys.stdout.flush()


def carry_gate(rows, idx, labels, readings, C) -> dict:
    """A model's `carry_gate` (report_gate.py, kind "carry") fitted on report candidates `idx` with their held-out
    first-stage readings; its `lift` is set by the caller."""
    from report_gate_cv import cue_classes
    classes = cue_classes()
    clf, vec = fit(rows, idx, labels, readings, {}, ("sparse",), C)
    coef = clf.coef_[0]
    weights = {n: round(float(v), 4) for n, v in zip(vec.feature_names_, coef[1:]) if abs(v) >= 1e-4 and n != "_"}
    return {"kind": "carry", "lemmas": {lem: classes[lem] for lem in sorted({rows["extras"][i]["lemma"] for i in idx})},
            "base": round(float(coef[0]), 4), "bias": round(float(clf.intercept_[0]), 4), "weights": weights, "C": C,
            "rows": len(idx)}


def write_halves(te, tr, derived, held, firsts, prefix, settings, C, lifts) -> None:
    """PREFIX{lift}_{0,1,all}.json: each half model (and the packaged one) with a carries gate fitted on the report
    candidates of its own training documents, their first-stage readings held out by 4 inner document folds."""
    Cm, folds, seed = settings
    X, y, w, grp, kinds = tr["X"], tr["y"], tr["w"], tr["grp"], tr["kinds"]
    for half, first in ((0, firsts[0]), (1, firsts[1]), ("all", str(te.OUT))):
        if half == "all":
            stage_held = held
        else:
            keep = te.rows_without_half(grp, kinds, half)
            _, local = te._held_out([X[i] for i in keep], [y[i] for i in keep], [w[i] for i in keep],
                                    [grp[i] for i in keep], [kinds[i] for i in keep], Cm, folds, seed)
            stage_held = {keep[j]: v for j, v in local.items()}
        idx = [i for i in derived if i in stage_held]
        gate = carry_gate(tr, idx, derived, stage_held, C)
        for lift in lifts:
            model = json.loads(Path(first).read_text(encoding="utf-8"))
            model["carry_gate"] = dict(gate, lift=lift)
            out = f"{prefix}{lift}_{half}.json"
            Path(out).write_text(json.dumps(model, separators=(",", ":"), sort_keys=True) + "\n")
            print(f"{out}: carries gate on {len(idx)} report candidates", file=sys.stderr)


def type_study(tr, held, fold_of, Cs) -> None:
    """Which type does a report that carries an event carry? On the training reports that carry (4 document folds;
    the carried event's type or one of its `also` types counts right): the candidate model's top type at the cue, at
    the report's strongest candidate (the cue or a candidate it reports), and a multinomial logistic regression over
    the gate's features, the cue's type shares and that strongest candidate's type."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    sents, by_sent = {s["id"]: s for s in tr["hand"]}, defaultdict(list)
    for i in held:
        by_sent[tr["kinds"][i]].append(i)
    top = {i: max((c for c in held[i][2] if c != NONE), key=held[i][2].get) for i in held}
    idx, lab, strongest = [], {}, {}
    for i, ex in enumerate(tr["extras"]):
        s = sents.get(tr["kinds"][i])
        ev = carried(ex["at"], s["text"], s["events"]) if "at" in ex and i in held and s else None
        if ev is None:
            continue
        idx.append(i)
        lab[i] = (ev["type"], {ev["type"], *ev["also"]})
        lo, hi = ex["at"]["said"]
        inside = [j for j in by_sent[tr["kinds"][i]] if lo <= tr["extras"][j]["idx"] < hi] + [i]
        strongest[i] = top[max(inside, key=lambda j: 1 - held[j][2].get(NONE, 0.0))]

    def feats(i):
        odds = 1 - held[i][2].get(NONE, 0.0)
        return {**{k: 1 for k in tr["extras"][i]["gate"]}, f"in={strongest[i]}": 1,
                **{f"cue:{c}": p / max(1e-9, odds) for c, p in held[i][2].items() if c != NONE}}
    out = {"reports that carry": len(idx), "types": dict(Counter(lab[i][0] for i in idx).most_common(6)),
           "cue's top type": round(sum(top[i] in lab[i][1] for i in idx) / len(idx), 4),
           "strongest candidate's top type": round(sum(strongest[i] in lab[i][1] for i in idx) / len(idx), 4)}
    for c in Cs:
        right = 0
        for f in sorted(set(fold_of.values())):
            trn = [i for i in idx if fold_of[tr["grp"][i]] != f]
            tst = [i for i in idx if fold_of[tr["grp"][i]] == f]
            vec = DictVectorizer().fit([feats(i) for i in trn])
            clf = LogisticRegression(C=c, max_iter=3000).fit(vec.transform([feats(i) for i in trn]),
                                                             [lab[i][0] for i in trn])
            right += sum(p in lab[i][1] for p, i in zip(clf.predict(vec.transform([feats(i) for i in tst])), tst))
        out[f"typed report decision C {c}"] = round(right / len(idx), 4)
    print(json.dumps(out))


def main() -> None:
    import pickle
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--rows", default="/tmp/H1/rows/gate_rows.pkl")
    ap.add_argument("--C", type=float, nargs="+", default=[0.1, 0.3, 1.0])
    ap.add_argument("--predicates", action="store_true", help="only the reported-predicate study (first --C)")
    ap.add_argument("--types", action="store_true", help="only the study of which type a carrying report carries")
    ap.add_argument("--halves", metavar="PREFIX", help="write the half models with a carries gate (first --C) and stop")
    ap.add_argument("--lift", type=float, nargs="+", default=[0.5], help="with --halves: the gates' lift thresholds")
    ap.add_argument("--first", nargs=2, default=["/work/coord/s34/m/cand_wo0.json", "/work/coord/s34/m/cand_wo1.json"])
    args = ap.parse_args()
    import report_gate_cv as rg
    import train_events as te
    from reported_cv import held_out_cached
    manifest = json.loads(te.MANIFEST.read_text(encoding="utf-8"))
    path = Path(args.rows)
    rows = pickle.loads(path.read_bytes()) if path.exists() else rg.build(Path(args.shared), manifest, path, True, True)
    tr = rows["train"]
    settings = (manifest.get("C", 1.0), manifest.get("folds", 4), manifest.get("seed", 13))
    hand_idx, held, fold_of = held_out_cached(te, path, (tr["X"], tr["y"], tr["w"], tr["grp"], tr["kinds"]), settings)
    gated, derived, _ = labelled(tr)
    gated = [i for i in gated if i in held]
    trigger = {i: int(tr["y"][i] != NONE) for i in gated}
    clause_tr = clause_reading(tr, held)
    print(json.dumps({"training report candidates": len(gated), "carry (derived)": sum(derived[i] for i in gated),
                      "cue is a labelled trigger": sum(trigger.values()),
                      "both": sum(derived[i] and trigger[i] for i in gated)}))
    if args.types:
        type_study(tr, held, fold_of, args.C)
        return
    if args.halves:
        write_halves(te, tr, {i: derived[i] for i in gated}, held, args.first, args.halves, settings, args.C[0],
                     args.lift)
        return
    shipped = json.loads(te.OUT.read_text(encoding="utf-8"))
    if args.predicates:
        predicate_study(rows, tr, gated, derived, held, fold_of, shipped, args.C[0])
        return
    ys = [derived[i] for i in gated]
    print(json.dumps({"set": "train cv", "first stage": binary(ys, [1 - held[i][2].get(NONE, 0.0) for i in gated]),
                      "clause alone": binary(ys, [clause_tr[i] for i in gated])}))
    labels_by = {"carries": derived, "trigger": trigger}
    for label_name, labels in labels_by.items():
        for views in VIEWS:
            for c in args.C:
                qs = cross_validated(tr, gated, labels, held, clause_tr, fold_of, views, c)
                print(json.dumps({"set": "train cv", "fitted on": label_name, "views": "+".join(views), "C": c,
                                  **binary(ys, [qs[i] for i in gated])}))
        sys.stdout.flush()
    reports = {}
    for line in (ROOT / "training/events/labels_m.jsonl").read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        if rec.get("report"):
            reports[rec["id"]] = rec["report"]
    other_set(rows["m"], "m (stated)", tr, gated, labels_by, held, clause_tr, shipped, args, reports)
    other_set(rows["l"], "l (derived)", tr, gated, labels_by, held, clause_tr, shipped, args)


if __name__ == "__main__":
    main()
