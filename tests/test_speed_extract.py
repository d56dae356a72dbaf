"""Speed changes that must not change output: each faster path gives exactly what the plain one gave."""
from __future__ import annotations

import re

import numpy as np
from spacy.attrs import HEAD, IDX, LOWER

from dateline import nlp
from dateline.extract.claims import _cue_token, _span_root
from dateline.extract.provenance import OutletIndex
from dateline.options import Options

from conftest import run_text

OUTLETS = ("Ruritan Times|RT", "Ruritan Times Herald", "Borduria Post|the Post", "Kell News Agency|KNA",
           "Kell News|Kell News Network")


def _flat(index: OutletIndex) -> re.Pattern:
    """The outlet pattern as a plain list of aliases, longest first (how it was written before)."""
    aliases = sorted(index.canonical, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:the\s+)?(" + "|".join(re.escape(a) for a in aliases) + r")(?![\w-])",
                      re.IGNORECASE)


def test_outlet_pattern_shares_prefixes_and_finds_what_the_alias_list_found():
    index = OutletIndex(OUTLETS)
    assert index.pattern.pattern.count("times") == 1  # one branch for both Ruritan Times titles
    flat = _flat(index)
    texts = ["The Ruritan Times Herald reported it; the ruritan times said so; RT and rt-news disagreed.",
             "According to the  Kell News Agency, Kell News Network and KELL NEWS aired it; Kell Newsroom did not.",
             "the Post, the Borduria Post's editor, and Borduria Posts; x-Ruritan Times; Ruritan Timesheet."]
    for text in texts:
        got = [(m.span(), m.span(1)) for m in index.pattern.finditer(text)]
        assert got == [(m.span(), m.span(1)) for m in flat.finditer(text)]
        assert got  # the texts do name outlets
    assert index.pattern.match("Ruritan Times Herald editors")[1] == "Ruritan Times Herald"


TEXT = ("Officials in Ruritown said on Monday that the bridge had not been closed. \"The bridge is open and "
        "traffic is moving,\" the mayor, Ana Kell, told reporters. Her deputy denied that any repairs were "
        "planned. \"Nobody is running an inquiry,\" said Tom Reese, a spokesman for the city.")


def _cue_by_walk(doc, q):
    """The cue word nearest the quote and outside it, found by walking every word within 150 characters."""
    first, best = q.cue.split()[0].lower(), None
    for t in doc:
        if q.start - 150 <= t.idx < q.end + 150 and t.lower_ == first and not q.start <= t.idx < q.end:
            d = q.start - t.idx if t.idx < q.start else t.idx - q.end
            best = (d, t) if best is None or d < best[0] else best
    return best[1] if best else None


def _root_by_walk(toks):
    roots = [t for t in toks if not (toks.start <= t.head.i < toks.end) or t.head.i == t.i]
    roots = [t for t in roots if not t.is_punct] or roots
    return ([t for t in roots if t.pos_ in ("VERB", "AUX")] or roots or [toks[0]])[0]


def test_claims_array_lookups_equal_the_token_walks():
    rec = run_text(TEXT)
    assert rec.quotes
    doc = nlp.load(Options().model)(TEXT)
    starts, lower = doc.to_array(IDX).tolist(), doc.to_array(LOWER)
    heads = doc.to_array(HEAD).astype(np.int64) + np.arange(len(doc))
    found = [_cue_token(doc, starts, q, lower) for q in rec.quotes]
    assert found == [_cue_by_walk(doc, q) for q in rec.quotes] and any(found)
    for sent in doc.sents:
        for lo in range(sent.start, sent.end - 1, 3):
            assert _span_root(doc[lo:sent.end], heads) == _root_by_walk(doc[lo:sent.end])
