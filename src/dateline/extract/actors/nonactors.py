"""Names in an article that name no actor, beyond the head-word rule of `name_filters.py`.

Each rule is a pure test on one entity span of the parse:

- credit and caption lines: a short verbless line that credits a photo or embed ("Ann Kell/Facebook",
  "Acme via Photo Agency", a line that is only an organisation's name under a picture);
- reporting credits: names inside "(Reporting by X; Editing by Y)";
- a product: a company name used as a countable thing ("sipping a Fizzco");
- a place after "the city/town of" that the NER typed as an organisation ("the city of Ruriton");
- a place the NER typed as a person or organisation: the modifier or apposition of a place noun ("the Tsuen Wan
  district", "the capital, Ruriton,"), or a name the places stage resolved that does not act ("piped to Ruriton");
  and a ship named after someone ("MV Ann Kell", "the rescue ship Tom Lund");
- a platform modifying what is posted on it ("a Twitter user", "his Facebook page");
- a byline: a short verbless line opening with "By" ("By Jo Pratt");
- a name the article also gives as a law's: before a law or treaty head word, or as a LAW entity
  ("the Brisk-Hale Act" … "Brisk-Hale");
- a yes/no question's auxiliary is no first name ("Will Kell win Ohio?": the name is "Kell");
- a story's dateline is no part of the name after it ("LYON - Jean Valmont met …": "Jean Valmont"), and the wire
  service in its brackets names no actor ("LYON, March 3 (Agency) — …": where the story was filed, by whom);
- a building or room only ever named as where something happens ("met in the Oval Office", "rallied outside
  the Capitol"): a FAC entity or a venue head word, every occurrence the object of a locative preposition;
- a law's or treaty's long name whose initials the article uses and the packaged list knows ("the Transatlantic
  Brisk Partnership (TBP)" when "TBP" is a known treaty);
- markup: a web or e-mail address or a hashtag the NER typed as a name ("pic.twitter.com/x1Y2", "#Ruriton2016").
"""
from __future__ import annotations

import re

from numpy import flatnonzero, isin
from spacy.attrs import LOWER

from .. import doc_text
from ..datelines import dateline_dashes
from ..sentences import sentence_of

_CREDIT = re.compile(r"\((?:[^()]*?\b(?:reporting|writing|editing|compiled|produced|additional reporting)\s+by\b)"
                     r"[^()]*\)", re.I)
# a photo credit in brackets: names joined by a slash, nothing else ("(Ana Kell/Agency)", "[AP Photo/Ana Kell]")
_SLASH_CREDIT = re.compile(r"[(\[][ \t]*[A-Z][\w.'’ -]{0,40}/[ \t]*[A-Z][\w.'’ -]{0,40}[)\]]")
_SENTENCE_END = re.compile(r"[.!?][\"”’)]*\s+(?=[A-Z])")
# what a platform name modifies when it is the medium, not the company ("a Twitter user")
PLATFORM_OBJECTS = frozenset({"user", "users", "post", "posts", "account", "accounts", "feed", "page", "pages",
                              "video", "videos", "message", "messages", "thread", "profile", "handle", "live",
                              "followers", "status", "story", "stories", "photo", "photos", "update"})
CREDIT_WORDS = frozenset({"images", "image", "photo", "photos", "via", "courtesy", "credit", "file"})
MAX_CREDIT_CHARS = 200  # eight words, generously
MAX_CREDIT_LINE_WORDS = 16  # "Contributing: A, B and C in Lyon." — a credit line, not a paragraph
MAX_CREDIT_LIST_WORDS = 24  # "Agency writers A in Lyon, B in Rome and C in Paris contributed to this report."


def _line_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Character bounds of the line (paragraph) holding [start, end)."""
    e = text.find("\n", end)
    return text.rfind("\n", 0, start) + 1, e if e >= 0 else len(text)


def in_credit_line(span, label: str) -> bool:
    """A photo or embed credit: a verbless line of at most eight words with a slash ("Ann Kell/Facebook"),
    a credit word ("via", "Images"), or an organisation's name alone ("Acme News Agency.")."""
    doc = span.doc
    text = doc_text(doc)
    s, e = _line_bounds(text, span.start_char, span.end_char)
    if e - s > MAX_CREDIT_CHARS:
        return False  # a paragraph, not a credit line (and no regex over it for every name)
    line = text[s:e]
    words = re.findall(r"[^\W\d_]+", line)
    if not words or len(words) > 8:
        return False
    toks = doc.char_span(s, e, alignment_mode="expand") if e > s else None
    if toks is None or any(t.pos_ in ("VERB", "AUX") for t in toks):
        return False
    if "/" in line or any(w.lower() in CREDIT_WORDS for w in words) or words[0].lower() == "by":
        return True
    return label == "ORG" and line.strip(" .") == span.text


# a wire dateline opening its line: upper-case place words, an optional state or date after a comma, the wire
# service in brackets, a spaced dash ("RURITOWN, Ore. (AP) — ", "LYON, March 3 (Agency) - ")
_WIRE_DATELINE = re.compile(r"[A-Z][A-Z.' -]*[A-Z.](?:,[^()\n]{1,30})?[ \t]*\(([^()\n]{1,40})\)[ \t]*(?:-{1,2}|[\u2013\u2014\u2015])[ \t]")


def in_wire_tag(span) -> bool:
    """The wire service in a dateline's brackets ("RURITOWN (AP) — Officials said …"): the story's provenance."""
    text = doc_text(span.doc)
    s, _ = _line_bounds(text, span.start_char, span.end_char)
    m = _WIRE_DATELINE.match(text, s)
    return m is not None and m.start(1) <= span.start_char and span.end_char <= m.end(1)


def is_markup(span) -> bool:
    """A web address with a path or scheme, an e-mail address or a hashtag that the NER took for a name
    ("pic.twitter.com/x1Y2" under an embedded post, "#Ruriton2016", "tips@example.org"): markup, no actor. A bare
    domain is a name ("Brisk.com said …", a company or a site acting); a hashtag spelling a name the article
    writes out is a mention of it (`hashtag_name`)."""
    if any(t.like_email or t.like_url and ("/" in t.text or t.lower_.startswith(("http", "www."))) for t in span):
        return True
    prev = span.doc[span.start - 1] if span.start > 0 else None
    return prev is not None and prev.text == "#" and not prev.whitespace_ and hashtag_name(span) is None


def hashtag_name(span) -> str | None:
    """The name a hashtag spells when the article also writes it out as a person's or organisation's name
    ("#AnaKell" … "Ana Kell"), else None (a place's hashtag, "#RuritonStrong" … "Ruriton", is markup)."""
    prev = span.doc[span.start - 1] if span.start > 0 else None
    if prev is None or prev.text != "#" or prev.whitespace_:
        return None
    words = " ".join(re.findall(r"[A-Z][a-z]+|[A-Z]+(?![a-z])|\d+", span.text))
    named = any(e.text == words and e.label_ in ("PERSON", "ORG") for e in span.doc.ents)
    return words if " " in words and named else None


def in_reporting_credit(span, words=None) -> bool:
    """A name inside "(Reporting by X and Y; Editing by Z)" at the foot of a wire story: the innermost
    parentheses around the name (found without scanning the paragraph) must be such a credit; or on a short line
    that credits the story's reporters ("Contributing: X.", "X contributed to this report.", "Additional reporting
    by X"; words.json `credit_line_openers` / `credit_line_closers`)."""
    text = doc_text(span.doc)
    s, e = _line_bounds(text, span.start_char, span.end_char)
    if words is not None:
        memo = span.doc.user_data.setdefault("dateline_credit_lines", {})  # per parse: a line's names share it
        ends = memo.get((s, e))
        if ends is None:
            ends = memo[s, e] = [m.end() for m in _SENTENCE_END.finditer(text, s, e)]
        # from the start of the name's sentence: a credit often closes a paragraph ("Kell reported from Lyon.
        # Agency writers Ana Lund in Paris and Tom Reed in Rome contributed to this report.")
        start = max((k for k in ends if k <= span.start_char), default=s)
        if memo.get((start, e, id(words))) is None:
            memo[start, e, id(words)] = _credit_line(text[start:e], words)
        if memo[start, e, id(words)]:
            return True
    o = max(text.rfind("(", s, span.start_char), text.rfind("[", s, span.start_char))
    c = min((k for k in (text.find(")", span.end_char, e), text.find("]", span.end_char, e)) if k >= 0), default=-1)
    if o < 0 or c < 0 or ")" in text[o:span.start_char] or "(" in text[span.end_char:c]:
        return False
    return _CREDIT.fullmatch(text, o, c + 1) is not None or _SLASH_CREDIT.fullmatch(text, o, c + 1) is not None


def _credit_line(line: str, words) -> bool:
    """Is the line a reporters' credit: short, opening with a credit phrase ("Contributing:", "Additional
    reporting by") or closing with one ("… contributed.", "… contributed to this report.")?"""
    low = line.strip().lower()
    if not low or len(low.split()) > MAX_CREDIT_LIST_WORDS:
        return False
    if len(low.split()) <= MAX_CREDIT_LINE_WORDS and any(
            low.startswith(p) and not low[len(p):len(p) + 1].isalnum() for p in words.credit_line_openers):
        return True
    bare = re.sub(r"[\s.:;,]+$", "", line.strip())
    closer = next((p for p in words.credit_line_closers if bare.lower().endswith(" " + p)), None)
    if closer is None:
        return False
    # only names and who they are before it ("Ann Kell and Bo Lund contributed.", "Lantern writer Ann Kell
    # contributed"), not a sentence ("Kell said the firm contributed.")
    names = bare[:-len(closer)].replace(",", " , ").split()  # "… writers Ana Lund in Paris and Tom Reed in Rome"
    return all(w[:1].isupper() or w in ("and", "&", ",") or w in words.person_nouns
               or w.rstrip("s") in words.person_nouns
               or (w in ("in", "from") and k + 1 < len(names) and names[k + 1][:1].isupper())
               for k, w in enumerate(names))


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


def is_place_of(span, place_nouns: frozenset) -> bool:
    """"the city of Ruriton" typed ORG: a place; so is a name headed by a place noun after a preposition of place
    ("prices rose in the Greater Ruriton Area", "in Lund County"; not "state": "fighters in the Islamic State")."""
    root = span.root
    if root.dep_ != "pobj":
        return False
    if root.head.lower_ == "of" and root.head.head.lemma_.lower() in place_nouns:
        return True
    return root.i == span.end - 1 and root.lower_ in place_nouns - {"state"} and root.head.lower_ in HEADED_PLACE_PREPOSITIONS


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


# prepositions after which a name headed by a place noun is where something is ("in the Greater Ruriton Area")
HEADED_PLACE_PREPOSITIONS = frozenset({"in", "inside", "within", "throughout", "across", "into", "near", "around"})


# where a name the places stage resolved is a place: a preposition's or verb's object, a noun's modifier
PLACE_SLOTS = frozenset({"pobj", "dobj", "compound"})


def used_as_place(span, w, place_spans) -> bool:
    """A name the parse or the places stage reads as a place, or one that names a ship: the modifier or apposition of
    a place noun ("the Tsuen Wan district", "the capital, Ruriton, fell"), a span the places stage resolved in a
    place's slot ("gas piped to Ruriton", "the Ruriton attack"; "Ruriton said", "the cities of X and Ruriton said"
    act), or a name after a ship prefix or beside a vessel noun ("MV Ann Kell", "the rescue ship Tom Lund"; `w`:
    ActorWords)."""
    root, doc = span.root, span.doc
    if root.dep_ in ("compound", "appos") and root.head.lemma_.lower() in w.place_nouns:
        return True
    before = doc[max(0, span.start - 3):span.start + 1]  # a title may stand between ("MV Professor Ann Kell")
    if any(t.text in w.vessel_prefixes and all(x.is_title for x in doc[t.i + 1:span.start]) for t in before) \
            or span.start > 0 and doc[span.start - 1].lower_ in w.vessel_heads:
        return True  # "MV Ann Kell", "the ship Ann Kell"
    if root.dep_ in ("appos", "compound") and root.head.lower_ in w.vessel_heads:
        return True  # "their ship, Ann Kell,"
    return (span.start_char, span.end_char) in place_spans and root.dep_ in PLACE_SLOTS


LOCATIVES = frozenset({"in", "inside", "within", "throughout", "across"})


# a building that stands for its state ("the Kremlin", "the White House") is also a place after these
BUILDING_LOCATIVES = LOCATIVES | {"at", "outside", "near"}


def in_a_place(span, building: bool = False) -> bool:
    """A country named as the place where something is ("jobs in Ruritania", "the war in Ruritania"): the object of
    a preposition of location; "to", "from", "with", "against" Ruritania may name the state as a party. A building
    standing for the state (`building`) is a place after "at", "outside", "near" too ("a dinner at the Palace")."""
    root = span.root
    return root.dep_ == "pobj" and root.head.lower_ in (BUILDING_LOCATIVES if building else LOCATIVES)


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


def question_opener(doc, ts: int, te: int, sent_first: int, openers: frozenset) -> bool:
    """Is token ts an auxiliary opening a yes/no question before a name and a bare verb ("Will Kell win
    Ohio?"), not a first name?"""
    if ts != sent_first or te - ts < 2 or te >= len(doc) or doc[ts].lower_ not in openers or doc[te].tag_ != "VB":
        return False
    sent = sentence_of(doc[ts])
    return any(t.text == "?" for t in doc[te:sent.end])


def after_dateline(doc, ts: int, te: int, sent_first: int) -> int:
    """The first token of a name after a dateline the NER took into it ("LYON - Jean Valmont", "LYON, France -
    French police"): the dateline (`extract.datelines`) and its dash are cut off; else ts."""
    dash = dateline_dashes(doc).get(sent_first)
    return dash + 1 if dash is not None and ts <= dash and dash + 1 < te else ts


def given_name_before(doc, ts: int, te: int, w) -> int | None:
    """"An email from Ana Vell": the NER typed only the surname (ORG, GPE or PERSON) and left a known given name
    right before it untagged: the start of the person's full name, else None."""
    if te - ts != 1 or ts == 0 or not doc[ts].is_title:
        return None
    given = doc[ts - 1]
    if given.ent_type_ or given.lower_ not in w.given_gender or not person_like(doc[ts - 1:te], w):
        return None
    return ts - 1


def before_a_name(doc, end: int) -> bool:
    """Does a person's name start right after `end`, past an abbreviation's point ("Cpl" "." "Ana Kell")?"""
    k = end + (end < len(doc) and doc[end].text == ".")
    return k < len(doc) and doc[k].ent_iob_ == "B" and doc[k].ent_type_ == "PERSON"


def person_like(span, w) -> bool:
    """Two or three capitalised words, none an organisation's word ("Jean Valmont", not "Brisk Institute")."""
    low = [t.lower_ for t in span]
    return 2 <= len(span) <= 3 and all(t.is_alpha and t.is_title for t in span) and not any(
        x in w.org_final_words or x in w.org_name_sector or x in w.org_nouns or x in w.body_words for x in low)


# prepositions that make their object a location ("met in the Oval Office", "protested outside the Capitol")
LOCATIVE = frozenset({"in", "at", "inside", "outside", "near", "into", "from", "within", "around", "across",
                      "behind", "beside", "onto"})


# prepositions whose object is a structure acted on, not a party ("the attack on the Kell Cathedral", "crowds poured
# into Lund City Hall"); "by", "from", "with", "to", "for" may name a party speaking or dealt with, "of" its staff
STRUCTURE_PREPOSITIONS = frozenset({"on", "into", "over", "under", "through", "past", "toward", "towards"})


# nouns that make "X of" a preposition of place ("in front of the Kell Hall", "on the steps of the Kell Hall")
PLACE_OF_NOUNS = frozenset({"front", "steps", "outside", "inside", "grounds", "doors", "gates", "lobby", "vicinity"})


def locative_object(root) -> bool:
    """Is the token the object of a preposition of place ("in the Hall"), or of "of" in a complex one ("in front of
    the Hall", "on the steps of the Hall")?"""
    if root.dep_ != "pobj":
        return False
    prep = root.head
    return prep.lower_ in LOCATIVE or prep.lower_ == "of" and prep.head.lower_ in PLACE_OF_NOUNS


def venue_names(ents, heads: frozenset, norm, state_of=None) -> frozenset:
    """Keys of the names the article uses only as places: a FAC entity or one whose head word is a building or
    room ("Oval Office", "the Capitol", "the Kell Embassy"), every occurrence of it the object of a locative
    preposition ("in the Oval Office", "in front of Lund City Hall"; "the embassy said" or "Capitol Police" keep it
    an actor), or — for a name not
    typed PERSON whose head word is a building's and that names no state — of a verb or a preposition of a structure
    acted on ("bombs struck the Kell Cathedral", "crowds poured into Lund City Hall"; not "stormed the Ruritanian
    Embassy")."""
    seen: dict[str, bool] = {}
    for ent in ents:
        words = [t.lower_ for t in ent if t.is_alpha]
        if ent.label_ not in ("ORG", "FAC", "GPE", "PERSON") or not words:
            continue
        k = norm(ent.text)
        root = ent.root
        venue = ent.label_ == "FAC" or words[-1] in heads
        placed = locative_object(root) or words[-1] in heads and ent.label_ != "PERSON" and (
            root.dep_ == "dobj" or root.dep_ == "pobj" and root.head.lower_ in STRUCTURE_PREPOSITIONS) \
            and not _names_a_state(ent, state_of)
        seen[k] = seen.get(k, True) and venue and placed
    return frozenset(k for k, only_place in seen.items() if only_place and k)


def _names_a_state(ent, state_of) -> bool:
    """Does a building's name hold a state's name or demonym ("the Ruritanian Embassy", "the United States
    Consulate")? Stormed or attacked, it stands for that state: a party, not a place."""
    if state_of is None:
        return False
    toks = [t for t in ent if t.is_alpha]
    return any(state_of(" ".join(t.text for t in toks[i:i + n])) for n in (1, 2, 3) for i in range(len(toks) - n + 1))


def initials_known(span, known: frozenset) -> bool:
    """A long name whose initials the article also writes and the packaged non-actor list knows ("Trans-Pacific
    Brisk Partnership" … "TBP")."""
    words = [w for w in span.text.replace("-", " ").split() if w.lower() not in ("of", "and", "for", "the", "on", "&")]
    if len(words) < 3 or not all(w[:1].isupper() for w in words):
        return False
    initials = "".join(w[0] for w in words)
    return initials.lower() in known and re.search(rf"\b{initials}\b", doc_text(span.doc)) is not None


# a lower-case prefix that makes a name a stance adjective ("pro-Kell", "anti-Kell"; not "Anti-Defamation League")
STANCE_PREFIXES = frozenset({"pro", "anti"})
_DASHES = frozenset({"-", "\u2013", "\u2014", "\u2015", "--"})


def dash_part(doc, ts: int, te: int) -> tuple[int, int]:
    """Of a name the parser ran over a dash with spaces on both sides, the part with the most proper nouns (the
    first on a tie): "Weak - Lund" → "Lund", "Ana Lund - won" → "Ana Lund"."""
    cuts = [i for i in range(ts + 1, te - 1)
            if doc[i].text in _DASHES and doc[i - 1].whitespace_ and doc[i].whitespace_]
    if not cuts:
        return ts, te
    parts = [(a, b) for a, b in zip([ts] + [c + 1 for c in cuts], cuts + [te]) if b > a]
    return max(parts, key=lambda p: (sum(doc[i].pos_ == "PROPN" for i in range(*p)), -p[0]))


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


def region_named_as_person(span, gazetteer, norm) -> bool:
    """A single word the NER typed as a person that the gazetteer knows as a first-level region ("the storm reached
    Zeeland, Drenthe and Groningen": a province) — the caller checks that no person of the article bears the word."""
    words = [t for t in span if t.is_alpha]
    if len(words) != 1 or not words[0].is_title:
        return False
    return any(c.kind == "state" for c in gazetteer.get(norm(words[0].text), ()))


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


def alone_on_line(span) -> bool:
    """Is the name the whole of its line (a platform's name left under an embedded post: "Twitter")?"""
    text = doc_text(span.doc)
    name = span.text.strip()
    s, e = _line_bounds(text, span.start_char, span.start_char + len(name))
    return text[s:e].strip(" .") == name


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
