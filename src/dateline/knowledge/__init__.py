"""Knowledge shipped as versioned data files in the package, loaded once.

Lexicons (reporting verbs, event patterns, outlets) and the actor registry
live in `knowledge/data/`. `load_knowledge()` returns one immutable bundle;
a user registry file extends or overrides the packaged actors.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

DATA = "dateline.knowledge.data"


def read_json(name: str) -> Any:
    """A packaged JSON data file by name."""
    return json.loads(resources.files(DATA).joinpath(name).read_text(encoding="utf-8"))


def read_lines(name: str) -> list[str]:
    """A packaged one-entry-per-line list; `#` starts a comment."""
    text = resources.files(DATA).joinpath(name).read_text(encoding="utf-8")
    return [ln.split("#", 1)[0].strip() for ln in text.splitlines() if ln.split("#", 1)[0].strip()]


@dataclass(frozen=True)
class Knowledge:
    """Everything the extractors know that is not in the article."""
    news_outlets: tuple[str, ...]
    outlet_domains: tuple[str, ...] = ()
    extra: dict[str, Any] = field(default_factory=dict)
    registry: Any = None  # knowledge.registry.Registry: countries, actors, agents, office holders


@lru_cache(maxsize=8)
def load_knowledge(registry_path: str | None = None) -> Knowledge:
    """Load the packaged knowledge once per process (and per user registry file)."""
    outlets = tuple(read_lines("news_outlets.txt"))
    domains = tuple(read_lines("outlet_domains.txt"))
    extra: dict[str, Any] = {}
    if registry_path:
        extra["user_registry"] = json.loads(Path(registry_path).read_text(encoding="utf-8"))
    from .registry import load_registry
    return Knowledge(news_outlets=outlets, outlet_domains=domains, extra=extra,
                     registry=load_registry(registry_path))
