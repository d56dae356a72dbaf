"""A learned last-resort sector for persons and bodies no evidence gives one.

A person the registry, the tables of public people and the text's titles, appositions and affiliations leave
without a sector takes the private person's CVL, and a named body the unknown body's NGO (`resolve.py`). Those
defaults are often right, but the words around the mentions often say otherwise: a company's ("shares of X", "X's
chief executive", "X reported profits"), a reporter's or an outlet's ("X wrote", "told X in an interview"), a
campaign's ("X's campaign", "X's rally", "voters backed X"). The decision reads how each mention stands in its
sentence (the verb it is subject or object of, the noun it modifies or owns, the preposition it hangs on), the
content words next to it, its name's shape, and which sectors the article's other actors have, and scores every
sector with a multinomial logistic regression trained on the spent hand-labelled actor sets with whole articles
held out together (`eval/actors/train_sector_guess.py`; weights in knowledge/data/actors/sector_model.json, loaded
into `ActorWords.sector_model`). The default gives way only when another sector's probability reaches the
shipped threshold, chosen from the held-out curve (calibrated abstention); an empty model keeps the defaults.
A person's part reads only the person's own context (`OWN_CONTEXT_ONLY`): the sectors other actors of the article
or the sentence hold are no evidence of what the person is — the mayor's husband is no official, a person who says
a plan hurts farmers is no farmer — so an invented person with no evidence of their own stays the private person
CVL (the convention of docs/actors.md "Issue 10, session 33"). A kind with no part keeps its default.
"""
from __future__ import annotations

import math
from bisect import bisect_right

from numpy import flatnonzero
from spacy.attrs import SENT_START

from .. import doc_text

# the kinds whose default the model may replace, with the model part trained for each
MODEL_KINDS = ("person", "organization")
# the defaults it may replace (resolve.PRIVATE_PERSON_SECTOR, UNKNOWN_ORG_SECTOR)
DEFAULTS = frozenset({"CVL", "NGO"})
# content words next to a mention, this many tokens either side
WINDOW = 3
CONTENT_POS = frozenset({"NOUN", "VERB", "ADJ"})
NAME_DEPS = frozenset({"compound", "flat", "appos"})
# kinds whose decision reads only the actor's own name and mentions, never the sectors of the article's or the
# sentence's other actors (a person's sector is what the person is, not what those around them are)
OWN_CONTEXT_ONLY = frozenset({"person"})


def _sentence_start(doc, tok) -> int:
    """`tok.sent.start` — the last sentence start at or before the word, else 0, as spaCy walks back to it — read
    from the parse's SENT_START column once per parse (kept in `doc.user_data`), without the sentence's Span
    spaCy builds on every `.sent`; spaCy's own `.sent` where a hook could answer otherwise."""
    starts = doc.user_data.get(_SENT_STARTS)
    if starts is None:
        plain = not (doc.user_token_hooks or doc.user_span_hooks or doc.user_hooks) and doc.has_annotation("SENT_START")
        starts = doc.user_data[_SENT_STARTS] = flatnonzero(doc.to_array(SENT_START) == 1).tolist() if plain else False
    if starts is False:
        return tok.sent.start
    k = bisect_right(starts, tok.i) - 1
    return starts[k] if k >= 0 else 0


_SENT_STARTS = "dateline_sentence_starts"


def _head_of(doc, start: int, end: int):
    """The syntactic head of the tokens covering [start, end), or None."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _stance(root, f: dict[str, float]) -> None:
    """How the mention's head word stands in its sentence: subject or object of which verb, owner or modifier
    of which noun ("X's campaign", "the X campaign"), object of which preposition under which word ("shares of
    X", "an interview with X")."""
    while root.dep_ in ("appos", "conj") and root.head.i != root.i:
        root = root.head
    head, dep = root.head, root.dep_
    f[f"dep={dep}"] = 1.0
    if dep in ("nsubj", "nsubjpass", "agent"):
        verb = head.head if dep == "agent" else head
        f[f"subject_of={verb.lemma_.lower()}"] = 1.0
    elif dep in ("dobj", "attr", "dative", "oprd"):
        f[f"object_of={head.lemma_.lower()}"] = 1.0
    elif dep == "poss":
        f[f"owns={head.lemma_.lower()}"] = 1.0
    elif dep == "compound" or dep == "nmod":
        f[f"modifies={head.lemma_.lower()}"] = 1.0
    elif dep == "pobj":
        above = head.head
        f[f"prep={head.lower_}"] = 1.0
        f[f"under={above.lemma_.lower()}_{head.lower_}"] = 1.0


def _window(doc, root, start: int, end: int, f: dict[str, float]) -> None:
    """Content words within WINDOW tokens of the mention, outside it."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return
    lo, hi = max(0, span.start - WINDOW), min(len(doc), span.end + WINDOW)
    for tok in list(doc[lo:span.start]) + list(doc[span.end:hi]):
        if tok.pos_ in CONTENT_POS and tok.is_alpha:
            f[f"near={tok.lemma_.lower()}"] = 1.0


def _name_shape(actor) -> dict[str, float]:
    """What the name's form says: its length in words, an acronym, a web address, its last word (bodies)."""
    words = actor.name.split()
    f = {f"words={min(len(words), 4)}": 1.0}
    if actor.name.isupper() and len(actor.name) <= 6:
        f["acronym"] = 1.0
    if "." in actor.name and actor.name.rsplit(".", 1)[-1].lower() in ("com", "org", "net"):
        f["web_name"] = 1.0
    if actor.kind == "organization" and words:
        f[f"last={words[-1].lower()}"] = 1.0
    return f


def article_sectors(actors, guessed: set) -> dict[str, float]:
    """The share of each sector among the article's actors whose sector came from evidence (not a default)."""
    sectors = [a.sector for a in actors if a.sector and id(a) not in guessed and a.kind != "state"]
    if not sectors:
        return {}
    return {f"article_sector={s}": sectors.count(s) / len(sectors) for s in set(sectors)}


def sentence_sectors(actors, guessed: set, doc) -> dict[int, set[str]]:
    """Sentence start (token) -> the sectors of the actors with evidence that the sentence mentions."""
    out: dict[int, set[str]] = {}
    for a in actors:
        if a.sector and id(a) not in guessed:
            for m in a.mentions:
                root = _head_of(doc, m.start, m.end)
                if root is not None:
                    out.setdefault(_sentence_start(doc, root), set()).add(a.sector)
    return out


def features(actor, doc, text: str, in_quote, context: dict[str, float],
             by_sentence: dict[int, set[str]] | None = None) -> dict[str, float]:
    """The decision's features of one actor whose sector is a default: its name's shape, the article's sectors
    (`context`), how each mention stands, the words next to it, the sectors of the sentence's other actors (those
    two never for a kind in OWN_CONTEXT_ONLY)."""
    f: dict[str, float] = {"bias": 1.0, "log_mentions": math.log1p(len(actor.mentions))}
    f.update(_name_shape(actor))
    if actor.kind in OWN_CONTEXT_ONLY:
        context, by_sentence = {}, None
    f.update(context)
    head_end = text.find("\n")
    quoted = 0
    for m in actor.mentions:
        root = _head_of(doc, m.start, m.end)
        if root is None:
            continue
        _stance(root, f)
        for sector in (by_sentence or {}).get(_sentence_start(doc, root), ()):
            f[f"sentence_sector={sector}"] = 1.0
        _window(doc, root, m.start, m.end, f)
        quoted += bool(in_quote(m.start))
        if m.kind != "name":
            f[f"mention={m.kind}"] = 1.0
        if 0 <= m.start < head_end:
            f["in_headline"] = 1.0
    f["quoted_share"] = quoted / max(len(actor.mentions), 1)
    return {k: v for k, v in f.items() if v}


def probabilities(part: dict, feats: dict[str, float]) -> dict[str, float]:
    """Each sector's probability under one kind's multinomial model ({"classes", "weights": {class: {...}},
    "bias": {class: b}})."""
    weights, bias = part.get("weights") or {}, part.get("bias") or {}
    z = {c: bias.get(c, 0.0) + sum(weights.get(c, {}).get(k, 0.0) * v for k, v in feats.items())
         for c in part.get("classes", [])}
    if not z:
        return {}
    top = max(z.values())
    e = {c: math.exp(v - top) for c, v in z.items()}
    total = sum(e.values())
    return {c: v / total for c, v in e.items()}


def decide(part: dict, feats: dict[str, float], default: str) -> str:
    """The sector the model gives when its best one is not the default and reaches the kind's threshold; else
    the default."""
    p = probabilities(part, feats)
    if not p:
        return default
    best = max(p, key=p.get)
    return best if best != default and p[best] >= part.get("threshold", 1.01) else default


def guess_sectors(actors: list, guessed: set, doc, ctx, in_quote) -> None:
    """Replace the default sector of each actor in `guessed` (ids of actors whose sector is CVL or NGO by
    default) where the shipped model is confident of another."""
    model = ctx.knowledge.actor_words.sector_model
    if not guessed or not model:
        return
    text = doc_text(doc, ctx)
    context, by_sentence = article_sectors(actors, guessed), sentence_sectors(actors, guessed, doc)
    for a in actors:
        part = model.get(a.kind) if id(a) in guessed and a.sector in DEFAULTS else None
        if part and part.get("weights"):
            feats = features(a, doc, text, in_quote, context, by_sentence)
            feats["defaulted"] = 1.0  # the model also learnt from actors with evidence; these are the defaults
            a.sector = decide(part, feats, a.sector)
