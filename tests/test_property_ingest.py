"""Random text and bytes through ingest and the pipeline: a valid record or a named error, never a traceback."""
from __future__ import annotations

import io

from hypothesis import HealthCheck, given, settings, strategies as st

from dateline.errors import InputError
from dateline.ingest import read_bytes_as
from dateline.options import Options
from dateline.pipeline import process
from dateline.record import to_dict
from dateline.validate import problems

QUOTES = "\"'“”‘’«»„‟‹›「」"
news_alphabet = st.sampled_from(list("abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ.,;:!?-\n\t0123456789")
                                + list(QUOTES) + ["Trump", " said ", " on Monday", " told ", "\n\n", "By ", "\u00a0", "\u0301"])
news_text = st.lists(news_alphabet, max_size=60).map("".join)
SUFFIXES = st.sampled_from([".txt", ".jsonl", ".html", ""])


def _run(data: bytes, suffix: str):
    items = list(read_bytes_as(data, "fuzz" + suffix, "fuzz", suffix, Options()))
    for item in items:
        assert isinstance(item, InputError) or item.text, item
    for result in process(items, Options(), strict=True):
        if result.error is not None:
            assert isinstance(result.error, InputError) and result.error.source.startswith("fuzz")
            assert result.error.problem
        else:
            assert problems(to_dict(result.record)) == []


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=300), SUFFIXES)
def test_random_bytes(data, suffix):
    _run(data, suffix)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(news_text, st.sampled_from(["", "date 2024-02-29 ", "date 2024-13-01 ", "title X\n"]), SUFFIXES)
def test_random_news_like_text(text, header, suffix):
    _run((header + text).encode("utf-8"), suffix)
