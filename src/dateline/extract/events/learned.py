"""The learned decision over event candidates: is this word an event report, and of which PLOVER type.

Candidates are the verbs and nominalisations the compiled dictionary (or the hand lexicon) lists.
Each is described by sparse features of its construction in the parse — lemma, particles,
prepositions, object head, the dictionary's best pattern (code, PLOVER type, how specific), the
hand lexicon's reading, the governing verb of a complement clause, voice, negation, the subject's
kind — and scored by a multinomial logistic regression trained by `scripts/train_events.py` on data
that is not evaluation data (hand-labelled news sentences, synthetic stories). The weights ship as
plain JSON (`knowledge/data/events/model.json`): classes, feature -> per-class weights, intercepts,
and an isotonic map from the top probability to the calibrated chance that the decision is right.
Scoring sums the weight rows of the features present (numpy, as spaCy has it; no sklearn at run time).
"""
from __future__ import annotations

from itertools import islice

import math
from bisect import bisect_right

import numpy
from numpy import flatnonzero
from spacy.attrs import POS
from spacy.symbols import ADJ, AUX, NOUN, PROPN, VERB

from .. import doc_text
from . import report_gate, reported_type
from .amounts import counted_noun, is_count
from .dictionary import Match, match_noun, match_verb
from .triggers import direct_object, is_passive, noun_sense, verb_sense

NONE = "NONE"
CONTEXT_DEPS = frozenset({"dobj", "obj", "prep", "dative", "agent", "xcomp", "attr", "oprd", "acomp", "nsubjpass", "ccomp"})
GOVERNED = frozenset({"xcomp", "ccomp", "advcl", "acl", "relcl", "conj", "pcomp", "pobj", "dobj"})


def _dict_match(tok, lex) -> Match | None:
    dic = lex.dictionary
    if dic is None:
        return None
    memo = _memo(tok)
    key = ("match", tok.i)
    if key not in memo:
        memo[key] = match_verb(dic, tok) if tok.pos_ == "VERB" else match_noun(dic, tok)
    return memo[key]


MEMO_KEY = "dateline.events.memo"
GATES = ("report_gate", "reported_gate", "carry_gate")  # report_gate.py's gates a model may carry (none by default)


def _memo(tok) -> dict:
    """Per-document memo of dictionary matches and model scores, kept on the Doc itself."""
    return tok.doc.user_data.setdefault(MEMO_KEY, {})


def _probs(tok, lex) -> dict[str, float]:
    memo = _memo(tok)
    key = ("probs", tok.i)
    if key not in memo:
        probs = score(lex.model, features(tok, lex))
        stage = lex.model.get("second_stage")
        if stage and reported_type.applies(stage, tok):  # a general verb of saying, typed by what it reports
            probs = reported_type.rescore(stage, tok, probs)
        for name in GATES:  # a verb of saying, or the predicate it reports: event or not re-decided by a gate
            gate = lex.model.get(name)
            feats = report_gate.reading(gate, tok, lex) if gate else None
            if feats is not None:
                probs = report_gate.rescore(gate, feats, probs)
        memo[key] = probs
    return memo[key]


def _noun_cue(tok) -> bool:
    """A noun reads as an event only in an event-like construction: with a possessor or a
    prepositional argument ('the attack on X by Y', 'X's refusal to …'), as the object of a verb
    ('launched an investigation') or the subject of a clause ('the talks collapsed')."""
    if tok.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj", "conj"):
        return True
    return any(c.dep_ in ("poss", "prep", "acl") for c in tok.children)


def is_candidate(tok, lex) -> bool:
    low = tok.lemma_.lower()
    if tok.pos_ == "VERB":
        return low in lex.verbs or (lex.dictionary is not None and low in lex.dictionary.typed)
    if tok.pos_ == "NOUN":
        listed = low in lex.nouns or (lex.dictionary is not None and (low in lex.dictionary.nouns
                                                                     or tok.lower_ in lex.dictionary.nouns))
        return listed and _noun_cue(tok)
    return False


def candidates(span, lex) -> list:
    """Candidate tokens of a sentence or document, in order (only verbs and nouns are made Tokens and looked at)."""
    doc = span.doc
    if not len(span):
        return []
    start = 0 if span is doc else span.start
    pos = span.to_array([POS]).reshape(-1)
    return [t for t in map(doc.__getitem__, (start + flatnonzero((pos == VERB) | (pos == NOUN))).tolist())
            if is_candidate(t, lex)]


def _hand_type(tok, lex) -> str:
    try:
        if tok.pos_ == "VERB":
            got = verb_sense(tok, lex)
        else:
            got = noun_sense(tok, lex, light=tok.dep_ in ("dobj", "nsubjpass") and tok.head.lemma_.lower() in lex.light_verbs)
    except (KeyError, TypeError, AttributeError):
        got = None
    return got[0] if got else "none"


SUBTREE_CAP = 250


STRONG_RATING = 1.5  # VADER's mean rating from which a word is strongly rated ("reckless" -1.6, "praise" +2.6)
# CAMEO's verbal roots (statements, appeals, intentions, consultation, diplomatic cooperation; demands, disapproval,
# rejection, threats): a verb the dictionary reads under one of them is a speech act whatever it judges
VERBAL_ROOTS = frozenset({"01", "02", "03", "04", "05", "10", "11", "12", "13"})
ACTOR_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
CONTEXT_POS = frozenset({NOUN, VERB, ADJ, PROPN})


def _rating_bin(rating: float) -> str:
    if rating <= -STRONG_RATING:
        return "--"
    if rating >= STRONG_RATING:
        return "++"
    return "-" if rating < 0 else "+"


def _actor_like(tok, lex) -> bool:
    """A named party, a pronoun of people, or a noun of people or a group ("the senator", "the union")."""
    if tok.ent_type_ in ACTOR_ENTS:
        return True
    if tok.pos_ == "PRON":
        return tok.lower_ not in ("it", "this", "that", "itself")
    low = tok.lemma_.lower()
    return low in lex.person_nouns or low in lex.group_nouns


VALENCE_GROUPS = frozenset({"val", "frame", "cval"})


def valence_features(tok, lex, match: Match | None, obj, ctx: set[str], groups=VALENCE_GROUPS) -> list[str]:
    """The prior valence of the trigger word and of the words of the phrases on it (VADER's human ratings, binned),
    alone and with the frame it is said in: a speech act (the dictionary's verbal roots or an evaluative verb), an
    object that is a party ("knocked the senator" against "knocked the door"), negation. "Blasted Kell for a
    reckless plan": the trigger's own rating and the complement's carry the judgement where the word is rare."""
    rated = lex.valence
    if not rated:
        return []
    low = tok.lemma_.lower()
    frames = []
    if (match is not None and match.code[:2] in VERBAL_ROOTS) or low in lex.evaluative_verbs:
        frames.append("speech")
    if obj is not None and _actor_like(obj, lex):
        frames.append("objactor")
    if any(c.dep_ == "neg" for c in tok.children):
        frames.append("neg")
    rating = rated.get(tok.lower_, rated.get(low))
    trig = _rating_bin(rating) if rating is not None else "0"
    f = [f"val={trig}"] if "val" in groups else []
    if "frame" in groups:
        f += [f"val={trig}|{fr}" for fr in frames]
    if "cval" in groups:
        ratings = [r for r in map(rated.get, ctx) if r is not None]
        bins = sorted({_rating_bin(min(ratings)), _rating_bin(max(ratings))}) if ratings else ["0"]
        for b in bins:
            f.append(f"cval={b}")
            if "frame" in groups:
                f += [f"cval={b}|{fr}" for fr in frames]
    return f


OBLIGATION = frozenset({"should", "must", "ought", "need", "shall"})
POSSIBILITY = frozenset({"will", "would", "could", "can", "may", "might", "'ll", "wo", "ca"})
QUOTE_MARKS = '"\u201c\u201d'
MOOD_GROUPS = frozenset({"mood", "quote"})


def _complement(tok):
    """The clause the trigger takes as its complement ("said that X should go", "urged X to go"), or None."""
    return next((c for c in tok.children if c.dep_ in ("ccomp", "xcomp")), None) or next(
        (c for c in tok.children if c.dep_ == "acl" and c.pos in (VERB, AUX)), None)


def mood_features(tok) -> list[str]:
    """The mood of what the trigger reports: an obligation or a possibility in its complement clause, a negated
    complement, a to-infinitive after an object (a demand or a persuasion: "urged the mayor to resign"), a predicate
    saying what someone is ("called the plan a disgrace", "said Kell is unfit"), and the complement's verb."""
    own = {c.lower_ for c in tok.children if c.dep_ in ("aux", "auxpass")}
    f = ["tmood=oblige"] if own & OBLIGATION else (["tmood=possible"] if own & POSSIBILITY else [])
    if any(c.dep_ == "oprd" for c in tok.children):
        f.append("cmood=pred")
    comp = _complement(tok)
    if comp is None:
        return f + ["cmood=none"]
    kids = list(comp.children)
    words = {c.lower_ for c in kids if c.dep_ in ("aux", "auxpass")}
    f.append(f"clem={comp.lemma_.lower()}")
    semi = comp.lemma_ in ("have", "need") and any(c.dep_ == "xcomp" for c in kids)  # "the council has to act"
    if words & OBLIGATION or semi:
        f.append("cmood=oblige")
    elif words & POSSIBILITY:
        f.append("cmood=possible")
    if any(c.dep_ == "neg" for c in kids):
        f.append("cmood=neg")
    if comp.dep_ == "xcomp" and "to" in words:
        obj = any(c.dep_ in ("dobj", "obj") for c in tok.children) or any(c.dep_ == "nsubj" for c in kids)
        f.append("cmood=inf|obj" if obj else "cmood=inf")
    if comp.lemma_ == "be" or any(c.dep_ in ("attr", "acomp") for c in kids):
        f.append("cmood=pred")
    if any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in kids):
        f.append("cmood=whether")
    return f


def quote_features(tok) -> list[str]:
    """Is the trigger inside quotation marks in its sentence (the speaker's own words), and who is its subject
    there: the speaker ("we will fight"), the one spoken to, or a third party."""
    before = doc_text(tok.doc)[tok.sent.start_char:tok.idx]  # (the Doc's text built once, not per candidate)
    inside = sum(before.count(q) for q in QUOTE_MARKS) % 2 == 1
    f = ["inquote"] if inside else []
    subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and subj.pos_ == "PRON":
        person = "1" if subj.lower_ in ("i", "we") else ("2" if subj.lower_ == "you" else "3")
        f.append(f"subjp={person}" + ("|q" if inside else ""))
    return f


REPORT_GROUPS = frozenset({"rtype", "rval"})


def report_features(tok, lex, match: Match | None, ctx: set[str], groups=REPORT_GROUPS) -> list[str]:
    """What the reported words make of the report. A verb of saying ("said", "called") is typed by what it reports:
    the PLOVER types the packaged lexicons give the content words on the trigger (`lex.word_types`: the hand
    lexicon, its evaluation words, CAMEO's bare patterns), each also with the report's clause negated ("said it
    would not accept the offer": an AGREE word denied) and with the trigger's CAMEO root (so a verb of saying and a
    verb of fighting weigh them apart); an obligation in the reported clause ("said the council must resign"); with
    `rval`, VADER's strongest ratings among those words ("called the plan a triumph")."""
    root = match.code[:2] if match is not None else "none"
    types = lex.word_types or {}
    found = sorted({t for w in ctx for t in types.get(w, ())}) or ["none"]
    comp = _complement(tok)
    kids = list(comp.children) if comp is not None else []
    negated = any(c.dep_ == "neg" for c in kids) or any(c.dep_ == "neg" for c in tok.children)
    f = []
    if "rtype" in groups:
        for t in found:
            f += [f"rty={t}", f"rty|root={t}|{root}"] + ([f"rty|neg={t}"] if negated else [])
        if {c.lower_ for c in kids if c.dep_ in ("aux", "auxpass")} & OBLIGATION:
            f += ["rmood=oblige", f"rmood|root=oblige|{root}"]
    if "rval" in groups and lex.valence:
        ratings = [r for r in map(lex.valence.get, ctx) if r is not None]
        for b in sorted({_rating_bin(min(ratings)), _rating_bin(max(ratings))}) if ratings else ["0"]:
            f += [f"rval={b}", f"rval|root={b}|{root}"] + ([f"rval|neg={b}"] if negated else [])
    return f


def features(tok, lex, match: Match | None = None, groups=None) -> list[str]:
    """Sparse features of one candidate token (strings; the model's vocabulary keys). `groups`: the optional
    feature groups to add (default: those the model was trained with, its `feature_groups`)."""
    if groups is None:
        groups = (lex.model or {}).get("feature_groups", ())
    low = tok.lemma_.lower()
    pos = tok.pos_
    match = match if match is not None else _dict_match(tok, lex)
    f = [f"lem={low}", f"pos={pos}", f"tag={tok.tag_}", f"dep={tok.dep_}"]
    if match is not None:
        spec = "0" if match.words == 0 else ("1" if match.words == 1 else "2")
        f += [f"dt={match.type or NONE}", f"dc2={match.code[:2]}", f"dc={match.code}", f"dspec={spec}",
              f"dt|spec={match.type or NONE}|{spec}", f"ddef={match.default_type or NONE}",
              f"dorig={match.origin.split(':')[0]}"]
    else:
        f.append("dt=absent")
    f.append(f"hl={_hand_type(tok, lex)}")
    kids = [(c, c.dep_) for c in tok.children]
    f += [f"lem|prt={low}|{c.lower_}" for c, dep in kids if dep == "prt"]
    for c, dep in kids:
        if dep in ("prep", "agent", "dative"):
            f += [f"prep={c.lower_}", f"lem|prep={low}|{c.lower_}"]
        elif dep == "neg":
            f.append("neg")
        elif dep == "poss":
            f.append("poss")
        elif dep in ("xcomp", "ccomp"):
            f.append(f"comp={dep}")
    obj = direct_object(tok) if pos == "VERB" else None
    if obj is not None:  # a measured object is read as what it counts ('sent 40 tonnes of food': food)
        obj = counted_noun(obj, lex) or obj
        f += [f"obj={obj.lemma_.lower()}", f"lem|obj={low}|{obj.lemma_.lower()}", f"objent={obj.ent_type_ or obj.pos_}"]
    if pos == "VERB":
        f.append("passive" if is_passive(tok) else "active")
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        f.append(f"subj={(subj.ent_type_ or subj.pos_) if subj is not None else 'none'}")
    if tok.dep_ in GOVERNED and tok.head != tok:
        gov = tok.head.lemma_.lower()
        f += [f"gov={gov}", f"gov|dep={gov}|{tok.dep_}"]
    ctx, ents = _context_and_entities(tok, kids)
    f += [f"ctx={w}" for w in sorted(ctx)[:12]]
    f += [f"ent={e}" for e in sorted(ents)]
    return f + _optional_features(tok, lex, match, obj, ctx, frozenset(groups)) if groups else f


def _context_and_entities(tok, kids: list) -> tuple[set[str], set[str]]:
    """The content words of the phrases hanging on the trigger by CONTEXT_DEPS ("of war crimes", "to the ceasefire"),
    and the actor entity types among the first SUBTREE_CAP words of the trigger's subtree, in one walk. Each phrase
    is read up to SUBTREE_CAP words: the same features on any ordinary sentence, bounded work on a run-on one (a
    10,000-token sentence without punctuation). spaCy's subtree is the left children's subtrees, the trigger, then
    the right children's, so a child's words serve both sets (read once, not once per set)."""
    ctx: set[str] = set()
    types: set[int] = set()  # entity types as ids (a label string per word costs a lookup), named once each
    left, before = SUBTREE_CAP, True  # words of the trigger's subtree still read for entity types; still left of it
    for c, dep in kids:
        if before and c.i > tok.i:
            before = False
            if left:
                types.add(tok.ent_type)
                left -= 1
        if dep in CONTEXT_DEPS:
            sub = list(islice(c.subtree, SUBTREE_CAP))
            ctx.update(t.lemma_.lower() for t in sub
                       if t.pos in CONTEXT_POS and t.i != tok.i and (t.pos != NOUN or not is_count(t)))
        elif left:
            sub = list(islice(c.subtree, left))
        else:
            continue
        if left:
            types.update(t.ent_type for t in sub[:left])
            left -= min(left, len(sub))
    if before and left:
        types.add(tok.ent_type)
    labels = tok.doc.vocab.strings
    return ctx, {labels[e] for e in types if e} & ACTOR_ENTS


def _optional_features(tok, lex, match: Match | None, obj, ctx: set[str], groups: frozenset) -> list[str]:
    """The features of the optional groups a model lists (`feature_groups`)."""
    f = valence_features(tok, lex, match, obj, ctx, groups) if groups & VALENCE_GROUPS else []
    if "mood" in groups:
        f += mood_features(tok)
    if "quote" in groups:
        f += quote_features(tok)
    if groups & REPORT_GROUPS:
        f += report_features(tok, lex, match, ctx, groups)
    return f


_PACKED: dict[int, tuple] = {}  # id(model) -> (model, row of each feature, weight matrix); the latest few models


def _packed(model: dict) -> tuple[dict, numpy.ndarray]:
    """The model's weights as one matrix, a row per feature and the intercepts last, and each feature's row; built
    once per model (the model is kept with them, so its id cannot be reused while they are)."""
    got = _PACKED.get(id(model))
    if got is None or got[0] is not model:
        weights = model["weights"]
        matrix = numpy.array([*weights.values(), model["intercept"]], dtype=float).reshape(len(weights) + 1, -1)
        got = (model, {name: row for row, name in enumerate(weights)}, matrix)
        if len(_PACKED) >= 4:
            _PACKED.clear()  # (not one entry popped: clear() is one step, safe should threads share the module)
        _PACKED[id(model)] = got
    return got[1], got[2]


def score(model: dict, feats: list[str]) -> dict[str, float]:
    """Class probabilities (softmax of the linear scores). The scores add the intercepts and then each present
    feature's weights in the features' order, one addition at a time: numpy reduces the taken rows down axis 0
    row after row into the output (the same floating-point sums as a loop, and as the running sum this used to
    take the last row of; pairwise summation applies only along the contiguous axis)."""
    row_of, matrix = _packed(model)
    rows = [len(matrix) - 1]
    rows += [row for row in map(row_of.get, feats) if row is not None]
    z = numpy.add.reduce(matrix.take(rows, axis=0), axis=0).tolist()
    top = max(z)
    exp = [math.exp(v - top) for v in z]
    total = sum(exp)
    return {c: e / total for c, e in zip(model["classes"], exp)}


def calibrated(model: dict, p: float) -> float:
    """The chance that a candidate whose likeliest event type has probability p is an event of that
    type (isotonic map fitted on held-out folds of the training data); p itself without a map."""
    cal = model.get("calibration")
    if not cal:
        return p
    xs, ys = cal["x"], cal["y"]
    i = bisect_right(xs, p)
    if i == 0:
        return ys[0]
    if i >= len(xs):
        return ys[-1]
    x0, x1, y0, y1 = xs[i - 1], xs[i], ys[i - 1], ys[i]
    return y0 if x1 == x0 else y0 + (y1 - y0) * (p - x0) / (x1 - x0)


def decide(tok, lex) -> tuple[str, float, Match | None]:
    """(type, calibrated confidence that the token reports an event of that type, dictionary match).
    The type is the likeliest event type; the caller keeps it when the confidence is high enough."""
    match = _dict_match(tok, lex)
    model = lex.model
    if not model:
        etype = match.type if match is not None and match.type else NONE
        return etype, 0.5, match
    probs = _probs(tok, lex)
    best = max((c for c in probs if c != NONE), key=probs.get)
    return best, calibrated(model, probs[best]), match


def model_confidence(cand, lex, fallback: float) -> float:
    """Calibrated chance that the candidate is an event of its type: the model's probability of
    that type, through the isotonic map; `fallback` (the rule's own estimate) without a model."""
    model = lex.model
    if not model:
        return fallback
    if "model_confidence" in cand.sense:
        return round(cand.sense["model_confidence"], 3)
    tok = cand.trigger if cand.trigger.pos_ in ("VERB", "NOUN") else cand.anchor
    probs = _probs(tok, lex)
    return round(calibrated(model, probs.get(cand.type, 0.0)), 3)


def retype(cand, lex) -> str | None:
    """The model's type for a rule candidate whose rule reading the model finds implausible
    ('attacked the senator's record' read as a verbal, not an armed, attack): the model's likeliest
    type, when the rule's type has probability below `retype_below` and the calibrated confidence in
    the other type reaches the candidate threshold. None: keep the rule's type."""
    model = lex.model
    if not model or cand.trigger.pos_ not in ("VERB", "NOUN"):
        return None
    probs = _probs(cand.trigger, lex)
    best = max((c for c in probs if c != NONE), key=probs.get)
    if best == cand.type or probs.get(cand.type, 0.0) >= model.get("retype_below", 0.05):
        return None
    return best if calibrated(model, probs[best]) >= model.get("min_confidence", 0.5) else None


def vetoed(cand, lex) -> bool:
    """Does the model give the rule's type a probability below the model's `veto_below`? (0 or absent:
    never.)"""
    model = lex.model
    veto = (model or {}).get("veto_below", 0.0)
    if not veto or cand.trigger.pos_ not in ("VERB", "NOUN"):
        return False
    return _probs(cand.trigger, lex).get(cand.type, 0.0) < veto
