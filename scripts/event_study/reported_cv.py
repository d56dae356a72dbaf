"""A second-stage typer for general verbs of saying, held out (issue 9, session 32).

    python scripts/event_study/reported_cv.py [--rows /tmp/reported_rows.pkl] [--variants base tv tv,trig mini sparse
        offset,tv ...] [--select lemmas all] [--scale 1 2] [--C2 0.5 3] [--confusion] [--halves PREFIX]

A variant names the views (tv, trig, mini, sparse; `base`: none) and, with `offset`, the correction form
(reported_type.fit_offset; C2 is then its penalty) instead of a stacked logistic regression. --halves PREFIX writes
PREFIX0/1/all.json for the first variant (offset,tv only: what the run-time stage reads) and stops. Set
OMP_NUM_THREADS=1 on a shared machine (BLAS threads otherwise make each small fit ~50x slower under load).

The candidate model's commonest confusions are verbs of saying whose type lies in what they report ("said the
council must resign": REQUEST, read as ACCUSE). The second stage re-reads such candidates: its input is the first
stage's held-out log probabilities (stacking) plus a dense view of the reported words that shares strength across
words — spaCy's own token vectors (`doc.tensor`, free at run time) averaged over the trigger's complement (`tv`),
the trigger's own vector (`trig`), or the packaged MiniLM encoder over the complement's text (`mini`). Which
candidates it reads is chosen from the training folds' labels (`lemmas`: verbs whose labelled events spread over
several types; `all`: every candidate).

One parse of train_events.py's training sentences (kept at --rows with each candidate's features, label, vectors).
Folds: train_events._held_out's 4 document folds (synthetic and invented rows always train); the second stage of
fold f is fitted on the other folds' rows with their held-out first-stage readings. Prints typing_cv.evaluate's
figures for each variant (candidate P/R/F1 of the hand lexicon then the model at 0.3, log loss, type accuracy).
Training data only, never evaluation data.
"""
from __future__ import annotations

import argparse
import json
import math
import pickle
import random
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT / "scripts/event_study"))


def build_rows(shared: Path, manifest: dict, out: Path) -> dict:
    """Candidate rows of train_events.examples with each candidate's dense views, parsed once."""
    import train_events as te
    from dateline import nlp as nlpmod
    from dateline.extract.events import learned, reported_type
    from dateline.knowledge.events import load
    from dateline.options import DEFAULT_MODEL
    nlp = nlpmod.load(DEFAULT_MODEL)
    lex = load()
    hand, material, ngec, invented = te.training_sentences(manifest, shared)
    extras = []
    original = learned.features

    def recording(tok, lex_, match=None, groups=None):
        comp = reported_type.reported_tokens(tok)
        extras.append({"lemma": tok.lemma_.lower(), "pos": tok.pos_,
                       "tv": reported_type.pooled(tok.doc, comp), "trig": reported_type.pooled(tok.doc, [tok]),
                       "text": " ".join(t.text for t in comp)})
        return original(tok, lex_, match, groups)

    learned.features = recording
    try:
        X, y, w, grp, kinds, _ = te.examples(nlp, lex, hand + material + invented, ngec, manifest.get("ngec_weight", 0.3),
                                             manifest.get("invented_weight", 1.0), tuple(manifest.get("feature_groups", ())))
    finally:
        learned.features = original
    assert len(extras) == len(y)
    rows = {"X": X, "y": y, "w": w, "grp": grp, "kinds": kinds, "extras": extras, "hand": hand}
    out.write_bytes(pickle.dumps(rows))
    return rows


def add_minilm(rows: dict, sel: list[int]) -> None:
    """The packaged MiniLM's sentence vector of each selected candidate's complement text (cached in the rows)."""
    from dateline.corpus import minilm
    enc = minilm.load()
    todo = [i for i in sel if "mini" not in rows["extras"][i]]
    texts = [rows["extras"][i]["text"] or "-" for i in todo]
    for start in range(0, len(todo), 256):
        vecs = enc.encode(texts[start:start + 256])
        for i, v in zip(todo[start:start + 256], vecs):
            rows["extras"][i]["mini"] = np.asarray(v, dtype=np.float32)


def spread_lemmas(y, extras, idx, min_events: int, max_share: float) -> set[str]:
    """Verb lemmas whose labelled events (among rows idx) spread over several types: at least `min_events` events and
    the commonest type under `max_share` of them."""
    from dateline.extract.events.reported_type import spread
    return spread([(extras[i]["lemma"], y[i]) for i in idx if extras[i]["pos"] == "VERB"], min_events, max_share)


def dense(rows: dict, i: int, variant: tuple, scale: float) -> np.ndarray:
    ex = rows["extras"][i]
    parts = [ex[v] for v in variant if v in ("tv", "trig", "mini")]
    return np.concatenate(parts) * scale if parts else np.zeros(0, dtype=np.float32)


def stage2_inputs(rows, idx, held, classes, variant, scale):
    base = np.array([[math.log(max(1e-4, held[i][2].get(c, 0.0))) / 3.0 for c in classes] for i in idx])
    dn = np.array([dense(rows, i, variant, scale) for i in idx])
    return np.hstack([base, dn]) if dn.size else base


def second_stage(rows, held, hand_idx, fold_of, variant, scale, C2, select, min_events, max_share):
    """Held-out readings with the second stage applied to the selected candidates of each test fold."""
    from sklearn.linear_model import LogisticRegression
    y, extras, grp = rows["y"], rows["extras"], rows["grp"]
    classes = sorted({c for i in hand_idx for c in held[i][2]})
    new = dict(held)
    picked = 0
    for f in sorted(set(fold_of.values())):
        train = [i for i in hand_idx if fold_of[grp[i]] != f]
        test = [i for i in hand_idx if fold_of[grp[i]] == f]
        lemmas = spread_lemmas(y, extras, train, min_events, max_share) if select == "lemmas" else None
        inside = (lambda i: True) if lemmas is None else (lambda i: extras[i]["pos"] == "VERB" and extras[i]["lemma"] in lemmas)
        tr = [i for i in train if inside(i)]
        te_ = [i for i in test if inside(i)]
        if not tr or not te_:
            continue
        picked += len(te_)
        if "offset" in variant:
            _offset_fold(rows, held, tr, te_, classes, variant, scale, C2, new)
            continue
        clf = LogisticRegression(C=C2, max_iter=300, tol=1e-3)
        Xtr, Xte = stage2_inputs(rows, tr, held, classes, variant, scale), stage2_inputs(rows, te_, held, classes, variant, scale)
        if "sparse" in variant:  # the candidate's own sparse features, weighed for these verbs alone
            import scipy.sparse as sp
            from sklearn.feature_extraction import DictVectorizer
            vec = DictVectorizer()
            Xtr = sp.hstack([sp.csr_matrix(Xtr), vec.fit_transform([{k: 1 for k in rows["X"][i]} for i in tr])]).tocsr()
            Xte = sp.hstack([sp.csr_matrix(Xte), vec.transform([{k: 1 for k in rows["X"][i]} for i in te_])]).tocsr()
        clf.fit(Xtr, [y[i] for i in tr], sample_weight=[rows["w"][i] for i in tr])
        cl = list(clf.classes_)
        for i, p in zip(te_, clf.predict_proba(Xte)):
            probs = {c: 0.0 for c in classes}
            probs.update({c: float(v) for c, v in zip(cl, p)})
            best = max((c for c in probs if c != "NONE"), key=probs.get)
            new[i] = (best, probs[best], probs)
    return new, picked


def _offset_fold(rows, held, tr, te_, classes, variant, scale, penalty, new) -> None:
    """The second stage as a correction of the first stage's scores (reported_type.fit_offset); C2 is its penalty."""
    from dateline.extract.events.reported_type import fit_offset
    def base(idx):
        return np.array([[math.log(max(1e-9, held[i][2].get(c, 0.0))) for c in classes] for i in idx])
    def dn(idx):
        return np.array([dense(rows, i, variant, scale) for i in idx])
    pos = {c: j for j, c in enumerate(classes)}
    mat, bias = fit_offset(base(tr), dn(tr), np.array([pos[rows["y"][i]] for i in tr]),
                           np.array([rows["w"][i] for i in tr]), penalty)
    z = base(te_) + dn(te_) @ mat.T + bias
    z = np.exp(z - z.max(axis=1, keepdims=True))
    z /= z.sum(axis=1, keepdims=True)
    for i, p in zip(te_, z):
        probs = {c: float(v) for c, v in zip(classes, p)}
        best = max((c for c in probs if c != "NONE"), key=probs.get)
        new[i] = (best, probs[best], probs)


def stage_of(rows, held, idx, variant, scale, penalty, min_events, max_share, classes) -> dict:
    """The second stage fitted on rows `idx` (their held-out first-stage readings), as the model's `second_stage`."""
    from dateline.extract.events.reported_type import fit_offset
    y, extras = rows["y"], rows["extras"]
    lemmas = spread_lemmas(y, extras, idx, min_events, max_share)
    tr = [i for i in idx if extras[i]["pos"] == "VERB" and extras[i]["lemma"] in lemmas]
    pos = {c: j for j, c in enumerate(classes)}
    base = np.array([[math.log(max(1e-9, held[i][2].get(c, 0.0))) for c in classes] for i in tr])
    if [v for v in variant if v != "offset"] != ["tv"]:
        raise SystemExit("half models: the run-time second stage reads the pooled token vectors only (offset,tv)")
    mat, bias = fit_offset(base, np.array([dense(rows, i, variant, scale) for i in tr]),
                           np.array([pos[y[i]] for i in tr]), np.array([rows["w"][i] for i in tr]), penalty)
    return {"lemmas": sorted(lemmas), "classes": classes, "scale": scale, "views": [v for v in variant if v != "offset"],
            "matrix": [[round(float(v), 5) for v in r] for r in mat], "bias": [round(float(v), 5) for v in bias],
            "rows": len(tr), "penalty": penalty, "min_events": min_events, "max_share": max_share}


def write_halves(te, rows, held, hand_idx, new, variant, scale, penalty, args, manifest, prefix: str) -> None:
    """PREFIX0/1.json: the first stage without each half (te.rows_without_half, as train_events.py --halves) with a
    second stage fitted on the same rows' own held-out readings (4 inner folds); PREFIXall.json: the packaged model
    with a second stage from every row. Each carries the isotonic map of the stacked held-out readings `new`."""
    from sklearn.isotonic import IsotonicRegression
    y, X, w, grp, kinds = rows["y"], rows["X"], rows["w"], rows["grp"], rows["kinds"]
    iso = IsotonicRegression(out_of_bounds="clip", y_min=0.0, y_max=1.0).fit(
        [new[i][1] for i in hand_idx], [int(y[i] == new[i][0]) for i in hand_idx])
    cal = {"x": [round(float(v), 4) for v in iso.X_thresholds_], "y": [round(float(v), 4) for v in iso.y_thresholds_]}
    classes = sorted({c for i in hand_idx for c in held[i][2]})
    shipped = json.loads(te.OUT.read_text(encoding="utf-8"))
    for half in (0, 1, "all"):
        if half == "all":
            model, stage_held, idx = dict(shipped), held, hand_idx
        else:
            keep = te.rows_without_half(grp, kinds, half)
            model = te.fit_all([X[i] for i in keep], [y[i] for i in keep], [w[i] for i in keep], manifest.get("C", 1.0))
            model.update({k: v for k, v in shipped.items() if k not in ("classes", "intercept", "weights")})
            local_idx, local = te._held_out([X[i] for i in keep], [y[i] for i in keep], [w[i] for i in keep],
                                            [grp[i] for i in keep], [kinds[i] for i in keep], manifest.get("C", 1.0),
                                            manifest.get("folds", 4), manifest.get("seed", 13))
            stage_held = {keep[j]: v for j, v in local.items()}
            idx = [keep[j] for j in local_idx]
        model["second_stage"] = stage_of(rows, stage_held, idx, variant, scale, penalty, args.min_events,
                                         args.max_share, classes)
        model["calibration"] = cal
        Path(f"{prefix}{half}.json").write_text(json.dumps(model, separators=(",", ":"), sort_keys=True) + "\n")
        print(f"{prefix}{half}.json", file=sys.stderr)


def folds_of(grp, kinds, hand_idx, folds: int, seed: int) -> dict:
    docs = sorted({grp[i] for i in hand_idx})
    random.Random(seed).shuffle(docs)
    return {d: n % folds for n, d in enumerate(docs)}


def held_out_cached(te, path: Path, data, settings):
    """The first stage's held-out readings (hand-labelled rows, probabilities), cached beside the rows file, and the
    document folds they were read in."""
    X, y, w, grp, kinds = data
    C, folds, seed = settings
    cache = path.with_suffix(".held.pkl")
    if cache.exists():
        hand_idx, held = pickle.loads(cache.read_bytes())
    else:
        hand_idx, held = te._held_out(X, y, w, grp, kinds, C, folds, seed)
        cache.write_bytes(pickle.dumps((hand_idx, held)))
    return hand_idx, held, folds_of(grp, kinds, hand_idx, folds, seed)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--rows", default="/tmp/reported_rows.pkl")
    ap.add_argument("--manifest", help="a copy of the training manifest to read instead (e.g. with a new labels file)")
    ap.add_argument("--variants", nargs="+", default=["base", "tv", "tv,trig"])
    ap.add_argument("--select", nargs="+", default=["lemmas"])
    ap.add_argument("--scale", type=float, nargs="+", default=[1.0])
    ap.add_argument("--C2", type=float, nargs="+", default=[0.5])
    ap.add_argument("--min-events", type=int, default=8)
    ap.add_argument("--max-share", type=float, default=0.7)
    ap.add_argument("--confusion", action="store_true")
    ap.add_argument("--halves", metavar="PREFIX", help="write half models of the first variant (offset variants)")
    args = ap.parse_args()
    import train_events as te
    import typing_cv
    manifest = json.loads(Path(args.manifest or te.MANIFEST).read_text(encoding="utf-8"))
    path = Path(args.rows)
    rows = pickle.loads(path.read_bytes()) if path.exists() else build_rows(Path(args.shared), manifest, path)
    X, y, w, grp, kinds = rows["X"], rows["y"], rows["w"], rows["grp"], rows["kinds"]
    C, folds, seed = manifest.get("C", 1.0), manifest.get("folds", 4), manifest.get("seed", 13)
    hand_idx, held, fold_of = held_out_cached(te, path, (X, y, w, grp, kinds), (C, folds, seed))
    base = typing_cv.evaluate(te, X, y, held, hand_idx, kinds, rows["hand"])
    print(json.dumps({"variant": "first stage", **base, **({"confusion": typing_cv.confusion(y, held, hand_idx)}
                                                             if args.confusion else {})}))
    if any("mini" in v for v in args.variants):
        wide = spread_lemmas(y, rows["extras"], hand_idx, 5, 0.8)  # a superset of every fold's selection
        sel = [i for i in hand_idx if rows["extras"][i]["pos"] == "VERB" and rows["extras"][i]["lemma"] in wide]
        add_minilm(rows, sel)
        path.write_bytes(pickle.dumps(rows))
    for variant in args.variants:
        vt = tuple(v for v in variant.split(",") if v and v != "base")
        for select in args.select:
            for scale in args.scale:
                for C2 in args.C2:
                    new, picked = second_stage(rows, held, hand_idx, fold_of, vt, scale, C2, select,
                                               args.min_events, args.max_share)
                    res = {"variant": variant, "select": select, "scale": scale, "C2": C2, "read": picked,
                           **typing_cv.evaluate(te, X, y, new, hand_idx, kinds, rows["hand"])}
                    if args.confusion:
                        res["confusion"] = typing_cv.confusion(y, new, hand_idx)
                    print(json.dumps(res))
                    sys.stdout.flush()
                    if args.halves:
                        write_halves(te, rows, held, hand_idx, new, vt, scale, C2, args, manifest, args.halves)
                        return


if __name__ == "__main__":
    main()
