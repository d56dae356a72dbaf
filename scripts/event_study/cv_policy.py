import pickle, numpy as np, random, sys, scipy.sparse as sp
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.isotonic import IsotonicRegression
D = pickle.load(open('/tmp/exp/rows.pkl','rb')); rows = D["rows"]
variant = sys.argv[1]
import os
keep = [i for i, r in enumerate(rows) if r["cand"] and not (os.environ.get("NONGEC") and r["k"] == "ngec")]
rows_k = [rows[i] for i in keep]
vec = DictVectorizer(); Xs = vec.fit_transform([{k: 1 for k in r["f"]} for r in rows_k])
X = Xs
if 'tv' in variant:
    S = float(os.environ.get("S", "1"))
    parts = [np.array([r["tv"] for r in rows_k])]
    if 'tvh' in variant: parts.append(np.array([r["tvh"] for r in rows_k]))
    if 'tvs' in variant: parts.append(np.array([r["tvs"] for r in rows_k]))
    parts = [p_ / np.maximum(np.linalg.norm(p_, axis=1, keepdims=True), 1e-6) for p_ in parts]
    X = sp.hstack([Xs] + [sp.csr_matrix(p_ * S) for p_ in parts]).tocsr()
if 'trig' in variant:
    E = np.load('/tmp/exp/emb.npz'); t = E["trig"][keep]; t = t / np.maximum(np.linalg.norm(t, axis=1, keepdims=True), 1e-6)
    X = sp.hstack([Xs, sp.csr_matrix(t * 3.0)]).tocsr()
y = np.array([r["y"] for r in rows_k]); w = np.array([r["w"] for r in rows_k]); g = [r["g"] for r in rows_k]; k = [r["k"] for r in rows_k]
hl = [next((x.split("=",1)[1] for x in r["f"] if x.startswith("hl=")), "none").replace("none","NONE") for r in rows_k]
hand = [i for i in range(len(rows_k)) if k[i] != "ngec"]
docs = sorted({g[i] for i in hand}); random.Random(13).shuffle(docs); fold = {d: n % 4 for n, d in enumerate(docs)}
import os; C = float(os.environ.get("C", "1"))
if os.environ.get("NONGEC"): pass
PR = {}
for f in range(4):
    tr = [i for i in range(len(y)) if k[i] == "ngec" or fold[g[i]] != f]; te = [i for i in hand if fold[g[i]] == f]
    clf = LogisticRegression(C=C, max_iter=500, tol=1e-3).fit(X[tr], y[tr], sample_weight=w[tr])
    cl = list(clf.classes_)
    for i, row in zip(te, clf.predict_proba(X[te])): PR[i] = dict(zip(cl, row))
best = {i: max((c for c in PR[i] if c != "NONE"), key=PR[i].get) for i in hand}
pb = np.array([PR[i][best[i]] for i in hand]); corr = np.array([y[i] == best[i] for i in hand])
iso = IsotonicRegression(out_of_bounds="clip").fit(pb, corr); cal = dict(zip(hand, iso.predict(pb)))
ev = [i for i in hand if y[i] != "NONE"]; gold = D["hand"]; with_ev = [s for s, t in gold.items() if t]
def report(name, pred):
    P_ = [i for i in hand if pred[i] != "NONE"]; tp = sum(pred[i] == y[i] for i in P_)
    p = tp / max(1, len(P_)); r = tp / len(ev)
    bs = {}
    for i in P_:
        c = cal[i] if pred[i] == best[i] else PR[i].get(pred[i], 0)
        if k[i] not in bs or c > bs[k[i]][0]: bs[k[i]] = (c, pred[i])
    sacc = sum(1 for s in with_ev if s in bs and bs[s][1] in gold[s]) / len(with_ev)
    print(f"{variant:5s} C={C} ng={not os.environ.get('NONGEC')} {name:28s} P={p:.3f} R={r:.3f} F1={2*p*r/max(1e-9,p+r):.3f} sent_acc={sacc:.3f}")
for t in [float(x) for x in os.environ.get("T", "0.2,0.3,0.4,0.5").split(",")]:
    report(f"model@{t}", {i: best[i] if cal[i] >= t else "NONE" for i in hand})
    report(f"hl|model@{t}", {i: hl[i] if hl[i] != "NONE" else (best[i] if cal[i] >= t else "NONE") for i in hand})
    for v in (0.05, 0.1, 0.2):
        report(f"hl(veto{v})|model@{t}", {i: (hl[i] if hl[i] != "NONE" and PR[i].get(hl[i], 0) >= v else (best[i] if cal[i] >= t else "NONE")) for i in hand})
report("hl", {i: hl[i] for i in hand})
