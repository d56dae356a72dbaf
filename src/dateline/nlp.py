"""The spaCy model: loaded once per process, run with `nlp.pipe`."""
from __future__ import annotations

from functools import lru_cache
from typing import Iterable, Iterator

from .errors import ModelNotFound


@lru_cache(maxsize=4)
def load(model: str):
    """Load a spaCy pipeline by name, once per process and model name."""
    import spacy
    try:
        return spacy.load(model)
    except OSError as exc:
        raise ModelNotFound(model) from exc


def parse(texts: Iterable[str], model: str, batch_size: int = 32) -> Iterator:
    """Parse texts in batches; yields one Doc per text, in order."""
    return load(model).pipe(texts, batch_size=batch_size)
