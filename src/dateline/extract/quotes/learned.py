"""A learned attribution cue: is this word reporting what someone said, thinks, wants or found?

The hand rules in `indirect.py` know the common reporting verbs; news attributes far more
widely ("Rubio seemed hopeful that …", "the poll shows voters …", "she expressed doubts about
…"). Every word with a complement that could be attributed content is a candidate:

- a clausal complement: "X argued that …", "X seems to …", "X is hopeful that …";
- a prepositional topic: "X talked about the economy", "Y complained over the delay";
- a direct object: "X expressed concern", "the report cites failures".

Each candidate is described by sparse features of its construction (lemma with the complement
type, the subject's kind, the content's first word, negation, the lexicon's reading) and scored
by a logistic regression trained by `scripts/train_quote_cues.py` on PolNeAR *train*
attributions (never dev or test). The weights ship as plain JSON
(`knowledge/data/quotes/cue_model.json`: feature -> weight, bias, threshold); scoring is a dot
product in pure Python.

PolNeAR's attributions are broader than quotations: beliefs, intentions, findings ("Lee seems
to think …", "the poll shows …"). News readers and the quote gold of `../shared/eval` count
speech only, so the learned cue is off by default: a knowledge directory holding
`quotes/cue_model.json` with `{"enabled": true}` switches it on (`scripts/polnear_eval.py` does).
"""
from __future__ import annotations

import math
from dataclasses import dataclass

from .common import own_side

CLAUSE_DEPS = ("ccomp", "xcomp")
TOPIC_PREPS = ("about", "on", "over", "of", "against", "for", "to", "with", "at", "behind", "toward", "towards",
               "from", "into", "around", "after", "beyond", "between")
_RELATIVE_OBJECTS = {"which", "that", "who", "whom", "what"}
_WHEN_ENTS = {"DATE", "TIME"}
_WH = {"who", "whom", "what", "which", "when", "where", "why", "how", "if", "whether"}
_PERSON_PRONOUNS = {"i", "we", "you", "he", "she", "they", "me", "us", "him", "her", "them"}
_SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")


@dataclass(frozen=True, slots=True)
class Candidate:
    """A cue word, the complement that carries the content, and the content's token range [l, r]."""
    cue: object
    comp: object
    kind: str  # clause | topic | object | passive
    left: int
    right: int


def candidates(doc, tok) -> list[Candidate]:
    """Every reading of `tok` as an attribution cue, each with the content it would report.

    "Officials worried that the plan fails" gives one clause candidate (worried → that …);
    "She talked about taxes" and "their complaints over the delay" topic candidates; "He expressed
    doubts" an object candidate (expressed → doubts); "her plan to run" a clause of a noun.
    """
    if tok.pos_ not in ("VERB", "AUX", "ADJ", "NOUN"):
        return []
    out = []
    for c in tok.children:
        if c.dep_ in CLAUSE_DEPS and (c.i > tok.i or c.right_edge.i < tok.i):
            l, r = own_side(tok, c)
            if r > l:
                out.append(Candidate(tok, c, "clause", l, r))
        elif c.dep_ in ("acl", "advcl") and tok.pos_ in ("NOUN", "ADJ") and c.i > tok.i and \
                any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children):
            out.append(Candidate(tok, c, "clause", c.left_edge.i, c.right_edge.i))
        elif c.dep_ == "acl" and tok.pos_ == "NOUN" and c.i > tok.i and c.left_edge.lower_ == "to":
            out.append(Candidate(tok, c, "clause", c.left_edge.i, c.right_edge.i))  # "her plan [to run]"
        elif c.dep_ == "prep" and c.lower_ in TOPIC_PREPS and c.i > tok.i:
            objs = [g for g in c.children if g.dep_ in ("pobj", "pcomp")]
            if objs and objs[0].ent_type_ not in _WHEN_ENTS:  # "praised [on Monday]" is no topic
                out.append(Candidate(tok, c, "topic", objs[0].left_edge.i, c.right_edge.i))
        elif c.dep_ == "dobj" and tok.pos_ == "VERB" and _object_content(tok, c):
            out.append(Candidate(tok, c, "object", c.left_edge.i, c.right_edge.i))
    if tok.pos_ == "VERB":
        out.extend(_passive_candidates(tok))
    return out


def _object_content(tok, obj) -> bool:
    """An object that can be reported content: a phrase after the verb ("endorsed [Kell]", "decried [it]"), or a
    relative pronoun before it ("the plan, [which] Lund opposed"); not a day or time."""
    if obj.ent_type_ in _WHEN_ENTS:
        return False  # "promised [Sunday]" names a day, not a thing said
    return obj.i > tok.i or obj.lower_ in _RELATIVE_OBJECTS


def _passive_candidates(tok) -> list[Candidate]:
    """A passive's subject as the content of its agent ("[the bill] was backed by Kell": Kell's)."""
    kids = list(tok.children)
    subj = next((c for c in kids if c.dep_ == "nsubjpass" and c.i < tok.i), None)
    agent = next((g for c in kids if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
    if subj is None or agent is None or subj.lower_ in ("it", "there"):
        return []
    return [Candidate(tok, agent, "passive", subj.left_edge.i, subj.right_edge.i)]


def _subject(tok):
    for c in tok.children:
        if c.dep_ in _SUBJECT_DEPS:
            return c
    if tok.dep_ in ("xcomp", "conj", "advcl", "acomp") and tok.head.i != tok.i:
        for c in tok.head.children:
            if c.dep_ in _SUBJECT_DEPS:
                return c
    if tok.dep_ in ("relcl", "acl") and tok.head.pos_ in ("NOUN", "PROPN"):
        return tok.head
    return None


def _subject_kind(subj) -> str:
    if subj is None:
        return "none"
    if subj.lower_ in _PERSON_PRONOUNS:
        return "pron:" + subj.lower_
    if subj.pos_ == "PRON":
        return "pron:other"
    if subj.ent_type_:
        return "ent:" + subj.ent_type_
    return subj.pos_.lower()


def features(cand: Candidate, lex) -> list[str]:
    """Sparse features of one candidate (strings; a weight each in the model)."""
    tok, comp, doc = cand.cue, cand.comp, cand.cue.doc
    lemma = tok.lemma_.lower()
    kind = cand.kind if cand.kind != "topic" else "topic:" + comp.lower_
    first = doc[cand.left]
    subj = _subject(tok)
    skind = _subject_kind(subj)
    f = ["bias:" + cand.kind, "lem=" + lemma, "lk=" + lemma + "|" + kind, "k=" + kind,
         "pos=" + tok.pos_ + "|" + cand.kind, "dep=" + tok.dep_ + "|" + cand.kind, "tag=" + tok.tag_,
         "subj=" + skind, "subj|k=" + skind + "|" + cand.kind, "lem|subj=" + lemma + "|" + skind]
    if subj is not None:
        f.append("subjlem=" + subj.lemma_.lower())
    f.append("first=" + (first.lower_ if first.lower_ in _WH | {"that", "to"} else first.pos_))
    f.append("lem|first=" + lemma + "|" + (first.lower_ if first.lower_ in _WH | {"that", "to"} else first.pos_))
    if cand.kind == "clause":
        own = any(g.dep_ in _SUBJECT_DEPS for g in comp.children)
        f.append("csubj=" + str(own))
        f.append("cside=" + ("right" if comp.i > tok.i else "left"))
    if cand.kind == "object":
        f.append("obj=" + comp.lemma_.lower())
        f.append("objent=" + (comp.ent_type_ or "-"))
        f.append("objpron=" + (comp.lower_ if comp.pos_ == "PRON" else "-"))
    if cand.kind == "passive":
        f.append("agent=" + _subject_kind(comp))
        f.append("content=" + first.pos_)
    if any(c.dep_ == "neg" for c in tok.children):
        f.append("neg")
    if tok.dep_ in ("xcomp", "ccomp") and tok.head.i != tok.i:
        f.append("head=" + tok.head.lemma_.lower())
    n = cand.right - cand.left + 1
    f.append("len=" + ("1" if n == 1 else "2-3" if n <= 3 else "4-8" if n <= 8 else "9+"))
    for name in ("speech", "cognition", "accuse", "request", "intent", "object", "evidential"):
        if lemma in getattr(lex, name):
            f.append("lex=" + name + "|" + cand.kind)
    return f


def probability(model: dict, feats: list[str]) -> float:
    """The model's chance that the candidate is an attribution (a logistic dot product)."""
    w = model["weights"]
    z = model["bias"] + sum(w.get(x, 0.0) for x in feats)
    return 1.0 / (1.0 + math.exp(-max(min(z, 30.0), -30.0)))


def learned_reading(tok, lex) -> Candidate | None:
    """`tok`'s most probable attribution reading, if the model takes it.

    "Voters seem worried that prices rise": worried → "that prices rise" when its probability
    reaches the model's threshold for that kind of candidate (clause, topic, object,
    passive); None without a model or a likely reading.
    """
    model = lex.cue_model
    if not model or not model.get("enabled"):
        return None
    best, best_p = None, 0.0
    by_kind = model.get("thresholds") or {}
    for cand in candidates(tok.doc, tok):
        p = probability(model, features(cand, lex))
        if p >= by_kind.get(cand.kind, model["threshold"]) and p > best_p:
            best, best_p = cand, p
    return best
