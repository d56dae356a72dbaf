"""Sparse logistic regression out of fold, alone and combined with fine-tuned encoder probabilities.

    python scripts/event_study/combine.py ROWS=/tmp/exp/rows.pkl FT=/tmp/exp/ft_K2.npz FOLDS=0

The combination is a product of experts, p ∝ p_lr^(1-a) · p_ft^a, for a in 0 … 1.
"""
import pickle, sys
from pathlib import Path

import numpy as np
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression

sys.path.insert(0, str(Path(__file__).resolve().parent))
from figures import folds_of, report

ARGS = dict(a.split("=", 1) for a in sys.argv[1:] if "=" in a)
FOLDS = [int(f) for f in ARGS.get("FOLDS", "0,1,2,3").split(",")]
D = pickle.load(open(ARGS.get("ROWS", "/tmp/exp/rows.pkl"), "rb"))
rows = [r for r in D["rows"] if r["cand"]]
classes = sorted({r["y"] for r in rows})
hand, fold = folds_of(rows)
X = DictVectorizer().fit_transform([{k: 1 for k in r["f"]} for r in rows])
y = np.array([r["y"] for r in rows]); w = np.array([r["w"] for r in rows])
lr = {}
for f in FOLDS:
    tr = [i for i in range(len(rows)) if rows[i]["k"] == "ngec" or fold[rows[i]["g"]] != f]
    if "TRAIN_BELOW" in ARGS:  # learning curve: train only on sentences numbered below N (same test folds)
        tr = [i for i in tr if rows[i]["k"] == "ngec" or int(rows[i]["k"][1:]) < int(ARGS["TRAIN_BELOW"])]
    te = [i for i in hand if fold[rows[i]["g"]] == f]
    clf = LogisticRegression(C=float(ARGS.get("C", 1)), max_iter=500, tol=1e-3).fit(X[tr], y[tr], sample_weight=w[tr])
    order = [list(clf.classes_).index(c) for c in classes]
    for i, p in zip(te, clf.predict_proba(X[te])):
        lr[i] = p[order]
report("sparse LR", lr, rows, classes, D, fold, FOLDS)
if "FT" in ARGS:
    E = np.load(ARGS["FT"])
    assert list(E["classes"]) == classes
    ft = {int(i): p for i, p in zip(E["idx"], E["p"])}
    report("fine-tuned encoder", {i: ft[i] for i in lr if i in ft}, rows, classes, D, fold, FOLDS)
    for a in (0.3, 0.5, 0.7):
        comb = {}
        for i in lr:
            if i in ft:
                z = (1 - a) * np.log(lr[i] + 1e-9) + a * np.log(ft[i] + 1e-9)
                e = np.exp(z - z.max()); comb[i] = e / e.sum()
        report(f"product a={a}", comb, rows, classes, D, fold, FOLDS)
