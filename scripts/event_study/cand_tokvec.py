"""Contextual MiniLM vectors of spaCy tokens (last layer, mean of each token's word pieces), numpy only."""
import numpy as np
from dateline.corpus import minilm

ENC = minilm.load()


def pieces_of(tokens, max_pieces=126):
    ids, spans = [ENC.tok.cls], []
    for t in tokens:
        p = [i for w in ENC.tok.words(t.text) for i in ENC.tok.pieces(w)]
        lo = len(ids)
        room = max_pieces + 1 - lo
        ids += p[:max(room, 0)]
        spans.append((lo, len(ids)))
    ids.append(ENC.tok.sep)
    return ids, spans


def sentence_vectors(sents, batch=32):
    """sents: list of token sequences -> list of arrays (n_tokens, 384), unit rows (zeros where truncated)."""
    enc = [pieces_of(s) for s in sents]
    out = [None] * len(sents)
    order = sorted(range(len(sents)), key=lambda i: len(enc[i][0]))
    for s in range(0, len(order), batch):
        idx = order[s:s + batch]
        L = max(len(enc[i][0]) for i in idx)
        ids = np.zeros((len(idx), L), dtype=np.int64); mask = np.zeros((len(idx), L), dtype=np.float32)
        for r, i in enumerate(idx):
            ids[r, :len(enc[i][0])] = enc[i][0]; mask[r, :len(enc[i][0])] = 1
        hid = ENC._forward(ids, mask)
        for r, i in enumerate(idx):
            vecs = np.zeros((len(enc[i][1]), hid.shape[-1]), dtype=np.float32)
            for k, (lo, hi) in enumerate(enc[i][1]):
                if hi > lo:
                    v = hid[r, lo:hi].mean(0)
                    vecs[k] = v / max(np.linalg.norm(v), 1e-6)
            out[i] = vecs
    return out
