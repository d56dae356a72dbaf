"""Is this report an event? A learned decision for candidates whose trigger is a verb of saying (issue 9, session 33).

"Kell said the vote is on Tuesday" is no event; "Kell said the council must resign" is a REQUEST and "Kell called the
plan a disgrace" an ACCUSE. The candidate model (`learned.py`) reads such verbs mostly as no event, because most of
their occurrences are none. The gate re-decides only event or not for them, from what the report is made of: who
speaks (a named person or body, a pronoun, a noun of people, nobody), what the reported clause holds (an obligation
or a possibility, a negation, a to-infinitive after an object, a predicate, another party named, strongly rated or
event-typed words) and which classes of reporting cue the verb belongs to. It is a logistic regression that starts
from the candidate model's own log odds of an event (an offset, so that with no evidence its reading stands); the
type among events is still the candidate model's. A second kind reads the predicate of the reported clause instead
("said the mayor [lied]", the trigger older label batches chose), with who says it and of whom. Weights live in a
model's `report_gate` (kind "cue") and `reported_gate` (kind "pred"), written by
`scripts/event_study/report_gate_cv.py --halves`; no shipped model carries either (measured, not kept: docs/events.md
"Session 33 — reports"), and without them nothing changes. A third kind (session 34, `carry_gate`, written by
`scripts/event_study/report_carry.py --halves`) is learned on another label, "this report carries an event whose
source is its speaker" (batch m states it; older batches give it through their events' sources), read at the cue
and used only to lift the reported predicate; no shipped model carries it either.
"""
from __future__ import annotations

import math
from itertools import islice

from spacy.symbols import ADJ, NOUN, PROPN, VERB

ACTOR_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
REPORTED_DEPS = frozenset({"ccomp", "xcomp", "dobj", "obj", "attr", "oprd", "acomp", "prep", "dative"})
CONTENT_POS = frozenset({NOUN, VERB, ADJ, PROPN})
SUBTREE_CAP = 120
STRONG = 1.5  # VADER's mean rating from which a word is strongly rated
NONE = "NONE"
EPS = 1e-9


def _kind(tok, lex) -> str:
    """What a word stands for, as a speaker or a party: a named person, body, place-state or group; a pronoun by
    person; a noun of people or of a group; another noun."""
    if tok.ent_type_ in ACTOR_ENTS:
        return tok.ent_type_
    if tok.pos_ == "PRON":
        low = tok.lower_
        return "pron1" if low in ("i", "we") else ("pron2" if low == "you" else "pron3")
    low = tok.lemma_.lower()
    if low in lex.person_nouns:
        return "people"
    if low in lex.group_nouns:
        return "group"
    return "thing"


def _reported(tok) -> list:
    """The words of what the verb reports or takes: complement, object, predicate and prepositional phrases."""
    out = []
    for child in tok.children:
        if child.dep_ in REPORTED_DEPS:
            out += [t for t in islice(child.subtree, SUBTREE_CAP) if t.i != tok.i]
    return out


def _rating(value: float) -> str:
    if value <= -STRONG:
        return "--"
    if value >= STRONG:
        return "++"
    return "-" if value < 0 else "+"


def _content(tok, lex, words: list) -> list[str]:
    """Features of the reported words: another party named in them, the strongest VADER ratings among them, the
    PLOVER types the packaged lexicons give them, and whether that is said under a negation."""
    negated = any(t.dep_ == "neg" for t in words)
    f = ["rneg"] if negated else []
    parties = {_kind(t, lex) for t in words if t.ent_type_ in ACTOR_ENTS or (t.pos == NOUN and _kind(t, lex) != "thing")}
    f += [f"party={k}" for k in sorted(parties)] or ["party=none"]
    lemmas = {t.lemma_.lower() for t in words if t.pos in CONTENT_POS}
    if lex.valence:
        ratings = [r for r in map(lex.valence.get, lemmas) if r is not None]
        for b in sorted({_rating(min(ratings)), _rating(max(ratings))}) if ratings else ["0"]:
            f += [f"rval={b}"] + ([f"rval|neg={b}"] if negated else [])
    types = lex.word_types or {}
    f += [f"rty={t}" for t in sorted({t for w in lemmas for t in types.get(w, ())})]
    return f


def features(tok, lex, classes=()) -> list[str]:
    """Sparse features of one report candidate (strings; the gate's vocabulary keys)."""
    from .learned import mood_features, quote_features
    low = tok.lemma_.lower()
    f = [f"lem={low}"] + [f"cls={c}" for c in classes]
    subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    spk = "none" if subj is None else _kind(subj, lex)
    f += [f"spk={spk}", f"spk|cls={spk}|{classes[0] if classes else 'none'}"]
    obj = next((c for c in tok.children if c.dep_ in ("dobj", "obj", "dative")), None)
    if obj is not None:
        f.append(f"obj={_kind(obj, lex)}")
    if any(c.dep_ == "neg" for c in tok.children):
        f.append("neg")
    f += mood_features(tok) + quote_features(tok)
    f += _content(tok, lex, _reported(tok))
    return f


REPORTED_HEAD_DEPS = frozenset({"ccomp", "xcomp"})


def governing_cue(tok, cues) -> object | None:
    """The verb of saying whose reported clause this verb heads ("said [the mayor lied]", "urged them [to resign]"),
    through one coordination ("said the mayor lied and [cheated]"); None when there is none among `cues`."""
    head = tok.head
    if tok.dep_ == "conj" and head.dep_ in REPORTED_HEAD_DEPS:
        tok, head = head, head.head
    if tok.dep_ in REPORTED_HEAD_DEPS and head.pos == VERB and head.lemma_.lower() in cues and head.i != tok.i:
        return head
    return None


def predicate_features(tok, cue, lex, classes=()) -> list[str]:
    """Sparse features of a reported predicate: who says it (the cue's speaker, its lemma and groups), of whom (the
    predicate's own subject and object by kind), in which mood, and what its words hold."""
    from .learned import OBLIGATION, POSSIBILITY, quote_features
    f = [f"plem={tok.lemma_.lower()}", f"cue={cue.lemma_.lower()}"] + [f"ccls={c}" for c in classes]
    spk = next((c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    skind = "none" if spk is None else _kind(spk, lex)
    pkind = "none" if subj is None else _kind(subj, lex)
    f += [f"spk={skind}", f"psubj={pkind}", f"spk|psubj={skind}|{pkind}"]
    obj = next((c for c in tok.children if c.dep_ in ("dobj", "obj", "dative")), None)
    if obj is not None:
        f.append(f"pobj={_kind(obj, lex)}")
    aux = {c.lower_ for c in tok.children if c.dep_ in ("aux", "auxpass")}
    f.append("pmood=oblige" if aux & OBLIGATION else ("pmood=possible" if aux & POSSIBILITY else "pmood=plain"))
    if "to" in aux:
        f.append("pmood=inf")
    if any(c.dep_ == "neg" for c in tok.children):
        f.append("pneg")
    f += quote_features(tok)
    return f + _content(tok, lex, _reported(tok))


def reading(gate: dict | None, tok, lex) -> list | None:
    """The gate's features of a candidate it reads, else None. A gate of kind "cue" (`report_gate`) reads the verbs
    of saying it lists; of kind "pred" (`reported_gate`), the verbs heading the clauses those verbs report; of kind
    "carry" (`carry_gate`), those same predicates by their cue: the cue's features, led by the candidate model's own
    probability of no event at the cue (a float)."""
    if not gate or tok.pos != VERB:
        return None
    lemmas = gate["lemmas"]
    kind = gate.get("kind", "cue")
    if kind == "cue":
        low = tok.lemma_.lower()
        return features(tok, lex, lemmas[low]) if low in lemmas else None
    cue = governing_cue(tok, lemmas)
    if cue is None:
        return None
    if kind == "carry":
        from .learned import features as candidate_features, score
        at_cue = score(lex.model, candidate_features(cue, lex)).get(NONE, 0.0)
        return [at_cue] + features(cue, lex, lemmas[cue.lemma_.lower()])
    return predicate_features(tok, cue, lex, lemmas[cue.lemma_.lower()])


def _gated(gate: dict, p_none: float, feats) -> float:
    """The gate's probability: its weight on the log odds of an event, its bias and its features' weights."""
    p_none = min(1.0 - EPS, max(EPS, p_none))
    z = gate["base"] * math.log((1.0 - p_none) / p_none) + gate["bias"]
    weights = gate["weights"]
    z += sum(weights.get(name, 0.0) for name in set(feats))
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def rescore(gate: dict, feats: list, probs: dict[str, float]) -> dict[str, float]:
    """The class probabilities with the chance of an event re-decided by the gate: the candidate model's log odds of
    an event times the gate's weight on them, plus the features' weights; the event types keep their shares. A
    "carry" gate reads the cue instead (`feats[0]` its probability of no event) and only lifts: when the report
    carries an event of its speaker with a probability q of at least its `lift` and above this predicate's own chance
    of an event, the predicate's chance becomes q."""
    p_none = min(1.0 - EPS, max(EPS, probs.get(NONE, 0.0)))
    if gate.get("kind") == "carry":
        q = _gated(gate, feats[0], feats[1:])
        if q < gate["lift"] or q <= 1.0 - p_none:
            return probs
    else:
        q = _gated(gate, p_none, feats)
    scale = q / (1.0 - p_none)
    return {c: (1.0 - q if c == NONE else p * scale) for c, p in probs.items()}
