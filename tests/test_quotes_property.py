"""Property: texts full of unbalanced, nested and exotic quotation marks never make the pipeline raise."""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import run_text
from dateline.extract.quotes.marks import find_segments

MARKS = list("\"'“”‘’„‟«»‹›‚〝〞〟＂") + ["''", "``", "\"\"", "“”", "‘’"]
WORDS = ["He", "said", "she", "told", "reporters", "that", "the", "deal", "is", "dead", "according", "to",
         "Reuters", "warning", ":", ",", ".", "?", "Trump", "wrote", "An", "official", "added", "it", "’s",
         "\n", "\n\n", " ", "[of the truce]", "—", "so-called", "noted", "denied", "accused", "of", "lying"]

pieces = st.lists(st.one_of(st.sampled_from(MARKS), st.sampled_from(WORDS),
                            st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=6)),
                  min_size=1, max_size=40)


@given(pieces)
@settings(max_examples=300, deadline=None)
def test_marks_never_raise_and_spans_are_valid(parts):
    text = " ".join(parts)
    for seg in find_segments(text):
        assert 0 <= seg.start < seg.end <= len(text)
        assert text[seg.start:seg.end].strip() == text[seg.start:seg.end]


@given(pieces.filter(lambda p: any(ch.isalnum() for ch in "".join(p))))
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
def test_pipeline_never_raises_on_exotic_quotes(parts):
    text = " ".join(parts)
    rec = run_text(text)
    body = rec.article.text
    for q in rec.quotes:
        assert body[q.start:q.end] == q.text
        assert q.kind in ("direct", "indirect", "mixed")
        if q.speaker_start is not None:
            assert body[q.speaker_start:q.speaker_end] == q.speaker_text
    ids = {q.id for q in rec.quotes}
    for c in rec.claims:
        assert c.quote is None or c.quote in ids  # a denial without quoted words: no quote
        assert all(o != c.id for o in c.conflicts_with)


@given(st.lists(pieces.map(" ".join).filter(lambda t: any(ch.isalnum() for ch in t)), min_size=2, max_size=5))
@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
def test_batch_with_exotic_quotes_never_raises(texts):
    from dateline.pipeline import process_texts
    records = process_texts(texts, date="2025-03-06")
    assert len(records) == len(texts)
    for rec in records:
        for q in rec.quotes:
            assert rec.article.text[q.start:q.end] == q.text
