"""Judgements voiced in speech: what a speaker says about an actor it names can accuse or praise that actor
even where no event word says so ('"Kell's plan is a disgrace," Osei said': Osei accuses Kell).

Each (quotation with a speaker, actor named inside it other than the speaker) pair is a candidate. A linear
model over sparse features of the pair — the words of the quoted clause around the actor, the actor's place
in that clause, negation, the reporting verb, the kinds of speaker and actor — gives the chance that an
analyst would code ACCUSE, SUPPORT or REJECT with the speaker as source and the actor as target. It is
trained by `scripts/train_events.py` on hand-labelled pairs from news that is not evaluation data
(`training/events/speech_pairs*.jsonl`); the weights ship as `knowledge/data/events/speech_model.json`.
Pairs an event the rules found already covers are left alone.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

from ...knowledge.events import word_types
from .. import span_and_root
from .sents import sentence_of

CONTENT_POS = frozenset({"NOUN", "ADJ", "VERB", "ADV", "INTJ"})
MAX_WORDS = 40
NEAR = 6  # tokens either side of the actor that count as its near words


@dataclass(slots=True)
class Pair:
    """A quotation and one actor it names: the candidate the model reads."""
    quote: object            # record.Quote
    target: str              # actor id
    mention: object          # spaCy Token: the root of the actor's first mention inside the quotation


THIRD_PERSON = frozenset({"he", "him", "his", "she", "her", "they", "them", "their"})


def pairs(doc, ctx, resolve=None) -> list[Pair]:
    """Every (quotation with a speaker, actor named inside it other than the speaker) pair, in text order. With
    `resolve` (token -> actor ids: the events stage's reading of a pronoun), a third-person pronoun inside the
    quotation counts as the actor it stands for, never the speaker ('"She has no plan," Osei said' after Kell)."""
    spans = sorted((m.start, m.end, a.id) for a in ctx.actors for m in a.mentions)
    out = []
    for q in ctx.quotes:
        if not q.speaker:
            continue
        seen: set[str] = set()
        found = []
        for s, e, aid in spans:
            if not (q.start <= s and e <= q.end) or aid == q.speaker or aid in seen:
                continue
            span = doc.char_span(s, e, alignment_mode="expand")
            if span is None or not len(span):
                continue
            seen.add(aid)
            found.append(Pair(q, aid, span.root))
        if resolve is not None:
            found += _pronoun_pairs(doc, q, _about_or(doc, q, resolve), seen)
        out += sorted(found, key=lambda p: p.mention.i)
    return out


def _about_or(doc, q, resolve):
    """A pronoun resolver for one quotation: the actor the quotation is said to be about (`_topic`, looked up once,
    only when a pronoun asks), else `resolve`."""
    cache: list = []

    def of(tok) -> list[str]:
        if not cache:
            cache.append(_topic(doc, q, resolve))
        return cache[0] or resolve(tok)
    return of


def _topic(doc, q, resolve) -> list[str]:
    """The actor the reporting clause says a quotation is about ('"She has failed," Osei said of Kell'): a pronoun
    inside the quotation stands for it. Empty when the clause names no such actor."""
    verb = reporting_verb(doc, q) if q.speaker_start is not None else None
    if verb is None or q.start <= verb.idx < q.end:
        return []
    # "said of Kell", "said about Kell", "(when) asked about Kell, Osei said"
    asked = [c for c in verb.children if c.dep_ == "advcl" and c.lemma_.lower() == "ask"]
    for c in [c for v in (verb, *asked) for c in v.children]:
        if c.dep_ == "prep" and c.lower_ in ("of", "about"):
            pobj = next((o for o in c.children if o.dep_ == "pobj"), None)
            ids = [a for a in resolve(pobj) if a != q.speaker] if pobj is not None else []
            if ids:
                return ids[:1]
    return []


def _pronoun_pairs(doc, q, resolve, seen: set[str]) -> list[Pair]:
    """Pairs of the third-person pronouns inside a quotation whose actor no earlier mention gave."""
    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    out = []
    for tok in span if span is not None else ():
        if tok.pos_ != "PRON" or tok.lower_ not in THIRD_PERSON:
            continue
        ids = [a for a in resolve(tok) if a != q.speaker]
        if ids and ids[0] not in seen:
            seen.add(ids[0])
            out.append(Pair(q, ids[0], tok))
    return out


def _clause_words(tok, q) -> list:
    """The content words of the quoted sentence holding `tok`, inside the quotation, nearest first."""
    words = [t for t in sentence_of(tok) if q.start <= t.idx < q.end and t.pos_ in CONTENT_POS and not t.ent_type_]
    words.sort(key=lambda t: abs(t.i - tok.i))
    return words[:MAX_WORDS]


def _place(tok) -> list[str]:
    """Where the actor stands in its clause: subject of a predicate, object of a verb, possessor of a noun."""
    head = tok.head
    if tok.dep_ in ("nsubj", "nsubjpass"):
        out = []
        for c in head.children:
            if c.dep_ in ("attr", "acomp", "dobj", "oprd", "xcomp"):
                out.append(f"pred={c.lemma_.lower()}")
                out += [f"pred_mod={m.lemma_.lower()}" for m in c.children if m.dep_ == "amod"]
        return out
    if tok.dep_ in ("dobj", "pobj", "dative"):
        verb = head.head if tok.dep_ == "pobj" else head
        return [f"tverb={verb.lemma_.lower()}"]
    if tok.dep_ == "poss":
        return [f"tposs={head.lemma_.lower()}"] + [f"tposs_mod={m.lemma_.lower()}" for m in head.children
                                                   if m.dep_ == "amod"]
    return []


def _typed(f: list[str], name: str, toks, types: dict) -> None:
    f += sorted({f"{name}={t}" for tok in toks for t in types.get(tok.lemma_.lower(), ())})


def features(pair: Pair, ctx) -> list[str]:
    """Sparse features of one pair (strings: the model's vocabulary)."""
    q, tok = pair.quote, pair.mention
    kinds = {a.id: a for a in ctx.actors}
    target, speaker = kinds.get(pair.target), kinds.get(q.speaker)
    f = [f"kind={q.kind}", f"cue={(q.cue or '').split()[0].lower() if q.cue else 'none'}",
         f"tdep={tok.dep_}", f"thead={tok.head.lemma_.lower()}", f"tdep|head={tok.dep_}|{tok.head.lemma_.lower()}"]
    if target is not None:
        f.append(f"tkind={target.kind}")
        if speaker is not None and target.country and target.country == speaker.country:
            f.append("same_country")
    if speaker is not None:
        f.append(f"skind={speaker.kind}")
    if tok.pos_ == "PRON":
        f.append("tpron")
    f += _place(tok)
    words = _clause_words(tok, q)
    f += sorted({f"w={t.lemma_.lower()}" for t in words})
    if any(t.dep_ == "neg" for t in sentence_of(tok) if q.start <= t.idx < q.end):
        f.append("neg")
    near = [t for t in words if abs(t.i - tok.i) <= NEAR]
    f += sorted({f"near={t.lemma_.lower()}" for t in near})
    lex = ctx.knowledge.events
    types = lex.word_types if lex.word_types is not None else word_types(lex)
    _typed(f, "lx", words, types)
    _typed(f, "lx_near", near, types)
    _typed(f, "lx_head", [tok.head, *(c for c in tok.head.children if c.dep_ in ("attr", "acomp", "dobj", "amod"))], types)
    return f


def clause_text(pair: Pair) -> str:
    """The quoted words of the sentence that names the actor: what the encoded model reads."""
    q = pair.quote
    return "".join(t.text_with_ws for t in sentence_of(pair.mention) if q.start <= t.idx < q.end).strip()


def probabilities(model: dict, feats: list[str], vector=None) -> dict[str, float]:
    """The model's probability of each class (multinomial logistic regression over binary features, plus, for the
    encoded model, the sentence encoder's vector of the pair's clause scaled by the model's `scale`)."""
    classes, weights = model["classes"], model["weights"]
    scores = list(model["intercept"])
    for name in set(feats):
        w = weights.get(name)
        if w:
            scores = [s + x for s, x in zip(scores, w)]
    if vector is not None:
        dense = model["dense"]
        scores = [s + dense["scale"] * sum(a * b for a, b in zip(row, vector)) for s, row in zip(scores, dense["weights"])]
    top = max(scores)
    exp = [math.exp(s - top) for s in scores]
    total = sum(exp)
    return {c: e / total for c, e in zip(classes, exp)}


def judged(model: dict, feats: list[str], vector=None) -> tuple[str, float] | None:
    """(event type, probability) when the likeliest judgement reaches the model's threshold and is one of the types
    it is trusted with (`judged_types`, default all), else None."""
    probs = probabilities(model, feats, vector)
    best = max((c for c in probs if c != "NONE"), key=probs.get)
    if best not in model.get("judged_types", probs):
        return None
    return (best, probs[best]) if probs[best] >= model.get("threshold", 0.5) else None


def _best(model: dict, feats: list[str]) -> float:
    probs = probabilities(model, feats)
    return max(v for c, v in probs.items() if c != "NONE")


@lru_cache(maxsize=2)
def _encoder(layers: int):
    from ...corpus import minilm
    full = minilm.load()
    if full is None or layers >= full.layers:
        return full
    part = minilm.MiniLM(minilm.model_dir())
    part.layers = layers  # the encoded model was trained on the first `layers` layers' mean vector
    return part


def encoder_for(encoded: dict | None):
    """The sentence encoder the encoded model reads (None without the model or the installed weights)."""
    return None if encoded is None else _encoder(int(encoded["dense"].get("layers", 6)))


def judge_all(model: dict, encoded: dict | None, items: list[tuple[Pair, list[str]]], encoder=None) -> list:
    """Each pair's judgement ((type, probability) or None). With the encoded model and the sentence encoder
    (`corpus.minilm`), a pair the word model gives at least the encoded model's `gate` is read again with its
    clause's vector (one encoder pass over the document's distinct clauses); the others are no judgement. Without
    them, the word model alone decides."""
    if encoded is None or encoder is None:
        return [judged(model, f) for _, f in items]
    gate = encoded["dense"]["gate"]
    clauses = {i: clause_text(p) for i, (p, f) in enumerate(items) if _best(model, f) >= gate}
    texts = sorted(set(clauses.values()))
    vectors = dict(zip(texts, encoder.encode(texts).tolist())) if texts else {}
    out: list = [None] * len(items)
    if "judged_types" in model:  # the word model's trusted types
        encoded = {**encoded, "judged_types": model["judged_types"]}
    for i, clause in clauses.items():
        out[i] = judged(encoded, items[i][1], vectors[clause])
    return out


def reporting_verb(doc, q):
    """The verb that reports a quotation: the head of its speaker's words, else the root of its sentence."""
    if q.speaker_start is not None and q.speaker_end is not None:
        span, root = span_and_root(doc, q.speaker_start, q.speaker_end)  # asked again for every undated quoted act
        if span is not None and len(span) and root.dep_ in ("nsubj", "nsubjpass") and root.head.pos_ in ("VERB", "AUX"):
            return root.head
    span, root = span_and_root(doc, q.start, q.end)
    return sentence_of(root).root if span is not None and len(span) else None
