import pickle, numpy as np, random, sys, scipy.sparse as sp
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
D = pickle.load(open('/tmp/exp/rows.pkl','rb')); rows = D["rows"]
E = np.load('/tmp/exp/emb.npz'); lv = pickle.load(open('/tmp/exp/lemvec.pkl','rb'))
variant = sys.argv[1]; allverbs = 'all' in sys.argv
keep = [i for i, r in enumerate(rows) if r["cand"] or allverbs]
rows_k = [rows[i] for i in keep]
vec = DictVectorizer(); Xs = vec.fit_transform([{k: 1 for k in r["f"]} for r in rows_k])
if allverbs: Xs = sp.hstack([Xs, sp.csr_matrix(np.array([[0.0 if r["cand"] else 1.0] for r in rows_k]))]).tocsr()
dense = []
def nz(v): n = np.linalg.norm(v, axis=1, keepdims=True); return v / np.maximum(n, 1e-6)
if 'trig' in variant: dense.append(nz(E["trig"][keep]))
if 'sent' in variant: dense.append(nz(E["sent"][keep]))
if 'lem' in variant:
    dense.append(nz(np.array([lv.get(r["lemma"], np.zeros(384)) for r in rows_k])))
if 'head' in variant:
    dense.append(nz(np.array([lv.get(r["head"], np.zeros(384)) for r in rows_k])))
scale = float([a for a in sys.argv if a.startswith('s=')][0][2:]) if any(a.startswith('s=') for a in sys.argv) else 1.0
X = sp.hstack([Xs] + [sp.csr_matrix(d * scale) for d in dense]).tocsr() if dense else Xs
y = np.array([r["y"] for r in rows_k]); w = np.array([r["w"] for r in rows_k]); g = [r["g"] for r in rows_k]; k = [r["k"] for r in rows_k]
hand = [i for i in range(len(rows_k)) if k[i] != "ngec"]
docs = sorted({g[i] for i in hand}); random.Random(13).shuffle(docs); fold = {d: n % 4 for n, d in enumerate(docs)}
C = float([a for a in sys.argv if a.startswith('C=')][0][2:]) if any(a.startswith('C=') for a in sys.argv) else 1.0
pred = {}; prob = {}
for f in range(4):
    tr = [i for i in range(len(y)) if k[i] == "ngec" or fold[g[i]] != f]; te = [i for i in hand if fold[g[i]] == f]
    clf = LogisticRegression(C=C, max_iter=500, tol=1e-3).fit(X[tr], y[tr], sample_weight=w[tr])
    cl = list(clf.classes_); P = clf.predict_proba(X[te])
    for i, row in zip(te, P):
        b = max((j for j, c in enumerate(cl) if c != "NONE"), key=lambda j: row[j]); pred[i] = cl[b]; prob[i] = row[b]
ev = [i for i in hand if y[i] != "NONE"]
tacc = sum(pred[i] == y[i] for i in ev) / len(ev)
gold_types = D["hand"]
out = [f"{variant} all={allverbs} C={C} s={scale} n={len(hand)} ev={len(ev)} type_acc={tacc:.3f}"]
for thr in (0.2, 0.3, 0.4, 0.5):
    P_ = [i for i in hand if prob[i] >= thr]; tp = sum(pred[i] == y[i] for i in P_)
    p = tp / max(1, len(P_)); r = tp / len(ev)
    best = {}
    for i in P_:
        if k[i] not in best or prob[i] > best[k[i]][0]: best[k[i]] = (prob[i], pred[i])
    with_ev = [s for s, t in gold_types.items() if t]
    sacc = sum(1 for s in with_ev if s in best and best[s][1] in gold_types[s]) / len(with_ev)
    out.append(f"  thr{thr}: P={p:.3f} R={r:.3f} F1={2*p*r/max(1e-9,p+r):.3f} sent_acc={sacc:.3f}")
print("\n".join(out))
