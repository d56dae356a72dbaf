"""The one table of news outlets (knowledge/data/actors/outlet_countries.tsv), read for the provenance stage
and the eval runner.

The table's columns: outlet name | aliases | home country | web domains | corpus codes (the last optional; all
comma-separated lists but the country). Provenance reads the names and aliases ("Canonical | alias | alias"
lines) and the domains ("domain | Canonical" lines), in the line formats a user's `news_outlets.txt` and
`outlet_domains.txt` extend; the eval runner reads the corpus codes, the short publisher names a corpus gives
its files ("wash-post" in PolNeAR), to name an article's outlet. outlet_country.py reads the same rows
(`packaged_rows`) for the home country.

>>> names, domains = outlet_lines(["Kell Ledger\\tThe Ledger,KL\\tUSA\\tkell-ledger.com\\tkell"])
>>> names, domains
(['Kell Ledger | The Ledger | KL'], ['kell-ledger.com | Kell Ledger'])
"""
from __future__ import annotations

from functools import lru_cache
from typing import Iterable

TABLE = "actors/outlet_countries.tsv"


def _rows(lines: Iterable[str]) -> list[list[str]]:
    """The table's rows, five columns each (missing ones empty); comments and blank lines skipped."""
    return [(line.rstrip("\n").split("\t") + [""] * 4)[:5] for line in lines
            if line.strip() and not line.startswith("#")]


def _items(column: str) -> list[str]:
    return [x.strip() for x in column.split(",") if x.strip()]


def outlet_lines(lines: Iterable[str]) -> tuple[list[str], list[str]]:
    """("Name | alias | alias" lines, "domain | Name" lines) of the table's rows."""
    names, domains = [], []
    for name, aliases, _, doms, _ in _rows(lines):
        names.append(" | ".join([name.strip(), *_items(aliases)]))
        domains += [f"{d.lower()} | {name.strip()}" for d in _items(doms)]
    return names, domains


@lru_cache(maxsize=1)
def _packaged() -> tuple[str, ...]:
    from . import PACKAGED
    return tuple(PACKAGED.packaged_text(TABLE).splitlines())


def packaged_outlet_lines() -> tuple[list[str], list[str]]:
    """The packaged table's name lines and domain lines."""
    return outlet_lines(_packaged())


def packaged_rows() -> list[list[str]]:
    """The packaged table's rows: [name, aliases, home country, domains, corpus codes] (lists comma-separated)."""
    return _rows(_packaged())


def items(column: str) -> list[str]:
    """The entries of one comma-separated column, stripped."""
    return _items(column)


@lru_cache(maxsize=1)
def _by_code() -> dict[str, str]:
    return {code.lower(): name.strip() for name, _, _, _, codes in _rows(_packaged()) for code in _items(codes)}


def outlet_by_code(code: str | None) -> str | None:
    """The outlet name a corpus code stands for ("wash-post" -> "The Washington Post"), else `code` itself
    when it is an outlet's name or alias (canonical spelling), else None."""
    if not code or not code.strip():
        return None
    found = _by_code().get(code.strip().lower())
    if found:
        return found
    wanted = code.strip().lower()
    for name, aliases, _, _, _ in _rows(_packaged()):
        if wanted in {n.lower() for n in [name.strip(), *_items(aliases)]}:
            return name.strip()
    return None
