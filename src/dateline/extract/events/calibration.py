"""How likely an event is right as a whole — its type and its roles together (issue 9, item 4).

An event's raw confidence comes from different places: the candidate model's calibrated probability
that the trigger reports an event of that type (verb, light-verb and nominal events), the speech
model's probability for a (quotation, actor) pair, or a rule's own estimate. None of them says how often
the finished event — type, source and recipient — is right: held out, evaluative-speech events at 0.5
are right about one time in five while verb events at 0.5 are right about half the time.

This module maps what the finished event shows (rule family, type, raw confidence, whether it has a
recipient, modality, whether it was said inside a quotation, what kinds of actors fill its roles) through a logistic regression fitted on end-to-end outcomes that no model had
seen: the events each half of the hand-labelled training documents gets from the candidate and speech
models trained without that half (`scripts/train_calibration.py`). The weights ship as
`knowledge/data/events/calibration.json`; without that file the raw confidence stands.
"""
from __future__ import annotations

import math

__all__ = ["features", "probability"]


def features(ev, kind_of, in_quote: bool) -> dict[str, float]:
    """What the finished event shows, as named numbers (the calibration model's input).
    `ev.confidence` is read before calibration (merged restatements have already raised it);
    `kind_of` maps an actor id to its kind (or None)."""
    family = ev.rule.split(".", 1)[0]
    conf = float(ev.confidence)
    has_recipient = bool(ev.target or ev.others)
    out = {
        f"family={family}": 1.0,
        f"type={ev.type}": 1.0,
        "confidence": conf,
        f"confidence|family={family}": conf,
        f"modality={ev.modality}": 1.0,
        "no_recipient": 0.0 if has_recipient else 1.0,
        "several_sources": 1.0 if len(ev.source) > 1 else 0.0,
        "in_quote": 1.0 if in_quote else 0.0,
        "no_source": 0.0 if ev.source else 1.0,
    }
    if not has_recipient:
        out[f"no_recipient|type={ev.type}"] = 1.0
    for role, ids in (("source", ev.source), ("target", ev.target or ev.others)):
        if ids:
            out[f"{role}_kind={kind_of(ids[0]) or 'unknown'}"] = 1.0
    return out


def probability(model: dict, feats: dict[str, float]) -> float:
    """The fitted chance that the event is right (logistic regression stored as named weights)."""
    weights = model["weights"]
    z = model["intercept"] + sum(weights.get(name, 0.0) * value for name, value in feats.items())
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
