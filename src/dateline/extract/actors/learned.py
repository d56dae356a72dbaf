"""A learned actor / non-actor decision over the actors the rules produced.

The rules of `name_filters.py` and `nonactors.py` drop the names they recognise as no actor (laws, venues, credits,
ships …); what they miss — a treaty named like an organisation, a product, a headline fragment, a place the NER
typed as a person — is scored here by a logistic regression over what the parse, the NER, WordNet and the
registry say of the actor as a whole: its entity labels, how its mentions stand in their sentences (subject of a
verb, of a reporting verb, object of a locative preposition, a noun's modifier), whether the text ever refers
back to it by pronoun or description, whether the registry knows it, and the WordNet class of its name's last
word ("the Brisk Accord", "Kell Stadium"). An actor the model scores a non-actor with probability at or above the
shipped threshold is dropped. Trained on the spent hand-labelled actor sets (eval/actors/labels*.json: `actors`
and `not_actors`), whole articles held out together: `python scripts/train_nonactors.py` (weights in
knowledge/data/actors/nonactor_model.json, loaded into `ActorWords.nonactor_model`; an empty model keeps all).
"""
from __future__ import annotations

import math
import re

from .. import doc_text
from ...knowledge.registry import norm
from .cands import is_subject
from .nonactors import _line_bounds, conjoined

# prepositions whose object is a place or a time, rarely a party ("met in X", "flew from X")
LOCATIVE_PREPS = frozenset({"in", "at", "from", "to", "into", "near", "outside", "inside", "across", "through",
                            "on", "toward", "towards", "around", "throughout"})
# dependencies of a name that modifies another noun ("the X agreement", "X's plan")
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss"})
# prepositions named as features of the name they govern; others count as "other"
GOVERNING_PREPS = frozenset({"in", "at", "from", "to", "on", "under", "by", "with", "against", "for", "of", "into",
                             "through", "like", "including", "as", "about", "over"})
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9&.\-]+$")


def _root(doc, start: int, end: int):
    """The syntactic head of the tokens in [start, end), or None when no token lies there."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _first_line_end(text: str) -> int:
    """End of the article's first line (its headline, when it has one; wider than `cands.headline_end`, which
    asks for title case: the model was trained on this one)."""
    end = text.find("\n")
    return len(text) if end < 0 else end


def _word_class_features(name: str, words) -> dict[str, float]:
    """What the closed word classes and WordNet say of the name's first and last words."""
    toks = [t for t in re.split(r"\s+", name.strip()) if t]
    if not toks:
        return {}
    last = toks[-1].lower().strip(".,'’s")
    first = toks[0].lower()
    f: dict[str, float] = {}
    classes = (("venue", words.venue_heads), ("vessel", words.vessel_heads), ("law", words.law_heads),
               ("thing", words.non_actor_heads | words.thing_name_heads), ("org_noun", words.org_nouns),
               ("person_noun", words.person_nouns), ("title", words.person_titles),
               ("collective", words.collective_heads))
    for label, vocab in classes:
        if last in vocab:
            f[f"last_{label}"] = 1.0
    if last in words.org_heads or last in words.org_name_sector:
        f["last_org_head"] = 1.0
    for lexname, vocab in words.noun_classes.items():
        if last in vocab:
            f[f"last_wn={lexname}"] = 1.0
    if first in words.given_gender:
        f["first_given_name"] = 1.0
    if first in words.person_titles or words.title(first) in words.person_titles:
        f["first_title"] = 1.0
    n = len(toks)
    f[f"words={min(n, 4)}"] = 1.0
    if _ACRONYM.match(name.strip()):
        f["acronym"] = 1.0
    if any(ch.isdigit() for ch in name):
        f["digit"] = 1.0
    if n > 1 and sum(t[:1].islower() for t in toks[1:]) > 0:
        f["lower_word"] = 1.0
    return f


def _mention_features(actor, doc, text: str, reporting, in_quote, place_spans) -> dict[str, float]:
    """How the actor's mentions stand in their sentences, as shares of its name mentions."""
    names = [m for m in actor.mentions if m.kind == "name"]
    f: dict[str, float] = {}
    head_end = _first_line_end(text)
    counts: dict[str, float] = {}
    for m in names:
        root = _root(doc, m.start, m.end)
        if root is None:
            continue
        seen = {f"ner={root.ent_type_ or 'none'}", f"pos={root.pos_}"}
        if is_subject(root):
            seen.add("subject")
            if reporting.is_cue_verb(root.head.lemma_.lower()):
                seen.add("subject_of_report")
        if root.dep_ == "pobj" and root.head.lower_ in LOCATIVE_PREPS:
            seen.add("locative_object")
        if root.dep_ in ("dobj", "pobj", "attr", "oprd"):
            seen.add("object")
        if root.dep_ in MODIFIER_DEPS:
            seen.add("modifier")
        if root.dep_ == "conj":
            seen.add("conjunct")
        if m.start < head_end:
            seen.add("in_headline")
        if in_quote(m.start):
            seen.add("in_quote")
        if any(s < m.end and m.start < e for s, e in place_spans):
            seen.add("place")
        for k in seen:
            counts[k] = counts.get(k, 0.0) + 1.0
    n = max(len(names), 1)
    f.update({k: v / n for k, v in counts.items()})
    if names and all(m.start < head_end for m in names):
        f["headline_only"] = 1.0
    return f


def _lexname(token, words) -> str:
    """The WordNet class of a common noun's first sense ("phone" artifact, "programme" cognition), "none" for
    another word or a noun the packaged table lacks."""
    if token.pos_ != "NOUN":
        return "none"
    lemma = token.lemma_.lower()
    return next((lex for lex, vocab in words.noun_classes.items() if lemma in vocab), "none")


def _list_items(root) -> list:
    """The other items of the list the token stands in ("X, Y and Z"), or [] when it stands in none."""
    first = root
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    return [t for t in conjoined(first) if t.i != root.i]


def _governor_features(actor, doc, words) -> dict[str, float]:
    """What governs the actor's name mentions, as shares: the WordNet class of the noun a name modifies ("X's new
    phone": artifact; "the X programme": cognition), of the noun whose "of" it follows ("sales of X": possession)
    and of a noun in apposition ("X, a mobile game,"); the preposition above it ("under X", "against X"); a list it
    stands in and its items' entity labels ("X, Y and Z" naming products); an indefinite article before it."""
    counts: dict[str, float] = {}
    names = [m for m in actor.mentions if m.kind == "name"]
    for m in names:
        root = _root(doc, m.start, m.end)
        if root is None:
            continue
        seen = set()
        if root.dep_ in MODIFIER_DEPS and root.head.i != root.i:
            seen.add(f"gov_wn={_lexname(root.head, words)}")
        if root.dep_ == "pobj":
            prep = root.head.lower_
            seen.add(f"prep={prep if prep in GOVERNING_PREPS else 'other'}")
            if prep == "of":
                seen.add(f"of_wn={_lexname(root.head.head, words)}")
        for ch in root.children:
            if ch.dep_ == "appos" and ch.pos_ == "NOUN":
                seen.add(f"appos_wn={_lexname(ch, words)}")
        if root.dep_ == "appos" and root.head.pos_ == "NOUN":
            seen.add(f"appos_wn={_lexname(root.head, words)}")
        items = _list_items(root)
        if items:
            seen.add("in_list")
            seen.update(f"list_ner={t.ent_type_ or 'none'}" for t in items)
        k = doc[root.left_edge.i] if root.left_edge.i < root.i else None
        if k is not None and k.lower_ in ("a", "an"):
            seen.add("indefinite")
        if root.dep_ == "poss":
            seen.add("possessor")
        above = root.head.head if root.dep_ == "pobj" else root.head
        if above.i != root.i and above.pos_ in ("VERB", "NOUN"):
            seen.add(f"above={above.lemma_.lower()}")
        for key in seen:
            counts[key] = counts.get(key, 0.0) + 1.0
    n = max(len(names), 1)
    return {k: v / n for k, v in counts.items()}


def _gazetteer_features(name: str, gazetteer) -> dict[str, float]:
    """Is the actor's name a place the gazetteer knows, and how big ("Ruriton" the town)?"""
    cands = gazetteer.get(norm(name), ()) if gazetteer is not None else ()
    if not cands:
        return {}
    big = max(getattr(c, "population", 0) or 0 for c in cands)
    return {"gazetteer_place": 1.0, "gazetteer_big_place": float(big >= 100_000)}


def _line_features(actor, text: str) -> dict[str, float]:
    """Name mentions on short lines (credits, captions, bylines), on a line opening with "By" or on a line of
    title-case words (a headline, a link to another story: "Mayor Slams Rival Over Kell Park Budget")."""
    names = [m for m in actor.mentions if m.kind == "name"]
    short = by = title = 0
    for m in names:
        s, e = _line_bounds(text, m.start, m.end)
        line = text[s:e].strip()
        short += len(line.split()) <= 8
        by += line[:3].lower() == "by "
        words = [w for w in line.split() if w[:1].isalpha()]
        title += len(words) >= 4 and sum(w[:1].isupper() for w in words) >= 0.8 * len(words)
    n = max(len(names), 1)
    return {"short_line": short / n, "title_line": title / n, "by_line": by / n,
            "single_mention": float(len(actor.mentions) == 1)}


def features(actor, doc, text: str, knowledge, in_quote, place_spans) -> dict[str, float]:
    """The model's features of one actor: its kind, registry and country evidence, its mentions' places in
    the parse, its name's word classes and whether the gazetteer knows it as a place."""
    words, reporting = knowledge.actor_words, knowledge.reporting
    kinds = {m.kind for m in actor.mentions}
    f = {"bias": 1.0, f"kind={actor.kind}": 1.0,
         f"country_source={actor.country_source or 'none'}": 1.0,
         "sector_none": float(actor.sector is None), "registry": float(actor.kb_id is not None),
         "has_pronoun": float("pronoun" in kinds), "has_description": float(bool(kinds - {"name", "pronoun"})),
         "log_mentions": math.log1p(len(actor.mentions))}
    f.update(_mention_features(actor, doc, text, reporting, in_quote, place_spans))
    f.update(_word_class_features(actor.name, words))
    f.update(_gazetteer_features(actor.name, knowledge.gazetteer))
    f.update(_line_features(actor, text))
    f.update(_governor_features(actor, doc, words))
    return {k: v for k, v in f.items() if v}


def scored(actor) -> bool:
    """Is the actor one the model decides on (a named non-state actor)?"""
    return actor.kind != "state" and any(m.kind == "name" for m in actor.mentions)


def probability(model: dict, feats: dict[str, float]) -> float:
    """P(non-actor) under the logistic model (weights per feature name)."""
    w = model.get("weights", {})
    z = sum(w.get(k, 0.0) * v for k, v in feats.items())
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def keep_actors(actors: list, doc, ctx, in_quote) -> list:
    """The actors the shipped model does not call non-actors (all of them when no model ships)."""
    words = ctx.knowledge.actor_words
    model = words.nonactor_model
    if not model or not model.get("weights"):
        return actors
    threshold = model.get("threshold", 1.0)
    text = doc_text(doc, ctx)
    places = [(p.start, p.end) for p in ctx.places]
    out = []
    for a in actors:
        if scored(a) and probability(model, features(a, doc, text, ctx.knowledge, in_quote, places)) >= threshold:
            continue
        out.append(a)
    return out
