"""Place mentions: the spans of an article that name places, and how (`role`).

Read by extract/places.py, which resolves them. The parser's GPE/LOC entities are literal places
("in Nairobi"); a country's demonym modifying a noun is adjectival ("Russian officials"); a
country, first-level region or city of 100,000 at the start or end of an organisation's or
facility's name is a name part ("the Kentucky State Police"); a major place the parser tagged as
an organisation or a person after a locative preposition is literal ("fighting in Aleppo"); and a
name the article uses as a place is a place again wherever it recurs, however the parser tagged it.
"""
from __future__ import annotations

import re
from functools import lru_cache

import numpy as np
from spacy.attrs import DEP, LOWER

from . import entities
from ..knowledge.gazetteer import RIVER_QUALIFIERS, Candidate
from ..knowledge.registry import norm
PLACE_LABELS = ("GPE", "LOC")
_NAME_LABELS = ("ORG", "FAC")
_MISTAGGED = ("ORG", "PERSON", "FAC", "PRODUCT", "NORP", "LANGUAGE")
_NO_WORDS: frozenset[str] = frozenset()
_key = lru_cache(maxsize=65536)(norm)  # norm is pure: the same text always gives the same key


def _words(gaz, name: str) -> frozenset[str]:
    """A word list from knowledge/data/geo/place_words.json (user-extendable)."""
    return getattr(gaz, "words", {}).get(name, _NO_WORDS)


def _own_name(gaz, c: Candidate, key: str) -> bool:
    """Is `key` the candidate's own name (not only an alternate one)?"""
    if c.kind == "country":
        return key in getattr(gaz, "country_names", {}).get(c.country or "", ()) or _key(c.name) == key
    if c.kind == "county":  # "Pangasinan" for "Province of Pangasinan"
        return key in _key(c.name)
    if c.kind == "state" and hasattr(gaz, "region_names"):
        return key in gaz.region_names.get((c.country or "", c.admin1 or ""), ())
    own = _key(c.name)  # a river-qualified name's short form is its own too ("Ruritz" for "Ruritz am Main")
    return own == key or (c.kind == "city" and any(own.split(q)[0] == key for q in RIVER_QUALIFIERS if q in own))


def _mentions(doc, ctx, gaz) -> list[tuple]:
    """(span, role, lookup text) for every place mention, in text order, without overlaps."""
    reg = ctx.knowledge.registry
    out, ents, covered = [], entities(doc), 0
    given = ctx.knowledge.actor_words.given_gender  # a person's name opens with a given name ("Georgia Kell")
    person_words = {t.lower_ for e in ents if e.label_ == "PERSON" and len(e) > 1 and e[0].lower_ in given
                    for t in (e[0], e[-1])}
    for e in ents:
        if ctx.in_provenance(e.start_char, e.end_char) or e.start < covered:
            continue
        if e.label_ in PLACE_LABELS:
            if e[0].lower_ == "people" or (len(e) > 1 and e[1].lower_ == "people"):  # "the People of Gaza"
                continue
            if len(e) == 1 and e[0].lower_ in person_words and _word_before(doc, e.start) not in _words(
                    gaz, "locative_prepositions"):
                continue  # "Georgia Kell ... Georgia said": the person the article names (not "Montana Native Vote")
            if e.end < len(doc) and doc[e.end].lower_ in _words(gaz, "not_place_after"):
                continue  # "West Nile virus", "Marburg fever": a disease named after a place
            e = _completed(doc, _hyphenated(doc, e, gaz), gaz)
            covered = e.end
            out.append((e, "literal", e.text))
        elif e.label_ == "NORP" and reg.demonyms.get(_key(e.text)):
            out.append((e, "adjectival", reg.demonyms[_key(e.text)]))
        elif e.label_ == "NORP" and "-" in e.text:  # "Ruritanian-Borduran relations": each demonym, not "un-Ruritanian"
            parts = _hyphen_parts(e)
            out += [(part, "adjectival", reg.demonyms[_key(part.text)]) for part in parts
                    if reg.demonyms.get(_key(part.text)) and all(p[0].text[:1].isupper() for p in parts)]
        elif _after_place_noun(doc, e, gaz):  # "the town of Ruritown", "the villages of X and Y"
            out += [(part, "literal", part.text) for part in _conjuncts(e)]
        elif (e.label_ in _MISTAGGED or (e.label_ == "DATE" and e.text.isalpha())) and _mistagged_place(doc, e, gaz):
            out.append((e, "literal", e.text))  # "fighting in Aleppo" tagged as an organisation or person
        elif e.label_ in _NAME_LABELS and len(e) > 1:
            part = _name_part(e, gaz)
            if part is not None:
                out.append((part, "name_part", part.text))
        elif e.label_ in _NAME_LABELS and e.end < len(doc) and _institution_town(doc[e.end:e.end + 1], e, gaz):
            out.append((e, "name_part", e.text))  # "Ruritown police": the parser took the town for the police
    out = _with_region_noun(doc, out, gaz)
    text = ctx.article.text  # the parsed text (doc.text would rebuild it from the tokens)
    if not len(doc) or doc[-1].idx + len(doc[-1].text_with_ws) != len(text):
        text = doc.text
    out += [m for m in _datelines(doc, text, out, gaz) if _key(m[2]) not in reg.actors]  # not "NATO -"
    out += _regions_after(doc, out, gaz)
    subjects, commas = _token_indices(doc)
    out += _towns_before_regions(doc, commas, ents, out, gaz)
    out += _acting_states(doc, subjects, ents, out, gaz, reg.demonyms)
    out += _untagged_after_preposition(doc, subjects, ents, out, gaz)
    out += [m for m in _found_again(doc, text, ents, out, gaz) if not ctx.in_provenance(m[0].start_char, m[0].end_char)]
    return sorted(out, key=lambda m: m[0].start)


def _with_region_noun(doc, mentions, gaz) -> list[tuple]:
    """A name the parse makes a compound of a region noun ("in the Ruritz region", "Ruritz province";
    region_words.json region_mention_words) is one place with the noun, so the noun is where the clause
    attaches it: a place found already is widened over the noun, and a name the parser left untagged is a
    place when the gazetteer has a region or county of that name."""
    nouns = _words(gaz, "region_mention_words")
    if not len(doc):
        return mentions
    lower = doc.to_array(LOWER)  # the nouns' positions read as one array (a Token per word costs more)
    at = np.flatnonzero(np.isin(lower, [doc.vocab.strings[w] for w in nouns])).tolist()
    if not at:
        return mentions
    by_end = {s.end: k for k, (s, role, _) in enumerate(mentions) if role == "literal"}
    taken = {i for s, _, _ in mentions for i in range(s.start, s.end)}
    out = list(mentions)
    for t in (doc[i] for i in at):
        if t.ent_iob_ != "O" and t.ent_type_ not in PLACE_LABELS or t.i in taken:
            continue
        start = t.i
        while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i == t.i \
                and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title:
            start -= 1
        while start > 1 and doc[start - 1].text in ("-", "\u2013") and not doc[start - 2].whitespace_ \
                and not doc[start - 1].whitespace_ and doc[start - 2].is_title:
            start -= 2  # "Ruritz-Ouest region": the whole hyphenated name
        if start == t.i:
            continue
        k = by_end.get(t.i)
        if k is not None and out[k][0].start >= start:  # "Ruritz province": the place found, widened
            span = doc[out[k][0].start:t.i + 1]
            out[k] = (span, "literal", span.text)
        elif not any(i in taken for i in range(start, t.i)) and all(doc[i].ent_iob_ == "O" for i in range(start, t.i)) \
                and any(c.kind in ("state", "county") for c in gaz.get(_key(doc[start:t.i].text), ())):
            out.append((doc[start:t.i + 1], "literal", doc[start:t.i + 1].text))
    return sorted(out, key=lambda m: m[0].start)


_DATELINE = re.compile(r"([A-Z][A-Z'.]+(?: [A-Z][A-Z'.]+){0,2})\s*[-–—,(]")


def _datelines(doc, text: str, mentions, gaz) -> list[tuple]:
    """A place in capitals opening the article, a line or a sentence before a dash, a comma or "(": the
    dateline a story was filed from ("RURITOWN — ...", "RURITOWN, Ky. (Agency) -"), however the parser
    tagged it."""
    taken = {i for s, _, _ in mentions for i in range(s.start, s.end)}
    out = []
    for m in _DATELINE.finditer(text):
        before = text[:m.start(1)].rstrip(" \t")
        if before and before[-1] not in "\n.!?":
            continue  # not opening the article, a line or a sentence
        span = doc.char_span(m.start(1), m.end(1))
        if span is None or any(i in taken for i in range(span.start, span.end)) or sum(ch.isalpha() for ch in m.group(1)) < 3:
            continue
        if span.start == 0 or doc[span.start].is_sent_start or "\n" in doc[span.start - 1].text_with_ws:
            if any(c.kind in ("city", "county", "state", "country") for c in gaz.get(_key(span.text), ())):
                out.append((span, "literal", span.text))
    return out


def _token_indices(doc) -> tuple[list[int], list[int]]:
    """Indices of the proper nouns that are a clause's subject or an object, and of the commas before a capitalised
    word: the parse's dependency labels read as one array first (making a Token of every word, or
    reading more attributes as arrays, costs more than the rest of the stage)."""
    dep = doc.to_array(DEP)
    strings = doc.vocab.strings
    subjects = [i for i in np.flatnonzero((dep == strings["nsubj"]) | (dep == strings["nsubjpass"])
                                          | (dep == strings["dobj"]) | (dep == strings["pobj"])).tolist()
                if doc[i].pos_ == "PROPN"]
    commas = [i for i in np.flatnonzero(dep == strings["punct"]).tolist()
              if i + 1 < len(doc) and doc[i].text == "," and doc[i + 1].text[:1].isupper()]
    return subjects, commas


def _acting_states(doc, subjects, ents, mentions, gaz, demonyms) -> list[tuple]:
    """A country's or a national capital's name (its gazetteer name, not an alias) acting as the subject of a verb, or
    addressed by one ("urged Ruritown to"), where the parser
    tagged it an organisation or nothing ("Ruritown said", "Ruritania warned"): the state it stands
    for (extract/places.py marks it a metonym). Never a person's name, a named person's surname, after a
    personal title, a demonym ("Ruritanians said"), nor the subject of a locative verb ("Ruritown lies
    on the river")."""
    out, taken, surnames = [], None, None
    for i in subjects:
        t = doc[i]
        if t.ent_type_ in ("PERSON", "GPE", "LOC"):
            continue
        if t.dep_ in ("dobj", "pobj"):
            if not addressed(t, gaz):  # "urged Ruritown to", "called on Ruritania"
                continue
        elif t.head.pos_ not in ("VERB", "AUX") or t.head.lemma_.lower() in _words(gaz, "locative_verbs"):
            continue
        start = t.i
        while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i == t.i and doc[start - 1].is_title:
            start -= 1
        span = doc[start:t.i + 1]
        key = _key(span.text)
        if key in demonyms or key not in _state_names(gaz):
            continue
        if taken is None:  # built only for the few subjects that name a state
            taken = {j for s, _, _ in mentions for j in range(s.start, s.end)}
            surnames = {e[-1].lower_ for e in ents if e.label_ == "PERSON"}
        before = doc[start - 1].lower_.rstrip(".") if start else ""
        if (_capitalised(span) and not any(j in taken for j in range(start, t.i + 1)) and span.text.lower() not in surnames
                and before not in _words(gaz, "personal_titles")):
            out.append((span, "literal", span.text))
    return out


def addressed(tok, gaz) -> bool:
    """The token is the party a verb of speech, judgement or pressure addresses: its direct object ("urged
    Ruritown to", "accused Ruritania of") or the object of "on" after it ("called on Ruritown")."""
    verb = tok.head
    if tok.dep_ == "pobj" and verb.lower_ == "on":
        verb = verb.head
    elif tok.dep_ != "dobj":
        return False
    return verb.pos_ == "VERB" and verb.lemma_.lower() in _words(gaz, "addressed_verbs")


def _untagged_after_preposition(doc, indices, ents, mentions, gaz) -> list[tuple]:
    """A proper noun the parser tagged as nothing after a locative preposition ("moved from Leeds toward
    Ruritown", "flew into Ruritania") is a place when it is a country's, a first-level region's or a city's of
    100,000 people own name; never a generic word ("Mobile", "Reading"), nor a surname the article gives a
    person."""
    out, taken, surnames = [], None, None
    for i in indices:
        t = doc[i]
        if t.dep_ != "pobj" or t.ent_iob_ != "O" or not t.is_title or t.head.lower_ not in _words(gaz, "locative_prepositions"):
            continue
        start = i
        while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i == i \
                and doc[start - 1].is_title and doc[start - 1].ent_iob_ == "O":
            start -= 1
        span = doc[start:i + 1]
        key = _key(span.text)
        if key in _words(gaz, "generic_names") or not any(
                _major((c,)) and _own_name(gaz, c, key) for c in gaz.get(key, ())):
            continue
        if taken is None:  # built only for the few names that are major places
            taken = {j for s, _, _ in mentions for j in range(s.start, s.end)}
            surnames = {e[-1].lower_ for e in ents if e.label_ == "PERSON"}
        if not any(j in taken for j in range(start, i + 1)) and t.lower_ not in surnames:
            out.append((span, "literal", span.text))
    return out


def _state_names(gaz) -> frozenset[str]:
    """The gazetteer names of the countries and of the national capitals (made once per gazetteer)."""
    attrs = getattr(gaz, "__dict__", {})
    if "_state_names" not in attrs:
        states = [*getattr(gaz, "countries", {}).values(), *getattr(gaz, "capitals", {}).values()]
        attrs["_state_names"] = frozenset(_key(c.name) for c in states if c is not None)
    return attrs.get("_state_names", frozenset())


def _regions_after(doc, mentions, gaz) -> list[tuple]:
    """A first-level region's abbreviation after a place and a comma ("Ruritown, Ont.", "RURITOWN, Ky"),
    where the parser tagged it a person or nothing; its full stop is part of it."""
    taken = {i for s, _, _ in mentions for i in range(s.start, s.end)}
    out = []
    for span, _, _ in mentions:
        i = span.end + 1
        if i >= len(doc) or doc[span.end].text != "," or i in taken or not doc[i].text[:1].isupper():
            continue
        end = i + 1 + (i + 1 < len(doc) and doc[i + 1].text == "." and not doc[i].whitespace_)
        abbr = doc[i:end]
        key = _key(abbr.text)
        dotted = abbr.text.endswith(".")  # "Man." is Manitoba; a bare "Man" could be a town of that name
        if any(c.kind == "state" and key in gaz.region_names.get((c.country or "", c.admin1 or ""), ())
               for c in gaz.get(key, ())) and (dotted or key not in (_key(c.name) for c in gaz.get(key, ()))):
            out.append((abbr, "literal", abbr.text))
            taken.update(range(i, end))
    return out


def _towns_before_regions(doc, commas, ents, mentions, gaz) -> list[tuple]:
    """A town the parser tagged a person, an event, an organisation or nothing, right before a comma and
    its first-level region ("of Ruritown, Oklahoma", "born in Ruritown, Man."): a place where the
    gazetteer has a town or county of that name in that region; the region (its name or a news
    abbreviation) too where nothing found it, also after a town already found ("Ruritown, New South
    Wales"). Neither is ever part of a person's name of two words or more, a named
    person's surname, nor a name after a personal title."""
    out, taken = [], None
    for i in commas:
        comma = doc[i]
        if comma.i == 0 or comma.i + 1 >= len(doc):
            continue
        region = _region_at(doc, comma.i + 1, gaz)
        if region is None:
            continue
        if taken is None:  # built only where a region follows a comma
            taken = {j for s, _, _ in mentions for j in range(s.start, s.end)}
            blocked = {j for e in ents if e.label_ == "PERSON" and len(e) > 1 for j in range(e.start, e.end)}
            surnames = {e[-1].lower_ for e in ents if e.label_ == "PERSON" and len(e) > 1}
        if any(i in blocked for i in range(region[0].start, region[0].end)) or (
                region[0].end < len(doc) and doc[region[0].end].is_title and region[0][-1].text != "."):
            continue  # "Beirut, Vladimir Kell": a person's name, not a region
        if comma.i - 1 not in taken:  # the town itself is not found yet
            town = _town_before(doc, comma.i, region[1], taken | blocked, surnames, gaz)
            if town is None:
                continue
            out.append((town, "literal", town.text))
            taken.update(range(town.start, town.end))
        if not any(i in taken for i in range(region[0].start, region[0].end)):
            out.append((region[0], "literal", region[0].text))
            taken.update(range(region[0].start, region[0].end))
    return out


def _region_at(doc, i: int, gaz) -> tuple | None:
    """(span, {(iso3, admin1)}) of a first-level region named from token i on ("Oklahoma", "Man.",
    "New South Wales"); an abbreviation that is also a town's name needs its full stop."""
    if not (doc[i].is_title or doc[i].is_upper) or not doc[i].is_alpha:
        return None
    for n in (3, 2, 1):
        end = i + n
        if end > len(doc) or not all(t.is_alpha for t in doc[i + 1:end]):
            continue
        dotted = end < len(doc) and doc[end].text == "." and not doc[end - 1].whitespace_
        span = doc[i:end + dotted]
        key = _key(span.text)
        states = [c for c in dict.get(gaz, key, ()) if c.kind == "state"]  # regions are indexed up front, towns lazily
        where = {(c.country, c.admin1) for c in states if key in gaz.region_names.get((c.country or "", c.admin1 or ""), ())}
        if where and (dotted or n > 1 or any(_key(c.name) == key for c in states)
                      or key not in (_key(c.name) for c in gaz.get(key, ()) if c.kind != "state")):
            return span, where
    return None


def _town_before(doc, comma: int, where: set, blocked: set, surnames: set, gaz):
    """The longest capitalised run of up to three words ending right before the comma that names a
    town or county of one of the regions `where`."""
    for n in (3, 2, 1):
        start = comma - n
        if start < 0 or any(i in blocked for i in range(start, comma)):
            continue
        span = doc[start:comma]
        if not _capitalised(span) or span.text.lower() in surnames or (
                start and doc[start - 1].lower_.rstrip(".") in _words(gaz, "personal_titles")):
            continue
        if any(c.kind in ("city", "county") and (c.country, c.admin1) in where for c in gaz.get(_key(span.text), ())):
            return span
    return None


def _found_again(doc, text: str, ents, mentions, gaz) -> list[tuple]:
    """The names the article uses as places, again where the parser tagged them otherwise or not at
    all (one sense per discourse: "Ruritown" a place in one sentence, an organisation, a person or
    nothing in the next, "Ruritown police" a modifier). Inside a longer organisation or facility name
    they are its name part ("the Ruritown Regional Jail"); a person's name is never one, nor a single
    word that is the surname of a person the article names ("Kell" after "Ana Kell")."""
    found = {s.text: _key(s.text) for s, role, _ in mentions if role == "literal"}
    names = {k for k in found.values() if k in gaz}
    if not names:
        return []
    taken = {i for s, _, _ in mentions for i in range(s.start, s.end)}
    surnames = {e[-1].lower_ for e in ents if e.label_ == "PERSON" and len(e) > 1}
    out = []
    for start, end in _occurrences(text, {t for t, k in found.items() if k in names}):
        span = doc.char_span(start, end)
        if span is None or span.start in taken or not _capitalised(span) or _key(span.text) not in names:
            continue
        role = _role_again(doc, ents, span, taken, surnames, gaz)
        if role is not None:
            out.append((span, role, span.text))
            taken.update(range(span.start, span.end))
    return out


def _occurrences(text: str, surfaces: set[str]) -> list[tuple[int, int]]:
    """(start, end) of every whole-word occurrence of the surfaces in the text, as written or in capitals,
    longest first where two start together."""
    out = []
    for surface in sorted(surfaces | {s.upper() for s in surfaces}, key=len, reverse=True):
        i = text.find(surface)
        while i >= 0:
            end = i + len(surface)
            if (i == 0 or not text[i - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
                out.append((i, end))
            i = text.find(surface, end)
    return sorted(out, key=lambda se: (se[0], -se[1]))


def _capitalised(span) -> bool:
    """Every word of the span capitalised, and it ends in a word ("Ruritown", not "Ruritown's")."""
    return (span[0].text[0].isupper() and not span[-1].is_punct and span[-1].tag_ != "POS"
            and all(t.is_title or t.is_upper for t in span if t.is_alpha))


_AGAIN_LABELS = ("ORG", "FAC", "PERSON", "NORP", "LANGUAGE", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW")


def _role_again(doc, ents, span, taken, surnames, gaz) -> str | None:
    """How a name found again is a place: literal (alone or a whole entity), a name part (the start or
    end of a longer organisation or facility name), or not at all (a person's name or surname, a
    disease named after a place, a currency, overlaps)."""
    after = doc[span.end] if span.end < len(doc) else None
    before = doc[span.start - 1] if span.start else None
    if before is not None and (before.tag_ == "$" or before.lower_.rstrip(".") in _words(gaz, "personal_titles") or (
            before.is_title and before.is_alpha and not before.is_sent_start and before.pos_ not in ("DET", "ADP", "CCONJ"))):
        return None  # "$US 5", "Mr Ruritown", "the Mute Swan": an amount, a person, part of a longer name
    if any(j in taken for j in range(span.start, span.end)) or span.text.lower() in surnames or (
            after is not None and (after.lower_ in _words(gaz, "not_place_after")
                                   or (after.is_title and after.ent_iob_ == "I"))):
        return None
    ent = next((e for e in ents if e.start <= span.start < e.end), None)
    if ent is None:
        return "literal"
    if ent.label_ not in _AGAIN_LABELS or (ent.label_ == "PERSON" and len(ent) > 1):
        return None
    whole = ent.start + (ent[0].lower_ == "the") == span.start and ent.end == span.end
    if whole:
        return "literal"
    at_edge = span.start in (ent.start, ent.start + 1) or span.end == ent.end
    return "name_part" if ent.label_ in ("ORG", "FAC") and at_edge else None


def _mistagged_place(doc, ent, gaz) -> bool:
    """A whole ORG/PERSON/FAC entity that is a major place right after a locative preposition, or a
    hyphenated ORG/FAC entity that is a country's or a region's own name ("Ruritania-Borduria")."""
    if ent.label_ != "PERSON" and "-" in ent.text:
        key = _key(ent.text)
        if any(c.kind in ("country", "state") and _own_name(gaz, c, key) for c in gaz.get(key, ())):
            return True
    i = ent.start - 1
    if i > 0 and doc[i].lower_ in _words(gaz, "direction_words"):  # "in eastern Aleppo"
        i -= 1
    if i > 0 and doc[i].lower_ == "the" and _country_own_name(gaz, _key(ent.text)):  # "in the DRC", "from the UAE"
        i -= 1
    prev = doc[i].lower_ if i >= 0 else ""
    after_prep = prev in _words(gaz, "locative_prepositions") or (
        ent.label_ != "PERSON" and prev in _words(gaz, "place_of_prepositions"))  # "the siege of Ruritown"
    if not after_prep and (len(ent) != 1 or ent.label_ == "PERSON"
                           or ent.root.dep_ not in ("compound", "amod", "nmod", "poss")):
        return False  # neither "in Aleppo" nor a modifier ("the Winnipeg jail", "Edmonton's mayor")
    key = _key(ent.text)
    if ent.label_ in ("NORP", "LANGUAGE") and (key in _words(gaz, "generic_names") or not any(
            _key(c.name) == key for c in gaz.get(key, ()))):
        return False  # "Western powers", "Jewish law": a group's name, unless it is a place's own name
    cands = gaz.get(key, ())
    if ent[0].lower_ == "the":  # "the Ruritown House" is a building, even if a big city is also called so
        cands = [c for c in cands if _own_name(gaz, c, key)]
    return _major(cands)


def _after_place_noun(doc, ent, gaz) -> bool:
    """A non-place entity that names what a settlement noun is of ("the town of X", "the villages of X
    and Y", "the state of X"): a place whatever its size or the parser's label."""
    if ent.label_ in PLACE_LABELS or ent.label_ in ("DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT",
                                                      "QUANTITY") or not ent[0].text[:1].isupper():
        return False
    head = ent.root
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    return (head.dep_ == "pobj" and head.head.lower_ == "of"
            and head.head.head.lemma_.lower() in _words(gaz, "settlement_nouns"))


def _conjuncts(ent):
    """The proper-noun runs of an entity the parser ran over a coordination ("X and Y", "X, Y")."""
    parts, start = [], ent.start
    for t in list(ent) + [None]:
        if t is None or t.lower_ in ("and", "or", ","):
            end = t.i if t is not None else ent.end
            if end > start:
                parts.append(ent.doc[start:end])
            start = end + 1
    return [p for p in parts if p[0].text[:1].isupper()]


def _hyphen_parts(ent):
    """The parts of an entity between its hyphen tokens ("Ruritanian", "Borduran")."""
    parts, start = [], ent.start
    for t in list(ent) + [None]:
        if t is None or t.text == "-":
            end = t.i if t is not None else ent.end
            if end > start:
                parts.append(ent.doc[start:end])
            start = end + 1
    return parts


def _hyphenated(doc, ent, gaz):
    """The entity widened over a hyphen to the rest of a hyphenated place name the parser cut
    ("Ruritania" + "-Nord" when "Ruritania-Nord" is in the gazetteer)."""
    end = ent.end
    while (end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_
           and not doc[end].whitespace_ and doc[end + 1].is_title):
        end += 2
    if end > ent.end and _key(doc[ent.start:end].text) in gaz:
        return doc[ent.start:end]
    return ent


_CONNECTORS = frozenset(("of", "the", "de", "du", "des", "la", "le", "aux", "on", "upon", "and"))


def _completed(doc, ent, gaz):
    """The entity widened over the words the parser left out of a longer place name it cut ("Democratic
    Republic" + "of the Ruritania", "Fort St." + "Kell", "Port" + "of Spain") when the whole is a
    gazetteer name: the longest run of up to four capitalised or connecting words in the sentence."""
    end, best = ent.end, None
    while end < min(ent.end + 4, len(doc)) and not doc[end].is_sent_start and (
            doc[end].text[:1].isupper() or doc[end].lower_ in _CONNECTORS):
        end += 1
        if doc[end - 1].text[:1].isupper() and _key(doc[ent.start:end].text) in gaz:
            best = end
    return doc[ent.start:best] if best is not None else ent


def _word_before(doc, i: int) -> str:
    """The lowercased word before token i, over whitespace tokens ("in   Wisconsin")."""
    i -= 1
    while i >= 0 and doc[i].is_space:
        i -= 1
    return doc[i].lower_ if i >= 0 else ""


def _country_own_name(gaz, key: str) -> bool:
    return any(c.kind == "country" and _own_name(gaz, c, key) for c in gaz.get(key, ()))


def _major(cands) -> bool:
    return any(c.kind in ("country", "state") or (c.kind == "city" and c.population >= 100_000) for c in cands)


def _name_part(ent, gaz):
    """A place at the start or end of an organisation's name ("Kentucky State Police", "CTV Winnipeg"), or
    a US county opening it ("the Ruritown County Sheriff's Office")."""
    if ent[0].lower_ == "the":
        ent = ent[1:]
    for n in (3, 2, 1):
        if n >= len(ent):
            continue
        for span in (ent[:n], ent[len(ent) - n:]):
            if (span[0].is_title or span[0].is_upper) and not span[-1].is_punct:
                key = _key(span.text)
                if span[-1].lower_ not in _words(gaz, "generic_names") and _major(gaz.get(key, ())):
                    return span
                if span.start == ent.start and key in getattr(gaz, "us_counties", {}):
                    return span
                if span.start == ent.start and _institution_town(ent[n:], span, gaz):
                    return span
    return None


def _institution_town(rest, span, gaz) -> bool:
    """`span` names a town, county or region (of any size) and `rest`, the words after it, hold a
    local institution's noun ("the Ruritown Superior Court", "Ruritown police", "Ruritown Council";
    place_words.json local_institution_nouns)."""
    nouns = _words(gaz, "local_institution_nouns")
    if not any(t.lower_ in nouns for t in rest) or not (span[0].is_title or span[0].is_upper):
        return False
    if span.text.isupper() and len(span.text) <= 3 or span[-1].lower_ in _words(gaz, "generic_names"):
        return False  # an acronym ("UN Security Council"), a generic word ("South ... Council")
    return any(c.kind in ("city", "county", "state") and _own_name(gaz, c, _key(span.text))
               for c in gaz.get(_key(span.text), ()))
