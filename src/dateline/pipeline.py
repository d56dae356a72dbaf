"""ingest → NLP → extractors → record: the one flow every interface uses."""
from __future__ import annotations

import traceback
from dataclasses import dataclass
from typing import Callable, Iterable, Iterator

from . import nlp
from .errors import DatelineError, InputError
from .extract import Context
from .extract.actors import extract_actors
from .extract.claims import extract_claims
from .extract.events import extract_events
from .extract.places import extract_places
from .extract.provenance import extract_provenance
from .extract.quotes import extract_quotes
from .extract.times import extract_times
from .knowledge import Knowledge, load_knowledge
from .options import Options
from .record import Article, ArticleRecord, Mention


class ExtractionFailed(DatelineError):
    """An extractor raised on one article: a bug, reported with the article's name."""
    code = "E500"

    def __init__(self, source: str, article_id: str, exc: BaseException):
        self.source = source
        self.problem = (f"internal error while extracting article {article_id!r}: "
                        f"{type(exc).__name__}: {exc} (please report this with the article)")
        self.detail = "".join(traceback.format_exception(exc))
        super().__init__(f"{source}: {self.problem}")


@dataclass(slots=True)
class Result:
    """What processing one input produced: a record, or the error that stopped it."""
    record: ArticleRecord | None = None
    error: InputError | ExtractionFailed | None = None


def add_speaker_mentions(ctx: Context) -> None:
    """A quote's speaker phrase ("Scott Pruitt, the attorney general of Oklahoma") is a mention of its actor.

    Added after events and claims have read the actors, so it changes no
    other extractor's view; the actor's mention list then says where each
    of its quotes was attributed.
    """
    by_id = {a.id: a for a in ctx.actors}
    text = ctx.article.text
    for q in ctx.quotes:
        actor = by_id.get(q.speaker)
        s, e = q.speaker_start, q.speaker_end
        if actor is None or s is None or e is None or not (0 <= s < e <= len(text)):
            continue
        if any(m.start == s and m.end == e for m in actor.mentions):
            continue
        actor.mentions.append(Mention(s, e, text[s:e], kind="speaker"))
        actor.mentions.sort(key=lambda m: (m.start, m.end))


def provenance_stage(doc, ctx: Context) -> list:
    """Bylines, outlet, original publisher and cited news organisations, written onto the article."""
    article, knowledge = ctx.article, ctx.knowledge
    org_spans = [(e.start_char, e.end_char) for e in doc.ents if e.label_ in ("ORG", "WORK_OF_ART", "PERSON")]
    prov = extract_provenance(article, knowledge.news_outlets, knowledge.outlet_domains, org_spans)
    if not article.authors:
        article.authors = prov.authors
    article.outlet = article.outlet or prov.outlet
    article.original_publisher = prov.original_publisher
    article.cited_sources = prov.cited_sources
    article.provenance_spans = prov.spans
    return prov.spans


def speaker_mentions_stage(doc, ctx: Context) -> list:
    """Quote speaker phrases become mentions of their actors (last, so no other stage sees them)."""
    add_speaker_mentions(ctx)
    return []


@dataclass(frozen=True, slots=True)
class Stage:
    """One step of extraction: `run(doc, ctx) -> records`, stored on the context as `ctx.<name>`."""
    name: str
    run: Callable
    keep: bool = True  # store the records on the context under `name`


STAGES: tuple[Stage, ...] = (
    Stage("provenance", provenance_stage, keep=False),
    Stage("times", extract_times),
    Stage("places", extract_places),
    Stage("actors", extract_actors),
    Stage("quotes", extract_quotes),
    Stage("events", extract_events),
    Stage("claims", extract_claims),
    Stage("speaker_mentions", speaker_mentions_stage, keep=False),
)
"""Every extractor, in dependency order: later stages read earlier results from the context."""


def run_stages(article: Article, doc, knowledge: Knowledge, stages: Iterable[Stage] = STAGES,
               ctx: Context | None = None) -> Context:
    """Run `stages` in order over one parsed article; the context holds every stage's records.

    Pass `ctx` to go on from earlier stages (the spaCy components run one stage each).
    """
    ctx = ctx or Context(article=article, doc=doc, knowledge=knowledge)
    for stage in stages:
        records = stage.run(doc, ctx)
        if stage.keep:
            setattr(ctx, stage.name, records)
        if stage.name == "actors":
            ctx.mention_index = {(m.start, m.end): a.id for a in ctx.actors for m in a.mentions}
    return ctx


def extract_record(article: Article, doc, knowledge: Knowledge) -> ArticleRecord:
    """Run every extractor over one parsed article, in dependency order."""
    ctx = run_stages(article, doc, knowledge)
    return ArticleRecord(article=article, actors=ctx.actors, events=ctx.events, quotes=ctx.quotes,
                         places=ctx.places, times=ctx.times, claims=ctx.claims)


def process(inputs: Iterable[Article | InputError], options: Options = Options(),
            strict: bool = False) -> Iterator[Result]:
    """Parse and extract every article; input errors pass through as Results in the stream.

    With `strict`, an extractor's exception propagates (tests use this so bugs
    are never swallowed); otherwise it becomes an ExtractionFailed naming the
    article, and the batch goes on.
    """
    knowledge = load_knowledge(options)
    pending_errors: list[InputError] = []

    def articles() -> Iterator[tuple[str, Article]]:
        for item in inputs:
            if isinstance(item, InputError):
                pending_errors.append(item)
                continue
            yield item.text, item

    for doc, article in nlp.load(options.model).pipe(articles(), as_tuples=True, batch_size=options.batch_size):
        while pending_errors:
            yield Result(error=pending_errors.pop(0))
        try:
            yield Result(record=extract_record(article, doc, knowledge))
        except Exception as exc:  # reported per article with its traceback, never silenced
            if strict:
                raise
            yield Result(error=ExtractionFailed(article.source or article.id, article.id, exc))
    while pending_errors:
        yield Result(error=pending_errors.pop(0))


def process_texts(texts: Iterable[str], date: str | None = None, options: Options = Options()) -> list[ArticleRecord]:
    """Convenience for library users and tests: plain strings in, records out (raises on bad input)."""
    from .ingest import make_article

    arts = [make_article(t, source=f"<text {i}>", date=date, options=options) for i, t in enumerate(texts)]
    out = []
    for r in process(arts, options, strict=True):
        if r.error:
            raise r.error
        out.append(r.record)
    return out


ErrorSink = Callable[[InputError | ExtractionFailed], None]
