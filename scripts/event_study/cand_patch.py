"""Monkeypatch: the candidate model's probabilities include the dense MiniLM trigger vector when the model has one."""
import math
import numpy as np
from dateline.extract.events import learned as L
import cand_tokvec as tokvec


_CACHE = {"doc": None, "V": None, "starts": None}


def _vec(tok, variant):
    doc = tok.doc
    if _CACHE["doc"] is not doc:
        sents = list(doc.sents)
        _CACHE["doc"], _CACHE["starts"] = doc, {s.start: k for k, s in enumerate(sents)}
        _CACHE["sents"] = sents
        _CACHE["V"] = tokvec.sentence_vectors([list(s) for s in sents])
    s = tok.sent
    V = _CACHE["V"][_CACHE["starts"][s.start]]
    v = V[tok.i - s.start]
    if variant == "vh":
        h = tok.head
        vh = V[h.i - s.start] if s.start <= h.i < s.end else np.zeros(384, np.float32)
        v = np.concatenate([v, vh])
    return v


def _probs(tok, lex):
    memo = L._memo(tok)
    key = ("probs", tok.i)
    if key not in memo:
        m = lex.model
        if "dense" in m:
            feats = L.features(tok, lex)
            z = np.array(m["intercept"], dtype=np.float64)
            W = m["weights"]
            for n in feats:
                wv = W.get(n)
                if wv is not None:
                    z += wv
            D = m.setdefault("_D", np.array(m["dense"]["weights"], dtype=np.float32))
            z += D @ (_vec(tok, m["dense"]["variant"]) * m["dense"]["scale"])
            e = np.exp(z - z.max()); e /= e.sum()
            memo[key] = {c: float(p) for c, p in zip(m["classes"], e)}
        else:
            memo[key] = L.score(m, L.features(tok, lex))
    return memo[key]


L._probs = _probs
