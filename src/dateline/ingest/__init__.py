"""Ingest: files, directories, JSON Lines, HTML and stdin become `Article`s.

Ingest knows no NLP. Each input yields either an Article or an InputError
naming the input (file, line) and the problem, so one bad input never stops
the others.
"""
from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path
from typing import Iterable, Iterator

from ..errors import BinaryInput, EmptyInput, InputError, MalformedRecord, TooLarge, Unreadable
from ..options import Options
from ..record import Article
from .normalize import check_date, decode, normalize_text
from .plaintext import parse_plaintext

JSONL_SUFFIXES = {".jsonl", ".ndjson"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
TEXT_SUFFIXES = {".txt", ".text", ".md", ""}
# Inside a directory these are not articles: gold files and other JSON, README/ATTRIBUTION notes.
# Named explicitly on the command line, a .md file is still read as text.
SKIP_SUFFIXES = {".json", ".md"}


def content_id(text: str) -> str:
    """A stable id for an article that has none: a hash of its text."""
    return "sha-" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def make_article(text: str, *, source: str, id: str | None = None, date: str | None = None,
                 title: str | None = None, url: str | None = None, options: Options = Options(),
                 metadata: dict | None = None) -> Article:
    """Normalise a body and its metadata into an Article, or raise InputError."""
    body = normalize_text(text)
    if not body:
        raise EmptyInput(source, "no article text (empty after removing whitespace)")
    date = check_date(date, source) if date else check_date(options.default_date, "--date") if options.default_date else None
    return Article(
        id=str(id) if id not in (None, "") else content_id(body),
        text=body,
        date=date,
        title=normalize_text(title) or None if title else None,
        url=url or None,
        sha256=hashlib.sha256(body.encode("utf-8")).hexdigest(),
        source=source,
        metadata=metadata or {},
    )


def _read_bytes(path: Path, options: Options) -> bytes:
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise Unreadable(str(path), f"cannot read: {exc.strerror or exc}") from exc
    if size > options.max_bytes:
        raise TooLarge(str(path), f"{size} bytes is over the limit of {options.max_bytes} (raise it with --max-bytes)")
    try:
        return path.read_bytes()
    except OSError as exc:
        raise Unreadable(str(path), f"cannot read: {exc.strerror or exc}") from exc


def read_text_file(data: bytes, source: str, stem: str, options: Options) -> Article:
    """A plain-text article: optional `date YYYY-MM-DD` and `title …` header lines."""
    text = decode(data, source)
    header = parse_plaintext(text)
    return make_article(header.body, source=source, id=stem, date=header.date, title=header.title,
                        options=options)


def read_html(data: bytes, source: str, stem: str, options: Options) -> Article:
    """An HTML page: main text, title, date, author and site name via trafilatura."""
    import trafilatura

    html = decode(data, source)
    extracted = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                            include_tables=False)
    if extracted is None:
        raise EmptyInput(source, "no main text found in the HTML page")
    get = extracted.get if isinstance(extracted, dict) else lambda k: getattr(extracted, k, None)
    body = get("text") or ""
    art = make_article(body, source=source, id=stem, date=get("date"), title=get("title"),
                       url=get("url"), options=options,
                       metadata={k: get(k) for k in ("sitename", "author", "hostname") if get(k)})
    if get("author"):
        art.authors = [a.strip() for a in str(get("author")).split(";") if a.strip()]
    if get("sitename"):
        art.outlet = get("sitename")
    return art


JSONL_FIELDS = ("id", "date", "title", "text", "url")


def read_jsonl(data: bytes, source: str, options: Options) -> Iterator[Article | InputError]:
    """JSON Lines: one article per line with id, date, title, text, url; other fields kept as metadata."""
    text = decode(data, source)
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{source}:{lineno}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield MalformedRecord(where, f"not valid JSON ({exc.msg} at column {exc.colno})")
            continue
        if not isinstance(obj, dict):
            yield MalformedRecord(where, "a JSON Lines article must be an object with a 'text' field")
            continue
        body = obj.get("text")
        if not isinstance(body, str):
            yield MalformedRecord(where, "record has no 'text' string")
            continue
        try:
            date = obj.get("date")
            yield make_article(body, source=where, id=obj.get("id"),
                               date=str(date) if date not in (None, "") else None,
                               title=obj.get("title") if isinstance(obj.get("title"), str) else None,
                               url=obj.get("url") if isinstance(obj.get("url"), str) else None,
                               options=options,
                               metadata={k: v for k, v in obj.items() if k not in JSONL_FIELDS})
        except InputError as exc:
            yield exc


_CONTROL_BYTES = frozenset(range(0x00, 0x09)) | frozenset(range(0x0e, 0x20)) | {0x0b, 0x7f}


def _looks_binary(data: bytes) -> bool:
    """NUL bytes, or (for text that is not UTF-8) many control bytes: not an article."""
    head = data[:8192]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False
    if b"\x00" in head:
        return True
    try:
        head.decode("utf-8")
        return False
    except UnicodeDecodeError as exc:
        if exc.start >= len(head) - 4:  # a multi-byte character cut by the 8 KiB window
            return False
    controls = sum(1 for b in head if b in _CONTROL_BYTES)
    return controls > 0.02 * len(head)


def read_bytes_as(data: bytes, source: str, stem: str, suffix: str, options: Options) -> Iterator[Article | InputError]:
    """Dispatch one input's bytes on its suffix (or its content when the suffix says nothing)."""
    try:
        if not data.strip():
            raise EmptyInput(source, "file is empty")
        if _looks_binary(data):
            raise BinaryInput(source, "looks like a binary file, not text, JSON Lines or HTML")
        if suffix in JSONL_SUFFIXES:
            yield from read_jsonl(data, source, options)
        elif suffix in HTML_SUFFIXES or (suffix not in TEXT_SUFFIXES and data.lstrip()[:1] == b"<"):
            yield read_html(data, source, stem, options)
        else:
            yield read_text_file(data, source, stem, options)
    except InputError as exc:
        yield exc


def _expand(paths: Iterable[str]) -> Iterator[tuple[str, Path | None]]:
    for p in paths:
        if p == "-":
            yield p, None
            continue
        path = Path(p)
        if path.is_dir():
            for f in sorted(path.rglob("*")):
                if f.is_file() and not f.name.startswith(".") and f.suffix.lower() not in SKIP_SUFFIXES:
                    yield str(f), f
        else:
            yield p, path


def read_inputs(paths: Iterable[str], options: Options = Options(), stdin=None) -> Iterator[Article | InputError]:
    """Every article in the given paths (files, directories recursively, `-` for stdin), in order."""
    for name, path in _expand(paths):
        if path is None:
            stream = stdin if stdin is not None else sys.stdin.buffer
            data = stream.read(options.max_bytes + 1)
            if len(data) > options.max_bytes:
                yield TooLarge("<stdin>", f"over the limit of {options.max_bytes} bytes (raise it with --max-bytes)")
                continue
            first = data.lstrip()[:1]
            suffix = ".jsonl" if first == b"{" else ".html" if first == b"<" else ".txt"
            yield from read_bytes_as(data, "<stdin>", "", suffix, options)
            continue
        if not path.exists():
            yield Unreadable(name, "no such file or directory")
            continue
        try:
            data = _read_bytes(path, options)
        except InputError as exc:
            yield exc
            continue
        yield from read_bytes_as(data, name, path.stem, path.suffix.lower(), options)
