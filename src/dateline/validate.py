"""Validation of `dateline/article@1` records: the packaged JSON Schema plus the
checks a schema cannot express (offsets reproduce their text, ids resolve)."""
from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any

from .errors import SchemaViolation


@lru_cache(maxsize=1)
def schema() -> dict:
    """The packaged JSON Schema of `dateline/article@1`."""
    return json.loads(resources.files("dateline.schema").joinpath("article-1.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _validator():
    """The reference validator (jsonschema): it lists every error with its path, so it writes the messages."""
    import jsonschema

    return jsonschema.Draft202012Validator(schema())


@lru_cache(maxsize=1)
def _compiled():
    """The schema compiled to Python code (fastjsonschema), once per process: ~40x faster than jsonschema.

    It gives the same verdict as jsonschema on every record (tests/test_validate.py checks it on
    real records and on thousands of broken ones), with one deliberate difference: a pattern's `$`
    matches only at the end of the string (JSON Schema's ECMA-262 regular expressions), where
    Python's `re`, which jsonschema uses, also lets a trailing newline through ("2021-03-01\\n").
    """
    import fastjsonschema

    return fastjsonschema.compile(schema())


def schema_problems(record: dict[str, Any]) -> list[str]:
    """The ways `record` breaks the JSON Schema (offsets and ids aside); empty when it conforms.

    A valid record (the usual case) costs one run of the compiled validator; only an invalid
    one is run through jsonschema too, for a message per error with its path.
    """
    import fastjsonschema

    try:
        _compiled()(record)
        return []
    except fastjsonschema.JsonSchemaException as exc:
        first = exc.message  # e.g. "data.article.date must match pattern ..."
    out = [f"{'/'.join(map(str, e.absolute_path)) or '<record>'}: {e.message}"
           for e in _validator().iter_errors(record)]
    return out or [first]


def problems(record: dict[str, Any]) -> list[str]:
    """Every way `record` breaks the contract; empty when it is valid."""
    out = schema_problems(record)
    if out:
        return out
    text = record["article"]["text"]

    def span_ok(where: str, obj: dict, text_key: str = "text") -> None:
        s, e = obj["start"], obj["end"]
        if not (0 <= s <= e <= len(text)):
            out.append(f"{where}: offsets {s}..{e} outside the text (length {len(text)})")
        elif text[s:e] != obj[text_key]:
            out.append(f"{where}: text[{s}:{e}] is {text[s:e]!r}, not {obj[text_key]!r}")

    actor_ids = [a["id"] for a in record["actors"]]
    if len(set(actor_ids)) != len(actor_ids):
        out.append("actors: duplicate ids")
    known = set(actor_ids)
    for i, a in enumerate(record["actors"]):
        for j, m in enumerate(a["mentions"]):
            span_ok(f"actors/{i}/mentions/{j}", m)
    for field in ("events", "unattributed_events"):
        for i, ev in enumerate(record.get(field) or []):
            span_ok(f"{field}/{i}/evidence", ev["evidence"])
            for j, m in enumerate(ev.get("mentions") or []):  # further reports merged into the event
                for part in ("evidence", "trigger") if m["trigger"] else ("evidence",):
                    span_ok(f"{field}/{i}/mentions/{j}/{part}", m[part])
            for role in ("source", "target", "others"):
                for aid in ev[role]:
                    if aid not in known:
                        out.append(f"{field}/{i}/{role}: unknown actor id {aid!r}")
    quote_ids = {q["id"] for q in record["quotes"]}
    for i, q in enumerate(record["quotes"]):
        span_ok(f"quotes/{i}", q)
        if q["speaker"] is not None and q["speaker"] not in known:
            out.append(f"quotes/{i}/speaker: unknown actor id {q['speaker']!r}")
    for i, p in enumerate(record["places"]):
        span_ok(f"places/{i}", p)
    for i, t in enumerate(record["times"]):
        span_ok(f"times/{i}", t)
    for i, p in enumerate(record["article"].get("provenance_spans") or []):
        span_ok(f"article/provenance_spans/{i}", p)
    claim_ids = {c["id"] for c in record["claims"]}
    for i, c in enumerate(record["claims"]):
        if c["holder"] is not None and c["holder"] not in known:
            out.append(f"claims/{i}/holder: unknown actor id {c['holder']!r}")
        if c["quote"] is not None and c["quote"] not in quote_ids:
            out.append(f"claims/{i}/quote: unknown quote id {c['quote']!r}")
        for other in c["conflicts_with"]:
            if other not in claim_ids:
                out.append(f"claims/{i}/conflicts_with: unknown claim id {other!r}")
    return out


def check(record: dict[str, Any]) -> dict[str, Any]:
    """Return the record if valid, else raise SchemaViolation listing the problems."""
    found = problems(record)
    if found:
        aid = (record.get("article") or {}).get("id", "?")
        raise SchemaViolation(f"record for article {aid!r} breaks dateline/article@1: " + "; ".join(found[:10]))
    return record
