"""Names in an article that name no actor, beyond the head-word rule of `name_filters.py`.

Each rule is a pure test on one entity span of the parse. This module holds the things named: products,
platforms, ideas, laws, storms, species, works, time zones; the tests by line (credits, bylines, wire tags,
markup) live in `nonactors_lines.py`, the places and buildings in `nonactors_places.py`, and where a name starts
and ends in `nonactors_bounds.py` — all re-exported here, so callers read every test as `nonactors.X`.

- a product: a company name used as a countable thing ("sipping a Fizzco");
- a platform modifying what is posted on it ("a Twitter user", "his Facebook page") or named as where something is
  posted ("wrote on Twitter");
- a name in apposition with an idea's noun ("Brisk Zero, a plan to …");
- a name the article also gives as a law's: before a law or treaty head word, or as a LAW entity
  ("the Brisk-Hale Act" … "Brisk-Hale"); a law's or treaty's long name whose initials the article uses and the
  packaged list knows ("the Transatlantic Brisk Partnership (TBP)" when "TBP" is a known treaty);
- a storm ("Hurricane Ana"), a species ("E. coli"), a time zone ("9 p.m. NZDT"), a model's code in the plural
  ("AK-47s"), a doctrine ("Ruritanism"), works listed as examples ("films including X and Y").
"""
from __future__ import annotations

import re

from numpy import flatnonzero, isin
from spacy.attrs import LOWER

from .. import doc_text
from .nonactors_bounds import (  # noqa: F401  (re-exported: names.py reads them as nonactors.X)
    STANCE_PREFIXES, after_dateline, before_a_name, dash_part, given_name_before, person_like, question_opener)
from .nonactors_lines import (  # noqa: F401  (re-exported: name_filters.py, orgs.py, learned.py)
    _line_bounds, alone_on_line, hashtag_name, in_author_bio, in_credit_line, in_reporting_credit, in_wire_tag,
    is_markup)
from .nonactors_places import (  # noqa: F401  (re-exported: __init__.py, names.py, name_filters.py, orgs.py)
    in_a_place, is_place_of, region_named_as_person, town_modifying_a_noun, used_as_place, venue_names)

# what a platform name modifies when it is the medium, not the company ("a Twitter user")
PLATFORM_OBJECTS = frozenset({"user", "users", "post", "posts", "account", "accounts", "feed", "page", "pages",
                              "video", "videos", "message", "messages", "thread", "profile", "handle", "live",
                              "followers", "status", "story", "stories", "photo", "photos", "update"})


def is_product(span, label: str) -> bool:
    """A company's name used as a thing: the whole noun phrase after "a"/"an" ("sipping a Fizzco")."""
    if label != "ORG" or span.start == 0:
        return False
    prev = span.doc[span.start - 1]
    root = span.root
    return prev.lower_ in ("a", "an") and root.dep_ in ("dobj", "pobj", "attr") and root.i == span.end - 1


def named_nouns(span) -> list:
    """The common nouns the sentence says a name is: its apposition ("Kampelu, a small village,"), the noun it
    stands in apposition to before it ("the sitcom, Last Stand,"), or a determiner's noun right before it ("the
    film Vellano", however the parser hung it)."""
    root, doc = span.root, span.doc
    nouns = [ch for ch in root.children if ch.dep_ == "appos" and ch.pos_ == "NOUN" and ch.i >= span.end]
    if root.dep_ == "appos" and root.head.pos_ == "NOUN" and root.head.i < span.start:
        nouns.append(root.head)
    if span.start >= 2 and doc[span.start - 1].pos_ == "NOUN" and doc[span.start - 1].is_lower \
            and doc[span.start - 2].lower_ in ("the", "a", "an"):
        nouns.append(doc[span.start - 1])
    return nouns


def names_an_idea(span, noun_classes: dict) -> bool:
    """A name in apposition with a common noun whose first WordNet sense is an idea or a scheme ("adopted a road
    safety policy, 'Vision Ruriton'", "Brisk Zero, a plan to ..."; noun.cognition: policy, plan, programme, strategy):
    the name of the thing, no actor (read for organisation names only: "a liberal favorite, Ana Kell," is a
    person's)."""
    root = span.root
    ideas = noun_classes.get("cognition", frozenset())
    nouns = [root.head] if root.dep_ == "appos" and root.head.i < span.start else []
    nouns += [ch for ch in root.children if ch.dep_ == "appos" and ch.i >= span.end]
    return any(n.pos_ == "NOUN" and n.lemma_.lower() in ideas for n in nouns)


def is_platform_medium(span, platforms: frozenset) -> bool:
    """A platform modifying what is posted on it ("another Twitter user", "her Facebook page")."""
    root = span.root
    return span.text.lower() in platforms and root.dep_ in ("compound", "nmod", "amod") and \
        root.head.lower_ in PLATFORM_OBJECTS


_HEAD_CONNECTORS = ("for", "of", "on")


def thing_head(low_words: list[str], w) -> str | None:
    """The word that says what a name names: its last word, unless an organisation's word comes before a
    connector ("Centre for Trade Reform", "Commission on Presidential Debates" are bodies, whatever their last
    word; "Treaty of Rome" is headed by "treaty", the caller's concern)."""
    if not low_words:
        return None
    i = next((k for k, x in enumerate(low_words) if x in _HEAD_CONNECTORS and k > 0), None)
    if i is not None:
        head = low_words[i - 1]
        if head in w.org_name_sector or head in w.org_final_words or head in w.body_words or head in w.org_nouns:
            return head
    return low_words[-1]


def law_names(ents, heads: frozenset, norm) -> frozenset:
    """Registry keys of names the article gives as a law's or treaty's: a LAW entity, and the modifier of a
    law head word ("the Brisk-Hale Act" → "brisk hale")."""
    out = set()
    for ent in ents:
        words = [t for t in ent if t.is_alpha]
        if ent.label_ == "LAW":
            out.add(norm(ent.text))
        if len(words) >= 2 and words[-1].lower_ in heads and ent.label_ in ("LAW", "ORG", "FAC", "PERSON", "NORP"):
            out.add(norm(ent.doc[ent.start:words[-1].i].text))
    out.discard("")
    return frozenset(out)


def person_name_words(ents) -> frozenset:
    """Lower-case words of the article's multi-word PERSON names ("Ann Kell" → "ann", "kell"): such a word
    alone is more likely the person than a thing or a country."""
    return frozenset(t.lower_ for e in ents if e.label_ == "PERSON" and len(e) > 1 for t in e if t.is_alpha)


def initials_known(span, known: frozenset) -> bool:
    """A long name whose initials the article also writes and the packaged non-actor list knows ("Trans-Pacific
    Brisk Partnership" … "TBP")."""
    words = [w for w in span.text.replace("-", " ").split() if w.lower() not in ("of", "and", "for", "the", "on", "&")]
    if len(words) < 3 or not all(w[:1].isupper() for w in words):
        return False
    initials = "".join(w[0] for w in words)
    return initials.lower() in known and re.search(rf"\b{initials}\b", doc_text(span.doc)) is not None


def names_a_storm(span, weather_words: frozenset) -> bool:
    """A name opened by a storm's word ("Hurricane Ana", "Cyclone Lola", "Tropical Storm Kell"; words.json
    weather_event_words), or right after one the NER left out, names a weather event, no actor ("tropical" only
    before the storm's own word); so does the storm's own name alone anywhere in the article ("Lola caused …")."""
    doc = span.doc
    storms = doc.user_data.get("dateline_storm_names")
    if storms is None:  # once per parse: where the storm words stand, and the names after them
        # (read from the LOWER array: a Token per word costs more)
        at = flatnonzero(isin(doc.to_array(LOWER), [doc.vocab.strings[w] for w in weather_words])).tolist() \
            if len(doc) else []
        storms = doc.user_data["dateline_storm_names"] = (_storm_names(doc, weather_words, at), frozenset(at))
    known, at = storms
    words = " ".join(t.lower_ for t in span if t.is_alpha and t.lower_ != "the")
    if words in known:
        return True
    # a storm word opens the name or stands just before it (no storm word there: no storm's name)
    return any(i in at for i in range(max(0, span.start - 2), span.end)) and _after_storm_word(span, weather_words) is not None


def _after_storm_word(span, weather_words: frozenset) -> str | None:
    """The words of a storm's own name in `span` ("ana" in "Hurricane Ana", or in "Ana" after an untagged
    "Cyclone"), else None."""
    doc = span.doc
    words = [t for t in span if t.is_alpha and t.lower_ != "the"]
    before = [doc[i] for i in range(max(0, span.start - 2), span.start) if doc[i].is_alpha]
    lead = [t.lower_ for t in before + words]
    for k in range(len(before), -1, -1):  # the storm word inside the name, or just before it
        opened = lead[len(before) - k:]
        if len(opened) >= 2 and opened[0] in weather_words and (opened[0] != "tropical" or opened[1] in (
                "storm", "depression", "cyclone")):
            rest = [w for w in opened[1:] if w not in weather_words and w not in ("storm", "depression")]
            return " ".join(rest) or None
    return None


def _storm_names(doc, weather_words: frozenset, at: list[int]) -> frozenset:
    """The lower-case names that follow a capitalised storm word anywhere in the article, tagged or not
    ("Cyclone Lola" → "lola"; "Tropical Storm Kell" → "kell")."""
    names = set()
    for t in (doc[i] for i in at):  # the tokens that are storm words
        if not (t.is_title and t.lower_ in weather_words):
            continue
        i = t.i + 1
        while i < len(doc) and doc[i].is_title and doc[i].lower_ in weather_words | {"depression"}:
            i += 1
        j = i
        while j < len(doc) and j - i < 3 and doc[j].is_title and doc[j].is_alpha:
            j += 1
        if j > i:
            names.add(" ".join(x.lower_ for x in doc[i:j]))
    return frozenset(names)


# a scientific name with its genus abbreviated: "E. coli", "T. b. brucei" (a capital initial, optional lower-case
# initials, a lower-case epithet); a person's name never ends in a lower-case word of that shape
_ABBREVIATED_BINOMIAL = re.compile(r"[A-Z]\.(?:\s+[a-z]\.)*\s+[a-z]{3,}(?:\s+[a-z]{3,})?")


def scientific_name(span) -> bool:
    """A species written with its genus abbreviated ("E. coli", "T. b. brucei") that the NER typed as a person or an
    organisation: a microbe, a plant or an animal, no actor."""
    return _ABBREVIATED_BINOMIAL.fullmatch(span.text.strip()) is not None


# verbs and nouns that open a list of examples ("films including X and Y", "books such as X", "shows like X")
_EXAMPLE_OPENERS = frozenset({"including", "include", "like"})


def listed_work(span, w) -> bool:
    """A name listed as an example of works ("films including X, Y and Z", "her films include X and Y", "novels
    such as X", "shows like X") or in a list of three or more names after such a noun ("sold under the labels X, Y
    and Z"; no person's full name among them):
    the noun the list hangs on is a communication by its first WordNet sense (film, novel, series, album), not a
    person's or an outlet's word ("newspapers such as X", "leaders including X" list actors)."""
    root = span.root
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head  # the list's first item carries the link to its noun
    opener = root.head
    if root.dep_ == "appos" and opener.i < root.i and _named_list(root):
        noun = opener  # "sold under the labels X, Y and Z", "the albums X, Y and Z"
    elif root.dep_ == "dobj" and opener.pos_ in ("VERB", "AUX") and opener.lemma_ == "include":
        # "Her films include X and Y": the list's noun is the verb's subject
        noun = next((ch for ch in opener.children if ch.dep_ == "nsubj"), None)
    elif root.dep_ == "dobj" and opener.lower_ == "including" or root.dep_ == "pobj" and (
            opener.lower_ in _EXAMPLE_OPENERS or opener.lower_ == "as" and opener.i > 0
            and opener.doc[opener.i - 1].lower_ == "such"):
        noun = opener.head
    else:
        return False
    if noun is None:
        return False
    lemma = noun.lemma_.lower()
    return noun.pos_ == "NOUN" and lemma in w.noun_classes.get("communication", frozenset()) \
        and lemma not in w.outlet_kinds and lemma not in w.media_products and lemma not in w.person_nouns


MIN_NAMED_LIST = 3  # "the labels X, Y and Z"; two names after a noun may be a pair of people ("the ticket X and Y")


def conjoined(first) -> list:
    """`first` and every word conjoined below it ("X, Y and Z" from "X"), as the parse chains them."""
    items, todo = [], [first]
    while todo:
        t = todo.pop()
        items.append(t)
        todo.extend(ch for ch in t.children if ch.dep_ == "conj")
    return items


def _named_list(first) -> bool:
    """Does a list of at least MIN_NAMED_LIST names open with `first`, none of them a person's full name ("Ana
    Kell")?"""
    items = conjoined(first)
    doc = first.doc
    full_person = any(t.ent_type_ == "PERSON" and t.i > 0 and doc[t.i - 1].ent_type_ == "PERSON" for t in items)
    return len(items) >= MIN_NAMED_LIST and not full_person


def posted_on_platform(span, platforms: frozenset) -> bool:
    """A platform named as the place where something is posted ("wrote on Twitter", "via Facebook", "took to
    Twitter", "posted it to Facebook"): the medium, no actor."""
    root = span.root
    if span.text.lower() not in platforms or root.dep_ != "pobj":
        return False
    prep = root.head
    return prep.lower_ in ("on", "via", "across", "through", "in") or prep.lower_ == "to" and prep.head.lemma_ in (
        "take", "post", "upload")


CLOCK_WORDS = frozenset({"a.m.", "p.m.", "am", "pm", "a.m", "p.m", "noon", "midnight"})


def time_zone(span) -> bool:
    """Initials right after a clock time or in apposition to it ("at 9 p.m. NZDT", "noon EST"): the time's zone."""
    words = [t for t in span if not t.is_punct]
    if len(words) != 1 or not (2 <= len(words[0].text) <= 5 and words[0].text.isupper()):
        return False
    root = span.root
    before = span.doc[span.start - 1] if span.start > 0 else None
    return before is not None and before.lower_ in CLOCK_WORDS or root.dep_ == "appos" and root.head.lower_ in CLOCK_WORDS


# a model's code in the plural ("AK-47s", "F-16s"): the things built to it, no body
_PLURAL_CODE = re.compile(r"[A-Z][A-Za-z]{0,3}-?\d{1,4}[A-Z]?s")
# endings of one-word names of doctrines, movements and fears ("Ruritanism", "Lundophobia"), no actors
IDEA_ENDINGS = ("ism", "phobia")


def names_a_kind_of_thing(span) -> bool:
    """A model's code in the plural ("carried AK-47s") or one word naming a doctrine or a fear ("Ruritanism is to
    blame", "Lundophobia is spreading") that the NER typed as a name."""
    words = [t for t in span if not t.is_punct]
    if len(words) != 1:
        return False
    word = words[0].text
    if _PLURAL_CODE.fullmatch(word):
        return True
    return len(word) >= 7 and word[:1].isupper() and word[1:].islower() and word.lower().endswith(IDEA_ENDINGS)
