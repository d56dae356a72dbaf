"""ingest → NLP → extractors → record: the one flow every interface uses."""
from __future__ import annotations

import contextlib
import traceback
from dataclasses import dataclass
from typing import Callable, Iterable, Iterator

from . import nlp
from .errors import DatelineError, InputError
from .extract import Context, doc_text, entities
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
    error: InputError | ExtractionFailed | ArticleFailed | None = None


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
        # text order, and of two mentions starting together the longer (the whole speaker phrase) first
        actor.mentions.sort(key=lambda m: (m.start, -m.end))


def provenance_stage(doc, ctx: Context) -> list:
    """Bylines, outlet, original publisher and cited news organisations, written onto the article."""
    article, knowledge = ctx.article, ctx.knowledge
    org_spans = [(e.start_char, e.end_char) for e in entities(doc) if e.label_ in ("ORG", "WORK_OF_ART", "PERSON")]
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
    doc_text(doc, ctx)  # the article text checked once as the Doc's: stages asking without the context get it too
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
                         places=ctx.places, times=ctx.times, claims=ctx.claims,
                         unattributed_events=ctx.unattributed_events)


def process(inputs: Iterable[Article | InputError], options: Options = Options(),
            strict: bool = False) -> Iterator[Result]:
    """Parse and extract every article, in input order; input errors pass through as Results.

    Each article is isolated: a text the parser rejects, an extractor's exception or a run past
    the time budget (`options.time_budget`) becomes an error naming the article, and the batch
    goes on. With `strict`, an extractor's exception propagates instead (tests use this so bugs
    are never swallowed). Articles are parsed `options.batch_size` at a time inside a spaCy memory
    zone, so a long run holds no more strings than one batch needs.
    """
    knowledge = load_knowledge(options)
    model = nlp.load(options.model)
    chunk: list[Article | InputError] = []
    for item in inputs:
        chunk.append(item)
        if len(chunk) >= options.batch_size:
            yield from _process_chunk(chunk, model, knowledge, options, strict)
            chunk = []
    if chunk:
        yield from _process_chunk(chunk, model, knowledge, options, strict)


def _process_chunk(chunk: list, model, knowledge: Knowledge, options: Options, strict: bool) -> Iterator[Result]:
    from .batch.budget import TimeBudgetExceeded, call_with_budget

    zone = model.memory_zone() if hasattr(model, "memory_zone") else contextlib.nullcontext()
    with zone:
        docs = _parse_all([a for a in chunk if not isinstance(a, InputError)], model)
        for item in chunk:
            if isinstance(item, InputError):
                yield Result(error=item)
                continue
            doc = docs.pop(0)
            if isinstance(doc, BaseException):
                if strict and not isinstance(doc, DatelineError):
                    raise doc
                yield Result(error=ExtractionFailed(item.source or item.id, item.id, doc))
                continue
            try:
                record = call_with_budget(article_budget(options, item), extract_record, item, doc, knowledge)
            except TimeBudgetExceeded as exc:
                yield Result(error=ArticleFailed(item.source or item.id, exc.args[0]))
                continue
            except Exception as exc:  # reported per article with its traceback, never silenced
                if strict:
                    raise
                yield Result(error=ExtractionFailed(item.source or item.id, item.id, exc))
                continue
            finally:
                # Extractors cache spans in doc.user_data: a doc <-> span cycle that only a full garbage
                # collection frees, rarely, so each doc's parse arrays stayed (peak memory grew with the run).
                doc.user_data.clear()
            yield Result(record=record)


BUDGET_CHARS = 100_000


def article_budget(options: Options, article: Article) -> float | None:
    """Seconds of extraction an article may take: the budget per 100,000 characters, between 1 and 5 budgets.

    A linear-time extractor needs longer on a longer text; runaway (super-linear) work is still cut,
    and no article holds a worker for more than five budgets.
    """
    if not options.time_budget or options.time_budget <= 0:
        return None
    return options.time_budget * min(5.0, max(1.0, len(article.text) / BUDGET_CHARS))


def _parse_all(articles: list[Article], model) -> list:
    """A Doc (or the exception that stopped it) per article: batched, one by one after a failure."""
    texts = [a.text for a in articles]
    if all(len(t) <= model.max_length for t in texts):
        try:
            return list(model.pipe(texts))
        except Exception:  # noqa: BLE001 - find which text failed, one by one
            pass
    out: list = []
    for text in texts:
        try:
            out.append(model(text) if len(text) <= model.max_length else nlp.parse_long(model, text))
        except Exception as exc:  # noqa: BLE001 - one text the parser cannot take
            out.append(exc)
    return out


class ArticleFailed(DatelineError):
    """One article could not be processed for a reason that is no bug (e.g. its time budget ran out)."""
    code = "E501"

    def __init__(self, source: str, problem: str):
        self.source, self.problem = source, problem
        super().__init__(f"{source}: {problem}")


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
