"""Typed records and the one serialiser to `dateline/article@1`.

Every extractor returns these classes; `to_dict` is the only place that
turns them into the JSON shape described in SCHEMA.md. This module depends
on nothing else in the package.
"""
from __future__ import annotations

from dataclasses import dataclass, field, fields, is_dataclass
from typing import Any

SCHEMA_ID = "dateline/article@1"

ACTOR_KINDS = ("person", "organization", "state", "group", "anonymous")
TIME_TYPES = ("DATE", "TIME", "DURATION", "SET")
MODALITIES = ("asserted", "intended", "threatened", "hypothetical", "negated")
QUOTE_KINDS = ("direct", "indirect", "mixed")
PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
SECTORS = ("GOV", "MIL", "REB", "OPP", "JUD", "LEG", "POL", "MED", "BUS", "CVL",
           "NGO", "IGO", "REL", "EDU", "HLH")
DATE_PRECISIONS = ("day", "week", "month", "quarter", "season", "year", "decade", "century",
                   "publication", "time")


@dataclass(slots=True)
class Span:
    """A character span of `article.text` with the text it covers."""
    start: int
    end: int
    text: str


@dataclass(slots=True)
class ProvenanceSpan:
    """A byline, credit or citation line: metadata, never events or quotes."""
    start: int
    end: int
    text: str
    kind: str  # byline | original_publisher | cited_source


@dataclass(slots=True)
class Article:
    """One dated news article after ingest: the text every offset refers to."""
    id: str
    text: str
    date: str | None = None
    title: str | None = None
    url: str | None = None
    language: str = "en"
    authors: list[str] = field(default_factory=list)
    outlet: str | None = None
    original_publisher: str | None = None
    cited_sources: list[str] = field(default_factory=list)
    sha256: str = ""
    source: str | None = None  # where it was read from: "path" or "path:line"
    metadata: dict[str, Any] = field(default_factory=dict)
    provenance_spans: list[ProvenanceSpan] = field(default_factory=list)


@dataclass(slots=True)
class Mention:
    start: int
    end: int
    text: str
    kind: str = "name"  # name | description | pronoun | nominal | demonym | metonym


@dataclass(slots=True)
class Actor:
    id: str
    name: str
    kind: str
    country: str | None = None
    sector: str | None = None
    kb_id: str | None = None
    mentions: list[Mention] = field(default_factory=list)
    role: str | None = None  # e.g. "President", from the registry or the text
    country_source: str | None = None  # registry, state, title, demonym, apposition, affiliation, name, of, …


@dataclass(slots=True)
class EventDate:
    value: str | None
    text: str | None
    precision: str


@dataclass(slots=True)
class Location:
    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None


@dataclass(slots=True)
class EventMention:
    """A further report of an event: a restatement the merge step folded into it ("Kell accused Vale on Monday."
    … "The accusation drew a reply."), with its own sentence, trigger, reading (`rule`) and that reading's own
    confidence before merging (the event's `confidence` is the calibrated chance that the whole event is right)."""
    evidence: Span
    rule: str
    confidence: float
    trigger: Span | None = None


@dataclass(slots=True)
class Event:
    id: str
    type: str
    source: list[str]
    target: list[str]
    evidence: Span
    rule: str
    confidence: float
    modality: str = "asserted"
    mode: str | None = None
    others: list[str] = field(default_factory=list)
    date: EventDate | None = None
    location: Location | None = None
    trigger: Span | None = None
    # the further reports merged into this event, in text order; the report it stands on is `evidence`/`trigger`
    mentions: list[EventMention] = field(default_factory=list)


@dataclass(slots=True)
class Quote:
    id: str
    kind: str
    text: str
    start: int
    end: int
    speaker: str | None = None
    speaker_text: str | None = None
    cue: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None


@dataclass(slots=True)
class Place:
    text: str
    start: int
    end: int
    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    kind: str | None = None        # continent | country | region | city (None: not in the gazetteer)
    role: str = "literal"          # literal | metonym | adjectival | embedded | name_part (see extract/places.py)
    stands_for: str | None = None  # metonym: ISO alpha-3 of the state the place stands for ("Moscow said")


@dataclass(slots=True)
class Time:
    text: str
    start: int
    end: int
    type: str
    value: str | None
    precision: str | None = None
    # TIMEX3 attributes (additive): see docs/time.md
    tid: str | None = None            # "t1", "t2", ... unique within the record
    mod: str | None = None            # APPROX, MORE_THAN, LESS_THAN, EQUAL_OR_MORE, EQUAL_OR_LESS, START, MID, END
    quant: str | None = None          # SET quantifier: EVERY, EACH
    freq: str | None = None           # SET frequency: "2X" ("twice a week")
    anchor: str | None = None         # the day (ISO) a relative expression was resolved against
    range_with: str | None = None     # tid of the other end of a range ("Wednesday through Friday")
    measures: str | None = None       # a DURATION's event word, where the text ties them ("a three-month inquiry")
    measures_start: int | None = None
    measures_end: int | None = None


@dataclass(slots=True)
class Claim:
    id: str
    text: str
    holder: str | None
    quote: str | None = None
    conflicts_with: list[str] = field(default_factory=list)
    start: int | None = None
    end: int | None = None
    polarity: str | None = None  # positive | negative


@dataclass(slots=True)
class ArticleRecord:
    """Everything Dateline extracted from one article."""
    article: Article
    actors: list[Actor] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    times: list[Time] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    # reports of an act whose doer the text does not give ("Kell was arrested on Monday"): the event shape
    # with an empty `source`, kept apart from `events` so no record carries a guessed initiator
    unattributed_events: list[Event] = field(default_factory=list)


_LEAVES = frozenset({str, int, float, bool, type(None)})
_FIELD_NAMES: dict[type, tuple[str, ...]] = {}  # a record class -> its field names, looked up once per class


def _plain(value: Any) -> Any:
    kind = type(value)
    if kind in _LEAVES:
        return value
    names = _FIELD_NAMES.get(kind)
    if names is None and is_dataclass(value) and not isinstance(value, type):
        names = _FIELD_NAMES[kind] = tuple(f.name for f in fields(value))
    if names is not None:
        return {name: _plain(getattr(value, name)) for name in names}
    if is_dataclass(value):  # a record class itself (not an instance): as before, never cached
        return {f.name: _plain(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


def to_dict(record: ArticleRecord) -> dict[str, Any]:
    """The one serialiser: an ArticleRecord as a `dateline/article@1` dict."""
    art = _plain(record.article)
    art.pop("source", None)
    return {
        "schema": SCHEMA_ID,
        "article": art,
        "actors": _plain(record.actors),
        "events": _plain(record.events),
        "quotes": _plain(record.quotes),
        "places": _plain(record.places),
        "times": _plain(record.times),
        "claims": _plain(record.claims),
        "unattributed_events": _plain(record.unattributed_events),
    }


def _build(cls, data: dict[str, Any]):
    names = {f.name for f in fields(cls)}
    return cls(**{k: v for k, v in data.items() if k in names})


def _event(data: dict[str, Any]) -> Event:
    e = dict(data)
    e["evidence"] = _build(Span, e["evidence"])
    e["trigger"] = _build(Span, e["trigger"]) if e.get("trigger") else None
    e["date"] = _build(EventDate, e["date"]) if e.get("date") else None
    e["location"] = _build(Location, e["location"]) if e.get("location") else None
    e["mentions"] = [_mention(m) for m in e.get("mentions") or []]
    return _build(Event, e)


def _mention(data: dict[str, Any]) -> EventMention:
    m = dict(data)
    m["evidence"] = _build(Span, m["evidence"])
    m["trigger"] = _build(Span, m["trigger"]) if m.get("trigger") else None
    return _build(EventMention, m)


def from_dict(data: dict[str, Any]) -> ArticleRecord:
    """Rebuild typed records from a `dateline/article@1` dict (e.g. read from the store)."""
    art = dict(data["article"])
    art["provenance_spans"] = [_build(ProvenanceSpan, p) for p in art.get("provenance_spans") or []]
    actors = []
    for a in data.get("actors") or []:
        a = dict(a)
        a["mentions"] = [_build(Mention, m) for m in a.get("mentions") or []]
        actors.append(_build(Actor, a))
    return ArticleRecord(
        article=_build(Article, art),
        actors=actors,
        events=[_event(e) for e in data.get("events") or []],
        unattributed_events=[_event(e) for e in data.get("unattributed_events") or []],
        quotes=[_build(Quote, q) for q in data.get("quotes") or []],
        places=[_build(Place, p) for p in data.get("places") or []],
        times=[_build(Time, t) for t in data.get("times") or []],
        claims=[_build(Claim, c) for c in data.get("claims") or []],
    )
