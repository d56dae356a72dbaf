"""The spaCy model: loaded once per process, run with `nlp.pipe`."""
from __future__ import annotations

from functools import lru_cache
from typing import Iterable, Iterator

from spacy.language import Language

from .errors import ModelNotFound

PARAGRAPH_BREAKS = "dateline_paragraph_breaks"


@Language.component(PARAGRAPH_BREAKS)
def paragraph_breaks(doc):
    """A paragraph break always ends a sentence (news paragraphs are never one sentence across a break).

    The small model's parser otherwise runs a sentence on across a paragraph
    that ends after a closing quotation mark, which garbles the next
    paragraph's parse. Set before the parser, which respects preset starts.
    """
    for tok in doc[:-1]:
        if tok.is_space and "\n" in tok.text:
            doc[tok.i + 1].is_sent_start = True
    return doc


@lru_cache(maxsize=4)
def load(model: str):
    """Load a spaCy pipeline by name, once per process and model name."""
    import spacy
    try:
        nlp = spacy.load(model)
    except OSError as exc:
        raise ModelNotFound(model) from exc
    if "parser" in nlp.pipe_names and PARAGRAPH_BREAKS not in nlp.pipe_names:
        nlp.add_pipe(PARAGRAPH_BREAKS, before="parser")
    return nlp


def parse(texts: Iterable[str], model: str, batch_size: int = 32) -> Iterator:
    """Parse texts in batches; yields one Doc per text, in order."""
    return load(model).pipe(texts, batch_size=batch_size)
