"""Session 31 speed work (no behaviour change): each memoised reading gives what the plain one gave, on invented text."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from dateline import nlp
from dateline.extract import span_and_root
from dateline.extract.actors.cands import _tokens
from dateline.extract.events.dating import attached_to, dates_another_noun, in_foreign_clause
from dateline.extract.events.speech import reporting_verb
from dateline.options import Options

TEXT = ("Senator Ana Kell criticized Osei on Monday. \"The plan is reckless,\" Kell said on Tuesday, after last "
        "week's vote in the council that Osei had called for in March. Al-Vell's lawyer, whom Kell met in May, "
        "said the talks would resume.")


@pytest.fixture(scope="module")
def doc():
    return nlp.load(Options().model)(TEXT)


def _char_bounds(doc):
    """Every character span of up to 30 characters starting and ending anywhere, a few outside the text."""
    n = len(doc.text)
    return [(s, e) for s in range(0, n + 2, 3) for e in range(s, min(n + 3, s + 30), 2)]


def test_span_and_root_is_the_plain_char_span(doc):
    doc.user_data.clear()
    for s, e in _char_bounds(doc):
        span, root = span_and_root(doc, s, e)
        plain = doc.char_span(s, e, alignment_mode="expand")
        assert (span is None) == (plain is None)
        if plain is not None:
            assert (span.start, span.end) == (plain.start, plain.end) and root.i == plain.root.i
    # made once per parse: asked again, the same objects
    assert span_and_root(doc, 0, 7)[0] is span_and_root(doc, 0, 7)[0]
    doc.user_data.clear()


def test_dating_tests_read_through_the_memo_as_before(doc):
    doc.user_data.clear()
    words = [t for t in doc if not t.is_punct]
    times = [SimpleNamespace(start=t.idx, end=t.idx + len(t.text)) for t in words]
    times.append(SimpleNamespace(start=doc[1].idx, end=doc[2].idx + len(doc[2].text)))  # "Ana Kell"
    for t in times:
        plain = doc.char_span(t.start, t.end, alignment_mode="expand")
        for anchor in (tok for tok in doc if tok.pos_ in ("VERB", "AUX")):
            cand = SimpleNamespace(trigger=anchor)
            # the readings before session 31: a Span and its root made on every call
            expected = _plain_attached(plain, anchor)
            assert attached_to(doc, t, anchor, anchor) == expected
            assert isinstance(dates_another_noun(doc, t, cand, anchor), bool)
            assert in_foreign_clause(doc, t, anchor) == _plain_foreign(plain, anchor)
    doc.user_data.clear()


def _plain_attached(span, anchor) -> bool:
    if span is None:
        return False
    tok = span.root
    for _ in range(6):
        if tok.i == anchor.i:
            return True
        if tok.head.i == tok.i or tok.i != span.root.i and tok.pos_ in ("VERB", "AUX"):
            return False
        tok = tok.head
    return False


def _plain_foreign(span, anchor) -> bool:
    tok = span.root if span is not None else None
    for _ in range(10 if tok is not None else 0):
        if tok.i == anchor.i:
            return False
        if tok.dep_ in ("relcl", "acl") and tok.pos_ in ("VERB", "AUX") and anchor.i not in {x.i for x in tok.subtree}:
            return True
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def test_reporting_verb_reads_the_speaker_or_the_sentence(doc):
    doc.user_data.clear()
    q_start = TEXT.index("\"The")
    q_end = TEXT.index("Kell said") - 1
    speaker_start = TEXT.index("Kell said")
    tagged = SimpleNamespace(start=q_start, end=q_end, speaker_start=speaker_start, speaker_end=speaker_start + 4)
    untagged = SimpleNamespace(start=q_start, end=q_end, speaker_start=None, speaker_end=None)
    assert reporting_verb(doc, tagged).lower_ == "said"
    plain = doc.char_span(q_start, q_end, alignment_mode="expand")
    assert reporting_verb(doc, untagged).i == plain.root.sent.root.i
    assert reporting_verb(doc, tagged).i == reporting_verb(doc, tagged).i  # asked again: the same verb
    doc.user_data.clear()


def test_a_names_words_are_memoised_and_unchanged():
    assert _tokens("Al-Vell's Lawyer") == ("al", "vell", "lawyer")
    assert _tokens("José  Kell") == ("jose", "kell")
    assert _tokens("Ana Kell") is _tokens("Ana Kell")
