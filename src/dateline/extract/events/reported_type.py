"""A second stage for the candidate model: general verbs of saying typed by what they report (issue 9, session 32).

"Kell said the council must resign" is a REQUEST, "Kell said the plan was a disgrace" an ACCUSE, "Kell said the
offer was fair" a SUPPORT: the verb is the same, and the first stage (sparse features, `learned.py`) sees the
reported words only as rare lemmas. For the verbs whose labelled events spread over several types (chosen from the
training labels by `scripts/train_events.py`, listed in the model's `second_stage.lemmas`), a small multinomial
logistic regression re-reads the first stage's probabilities together with spaCy's own token vectors
(`doc.tensor`, already computed by the parse) averaged over the reported words, so that words of a kind share
strength ("must resign" and "should step down").
"""
from __future__ import annotations

import math
from collections import Counter, defaultdict
from itertools import islice

import numpy

REPORTED_DEPS = frozenset({"ccomp", "xcomp", "dobj", "obj", "attr", "oprd", "acomp", "prep", "dative", "advcl"})
CONTENT_POS = frozenset({"NOUN", "VERB", "ADJ", "PROPN", "ADV", "AUX"})
SUBTREE_CAP = 120
FLOOR = 1e-9


def reported_tokens(tok) -> list:
    """The content words of what the trigger reports or takes: its complement clause, object, predicate and
    prepositional phrases ("said [the council must resign]", "called [the plan a disgrace]"), in order, with
    negations; at most SUBTREE_CAP tokens per phrase."""
    out = []
    for child in tok.children:
        if child.dep_ in REPORTED_DEPS:
            out += [t for t in islice(child.subtree, SUBTREE_CAP)
                    if t.i != tok.i and (t.pos_ in CONTENT_POS or t.dep_ == "neg")]
    return sorted(out, key=lambda t: t.i)


def pooled(doc, toks) -> numpy.ndarray:
    """The mean of the tokens' rows of `doc.tensor`, scaled to unit length (zeros without tokens or tensor)."""
    tensor = getattr(doc, "tensor", None)
    width = tensor.shape[1] if tensor is not None and tensor.ndim == 2 and tensor.shape[0] == len(doc) else 0
    if not toks or not width:
        return numpy.zeros(width or 96, dtype=numpy.float32)
    mean = tensor[[t.i for t in toks]].mean(axis=0)
    norm = float(numpy.linalg.norm(mean))
    return (mean / norm if norm > 0 else mean).astype(numpy.float32)


def spread(pairs, min_events: int, max_share: float) -> set[str]:
    """Lemmas whose labelled events spread over several types: (lemma, label) pairs, NONE included; a lemma with at
    least `min_events` events whose commonest event type is under `max_share` of them."""
    by = defaultdict(Counter)
    for lemma, label in pairs:
        if label != "NONE":
            by[lemma][label] += 1
    return {lem for lem, c in by.items() if sum(c.values()) >= min_events
            and c.most_common(1)[0][1] < max_share * sum(c.values())}


_PACKED: dict[int, tuple] = {}  # id(stage) -> (stage, lemmas, classes, matrix, bias, scale)


def _packed(stage: dict) -> tuple:
    got = _PACKED.get(id(stage))
    if got is None or got[0] is not stage:
        got = (stage, frozenset(stage["lemmas"]), stage["classes"], numpy.array(stage["matrix"], dtype=numpy.float32),
               numpy.array(stage["bias"], dtype=numpy.float32), float(stage["scale"]))
        if len(_PACKED) >= 4:
            _PACKED.clear()
        _PACKED[id(stage)] = got
    return got


def applies(stage: dict | None, tok) -> bool:
    """Does the second stage read this candidate (a verb whose lemma it lists)?"""
    return bool(stage) and tok.pos_ == "VERB" and tok.lemma_.lower() in _packed(stage)[1]


def rescore(stage: dict, tok, probs: dict[str, float]) -> dict[str, float]:
    """The class probabilities after the second stage: the first stage's log probabilities plus the stage's
    correction from the reported words' vector, through a softmax."""
    _, _, classes, matrix, bias, scale = _packed(stage)
    z = numpy.array([math.log(max(FLOOR, probs.get(c, 0.0))) for c in classes], dtype=numpy.float32)
    z = z + matrix @ (pooled(tok.doc, reported_tokens(tok)) * scale) + bias
    z = numpy.exp(z - z.max())
    z /= z.sum()
    return {c: float(v) for c, v in zip(classes, z)}


def fit_offset(base: numpy.ndarray, dense: numpy.ndarray, labels: numpy.ndarray, weights: numpy.ndarray,
               penalty: float) -> tuple[numpy.ndarray, numpy.ndarray]:
    """Training only: (matrix, bias) of a multinomial logistic regression on `dense` whose scores start from the first
    stage's log probabilities `base` (n x classes) — a correction of the first stage, pulled towards none by an L2
    `penalty` on the matrix (and the bias), so that with no evidence the first stage's reading stands."""
    from scipy.optimize import minimize
    n, k = base.shape
    d = dense.shape[1]
    onehot = numpy.zeros((n, k))
    onehot[numpy.arange(n), labels] = 1.0

    def loss(theta):
        mat, bias = theta[:d * k].reshape(d, k), theta[d * k:]
        z = base + dense @ mat + bias
        z -= z.max(axis=1, keepdims=True)
        logp = z - numpy.log(numpy.exp(z).sum(axis=1, keepdims=True))
        value = -(weights * (onehot * logp).sum(axis=1)).sum() + 0.5 * penalty * (theta @ theta)
        resid = (numpy.exp(logp) - onehot) * weights[:, None]
        grad = numpy.concatenate([(dense.T @ resid).ravel(), resid.sum(axis=0)]) + penalty * theta
        return value, grad

    got = minimize(loss, numpy.zeros(d * k + k), jac=True, method="L-BFGS-B", options={"maxiter": 300})
    return got.x[:d * k].reshape(d, k).T.copy(), got.x[d * k:].copy()
