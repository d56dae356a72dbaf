"""A learned choice of a person's country when no evidence gives one (issue 10: a country only from evidence).

A person the registry, their own words (title, demonym, apposition, party) and their affiliation leave without a
country reaches the last resort. Until session 34 the last resort could only give the article's main country (the
learned yes/no of article_country.py, behind vetoes) or nothing; a person the context places in another country
("Kell, speaking in Freedonia, said ..." in a story mostly about Ruritania) was left empty. Here each country the
context offers is a candidate — the article's main one and every country the paragraphs and sentences of the
person's mentions name — and a logistic regression scores each from what ties it to the person: how near its marks
stand to the person's mentions (same sentence or paragraph, characters and dependency arcs apart, before or after,
the nearest, only inside what the person says), its share of the paragraph's and the article's country votes,
whether it is the main country, with the person's own shape (kind, how first named, quoted, how often, sector so
far, words tying them elsewhere), and two priors: the United States, and the outlet's home country where the article
says who published it (outlet_country.py, session 35; the shipped weights give it none: retrained with it, the
held-out choice was no better — docs/actors.md). Used as a fill: when the main-country decision gives the person nothing, the best
candidate is given if it is not the main country and its score reaches the shipped threshold. Trained on the spent
hand-labelled actor sets, whole articles held out together (eval/actors/train_person_country.py; weights in
knowledge/data/actors/person_country_model.json, `ActorWords.person_country_model`). An empty model gives nothing.
"""
from __future__ import annotations

import math

from .. import doc_text
from .article_country import probability

KINDS = ("person", "anonymous")
# the outlet's home country is a candidate even where the context names it not (tried in session 36 with the labels of
# non-US outlets' stories; eval/actors/train_person_country.py --home-candidate): off, as the shipped model was trained
HOME_CANDIDATE = False
NEAR_CHARS = (40, 120, 400)  # character bins from a mention to the candidate's nearest mark in the same paragraph
ARCS = (2, 4, 7)              # dependency-arc bins from a mention to the candidate's mark in the same sentence


def _paragraph(text: str, pos: int) -> tuple[int, int]:
    start = text.rfind("\n\n", 0, pos)
    end = text.find("\n\n", pos)
    return start, len(text) if end < 0 else end


def _sentence(doc, c) -> tuple[int, int]:
    if doc is None or not len(doc) or c.ts >= len(doc):
        return c.start, c.end
    sent = doc[c.ts].sent
    return sent.start_char, sent.end_char


def person_features(resolver, cs, kind: str, sector: str | None) -> dict[str, float]:
    """The person's own shape, crossed later with whether a candidate is the main country."""
    named = [c for c in cs if c.mkind != "pronoun"] or list(cs)
    first = min(named, key=lambda c: c.start)
    f = {f"kind={kind}": 1.0, f"first={first.mkind}": 1.0, f"sector={sector or 'none'}": 1.0,
         "mentions": math.log1p(len(cs))}
    if any(c.mkind == "name" for c in cs):
        f["named"] = 1.0
    if resolver.in_quote(first.start):
        f["in_quote"] = 1.0
    if any(c.subject for c in named):
        f["subject"] = 1.0
    if resolver._tied_elsewhere(cs):
        f["tied_elsewhere"] = 1.0
    return f


def candidates(resolver, cs, kind: str, sector: str | None) -> dict[str, dict[str, float]]:
    """Each country the context offers for the person -> its features: the main one, and every country (states,
    places, demonyms) named in the paragraphs and sentences of the person's mentions."""
    doc = getattr(resolver, "doc", None)
    text = doc_text(doc) if doc is not None else ""  # built once per parse
    marks = [(p, iso, w) for p, iso, w, by_person in getattr(resolver, "country_marks", []) if not by_person]
    people = [(p, iso) for p, iso, _, by_person in getattr(resolver, "country_marks", []) if by_person]
    named = sorted([c for c in cs if c.mkind != "pronoun"] or list(cs), key=lambda c: c.start)
    first = named[0]
    own = person_features(resolver, cs, kind, sector)
    near_first = resolver.countries_near(first.start)
    spans = [(c, _paragraph(text, c.start), _sentence(doc, c)) for c in named]
    isos = {resolver.dominant} | near_first | {iso for p, iso, _ in marks for _, (ps, pe), (ss, se) in spans
                                                 if ss <= p < se}
    home = getattr(resolver, "home_country", None)
    if HOME_CANDIDATE and home:
        isos.add(home)
    shares = resolver.vote_shares
    ps, pe = spans[0][1]
    weights = {}
    for p, iso, w in marks:
        if ps <= p < pe:
            weights[iso] = weights.get(iso, 0.0) + w
    lede_end = next(iter(doc.sents)).end_char if doc is not None and len(doc) else 0
    ranked = sorted(shares, key=lambda k: -shares[k])
    out = {}
    for iso in sorted(isos, key=str):  # a fixed order: the choice never hangs on set order (ties)
        if not iso or len(iso) != 3 or iso in ("IGO", "NGO"):
            continue
        main = iso == resolver.dominant
        f = {"main" if main else "other": 1.0, "share": shares.get(iso, 0.0),
             f"{'main' if main else 'other'}*share": shares.get(iso, 0.0)}
        if ranked and iso in ranked[:2] and not main:
            f["runner_up"] = 1.0
        if iso in near_first:
            f["paragraph_first"] = 1.0
            f["paragraph_alone" if near_first == {iso} else "paragraph_shared"] = 1.0
        f["paragraph_countries"] = math.log1p(len(near_first))
        if weights.get(iso):
            f["paragraph_share"] = weights[iso] / sum(weights.values())
        if any(m == iso and p < lede_end for p, m, _ in marks):
            f["in_lede"] = 1.0
        _mark_features(f, iso, marks, spans, doc)
        if any(m == iso and ss <= p < se for p, m in people for _, _, (ss, se) in spans):
            f["person_in_sentence"] = 1.0  # a person the registry places there is named beside them
        _home_features(f, iso, main, getattr(resolver, "home_country", None))
        prefix = "m:" if main else "o:"
        f.update({prefix + k: v for k, v in own.items()})
        out[iso] = f
    _relative(out)
    return out


def _home_features(f: dict, iso: str, main: bool, home: str | None) -> None:
    """Priors for the country a story's readers live in: the United States for every article (session 34: most
    English news is American, and stories by outlets elsewhere quote Americans too), and the outlet's own home
    country where it is known (outlet_country.py: a Canadian broadcaster's story about another country quotes
    Canadians), each apart for the main country and for another."""
    if iso == "USA":
        f["usa" if main else "usa_abroad"] = 1.0
    if home and iso == home:
        f["home" if main else "home_abroad"] = 1.0


def _mark_features(f: dict, iso: str, marks, spans, doc) -> None:
    """How near the candidate's marks stand to the person's mentions: same sentence or paragraph, characters
    apart, before or after, and (same sentence) how many dependency arcs apart."""
    in_paragraphs = in_sentences = 0
    best, before, demonym_sentence, arcs = None, False, False, None
    told_of = not_told = 0
    for i, (c, (ps, pe), (ss, se)) in enumerate(spans):
        mine = [(p, w) for p, m, w in marks if m == iso and ps <= p < pe]
        in_paragraphs += bool(mine)
        here = [(p, w) for p, w in mine if ss <= p < se]
        in_sentences += bool(here)
        if i == 0 and here:
            f["sentence_first"] = 1.0
        demonym_sentence |= any(w < 1.0 for _, w in here)
        for p, _ in here:
            d = _arcs(doc, c, p)
            arcs = d if arcs is None or (d is not None and d < arcs) else arcs
            told_of += _in_what_they_say(doc, c, p)
            not_told += not _in_what_they_say(doc, c, p)
        for p, _ in mine:
            d = c.start - p if p < c.start else max(0, p - c.end)
            if best is None or d < best:
                best, before = d, p < c.start
    f["paragraphs_frac"] = in_paragraphs / len(spans)
    if in_sentences:
        f["sentences"] = math.log1p(in_sentences)
    if demonym_sentence:
        f["demonym_in_sentence"] = 1.0
    if told_of and not not_told:
        f["only_in_what_they_say"] = 1.0  # "X said prices rose after Y cut aid": a topic, not where X is from
    if arcs is not None:
        f[f"arcs<{next((b for b in ARCS if arcs < b), 'far')}"] = 1.0
    if best is not None:
        f["_distance"] = best
        f[f"near<{next((b for b in NEAR_CHARS if best < b), 'far')}"] = 1.0
        if before:
            f["mark_before"] = 1.0


def _arcs(doc, c, pos: int) -> int | None:
    """Dependency arcs between the mention's head word and the word at a character offset (same sentence)."""
    if doc is None or c.te > len(doc):
        return None
    mark = doc.char_span(pos, pos + 1, alignment_mode="expand")
    if mark is None or not len(mark):
        return None
    a, b = doc[c.ts:c.te].root, mark[0]
    up_a = [a, *a.ancestors]
    up_b = {t.i: n for n, t in enumerate([b, *b.ancestors])}
    return next((n + up_b[t.i] for n, t in enumerate(up_a) if t.i in up_b), None)


def _in_what_they_say(doc, c, pos: int) -> bool:
    """Is the word at a character offset inside the clause the mention's verb takes as its content ("X said
    [the Y government had ...]")? Its ancestors reach a clausal complement of the verb the mention is subject of."""
    if doc is None or c.te > len(doc):
        return False
    mark = doc.char_span(pos, pos + 1, alignment_mode="expand")
    if mark is None or not len(mark):
        return False
    root = doc[c.ts:c.te].root
    if root.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = root.head
    return any(a.head == verb and a.dep_ in ("ccomp", "parataxis") for a in [mark[0], *mark[0].ancestors] if a != verb)


def _relative(out: dict) -> None:
    """Which candidate stands nearest the person (ties: every one at that distance)."""
    near = [f["_distance"] for f in out.values() if "_distance" in f]
    for f in out.values():
        d = f.pop("_distance", None)
        if d is not None and d == min(near):
            f["nearest"] = 1.0
            f["nearest_alone"] = float(near.count(d) == 1)


def choose(model: dict, resolver, cs, kind: str, sector: str | None) -> str | None:
    """Another country than the main one for a person the main-country decision left without one: the best-scored
    candidate when it is not the main country and reaches the shipped threshold; else None (also when no model
    ships, for other kinds, or when the user switched `person_article_country` off)."""
    if not model.get("weights") or kind not in KINDS or not resolver.w.person_article_country:
        return None
    scored = {iso: probability(model, f) for iso, f in candidates(resolver, cs, kind, sector).items()}
    if not scored:
        return None
    iso = max(scored, key=lambda k: (scored[k], k == resolver.dominant))
    return iso if iso != resolver.dominant and scored[iso] >= model.get("threshold", 0.5) else None
