"""Names in an article that name no actor, beyond the head-word rule of `names.py`.

Each rule is a pure test on one entity span of the parse:

- credit and caption lines: a short verbless line that credits a photo or embed ("Ann Kell/Facebook",
  "Acme via Photo Agency", a line that is only an organisation's name under a picture);
- reporting credits: names inside "(Reporting by X; Editing by Y)";
- a product: a company name used as a countable thing ("sipping a Fizzco");
- a place after "the city/town of" that the NER typed as an organisation ("the city of Ruriton");
- a platform modifying what is posted on it ("a Twitter user", "his Facebook page").
"""
from __future__ import annotations

import re

from .. import doc_text

_CREDIT = re.compile(r"\((?:[^()]*?\b(?:reporting|writing|editing|compiled|produced|additional reporting)\s+by\b)"
                     r"[^()]*\)", re.I)
# what a platform name modifies when it is the medium, not the company ("a Twitter user")
PLATFORM_OBJECTS = frozenset({"user", "users", "post", "posts", "account", "accounts", "feed", "page", "pages",
                              "video", "videos", "message", "messages", "thread", "profile", "handle", "live",
                              "followers", "status", "story", "stories", "photo", "photos", "update"})
CREDIT_WORDS = frozenset({"images", "image", "photo", "photos", "via", "courtesy", "credit", "file"})
MAX_CREDIT_CHARS = 200  # eight words, generously


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
    if "/" in line or any(w.lower() in CREDIT_WORDS for w in words):
        return True
    return label == "ORG" and line.strip(" .") == span.text


def in_reporting_credit(span) -> bool:
    """A name inside "(Reporting by X and Y; Editing by Z)" at the foot of a wire story: the innermost
    parentheses around the name (found without scanning the paragraph) must be such a credit."""
    text = doc_text(span.doc)
    s, e = _line_bounds(text, span.start_char, span.end_char)
    o = text.rfind("(", s, span.start_char)
    c = text.find(")", span.end_char, e)
    if o < 0 or c < 0 or ")" in text[o:span.start_char] or "(" in text[span.end_char:c]:
        return False
    return _CREDIT.fullmatch(text, o, c + 1) is not None


def is_product(span, label: str) -> bool:
    """A company's name used as a thing: the whole noun phrase after "a"/"an" ("sipping a Fizzco")."""
    if label != "ORG" or span.start == 0:
        return False
    prev = span.doc[span.start - 1]
    root = span.root
    return prev.lower_ in ("a", "an") and root.dep_ in ("dobj", "pobj", "attr") and root.i == span.end - 1


def is_place_of(span, place_nouns: frozenset) -> bool:
    """"the city of Ruriton" typed ORG: a place."""
    root = span.root
    return root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lemma_.lower() in place_nouns


def is_platform_medium(span, platforms: frozenset) -> bool:
    """A platform modifying what is posted on it ("another Twitter user", "her Facebook page")."""
    root = span.root
    return span.text.lower() in platforms and root.dep_ in ("compound", "nmod", "amod") and \
        root.head.lower_ in PLATFORM_OBJECTS
