"""The shared spaCy pipeline: loaded once, paragraph breaks end sentences."""
from __future__ import annotations

import pytest

from dateline import nlp
from dateline.errors import ModelNotFound
from dateline.options import Options


def test_model_is_loaded_once_per_process():
    assert nlp.load(Options().model) is nlp.load(Options().model)


def test_paragraph_break_ends_a_sentence_even_after_a_closing_quote():
    doc = nlp.load(Options().model)('He said "we will win."\n\nThe minister left on Monday.')
    assert [s.text.strip() for s in doc.sents] == ['He said "we will win."', "The minister left on Monday."]


def test_unknown_model_is_a_clear_error():
    with pytest.raises(ModelNotFound, match="no_such_model"):
        nlp.load("no_such_model")
