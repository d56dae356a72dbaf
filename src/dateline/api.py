"""The library API: text in, typed `dateline/article@1` records out.

Everything the command line does to an article goes through these functions
(ingest normalisation, the spaCy parse, the extraction stages), so a record
from `analyze` equals the CLI's record for the same text, date and id.

>>> from dateline import analyze
>>> rec = analyze("Officials in Kenya said on Monday that police arrested two protesters.",
...               date="2024-05-08", id="example")
>>> rec.article.id, rec.article.date
('example', '2024-05-08')
>>> [t.value for t in rec.times]
['2024-05-06']
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable, Iterator, Mapping

from .errors import DatelineError, InputError
from .options import Options
from .record import Article, ArticleRecord, from_dict, to_dict

__all__ = ["analyze", "analyze_many", "validate", "to_frames", "AnalysisError"]


class AnalysisError(DatelineError):
    """An article could not be analysed: names the article and the problem."""
    code = "E700"


ArticleLike = str | Mapping[str, Any] | Article


def _as_article(item: ArticleLike, index: int, options: Options) -> Article:
    from .ingest import make_article

    if isinstance(item, Article):
        return item
    if isinstance(item, str):
        return make_article(item, source=f"<text {index}>", options=options)
    if isinstance(item, Mapping):
        if not isinstance(item.get("text"), str):
            raise AnalysisError(f"<article {index}>: a mapping needs a 'text' string "
                                f"(got keys {sorted(item)[:8]})")
        known = {"id", "date", "title", "url", "text"}
        return make_article(item["text"], source=str(item.get("id") or f"<article {index}>"),
                            id=item.get("id"), date=item.get("date"), title=item.get("title"),
                            url=item.get("url"), options=options,
                            metadata={k: v for k, v in item.items() if k not in known})
    raise AnalysisError(f"<article {index}>: expected a str, a mapping with 'text', or an Article, "
                        f"got {type(item).__name__}")


def analyze(text: str, date: str | None = None, *, title: str | None = None, url: str | None = None,
            id: str | None = None, options: Options | None = None) -> ArticleRecord:
    """Analyse one article: its actors, events, quotes, times, places, claims and provenance.

    `date` (YYYY-MM-DD) anchors relative times ("on Monday"); without one,
    such times stay unresolved (Dateline never uses the clock). `id` defaults
    to a hash of the normalised text. Raises `InputError` for unusable input
    (e.g. empty text, an invalid date).
    """
    from .ingest import make_article

    options = options or Options()
    article = make_article(text, source=id or "<text>", id=id, date=date, title=title, url=url, options=options)
    return next(analyze_many([article], options=options))


def analyze_many(articles: Iterable[ArticleLike], *, options: Options | None = None,
                 errors: str = "raise") -> Iterator[ArticleRecord]:
    """Analyse many articles lazily with one model load and `nlp.pipe` batching, in input order.

    Items are plain strings, mappings with `text` (and optional `id`, `date`,
    `title`, `url`; other keys become metadata) or `Article`s. With
    `errors="raise"` (default) the first bad article raises, naming it; with
    `errors="skip"` bad articles are left out and the rest still come.

    >>> [r.article.id for r in analyze_many([{"id": "a", "text": "Rain fell."},
    ...                                      {"id": "b", "text": "Snow fell."}])]
    ['a', 'b']
    """
    from .pipeline import process

    if errors not in ("raise", "skip"):
        raise ValueError(f"errors must be 'raise' or 'skip', not {errors!r}")
    options = options or Options()

    def inputs() -> Iterator[Article | InputError]:
        for i, item in enumerate(articles):
            try:
                yield _as_article(item, i, options)
            except InputError as exc:
                yield exc

    for result in process(inputs(), options, strict=errors == "raise"):
        if result.error is not None:
            if errors == "raise":
                raise result.error
            continue
        yield result.record


def validate(record: ArticleRecord | Mapping[str, Any]) -> list[str]:
    """Problems that make a record break `dateline/article@1` (schema and offsets); [] when valid.

    >>> validate(analyze("Rain fell on Tuesday.", date="2024-05-08"))
    []
    """
    from .validate import problems

    data = to_dict(record) if isinstance(record, ArticleRecord) else dict(record)
    return problems(data)


@dataclass(frozen=True, slots=True)
class _Table:
    name: str
    rows: list[dict[str, Any]]


def _flat_event(article_id: str, e: Mapping[str, Any]) -> dict[str, Any]:
    flat = {"article_id": article_id, **{k: v for k, v in e.items() if not isinstance(v, (dict, list))}}
    flat["evidence"] = (e.get("evidence") or {}).get("text")
    flat["trigger"] = (e.get("trigger") or {}).get("text")
    flat["date"] = (e.get("date") or {}).get("value")
    flat["location"] = (e.get("location") or {}).get("name")
    flat["n_mentions"] = len(e.get("mentions") or [])  # further reports the merge kept, as the exports count them
    return flat


def _rows(records: Iterable[ArticleRecord | Mapping[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """One flat row per article, actor, mention, event, event role, report without a doer, quote, time, place and
    claim."""
    tables: dict[str, list[dict[str, Any]]] = {k: [] for k in (
        "articles", "actors", "mentions", "events", "event_actors", "unattributed_events", "quotes", "times", "places",
        "claims")}
    for rec in records:
        d = to_dict(rec) if isinstance(rec, ArticleRecord) else dict(rec)
        art = d["article"]
        aid = art["id"]
        tables["articles"].append({k: v for k, v in art.items() if k not in ("provenance_spans", "metadata")})
        for a in d["actors"]:
            tables["actors"].append({"article_id": aid, **{k: v for k, v in a.items() if k != "mentions"},
                                     "mentions": len(a.get("mentions") or [])})
            for m in a.get("mentions") or []:
                tables["mentions"].append({"article_id": aid, "actor_id": a["id"], **m})
        for e in d["events"]:
            tables["events"].append(_flat_event(aid, e))
            for role in ("source", "target", "others"):
                for actor_id in e.get(role) or []:
                    tables["event_actors"].append({"article_id": aid, "event_id": e["id"], "role": role,
                                                   "actor_id": actor_id})
        for e in d.get("unattributed_events") or []:  # no doer: the targets' actor ids ride in the row
            tables["unattributed_events"].append({**_flat_event(aid, e), "target": ",".join(e.get("target") or [])})
        for key in ("quotes", "times", "places", "claims"):
            for item in d[key]:
                tables[key].append({"article_id": aid, **{k: (v if not isinstance(v, (dict, list)) else str(v))
                                                          for k, v in item.items()}})
    return tables


def to_frames(records: Iterable[ArticleRecord | Mapping[str, Any]]) -> dict[str, Any]:
    """pandas DataFrames, one per table (articles, actors, mentions, events, event_actors, quotes, …).

    Every row carries `article_id`; needs pandas (`pip install 'dateline[analysis]'`).
    """
    try:
        import pandas as pd
    except ImportError as exc:  # optional extra
        raise ImportError("to_frames needs pandas: pip install 'dateline[analysis]'") from exc
    return {name: pd.DataFrame(rows) for name, rows in _rows(records).items()}


def from_json(data: Mapping[str, Any]) -> ArticleRecord:
    """A typed record from a `dateline/article@1` dict (alias of `from_dict`)."""
    return from_dict(dict(data))
