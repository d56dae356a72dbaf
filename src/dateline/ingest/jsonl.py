"""JSON Lines, streamed: one article per line, split on "\\n" only, each line read with a bounded size.

`str.splitlines()` would also split on U+2028/U+2029/U+0085 and \\x0b/\\x0c/\\x1c-\\x1e, which are
legal raw characters inside a JSON string: a valid record would break in two with wrong line
numbers. Reading the binary stream line by line splits on b"\\n" and nothing else, and never holds
more than one line (at most `max_bytes`) in memory, so a file of any size streams.
"""
from __future__ import annotations

import io
import json
import math
from typing import IO, Any, Iterator

from ..errors import InputError, MalformedRecord, TooLarge
from ..options import Options
from ..record import Article

JSONL_FIELDS = ("id", "date", "title", "text", "url")


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not valid JSON (no NaN or Infinity)")


def _bad_value(value: Any, path: str = "") -> str | None:
    """Why a decoded JSON value cannot be stored (a lone surrogate, a non-finite number), else None."""
    stack = [(value, path)]
    while stack:
        v, where = stack.pop()
        if isinstance(v, str):
            try:
                v.encode("utf-8")
            except UnicodeEncodeError as exc:
                return (f"field {where or 'value'!r} holds a lone surrogate (\\u{ord(v[exc.start]):04x}) "
                        f"at character {exc.start}: not valid Unicode")
        elif isinstance(v, float) and not math.isfinite(v):
            return f"field {where or 'value'!r} is a number too large for JSON ({v})"
        elif isinstance(v, dict):
            for k, item in v.items():
                stack.append((k, where))
                stack.append((item, f"{where}.{k}" if where else str(k)))
        elif isinstance(v, list):
            stack.extend((item, f"{where}[{i}]") for i, item in enumerate(v))
    return None


def _decode_line(raw: bytes) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="strict") if _cp1252_ok(raw) else raw.decode("latin-1")


def _cp1252_ok(raw: bytes) -> bool:
    try:
        raw.decode("cp1252")
        return True
    except UnicodeDecodeError:
        return False


def _article_id(value: Any, where: str) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        raise MalformedRecord(where, f"'id' must be a string or a number, not {type(value).__name__}")
    return str(value)


def parse_record(line: str, where: str, options: Options) -> Article:
    """One JSON Lines record as an Article, or raise InputError naming `where`."""
    from . import make_article

    try:
        obj = json.loads(line, parse_constant=_reject_constant)
    except json.JSONDecodeError as exc:
        raise MalformedRecord(where, f"not valid JSON ({exc.msg} at column {exc.colno})") from None
    except ValueError as exc:  # NaN/Infinity
        raise MalformedRecord(where, str(exc)) from None
    except RecursionError:
        raise MalformedRecord(where, "JSON nested too deeply") from None
    if not isinstance(obj, dict):
        raise MalformedRecord(where, "a JSON Lines article must be an object with a 'text' field")
    body = obj.get("text")
    if not isinstance(body, str):
        raise MalformedRecord(where, "record has no 'text' string")
    problem = _bad_value(obj)
    if problem:
        raise MalformedRecord(where, problem)
    date = obj.get("date")
    if date not in (None, "") and not isinstance(date, (str, int)):
        raise MalformedRecord(where, f"'date' must be a string YYYY-MM-DD, not {type(date).__name__}")
    return make_article(body, source=where, id=_article_id(obj.get("id"), where),
                        date=str(date) if date not in (None, "") else None,
                        title=obj.get("title") if isinstance(obj.get("title"), str) else None,
                        url=obj.get("url") if isinstance(obj.get("url"), str) else None,
                        options=options,
                        metadata={k: v for k, v in obj.items() if k not in JSONL_FIELDS})


def read_jsonl_stream(stream: IO[bytes], source: str, options: Options,
                      first_line: bytes | None = None) -> Iterator[Article | InputError]:
    """Every record of a binary JSON Lines stream; a line over `max_bytes` is skipped with TooLarge."""
    limit = options.max_bytes
    lineno = 0

    def lines() -> Iterator[bytes]:
        if first_line is not None:
            yield first_line
        while True:
            raw = stream.readline(limit + 1)
            if not raw:
                return
            yield raw

    pending_long = False
    for raw in lines():
        if pending_long:  # the rest of an over-long line: skip to its newline
            pending_long = not raw.endswith(b"\n")
            continue
        lineno += 1
        where = f"{source}:{lineno}"
        if len(raw) > limit and not raw.endswith(b"\n") or len(raw) > limit + 1:
            pending_long = not raw.endswith(b"\n")
            yield TooLarge(where, f"line is over the limit of {limit} bytes (raise it with --max-bytes)")
            continue
        if lineno == 1 and raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]
        if not raw.strip():
            continue
        try:
            yield parse_record(_decode_line(raw.rstrip(b"\r\n")), where, options)
        except InputError as exc:
            yield exc


def read_jsonl(data: bytes, source: str, options: Options) -> Iterator[Article | InputError]:
    """JSON Lines held in memory (same rules as the stream reader)."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 JSON Lines: re-encode, then stream
        from .normalize import decode
        data = decode(data, source).encode("utf-8", errors="surrogatepass")
    return read_jsonl_stream(io.BytesIO(data), source, options)
