"""Server-rendered pages (Jinja2, autoescaped). Each page is readable without JavaScript; scripts
(vendored, same origin) add the hover cards, the timeline and the network drawing."""
from __future__ import annotations

import re
from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Path, Query, Request
from fastapi.responses import HTMLResponse

from ..record import MODALITIES, PLOVER_TYPES
from .api import Country, Cursor, DateFrom, DateTo, EventType, Modality, Text, _dates, store
from .highlight import event_title, highlight, legend, quote_speaker

router = APIRouter(include_in_schema=False)
DAY = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")
VIEW_LIMIT = 500  # events drawn on the timeline


def render(request: Request, template: str, **ctx: Any) -> HTMLResponse:
    return request.app.state.templates.TemplateResponse(request, template, ctx)


def start_day(value: str | None) -> str | None:
    """The first day of a normalised date value ('2019', '2019-03', '2019-03-04T10:00' ...) for drawing."""
    m = DAY.match(value or "")
    if not m:
        return None
    return f"{m.group(1)}-{m.group(2) or '01'}-{m.group(3) or '01'}"


def _filters(**kw: Any) -> dict[str, Any]:
    return {k: v for k, v in kw.items() if v not in (None, "")}


@router.get("/", response_class=HTMLResponse)
def home(request: Request):
    st = store(request)
    return render(request, "index.html", stats=st.stats(), articles=st.articles(30)["items"])


@router.get("/docs", response_class=HTMLResponse)
def docs(request: Request):
    return render(request, "docs.html")


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article(request: Request, article_id: Annotated[str, Path(max_length=200)]):
    rec = store(request).record(article_id)
    if rec is None:
        raise HTTPException(404, f"no article {article_id!r} in the store")
    names = {a["id"]: a["name"] for a in rec["actors"]}
    events, untold = ([{**e, "summary": event_title(e, names),
                        "sources": [names.get(i, i) for i in e["source"]],
                        "targets": [names.get(i, i) for i in e["target"]]} for e in rec.get(key) or []]
                      for key in ("events", "unattributed_events"))
    quotes = [{**q, "speaker_name": quote_speaker(q, names)} for q in rec["quotes"]]
    claims = {c["id"]: c for c in rec["claims"]}
    conflicts = [(c, claims[o]) for c in rec["claims"] for o in c["conflicts_with"]
                 if o in claims and c["id"] < o]
    return render(request, "article.html", rec=rec, art=rec["article"], body=highlight(rec), legend=legend(),
                  events=events, untold=untold, quotes=quotes, names=names, conflicts=conflicts)


@router.get("/events", response_class=HTMLResponse)
def events(request: Request, cursor: Cursor = None, type: EventType = None, actor: Text = None,
           country: Country = None, modality: Modality = None, date_from: DateFrom = None,
           date_to: DateTo = None):
    _dates(date_from, date_to)
    filters = _filters(type=type, actor=actor, country=country, modality=modality, date_from=date_from,
                       date_to=date_to)
    page = store(request).events(50, cursor, **filters)
    name = "_events_table.html" if request.headers.get("HX-Request") else "events.html"
    return render(request, name, page=page, filters=filters, types=PLOVER_TYPES, modalities=MODALITIES)


@router.get("/timeline", response_class=HTMLResponse)
def timeline(request: Request, type: EventType = None, actor: Text = None, country: Country = None,
             modality: Modality = None, date_from: DateFrom = None, date_to: DateTo = None):
    _dates(date_from, date_to)
    filters = _filters(type=type, actor=actor, country=country, modality=modality, date_from=date_from,
                       date_to=date_to)
    page = store(request).events(VIEW_LIMIT, None, by_date=True, **filters)
    items = [{"id": f"{e['article_id']}/{e['id']}", "date": e["date_value"], "start": start_day(e["date_value"]),
              "type": e["type"],
              "modality": e["modality"], "sources": [a["name"] for a in e["sources"]],
              "targets": [a["name"] for a in e["targets"]], "article": e["article_id"],
              "evidence": e["evidence_text"]} for e in page["items"] if start_day(e["date_value"])]
    return render(request, "timeline.html", events=page["items"], items=items, filters=filters,
                  truncated=page["next_cursor"] is not None, types=PLOVER_TYPES, modalities=MODALITIES)


@router.get("/network", response_class=HTMLResponse)
def network(request: Request, type: EventType = None, actor: Text = None, date_from: DateFrom = None,
            date_to: DateTo = None):
    _dates(date_from, date_to)
    filters = _filters(type=type, actor=actor, date_from=date_from, date_to=date_to)
    graph = store(request).network(300, **filters)
    return render(request, "network.html", graph=graph, filters=filters, types=PLOVER_TYPES)


@router.get("/search", response_class=HTMLResponse)
def search(request: Request, q: Annotated[str | None, Query(max_length=200)] = None, cursor: Cursor = None):
    page = store(request).search(q, 20, cursor) if q and q.strip() else None
    return render(request, "search.html", q=q or "", page=page)


@router.get("/quotes", response_class=HTMLResponse)
def quotes(request: Request, speaker: Text = None, cursor: Cursor = None):
    page = store(request).quotes(50, cursor, speaker=speaker)
    return render(request, "quotes.html", page=page, speaker=speaker or "")


@router.get("/actors", response_class=HTMLResponse)
def actors(request: Request, name: Text = None, cursor: Cursor = None):
    page = store(request).actors(50, cursor, name=name)
    return render(request, "actors.html", page=page, name=name or "")


@router.get("/actors/{name}", response_class=HTMLResponse)
def actor(request: Request, name: Annotated[str, Path(min_length=1, max_length=100)]):
    prof = store(request).actor_profile(name)
    if prof is None:
        raise HTTPException(404, f"no actor named {name!r} in the store")
    return render(request, "actor.html", prof=prof)


@router.get("/conflicts", response_class=HTMLResponse)
def conflicts(request: Request, cursor: Cursor = None):
    st = store(request)
    across = st.corpus_conflicts(100, None, scope="corpus") if st.has_corpus_conflicts else None
    return render(request, "conflicts.html", page=st.conflicts(50, cursor), across=across)


@router.get("/corpus", response_class=HTMLResponse)
def corpus(request: Request, cursor: Cursor = None, type: EventType = None, country: Country = None,
           min_sources: Annotated[int | None, Query(ge=1, le=10_000)] = None, date_from: DateFrom = None,
           date_to: DateTo = None):
    st = store(request)
    if not st.has_corpus:
        raise HTTPException(404, "this store has no corpus tables: run `dateline corpus` on it first")
    _dates(date_from, date_to)
    filters = _filters(type=type, country=country, min_sources=min_sources, date_from=date_from, date_to=date_to)
    page = st.corpus_events(50, cursor, **filters)
    return render(request, "corpus.html", page=page, filters=filters, types=PLOVER_TYPES)


@router.get("/corpus/events/{event_id}", response_class=HTMLResponse)
def corpus_event(request: Request, event_id: Annotated[int, Path(ge=1, le=2**62)]):
    st = store(request)
    if not st.has_corpus:
        raise HTTPException(404, "this store has no corpus tables: run `dateline corpus` on it first")
    ev = st.corpus_event(event_id)
    if ev is None:
        raise HTTPException(404, f"no corpus event {event_id}")
    return render(request, "corpus_event.html", ev=ev)
