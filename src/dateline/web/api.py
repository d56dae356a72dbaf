"""The read-only JSON API (`/api/...`): every parameter is bounded and checked before it reaches SQL."""
from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, HTTPException, Path, Query, Request

from .db import MAX_LIMIT, ReadStore

DATE = r"^\d{4}-\d{2}-\d{2}$"
Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description=f"page size, 1-{MAX_LIMIT}")]
Cursor = Annotated[str | None, Query(max_length=200, pattern=r"^[A-Za-z0-9_-]*$",
                                     description="next_cursor of the previous page")]
EventType = Annotated[str | None, Query(max_length=20, pattern=r"^[A-Z_]+$", description="PLOVER type, e.g. ASSAULT")]
Text = Annotated[str | None, Query(max_length=100, description="part of a name (case-insensitive)")]
Country = Annotated[str | None, Query(pattern=r"^[A-Z]{3}$", description="ISO 3166-1 alpha-3 code")]
Modality = Annotated[Literal["asserted", "intended", "threatened", "hypothetical", "negated"] | None, Query()]
DateFrom = Annotated[str | None, Query(pattern=DATE, description="YYYY-MM-DD (inclusive)")]
DateTo = Annotated[str | None, Query(pattern=DATE, description="YYYY-MM-DD (inclusive)")]
ArticleId = Annotated[str | None, Query(max_length=200, description="only this article's rows")]

router = APIRouter(prefix="/api", tags=["api"])


def store(request: Request) -> ReadStore:
    return request.app.state.store


def _dates(date_from: str | None, date_to: str | None) -> None:
    if date_from and date_to and date_from > date_to:
        raise HTTPException(400, "date_from is after date_to")


@router.get("/stats", summary="Row counts, date range and event types of the store")
def stats(request: Request) -> dict[str, Any]:
    return store(request).stats()


@router.get("/articles", summary="Articles, newest first, with counts of events, quotes and actors")
def articles(request: Request, limit: Limit = 50, cursor: Cursor = None, date_from: DateFrom = None,
             date_to: DateTo = None, outlet: Text = None) -> dict[str, Any]:
    _dates(date_from, date_to)
    return store(request).articles(limit, cursor, date_from=date_from, date_to=date_to, outlet=outlet)


@router.get("/articles/{article_id}", summary="One article's full dateline/article@1 record")
def article(request: Request, article_id: Annotated[str, Path(max_length=200)]) -> dict[str, Any]:
    rec = store(request).record(article_id)
    if rec is None:
        raise HTTPException(404, f"no article {article_id!r} in the store")
    return rec


@router.get("/events", summary="Events with their actors by role; filters combine with AND")
def events(request: Request, limit: Limit = 50, cursor: Cursor = None, type: EventType = None,
           actor: Text = None, country: Country = None, modality: Modality = None, date_from: DateFrom = None,
           date_to: DateTo = None, article: ArticleId = None) -> dict[str, Any]:
    _dates(date_from, date_to)
    return store(request).events(limit, cursor, type=type, actor=actor, country=country, modality=modality,
                                 date_from=date_from, date_to=date_to, article=article)


@router.get("/timeline", summary="Dated events ordered by when they happened (not when published)")
def timeline(request: Request, limit: Limit = 100, cursor: Cursor = None, type: EventType = None,
             actor: Text = None, country: Country = None, modality: Modality = None, date_from: DateFrom = None,
             date_to: DateTo = None) -> dict[str, Any]:
    _dates(date_from, date_to)
    return store(request).events(limit, cursor, type=type, actor=actor, country=country, modality=modality,
                                 date_from=date_from, date_to=date_to, by_date=True)


@router.get("/network", summary="Actor network: source→target edges per event type, weighted by events")
def network(request: Request, limit: Annotated[int, Query(ge=1, le=500)] = 200, type: EventType = None,
            actor: Text = None, date_from: DateFrom = None, date_to: DateTo = None) -> dict[str, Any]:
    _dates(date_from, date_to)
    return store(request).network(limit, type=type, actor=actor, date_from=date_from, date_to=date_to)


@router.get("/quotes", summary="Quotes with their speakers")
def quotes(request: Request, limit: Limit = 50, cursor: Cursor = None, speaker: Text = None,
           kind: Annotated[Literal["direct", "indirect", "mixed"] | None, Query()] = None,
           article: ArticleId = None) -> dict[str, Any]:
    return store(request).quotes(limit, cursor, speaker=speaker, kind=kind, article=article)


@router.get("/actors", summary="Actors merged by name, most widely reported first, with counts")
def actors(request: Request, limit: Limit = 50, cursor: Cursor = None, name: Text = None, country: Country = None,
           kind: Annotated[Literal["person", "organization", "state", "group", "anonymous"] | None, Query()] = None
           ) -> dict[str, Any]:
    return store(request).actors(limit, cursor, name=name, country=country, kind=kind)


@router.get("/actors/{name}", summary="One actor's profile: articles, events by type and role, counterparts, quotes")
def actor(request: Request, name: Annotated[str, Path(min_length=1, max_length=100)]) -> dict[str, Any]:
    prof = store(request).actor_profile(name)
    if prof is None:
        raise HTTPException(404, f"no actor named {name!r} in the store")
    return prof


@router.get("/conflicts", summary="Contradicting claims within articles, with their holders")
def conflicts(request: Request, limit: Limit = 50, cursor: Cursor = None, article: ArticleId = None) -> dict[str, Any]:
    return store(request).conflicts(limit, cursor, article=article)


@router.get("/search", summary="Full-text search over article titles and texts (all words must occur)")
def search(request: Request, q: Annotated[str, Query(min_length=1, max_length=200)], limit: Limit = 20,
           cursor: Cursor = None) -> dict[str, Any]:
    return store(request).search(q, limit, cursor)


def _corpus(request: Request) -> ReadStore:
    st = store(request)
    if not st.has_corpus:
        raise HTTPException(404, "this store has no corpus tables: run `dateline corpus` on it first")
    return st


@router.get("/corpus/events", summary="Real-world events linked across articles (needs `dateline corpus`)")
def corpus_events(request: Request, limit: Limit = 50, cursor: Cursor = None, type: EventType = None,
                  country: Country = None, modality: Annotated[str | None, Query(max_length=20, pattern=r"^[a-z]+$")] = None,
                  min_sources: Annotated[int | None, Query(ge=1, le=10_000)] = None, date_from: DateFrom = None,
                  date_to: DateTo = None) -> dict[str, Any]:
    _dates(date_from, date_to)
    return _corpus(request).corpus_events(limit, cursor, type=type, country=country, modality=modality,
                                          min_sources=min_sources, date_from=date_from, date_to=date_to)


@router.get("/corpus/events/{event_id}", summary="One corpus event: every report, its outlet, conflicting accounts")
def corpus_event(request: Request, event_id: Annotated[int, Path(ge=1, le=2**62)]) -> dict[str, Any]:
    ev = _corpus(request).corpus_event(event_id)
    if ev is None:
        raise HTTPException(404, f"no corpus event {event_id}")
    return ev


@router.get("/corpus/conflicts", summary="Conflicting accounts across articles and inside one (needs `dateline corpus`)")
def corpus_conflicts(request: Request, limit: Limit = 50, cursor: Cursor = None,
                     kind: Annotated[Literal["denial", "figure", "date", "claim"] | None, Query()] = None,
                     scope: Annotated[Literal["corpus", "article"] | None, Query()] = None) -> dict[str, Any]:
    st = _corpus(request)
    if not st.has_corpus_conflicts:
        raise HTTPException(404, "this store has no corpus conflicts table: run `dateline corpus` on it first")
    return st.corpus_conflicts(limit, cursor, kind=kind, scope=scope)
