"""Fine-tune MiniLM's top K layers + a 17-way head on the event candidates (4-fold CV grouped by document).

    python scripts/event_study/finetune.py K=2 EPOCHS=3 [FOLDS=0,1,2,3] [LR=1e-4] [NGEC=1]

Reads /tmp/exp/rows.pkl (prep.py); writes out-of-fold probabilities to /tmp/exp/ft_K{K}.npz (row index → 17
probabilities) and prints the cv_dense.py figures for the folds run.
"""
import copy, pickle, random, sys, time
from pathlib import Path

import numpy as np
import torch
from torch import nn

sys.path.insert(0, str(Path(__file__).resolve().parent))
from minilm import LAYERS, Encoder, base_model_dir, load_tokenizer, pieces_for

ARGS = dict(a.split("=", 1) for a in sys.argv[1:] if "=" in a)
K, EPOCHS = int(ARGS.get("K", 2)), int(ARGS.get("EPOCHS", 3))
LR, FOLDS = float(ARGS.get("LR", 1e-4)), [int(f) for f in ARGS.get("FOLDS", "0,1,2,3").split(",")]
USE_NGEC = ARGS.get("NGEC", "1") == "1"
torch.set_num_threads(int(ARGS.get("THREADS", 1)))
torch.manual_seed(13)

ROWS = ARGS.get("ROWS", "/tmp/exp/rows.pkl")
D = pickle.load(open(ROWS, "rb"))
rows = [r for r in D["rows"] if r["cand"]]
classes = sorted({r["y"] for r in rows})
cidx = {c: i for i, c in enumerate(classes)}
texts = sorted({r["text"] for r in rows})
tid = {t: i for i, t in enumerate(texts)}
model_dir = base_model_dir()
tok = load_tokenizer(model_dir)
enc = Encoder().load_base(model_dir).eval()

# frozen lower layers, once
t0 = time.time()
low, pieces = [], {}
with torch.inference_mode():
    for b in range(0, len(texts), 64):
        batch = tok.encode_batch(texts[b:b + 64])
        ids = torch.tensor([e.ids for e in batch]); att = torch.tensor([e.attention_mask for e in batch])
        h = enc(ids, att, upto=LAYERS - K)
        for j, e in enumerate(batch):
            n = int(att[j].sum())
            low.append(h[j, :n].clone())
            pieces[b + j] = e.offsets[:n]
print(f"lower {LAYERS - K} layers for {len(texts)} sentences: {time.time() - t0:.0f}s", flush=True)

by_text = {}
for i, r in enumerate(rows):
    by_text.setdefault(tid[r["text"]], []).append(i)
cand_pieces = {i: pieces_for(pieces[tid[r["text"]]], r["ci"] - 0, r["ce"]) or [0] for i, r in enumerate(rows)}


class Top(nn.Module):
    def __init__(self):
        super().__init__()
        self.layers = nn.ModuleList(copy.deepcopy(enc.layers[LAYERS - K:]))
        self.drop = nn.Dropout(0.1)
        self.head = nn.Linear(384, len(classes))

    def forward(self, sids):
        T = max(low[s].shape[0] for s in sids)
        h = torch.zeros(len(sids), T, 384); att = torch.zeros(len(sids), T)
        for j, s in enumerate(sids):
            n = low[s].shape[0]; h[j, :n] = low[s]; att[j, :n] = 1
        mask = att[:, None, None, :].bool()
        for layer in self.layers:
            h = layer(h, mask)
        vecs, idx = [], []
        for j, s in enumerate(sids):
            for i in by_text[s]:
                vecs.append(h[j, cand_pieces[i]].mean(0)); idx.append(i)
        return self.head(self.drop(torch.stack(vecs))), idx


hand = [i for i, r in enumerate(rows) if r["k"] != "ngec"]
docs = sorted({rows[i]["g"] for i in hand}); random.Random(13).shuffle(docs)
fold = {d: n % 4 for n, d in enumerate(docs)}
y = torch.tensor([cidx[r["y"]] for r in rows]); w = torch.tensor([r["w"] for r in rows], dtype=torch.float)
oof = {}
for f in FOLDS:
    train_s = sorted({tid[rows[i]["text"]] for i in range(len(rows))
                      if (rows[i]["k"] == "ngec" and USE_NGEC) or (rows[i]["k"] != "ngec" and fold[rows[i]["g"]] != f)})
    test_s = sorted({tid[rows[i]["text"]] for i in hand if fold[rows[i]["g"]] == f})
    top = Top()
    opt = torch.optim.AdamW([{"params": top.layers.parameters(), "lr": LR},
                             {"params": top.head.parameters(), "lr": LR * 10}], weight_decay=0.01)
    steps = EPOCHS * ((len(train_s) + 15) // 16)
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda s: max(0.0, 1 - s / steps))
    rng = random.Random(f)
    t0 = time.time()
    for ep in range(EPOCHS):
        # batches of similar length (less padding), in random order
        top.train(); order = sorted(train_s, key=lambda s: (low[s].shape[0], rng.random())); tot = 0.0
        batches = [order[b:b + 16] for b in range(0, len(order), 16)]; rng.shuffle(batches); done = 0
        for batch in batches:
            logits, idx = top(batch)
            loss = (nn.functional.cross_entropy(logits, y[idx], reduction="none") * w[idx]).sum() / w[idx].sum()
            opt.zero_grad(); loss.backward(); opt.step(); sched.step(); tot += float(loss.detach())
            done += 1
            if done % 50 == 0:
                print(f"  {done}/{len(batches)} batches {time.time() - t0:.0f}s", flush=True)
        print(f"fold {f} epoch {ep} loss {tot / (len(order) / 16):.3f} {time.time() - t0:.0f}s", flush=True)
    top.eval()
    with torch.inference_mode():
        for b in range(0, len(test_s), 64):
            logits, idx = top(test_s[b:b + 64])
            for i, p in zip(idx, torch.softmax(logits, -1).numpy()):
                oof[i] = p
np.savez(ARGS.get("OUT", f"/tmp/exp/ft_K{K}.npz"), idx=np.array(sorted(oof)), p=np.array([oof[i] for i in sorted(oof)]),
         classes=np.array(classes))

# figures (as cv_dense.py)
none = cidx["NONE"]
ev = [i for i in oof if rows[i]["y"] != "NONE"]
pred = {i: max((j for j in range(len(classes)) if j != none), key=lambda j: oof[i][j]) for i in oof}
prob = {i: oof[i][pred[i]] for i in oof}
print(f"K={K} epochs={EPOCHS} lr={LR} ngec={USE_NGEC} folds={FOLDS} n={len(oof)} ev={len(ev)} "
      f"type_acc={sum(classes[pred[i]] == rows[i]['y'] for i in ev) / len(ev):.3f}")
gold_types = {s: t for s, t in D["hand"].items()}
sent_group = {r["k"]: r["g"] for r in D["rows"] if r["k"] != "ngec"}
with_ev = [s for s, t in gold_types.items() if t and s in sent_group and fold.get(sent_group[s]) in FOLDS]
for thr in (0.2, 0.3, 0.4, 0.5):
    P_ = [i for i in oof if prob[i] >= thr]; tp = sum(classes[pred[i]] == rows[i]["y"] for i in P_)
    p = tp / max(1, len(P_)); r = tp / len(ev)
    best = {}
    for i in P_:
        if rows[i]["k"] not in best or prob[i] > best[rows[i]["k"]][0]:
            best[rows[i]["k"]] = (prob[i], classes[pred[i]])
    sacc = sum(1 for s in with_ev if s in best and best[s][1] in gold_types[s]) / max(1, len(with_ev))
    print(f"  thr{thr}: P={p:.3f} R={r:.3f} F1={2 * p * r / max(1e-9, p + r):.3f} sent_acc={sacc:.3f}")
