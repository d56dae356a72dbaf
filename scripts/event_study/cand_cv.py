"""Session 16 study. CV of sparse vs sparse+dense candidate models; optionally write halves models with dense weights.
usage: enc_cv.py VARIANT SCALE [C] [--halves OUTPREFIX]   VARIANT in sparse|v|vh"""
import json, pickle, random, sys
from pathlib import Path
ROOT = Path.cwd(); sys.path.insert(0, str(ROOT / "scripts"))
import numpy as np, scipy.sparse as sp
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.isotonic import IsotonicRegression
import train_events as TE
from train_roles import half_of
variant, scale = sys.argv[1], float(sys.argv[2]); C = float(sys.argv[3]) if len(sys.argv) > 3 and not sys.argv[3].startswith("--") else 1.0
D = pickle.load(open("/tmp/exp/cand_rows.pkl", "rb")); rows = D["rows"]
y = [r["y"] for r in rows]; w = [r["w"] for r in rows]; g = [r["g"] for r in rows]; k = [r["k"] for r in rows]
def dense(idx):
    parts = []
    if variant in ("v", "vh"): parts.append(np.array([rows[i]["v"] for i in idx]))
    if variant == "vh": parts.append(np.array([rows[i]["vh"] for i in idx]))
    return np.hstack(parts) * scale if parts else None
def fit(train):
    vec = DictVectorizer(); Xs = vec.fit_transform([{f: 1 for f in rows[i]["f"]} for i in train])
    d = dense(train); X = sp.hstack([Xs, sp.csr_matrix(d)]).tocsr() if d is not None else Xs
    clf = LogisticRegression(C=C, max_iter=400, tol=1e-3).fit(X, [y[i] for i in train], sample_weight=[w[i] for i in train])
    return vec, clf
def predict(vec, clf, idx):
    Xs = vec.transform([{f: 1 for f in rows[i]["f"]} for i in idx]); d = dense(idx)
    X = sp.hstack([Xs, sp.csr_matrix(d)]).tocsr() if d is not None else Xs
    return clf.predict_proba(X)
hand = [i for i in range(len(rows)) if k[i] != "ngec"]
docs = sorted({g[i] for i in hand}); random.Random(13).shuffle(docs); fold = {d: n % 4 for n, d in enumerate(docs)}
held = {}
for f in range(4):
    tr = [i for i in range(len(rows)) if k[i] == "ngec" or fold[g[i]] != f]; te = [i for i in hand if fold[g[i]] == f]
    vec, clf = fit(tr); cl = list(clf.classes_)
    for i, row in zip(te, predict(vec, clf, te)):
        b = max((j for j, c in enumerate(cl) if c != "NONE"), key=lambda j: row[j]); held[i] = (cl[b], float(row[b]))
ys = [y[i] for i in hand]; types = [held[i][0] for i in hand]; pr = [held[i][1] for i in hand]
iso = IsotonicRegression(out_of_bounds="clip", y_min=0.0, y_max=1.0).fit(pr, [int(a == b) for a, b in zip(ys, types)])
cal = iso.predict(pr)
gold = {}
for s, t in D["gold"].items(): gold[s] = set(t)
hk = [k[i] for i in hand]
ta = sum(1 for a, b in zip(ys, types) if a == b != "NONE") / sum(1 for a in ys if a != "NONE")
print(f"{variant} x{scale} C{C}: type acc on event cands {ta:.3f}")
for thr in (0.2, 0.3, 0.4):
    ps = [t if c >= thr else "NONE" for t, c in zip(types, cal)]
    print(" thr", thr, TE._candidate_prf(ys, ps), TE._sentence_metrics(hk, ys, ps, list(cal), gold)["type_accuracy"])
if "--halves" in sys.argv:
    prefix = sys.argv[sys.argv.index("--halves") + 1]
    calib = {"x": [round(float(v), 4) for v in iso.X_thresholds_], "y": [round(float(v), 4) for v in iso.y_thresholds_]}
    shipped = json.loads((ROOT / "src/dateline/knowledge/data/events/model.json").read_text()) if (ROOT / "src/dateline/knowledge/data/events/model.json").exists() else None
    for h in (0, 1, None):
        tr = [i for i in range(len(rows)) if k[i] == "ngec" or h is None or half_of(g[i]) != h]
        vec, clf = fit(tr); cl = list(clf.classes_); names = vec.get_feature_names_out(); nS = len(names)
        W = clf.coef_
        model = {"classes": cl, "intercept": [float(v) for v in clf.intercept_],
                 "weights": {n: [round(float(W[c, j]), 5) for c in range(len(cl))] for j, n in enumerate(names) if np.any(np.abs(W[:, j]) > 1e-6)}}
        if W.shape[1] > nS:
            model["dense"] = {"scale": scale, "variant": variant, "weights": [[round(float(x), 5) for x in W[c, nS:]] for c in range(len(cl))]}
        out = Path(f"{prefix}_{'all' if h is None else 'wo%d' % h}.json")
        full = {kk: v for kk, v in shipped.items() if kk not in ("classes", "intercept", "weights")}
        full.update(model); full["calibration"] = calib
        json.dump(full, out.open("w"))
        print("wrote", out, file=sys.stderr)
