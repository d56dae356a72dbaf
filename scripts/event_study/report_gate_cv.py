"""Is this report an event? The report gate (extract/events/report_gate.py) held out (issue 9, session 33).

    python scripts/event_study/report_gate_cv.py [--rows /tmp/gate_rows.pkl] [--C 0.1 0.3 1] [--views sparse tv]
        [--labels-l] [--kind gate|pgate] [--halves PREFIX]

One parse of train_events.py's training sentences (and, with --labels-l, of batch l, never trained on), keeping for
every verb candidate whose lemma is a reporting cue (reporting_verbs.json: accuse, request, speech, object, intent
groups) the gate's features and spaCy's token vectors pooled over what it reports. Folds: train_events._held_out's
4 document folds; the gate of fold f is fitted on the other folds' report candidates with their held-out first-stage
readings as its offset. Prints, per variant: event-or-not AUC and log loss on report candidates, and typing_cv's
figures over every candidate (candidate P/R/F1 of the hand lexicon then the model at 0.3, log loss, type accuracy).
With --labels-l: the gate fitted on every training report candidate, read on batch l's candidates with the shipped
model's readings. --kind pgate: the predicates of the clauses those verbs report instead (report_gate.
predicate_features). Training data only, never evaluation data.
"""
from __future__ import annotations

import argparse
import json
import math
import pickle
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT / "scripts/event_study"))

GROUP_ORDER = ("accuse", "request", "speech", "object", "intent")
KIND = ["gate"]  # which candidates the gate reads: "gate" the verbs of saying, "pgate" their reported predicates


def cue_classes() -> dict[str, list[str]]:
    """Reporting-cue lemma -> the cue groups that list it (reporting_verbs.json), in GROUP_ORDER."""
    data = json.loads((ROOT / "src/dateline/knowledge/data/reporting_verbs.json").read_text(encoding="utf-8"))
    out: dict[str, list[str]] = {}
    for g in GROUP_ORDER:
        for lem in data.get(g, ()):
            out.setdefault(lem.lower(), []).append(g)
    return out


def parse_rows(nlp, lex, sentences, ngec, manifest, classes) -> dict:
    """train_events.examples over the sentences, recording the gate's features of each report candidate."""
    import train_events as te
    from dateline.extract.events import learned, report_gate, reported_type
    extras = []
    original = learned.features

    def recording(tok, lex_, match=None, groups=None):
        low = tok.lemma_.lower()
        rec = {"lemma": low, "pos": tok.pos_, "idx": tok.idx}
        if tok.pos_ == "VERB" and low in classes:
            rec["gate"] = report_gate.features(tok, lex_, classes[low])
            rec["tv"] = reported_type.pooled(tok.doc, reported_type.reported_tokens(tok))
            rec["at"] = report_spans(tok)
        cue = report_gate.governing_cue(tok, classes) if tok.pos_ == "VERB" else None
        if cue is not None:
            rec["pgate"] = report_gate.predicate_features(tok, cue, lex_, classes[cue.lemma_.lower()])
        extras.append(rec)
        return original(tok, lex_, match, groups)

    learned.features = recording
    try:
        X, y, w, grp, kinds, _ = te.examples(nlp, lex, sentences, ngec, manifest.get("ngec_weight", 0.3),
                                             manifest.get("invented_weight", 1.0),
                                             tuple(manifest.get("feature_groups", ())))
    finally:
        learned.features = original
    return {"X": X, "y": y, "w": w, "grp": grp, "kinds": kinds, "extras": extras, "hand": sentences}


def report_spans(tok) -> dict:
    """Character spans of a report candidate (session 34): the cue, its speaker (the subject's subtree, or None) and
    what it reports (the cue's subtree without the speaker)."""
    subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    spk = None if subj is None else (subj.left_edge.idx, subj.right_edge.idx + len(subj.right_edge))
    words = [t for t in tok.subtree if t.i == tok.i or subj is None or not subj.left_edge.i <= t.i <= subj.right_edge.i]
    return {"cue": (tok.idx, tok.idx + len(tok)), "spk": spk,
            "said": (min(t.idx for t in words), max(t.idx + len(t) for t in words))}


def build(shared: Path, manifest: dict, out: Path, with_l: bool, with_m: bool = False) -> dict:
    import train_events as te
    from dateline import nlp as nlpmod
    from dateline.knowledge.events import load
    from dateline.options import DEFAULT_MODEL
    nlp = nlpmod.load(DEFAULT_MODEL)
    lex = load()
    classes = cue_classes()
    hand, material, ngec, invented = te.training_sentences(manifest, shared)
    rows = {"train": parse_rows(nlp, lex, hand + material + invented, ngec, manifest, classes)}
    rows["train"]["hand"] = hand
    blind = {a["id"] for a in json.loads((ROOT / "eval/blind/manifest.json").read_text(encoding="utf-8"))["articles"]}
    if with_l:
        lman = {"sentences": manifest["sentences"], "labels": ["training/events/labels_l.jsonl"]}
        lsent = te.hand_sentences(lman, te.Texts(shared), blind)
        rows["l"] = parse_rows(nlp, lex, lsent, [], manifest, classes)
    if with_m:  # batch m (session 34): report sentences with their report readings, never trained on here
        mman = {"sentences": manifest["sentences"], "labels": ["training/events/labels_m.jsonl"]}
        rows["m"] = parse_rows(nlp, lex, te.hand_sentences(mman, te.Texts(shared), blind), [], manifest, classes)
    out.write_bytes(pickle.dumps(rows))
    return rows


def _logit(p_none: float) -> float:
    p = min(1 - 1e-9, max(1e-9, p_none))
    return math.log((1 - p) / p)


def design(rows, idx, held, views, vec=None):
    """Gate inputs: the first stage's log odds of an event, the sparse gate features, optionally the pooled vector."""
    import scipy.sparse as sp
    from sklearn.feature_extraction import DictVectorizer
    ex = rows["extras"]
    dicts = [{k: 1 for k in ex[i][KIND[0]]} if "sparse" in views else {} for i in idx]
    if vec is None:
        vec = DictVectorizer().fit(dicts + [{"_": 1}])
    parts = [sp.csr_matrix(np.array([[_logit(held[i][2].get("NONE", 0.0))] for i in idx])), vec.transform(dicts)]
    if "tv" in views:
        parts.append(sp.csr_matrix(np.array([ex[i]["tv"] for i in idx])))
    return sp.hstack(parts).tocsr(), vec


def fit_gate(rows, idx, held, views, C):
    from sklearn.linear_model import LogisticRegression
    Xg, vec = design(rows, idx, held, views)
    lab = [int(rows["y"][i] != "NONE") for i in idx]
    clf = LogisticRegression(C=C, max_iter=1000).fit(Xg, lab, sample_weight=[rows["w"][i] for i in idx])
    return clf, vec


def apply_gate(rows, idx, held, views, clf, vec, new) -> list[float]:
    Xg, _ = design(rows, idx, held, views, vec)
    qs = clf.predict_proba(Xg)[:, 1]
    for i, q in zip(idx, qs):
        probs = held[i][2]
        p_none = min(1 - 1e-9, max(1e-9, probs.get("NONE", 0.0)))
        scaled = {c: (1 - q if c == "NONE" else p * q / (1 - p_none)) for c, p in probs.items()}
        best = max((c for c in scaled if c != "NONE"), key=scaled.get)
        new[i] = (best, scaled[best], scaled)
    return list(qs)


def binary(rows, idx, qs) -> dict:
    from sklearn.metrics import log_loss, roc_auc_score
    lab = [int(rows["y"][i] != "NONE") for i in idx]
    return {"n": len(idx), "events": sum(lab), "auc": round(roc_auc_score(lab, qs), 4),
            "log_loss": round(log_loss(lab, np.clip(qs, 1e-6, 1 - 1e-6)), 4)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--rows", default="/tmp/gate_rows.pkl")
    ap.add_argument("--C", type=float, nargs="+", default=[0.1, 0.3, 1.0])
    ap.add_argument("--views", nargs="+", default=["base", "sparse", "sparse,tv"])
    ap.add_argument("--labels-l", action="store_true")
    ap.add_argument("--labels-m", action="store_true", help="also parse batch m (read by report_carry.py)")
    ap.add_argument("--kind", choices=("gate", "pgate"), default="gate",
                    help="gate: the verbs of saying themselves; pgate: the predicates of the clauses they report")
    ap.add_argument("--halves", metavar="PREFIX", help="write PREFIX0/1/all.json for the first view and C: the first "
                    "stages --first0/--first1 (and the packaged model) with a gate fitted on their own training rows")
    ap.add_argument("--first", nargs=2, default=["/work/coord/s33/m/cand_wo0.json", "/work/coord/s33/m/cand_wo1.json"])
    args = ap.parse_args()
    KIND[0] = args.kind
    import train_events as te
    import typing_cv
    from reported_cv import held_out_cached
    manifest = json.loads(te.MANIFEST.read_text(encoding="utf-8"))
    path = Path(args.rows)
    rows = pickle.loads(path.read_bytes()) if path.exists() else build(Path(args.shared), manifest, path, args.labels_l,
                                                                           args.labels_m)
    tr = rows["train"]
    X, y, w, grp, kinds = tr["X"], tr["y"], tr["w"], tr["grp"], tr["kinds"]
    C, folds, seed = manifest.get("C", 1.0), manifest.get("folds", 4), manifest.get("seed", 13)
    hand_idx, held, fold_of = held_out_cached(te, path, (X, y, w, grp, kinds), (C, folds, seed))
    if args.halves:
        write_halves(te, tr, hand_idx, held, tuple(args.views[0].split(",")), args.C[0], args.first, args.halves,
                     (C, folds, seed))
        return
    gated = [i for i in hand_idx if KIND[0] in tr["extras"][i]]
    base_q = [1 - held[i][2].get("NONE", 0.0) for i in gated]
    print(json.dumps({"variant": "first stage", "reports": binary(tr, gated, base_q),
                      **typing_cv.evaluate(te, X, y, held, hand_idx, kinds, tr["hand"])}))
    shipped = json.loads(te.OUT.read_text(encoding="utf-8"))
    for views in args.views:
        vt = tuple(views.split(","))
        for c in args.C:
            new, qs = dict(held), {}
            for f in sorted(set(fold_of.values())):
                trn = [i for i in gated if fold_of[grp[i]] != f]
                tst = [i for i in gated if fold_of[grp[i]] == f]
                clf, vec = fit_gate(tr, trn, held, vt, c)
                qs.update(zip(tst, apply_gate(tr, tst, held, vt, clf, vec, new)))
            res = {"variant": views, "C": c, "reports": binary(tr, gated, [qs[i] for i in gated]),
                   **typing_cv.evaluate(te, X, y, new, hand_idx, kinds, tr["hand"])}
            if args.labels_l and "l" in rows:
                res["labels_l"] = labels_l_figures(te, typing_cv, rows, tr, gated, held, vt, c, shipped)
            print(json.dumps(res))
            sys.stdout.flush()


def gate_of(rows, idx, held, views, c) -> dict:
    """The gate fitted on report candidates `idx` (with their held-out first-stage readings), as a model's
    `report_gate`."""
    from report_gate_cv import cue_classes
    classes = cue_classes()
    if "tv" in views:
        raise SystemExit("the run-time gate reads sparse features only")
    clf, vec = fit_gate(rows, idx, held, views, c)
    coef = clf.coef_[0]
    weights = {name: round(float(v), 4) for name, v in zip(vec.feature_names_, coef[1:]) if abs(v) >= 1e-4 and name != "_"}
    if KIND[0] == "pgate":  # the cues whose reported predicates it reads
        lemmas = sorted({f[4:] for i in idx for f in rows["extras"][i]["pgate"] if f.startswith("cue=")})
    else:
        lemmas = sorted({rows["extras"][i]["lemma"] for i in idx})
    return {"kind": "pred" if KIND[0] == "pgate" else "cue", "lemmas": {lem: classes[lem] for lem in lemmas},
            "base": round(float(coef[0]), 4),
            "bias": round(float(clf.intercept_[0]), 4), "weights": weights, "C": c, "rows": len(idx)}


def write_halves(te, rows, hand_idx, held, views, c, firsts, prefix, settings) -> None:
    """PREFIX0/1.json: each given first stage (a model without one half) with a gate fitted on the report candidates
    of its own training documents, their first-stage readings held out by 4 inner document folds; PREFIXall.json: the
    packaged model with a gate from every training report candidate (the 4-fold readings)."""
    C, folds, seed = settings
    X, y, w, grp, kinds = rows["X"], rows["y"], rows["w"], rows["grp"], rows["kinds"]
    for half, first in ((0, firsts[0]), (1, firsts[1]), ("all", str(te.OUT))):
        model = json.loads(Path(first).read_text(encoding="utf-8"))
        if half == "all":
            stage_held, idx = held, hand_idx
        else:
            keep = te.rows_without_half(grp, kinds, half)
            local_idx, local = te._held_out([X[i] for i in keep], [y[i] for i in keep], [w[i] for i in keep],
                                            [grp[i] for i in keep], [kinds[i] for i in keep], C, folds, seed)
            stage_held = {keep[j]: v for j, v in local.items()}
            idx = [keep[j] for j in local_idx]
        gate_rows = [i for i in idx if KIND[0] in rows["extras"][i]]
        model["reported_gate" if KIND[0] == "pgate" else "report_gate"] = gate_of(rows, gate_rows, stage_held, views, c)
        Path(f"{prefix}{half}.json").write_text(json.dumps(model, separators=(",", ":"), sort_keys=True) + "\n")
        print(f"{prefix}{half}.json: gate on {len(gate_rows)} report candidates", file=sys.stderr)


def labels_l_figures(te, typing_cv, rows, tr, gated, held, views, c, model) -> dict:
    """Batch l read by the shipped model, before and after a gate fitted on every training report candidate."""
    from dateline.extract.events.learned import NONE, score
    lr = rows["l"]
    lidx = list(range(len(lr["y"])))
    lheld = {}
    for i in lidx:
        probs = score(model, lr["X"][i])
        best = max((k for k in probs if k != NONE), key=probs.get)
        lheld[i] = (best, probs[best], probs)
    lg = [i for i in lidx if KIND[0] in lr["extras"][i]]
    clf, vec = fit_gate(tr, gated, held, views, c)
    new = dict(lheld)
    qs = apply_gate(lr, lg, lheld, views, clf, vec, new)
    return {"reports_before": binary(lr, lg, [1 - lheld[i][2].get(NONE, 0.0) for i in lg]),
            "reports_after": binary(lr, lg, qs), "before": shipped_map_figures(te, lr, lidx, lheld, model),
            "after": shipped_map_figures(te, lr, lidx, new, model)}


def shipped_map_figures(te, rows, idx, readings, model) -> dict:
    """Candidate P/R/F1 (hand lexicon, else the model at its threshold) through the shipped model's own isotonic map
    (not one refitted on the set scored), and the log loss of the labels."""
    from dateline.extract.events.learned import calibrated
    ys = [rows["y"][i] for i in idx]
    cal = [calibrated(model, readings[i][1]) for i in idx]
    hl = [next((x.split("=", 1)[1] for x in rows["X"][i] if x.startswith("hl=")), "none").replace("none", "NONE")
          for i in idx]
    pred = te._combined(hl, [readings[i][0] for i in idx], cal, [readings[i][2] for i in idx],
                        model.get("min_confidence", 0.3), 0.0)
    right = sum(1 for a, b in zip(ys, pred) if a == b != "NONE")
    return {**te._candidate_prf(ys, pred), "predicted": sum(b != "NONE" for b in pred), "right": right,
            "log_loss": round(-sum(math.log(max(1e-9, readings[i][2].get(t, 0.0))) for i, t in zip(idx, ys)) / len(ys), 4)}


if __name__ == "__main__":
    main()
