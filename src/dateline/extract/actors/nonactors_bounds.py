"""Where a name starts and ends when the NER took words that are no part of it (split out of `nonactors.py`,
which re-exports these helpers).

- a yes/no question's auxiliary is no first name ("Will Kell win Ohio?": the name is "Kell");
- a story's dateline is no part of the name after it ("LYON - Jean Valmont met …": "Jean Valmont");
- a known given name the NER left out before a surname ("an email from Ana Vell"); a title the NER typed as a name
  before an abbreviated one ("Sgt. Maj. Ana Kell": "Sgt" is no person);
- a name run over a spaced dash ("Weak - Lund" → "Lund"); a stance prefix ("pro-Kell").
"""
from __future__ import annotations

import re

from ..datelines import dateline_dashes
from ..sentences import sentence_of

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


# abbreviated titles that may stand between a first one and the name ("Sgt. Maj. Ana Kell", "Brig. Gen. Tom Lund")
MAX_TITLE_CHAIN = 2
_ABBREVIATION = re.compile(r"[A-Z][a-z]{1,4}\.?")


def before_a_name(doc, end: int) -> bool:
    """Does a person's name start right after `end`, past an abbreviation's point and up to two more abbreviated
    titles ("Cpl" "." "Ana Kell", "Sgt" "." "Maj." "Ana Kell")?"""
    k = end + (end < len(doc) and doc[end].text == ".")
    for _ in range(MAX_TITLE_CHAIN):  # "Maj." or "Maj" "." (the tokenizer splits some)
        if k < len(doc) and _ABBREVIATION.fullmatch(doc[k].text) and not doc[k].ent_type_:
            if doc[k].text.endswith("."):
                k += 1
            elif k + 1 < len(doc) and doc[k + 1].text == ".":
                k += 2
    return k < len(doc) and doc[k].ent_iob_ == "B" and doc[k].ent_type_ == "PERSON"


def person_like(span, w) -> bool:
    """Two or three capitalised words, none an organisation's word ("Jean Valmont", not "Brisk Institute")."""
    low = [t.lower_ for t in span]
    return 2 <= len(span) <= 3 and all(t.is_alpha and t.is_title for t in span) and not any(
        x in w.org_final_words or x in w.org_name_sector or x in w.org_nouns or x in w.body_words for x in low)


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
