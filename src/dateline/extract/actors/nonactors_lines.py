"""Lines of an article whose names name no actor: credits, bylines, wire tags and markup (split out of
`nonactors.py`, which re-exports these tests).

- credit and caption lines: a short verbless line that credits a photo or embed ("Ann Kell/Facebook",
  "Acme via Photo Agency", a line that is only an organisation's name under a picture), and a byline: a short
  verbless line opening with "By" ("By Jo Pratt");
- reporting credits: names inside "(Reporting by X; Editing by Y)", and short lines that credit the reporters
  ("Contributing: X.", "X contributed to this report.");
- the wire service in a dateline's brackets ("LYON, March 3 (Agency) — …": where the story was filed, by whom);
- markup: a web or e-mail address or a hashtag the NER typed as a name ("pic.twitter.com/x1Y2", "#Ruriton2016");
- a platform's name alone on its line (left under an embedded post);
- the author's note closing an opinion piece ("Ana Kell, a fellow at the Brisk Institute, is the author of …").
"""
from __future__ import annotations

import re

from .. import doc_text
from .nonactors_bounds import person_like

_CREDIT = re.compile(r"\((?:[^()]*?\b(?:reporting|writing|editing|compiled|produced|additional reporting)\s+by\b)"
                     r"[^()]*\)", re.I)
# a photo credit in brackets: names joined by a slash, nothing else ("(Ana Kell/Agency)", "[AP Photo/Ana Kell]")
_SLASH_CREDIT = re.compile(r"[(\[][ \t]*[A-Z][\w.'’ -]{0,40}/[ \t]*[A-Z][\w.'’ -]{0,40}[)\]]")
# a sentence's end: its point and a space before a capital, or a point glued to a credit's opening word and colon
# (a scraped page that lost the line break: "… rose.Contributing: Ana Kell")
_SENTENCE_END = re.compile(r"[.!?][\"”’)]*(?:\s+(?=[A-Z])|(?=[A-Z][a-z]+:))")
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


def alone_on_line(span) -> bool:
    """Is the name the whole of its line (a platform's name left under an embedded post: "Twitter")?"""
    text = doc_text(span.doc)
    name = span.text.strip()
    s, e = _line_bounds(text, span.start_char, span.start_char + len(name))
    return text[s:e].strip(" .") == name


MAX_BIO_WORDS = 50  # "Ana Kell, a fellow at the Brisk Institute, is the author of …": a note, not a paragraph
BIO_LINES = 2  # the author's note closes the article: one of its last two lines


def in_author_bio(span, w) -> bool:
    """A name on the author's note that closes an opinion piece, other than the author's ("Ana Kell, a fellow at the
    Brisk Institute, is the author of Lund Rising."): one of the article's last two lines but not its first, short,
    opening with a person's name that is the subject of "be" with a noun after it ("is the author", not "is to be
    questioned") and that the article names nowhere before it. The writer's employer and books are no parties to the
    story; the writer stays (labelled sets differ on whether an author is an actor).
    `w`: ActorWords, to tell a person's name the NER typed as an organisation."""
    doc = span.doc
    memo = doc.user_data.get("dateline_author_bio", ())
    if memo == ():
        memo = doc.user_data["dateline_author_bio"] = _author_bio(doc, w)
    return memo is not None and memo[1] <= span.start_char and span.end_char <= memo[2]


def _author_bio(doc, w) -> tuple[int, int, int] | None:
    """The author's note: the start of the author's name, its end and the end of the line, or None (`in_author_bio`)."""
    text = doc_text(doc)
    lines = [m.span() for m in re.finditer(r"[^\n]*\S[^\n]*", text)]
    for s, e in lines[1:][-BIO_LINES:]:  # a note closes an article: never its first line (a one-line text has none)
        if len(text[s:e].split()) > MAX_BIO_WORDS:
            continue
        first = next((x for x in doc.ents if x.start_char >= s), None)
        if first is None or first.start_char > s + (len(text[s:e]) - len(text[s:e].lstrip())) or first.end_char > e:
            continue
        if not (first.label_ == "PERSON" or person_like(first, w)):
            continue
        root = first.root
        if root.dep_ == "nsubj" and root.head.lemma_ == "be" and any(c.dep_ == "attr" for c in root.head.children) \
                and re.search(rf"(?<!\w){re.escape(first[-1].text)}(?!\w)", text[:s]) is None:
            return first.start_char, first.end_char, e
    return None
