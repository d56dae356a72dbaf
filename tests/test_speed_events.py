"""Speed changes in the events stage that must not change output: the indexed dictionary search finds the pattern a
scan of every pattern finds, and the matrix scoring adds the same floating-point numbers in the same order as a loop."""
from __future__ import annotations

import json
import math
import random

from conftest import ROOT
from dateline.extract.events.dictionary import _candidates, _compiled, _holds, _Prefixes
from dateline.extract.events.learned import score
from dateline.knowledge.events import EventDictionary


def _scan(dic, verb, clause):
    """The first pattern that holds, trying every pattern in order (the matcher before the index)."""
    prts, preps, obj, subj = clause
    pre = (_Prefixes(obj), _Prefixes(subj))
    return next((p for p in verb.patterns if _holds(dic, p, prts, preps, obj, subj, *pre)), None)


def _indexed(dic, verb, clause):
    prts, preps, obj, subj = clause
    pre = (_Prefixes(obj), _Prefixes(subj))
    return next((verb.patterns[i] for i in _candidates(dic, verb, prts, preps, obj, subj)
                 if _holds(dic, verb.patterns[i], prts, preps, obj, subj, *pre)), None)


def _clauses(dic, verb, rng, n):
    """Random clauses made of the words the verb's patterns name (synonym set members, words a stem begins)."""
    pool = set()
    for p in verb.patterns:
        pool |= p.obj_plain | p.subj_plain | p.preps | p.particles
        for w in p.obj_other + p.subj_other:
            if w.startswith("&"):
                pool |= set(sorted(dic.synsets.get(w, ()))[:3])
            elif w.endswith("*"):
                pool.add(w[:-1] + rng.choice(["", "e", "ion", "ing"]))
    pool = sorted(pool)
    for _ in range(n):
        pick = lambda k: set(rng.sample(pool, min(len(pool), rng.randint(0, k))))  # noqa: E731
        yield frozenset(pick(2)), pick(3), pick(8), pick(4)


def test_indexed_search_finds_the_pattern_a_full_scan_finds():
    data = json.loads((ROOT / "src/dateline/knowledge/data/events/dictionary.json").read_text(encoding="utf-8"))
    dic, rng = EventDictionary(data), random.Random(19)
    lemmas = sorted(dic.verbs)
    checked = matched = 0
    for lemma in rng.sample(lemmas, 250) + ["accuse", "attack", "meet", "negotiate", "pledge", "sign", "urge"]:
        verb = _compiled(dic, lemma)
        for clause in _clauses(dic, verb, rng, 20) if verb.patterns else ():
            want = _scan(dic, verb, clause)
            assert _indexed(dic, verb, clause) is want, (lemma, clause)
            checked, matched = checked + 1, matched + (want is not None)
    assert checked > 2000 and matched > checked // 3  # the clauses do exercise the patterns


def test_toy_dictionary_stems_sets_and_unindexable_patterns():
    toy = {"cameo": {"111": ["ACCUSE", None], "036": ["AGREE", None], "138": ["THREATEN", None]},
           "synsets": {"&pledge": ["pledge", "promise"], "&empty": []},
           "verbs": {"scold": [["111", [], [], [], [], "toy"], ["036", [], [], ["negotiat*"], [], "toy"],
                               ["138", [], [], ["&pledge"], [], "toy"], ["---", [], [], ["&empty"], [], "toy"],
                               ["138", [], [], ["ab*"], [], "toy"]]}}
    dic = EventDictionary(toy)
    verb = _compiled(dic, "scold")
    for obj in ({"negotiators"}, {"negotiat"}, {"negotia"}, {"promise"}, {"pledge", "negotiation"}, {"abc"},
                {"ab"}, set(), {"&empty"}, {"&pledge"}):
        clause = (frozenset(), set(), obj, set())
        assert _indexed(dic, verb, clause) is _scan(dic, verb, clause), obj


def _loop_score(model, feats):
    z = list(model["intercept"])
    for name in feats:
        for k, v in enumerate(model["weights"].get(name, ())):
            z[k] += v
    top = max(z)
    exp = [math.exp(v - top) for v in z]
    return {c: e / sum(exp) for c, e in zip(model["classes"], exp)}


def test_matrix_scores_equal_loop_scores_bit_for_bit():
    rng = random.Random(7)
    classes = ["A", "B", "C", "NONE"]
    model = {"classes": classes, "intercept": [rng.uniform(-3, 3) for _ in classes],
             "weights": {f"f{i}": [rng.uniform(-1, 1) * 10 ** rng.randint(-6, 2) for _ in classes] for i in range(300)}}
    for _ in range(500):
        feats = [f"f{rng.randrange(330)}" for _ in range(rng.randint(0, 40))]  # repeats and unknown names too
        assert score(model, feats) == _loop_score(model, feats)
    other = {"classes": ["X", "NONE"], "intercept": [0.5, 0.0], "weights": {"f1": [1.0, 0.0]}}
    assert score(other, ["f1"]) == _loop_score(other, ["f1"])  # a second model is not scored with the first's rows
