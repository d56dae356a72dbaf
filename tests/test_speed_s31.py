"""Session 31 speed work (no behaviour change): each memoised reading gives what the plain one gave, on invented text."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from dateline import nlp
from dateline.extract import span_and_root
from dateline.extract.actors.cands import _tokens
from dateline.extract.events import dating
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


def _plain_span_and_root(doc, start, end):
    """The reading before session 31: a Span and its root made on every call."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span, (span.root if span is not None else None)


def test_dating_tests_read_through_the_memo_as_before(doc, monkeypatch):
    doc.user_data.clear()
    words = [t for t in doc if not t.is_punct]
    times = [SimpleNamespace(start=t.idx, end=t.idx + len(t.text)) for t in words]
    times.append(SimpleNamespace(start=doc[1].idx, end=doc[2].idx + len(doc[2].text)))  # "Ana Kell"
    anchors = [tok for tok in doc if tok.pos_ in ("VERB", "AUX")]
    pairs = [(t, anchor) for t in times for anchor in anchors]

    def readings():
        return [(attached_to(doc, t, a, a), in_foreign_clause(doc, t, a)) for t, a in pairs]
    memoised = readings()
    for t, anchor in pairs:
        assert isinstance(dates_another_noun(doc, t, SimpleNamespace(trigger=anchor), anchor), bool)
    doc.user_data.clear()
    monkeypatch.setattr(dating, "span_and_root", _plain_span_and_root)
    assert memoised == readings()
    assert any(a for a, _ in memoised) and any(f for _, f in memoised)  # both tests answer yes somewhere
    doc.user_data.clear()


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
