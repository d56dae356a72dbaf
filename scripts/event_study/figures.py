"""The study's figures for a set of out-of-fold class probabilities (shared by finetune.py and combine.py):
type accuracy on event candidates, candidate P/R/F1 at thresholds, sentence type accuracy."""
import random


def folds_of(rows):
    hand = [i for i, r in enumerate(rows) if r["k"] != "ngec"]
    docs = sorted({rows[i]["g"] for i in hand}); random.Random(13).shuffle(docs)
    return hand, {d: n % 4 for n, d in enumerate(docs)}


def report(name, oof, rows, classes, D, fold, folds):
    """oof: row index -> probabilities over classes. Prints and returns the best-threshold F1."""
    none = classes.index("NONE")
    ev = [i for i in oof if rows[i]["y"] != "NONE"]
    pred = {i: max((j for j in range(len(classes)) if j != none), key=lambda j: oof[i][j]) for i in oof}
    prob = {i: oof[i][pred[i]] for i in oof}
    tacc = sum(classes[pred[i]] == rows[i]["y"] for i in ev) / max(1, len(ev))
    print(f"{name}: n={len(oof)} ev={len(ev)} type_acc={tacc:.3f}")
    sent_group = {r["k"]: r["g"] for r in D["rows"] if r["k"] != "ngec"}
    with_ev = [s for s, t in D["hand"].items() if t and s in sent_group and fold.get(sent_group[s]) in folds]
    best_f1 = 0.0
    for thr in (0.2, 0.3, 0.4, 0.5):
        P_ = [i for i in oof if prob[i] >= thr]
        tp = sum(classes[pred[i]] == rows[i]["y"] for i in P_)
        p = tp / max(1, len(P_)); r = tp / max(1, len(ev)); f1 = 2 * p * r / max(1e-9, p + r)
        best = {}
        for i in P_:
            if rows[i]["k"] not in best or prob[i] > best[rows[i]["k"]][0]:
                best[rows[i]["k"]] = (prob[i], classes[pred[i]])
        sacc = sum(1 for s in with_ev if s in best and best[s][1] in D["hand"][s]) / max(1, len(with_ev))
        print(f"  thr{thr}: P={p:.3f} R={r:.3f} F1={f1:.3f} sent_acc={sacc:.3f}")
        best_f1 = max(best_f1, f1)
    return best_f1
