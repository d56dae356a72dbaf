"""Dateline: who did what to whom, when and where, and who said what, in dated news.

The library in five lines:

>>> import dateline
>>> rec = dateline.analyze("Police in Lagos arrested two activists on Friday.", date="2024-03-11")
>>> [(e.type, e.evidence.text) for e in rec.events]
[('COERCE', 'Police in Lagos arrested two activists on Friday.')]
>>> dateline.validate(rec)
[]

`analyze_many` processes an iterable of texts or dicts with one model load;
`to_dict`/`from_dict` convert records to and from `dateline/article@1`
JSON; `to_frames` gives pandas tables; `load_knowledge(Options(...))` builds
the knowledge bundle (user files override packaged ones). See docs/api.md.
"""
from . import validate as _validate_module  # noqa: F401  (loaded first: `dateline.validate` is the function)
from .api import AnalysisError, analyze, analyze_many, to_frames, validate
from .knowledge import DataSource, Knowledge, load_knowledge
from .options import Options
from .record import (SCHEMA_ID, Actor, Article, ArticleRecord, Claim, Event, EventDate, Location, Mention, Place,
                     Quote, Span, Time, from_dict, to_dict)

__version__ = "0.2.0"
__all__ = [
    "analyze", "analyze_many", "validate", "to_frames", "load_knowledge", "Options", "Knowledge", "DataSource",
    "AnalysisError", "SCHEMA_ID", "ArticleRecord", "Article", "Actor", "Mention", "Event", "EventDate",
    "Location", "Quote", "Place", "Time", "Claim", "Span", "to_dict", "from_dict", "__version__",
]
