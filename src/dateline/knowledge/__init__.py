"""Knowledge: everything the extractors know that is not in the article.

Packaged data files (`knowledge/data/`) are read through one `DataSource`,
which lets a user directory override any of them file by file: a file of
the same name there is merged into the packaged one (JSON objects key by
key, recursively; lists extended, a string item written ``"-word"`` removes
``word``; a key written ``"=key"`` replaces that value whole; line lists
extended the same way). `load_knowledge(options)`
builds one immutable, typed `Knowledge` per process and option set, and
every stage receives it through its context: there are no module-level
lexicon singletons.

>>> from dateline.knowledge import DataSource
>>> DataSource().read_json("reporting_verbs.json")["speech"][:1] != []
True
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..options import Options
    from .actor_words import ActorWords
    from .claims import ClaimLexicon
    from .events import Lexicon as EventLexicon
    from .registry import Registry
    from .reporting import Lexicon as ReportingLexicon
    from .times import Lexicon as TimeLexicon

DATA = "dateline.knowledge.data"


class KnowledgeError(ValueError):
    """A user knowledge file or directory that cannot be used (names the path and the problem)."""


def merge(base: Any, extra: Any) -> Any:
    """`extra` laid over `base`: objects merge key by key, lists extend ("-x" removes x), scalars replace;
    a key written "=key" replaces that key's value whole.

    >>> merge({"a": [1, "x"], "b": {"c": 1}}, {"a": ["y", "-x"], "b": {"d": 2}})
    {'a': [1, 'y'], 'b': {'c': 1, 'd': 2}}
    >>> merge({"a": ["x", "y"]}, {"=a": ["z"]})
    {'a': ['z']}
    """
    if isinstance(base, dict) and isinstance(extra, dict):
        out = dict(base)
        for k, v in extra.items():
            if isinstance(k, str) and k.startswith("=") and len(k) > 1:
                out[k[1:]] = v  # "=key": replace the value instead of merging into it
            else:
                out[k] = merge(base[k], v) if k in base else v
        return out
    if isinstance(base, list) and isinstance(extra, list):
        removed = {x[1:] for x in extra if isinstance(x, str) and x.startswith("-") and len(x) > 1}
        added = [x for x in extra if not (isinstance(x, str) and x.startswith("-") and len(x) > 1)]
        out = [x for x in base if not (isinstance(x, str) and x in removed)]
        return out + [x for x in added if x not in out]
    return extra


@dataclass(frozen=True)
class DataSource:
    """Packaged data files, each extendable by a same-named file in `user_dir`."""
    user_dir: str | None = None

    def _user_file(self, name: str) -> Path | None:
        if not self.user_dir:
            return None
        path = Path(self.user_dir) / name
        return path if path.is_file() else None

    def packaged_text(self, name: str) -> str:
        """The packaged file's text, ignoring user overrides."""
        return resources.files(DATA).joinpath(name).read_text(encoding="utf-8")

    def read_json(self, name: str) -> Any:
        """A packaged JSON file merged with the user's file of the same name, if any."""
        data = json.loads(self.packaged_text(name))
        user = self._user_file(name)
        if user is None:
            return data
        try:
            extra = json.loads(user.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, ValueError) as exc:
            raise KnowledgeError(f"{user}: cannot read this knowledge file ({exc}); "
                                 f"it must be JSON shaped like the packaged {name}") from exc
        if type(extra) is not type(data):
            raise KnowledgeError(f"{user}: expected a JSON {type(data).__name__} like the packaged {name}, "
                                 f"got a {type(extra).__name__}")
        return merge(data, extra)

    def read_lines(self, name: str, packaged: list[str] | None = None) -> list[str]:
        """A one-entry-per-line list (`#` starts a comment), extended by the user's file ("-x" removes x);
        `packaged` stands for a list the package builds from another file (no packaged file of that name)."""
        lines = _lines(self.packaged_text(name)) if packaged is None else list(packaged)
        user = self._user_file(name)
        if user is None:
            return lines
        try:
            extra = _lines(user.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError) as exc:
            raise KnowledgeError(f"{user}: cannot read this knowledge file ({exc})") from exc
        return merge(lines, extra)


def _lines(text: str) -> list[str]:
    return [ln.split("#", 1)[0].strip() for ln in text.splitlines() if ln.split("#", 1)[0].strip()]


PACKAGED = DataSource()


def read_json(name: str) -> Any:
    """A packaged JSON data file by name (no user overrides; build scripts and tests use this)."""
    return PACKAGED.read_json(name)


def read_lines(name: str) -> list[str]:
    """A packaged one-entry-per-line list; `#` starts a comment."""
    return PACKAGED.read_lines(name)


@dataclass(frozen=True)
class Knowledge:
    """Everything the extractors know that is not in the article, loaded once and shared read-only."""
    news_outlets: tuple[str, ...]
    outlet_domains: tuple[str, ...]
    registry: "Registry"
    events: "EventLexicon"
    reporting: "ReportingLexicon"
    times: "TimeLexicon"
    claims: "ClaimLexicon"
    gazetteer: Any  # knowledge.gazetteer.Gazetteer: place names -> candidates with coordinates
    actor_words: "ActorWords"  # knowledge.actor_words: titles, offices, organisation words, non-actor heads
    source: DataSource = field(default_factory=DataSource)
    extra: dict[str, Any] = field(default_factory=dict)


def load_knowledge(options: "Options | None" = None) -> Knowledge:
    """The packaged knowledge, with the user's registry file and knowledge directory applied.

    Built once per process and option set (the result is immutable and shared).

    >>> k = load_knowledge()
    >>> "say" in k.reporting.speech
    True
    """
    registry_path = getattr(options, "registry_path", None)
    knowledge_dir = getattr(options, "knowledge_dir", None)
    knowledge = _load(registry_path, knowledge_dir)
    min_conf = getattr(options, "event_min_confidence", None)
    if min_conf is not None:  # --min-confidence: the event coder's threshold (events.Lexicon.min_confidence)
        from dataclasses import replace
        knowledge = replace(knowledge, events=replace(knowledge.events, min_confidence=min_conf))
    if not getattr(options, "speech_encoder", None):  # the speech word model alone unless --speech-encoder
        from dataclasses import replace
        knowledge = replace(knowledge, events=replace(knowledge.events, speech_encoded=None))
    return knowledge


@lru_cache(maxsize=8)
def _load(registry_path: str | None, knowledge_dir: str | None) -> Knowledge:
    if knowledge_dir and not Path(knowledge_dir).is_dir():
        raise KnowledgeError(f"{knowledge_dir}: no such knowledge directory (--knowledge expects a directory "
                             "holding files named like the packaged ones, e.g. reporting_verbs.json)")
    source = DataSource(knowledge_dir)
    from . import actor_words, claims, events, gazetteer, reporting, times
    from .registry import load_registry
    from .outlets import packaged_outlet_lines
    registry = load_registry(registry_path)
    outlet_names, outlet_domains = packaged_outlet_lines()  # the one outlet table; user files extend it
    return Knowledge(
        news_outlets=tuple(source.read_lines("news_outlets.txt", outlet_names)),
        outlet_domains=tuple(source.read_lines("outlet_domains.txt", outlet_domains)),
        registry=registry,
        events=events.load(source),
        reporting=reporting.load(source),
        times=times.load(source),
        claims=claims.load(source),
        gazetteer=gazetteer.load(source, registry),
        actor_words=actor_words.load(source),
        source=source,
    )
