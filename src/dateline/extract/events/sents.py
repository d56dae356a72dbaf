"""Sentence lookup for the events stage (`sentence_of`, shared with the other stages from extract/sentences.py)
and the datelines' clause roles."""
from __future__ import annotations

from ..datelines import dateline_dashes
from ..sentences import sentence_of  # noqa: F401  (moved to extract/sentences.py; re-exported for the events stage)


def clear_datelines(doc) -> None:
    """A wire story's dateline ("RURITOWN, March 3 (Agency) - Officials said …") says where the story was
    filed; it is never an argument of the sentence it opens. The parser sometimes makes its city a second
    subject of the main verb: such a word loses its clause role (it becomes `dep`), so no reader of roles
    takes the city for the doer."""
    for first, dash in dateline_dashes(doc).items():
        for t in doc[first:dash + 1]:
            if not first <= t.head.i <= dash:
                t.dep_ = "dep"
