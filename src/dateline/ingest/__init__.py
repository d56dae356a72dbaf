"""Ingest: files, directories, JSON Lines, HTML and stdin become `Article`s.

Ingest knows no NLP. Each input yields either an Article or an InputError
naming the input (file, line) and the problem, so one bad input never stops
the others.
"""
from __future__ import annotations

import hashlib
import os
import re
import stat
import sys
from pathlib import Path
from typing import IO, Iterable, Iterator

from ..errors import BinaryInput, EmptyInput, InputError, MalformedRecord, TooLarge, Unreadable
from ..options import Options
from ..record import Article
from .archives import COMPRESSED_JSONL, WARC_SUFFIXES, compound_suffix, read_compressed_jsonl, read_warc
from .jsonl import read_jsonl, read_jsonl_stream
from .normalize import check_date, decode, normalize_text
from .plaintext import parse_plaintext

JSONL_SUFFIXES = {".jsonl", ".ndjson"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
TEXT_SUFFIXES = {".txt", ".text", ".md", ""}
# Inside a directory these are not articles: gold files and other JSON, README/ATTRIBUTION notes.
# Named explicitly on the command line, a .md file is still read as text.
SKIP_SUFFIXES = {".json", ".md"}


_SURROGATE = re.compile("[\ud800-\udfff]")  # a lone UTF-16 surrogate: no valid Unicode text holds one


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
    lone = _SURROGATE.search(body)  # (one regex scan, not a Python step per character)
    bad = lone.start() if lone else None
    if bad is not None:
        raise Unreadable(source, f"text holds a lone surrogate (\\u{ord(body[bad]):04x}) at character {bad}: "
                                 f"not valid Unicode")
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


NOT_REGULAR = "not a regular file (a FIFO, device or socket): pipe its content to `-` (stdin) instead"


def _open_regular(path: Path) -> IO[bytes]:
    """Open a regular file for reading without blocking (a FIFO opened plainly waits for a writer)."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as exc:
        raise Unreadable(str(path), f"cannot read: {exc.strerror or exc}") from exc
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise Unreadable(str(path), NOT_REGULAR)
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def _read_bytes(path: Path, options: Options) -> bytes:
    """A whole regular file, read with a bound: never more than `max_bytes` + 1 bytes."""
    with _open_regular(path) as fh:
        try:
            data = fh.read(options.max_bytes + 1)
        except OSError as exc:
            raise Unreadable(str(path), f"cannot read: {exc.strerror or exc}") from exc
    if len(data) > options.max_bytes:
        raise TooLarge(str(path), f"over the limit of {options.max_bytes} bytes (raise it with --max-bytes)")
    return data


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
    date = get("date")
    try:  # a page's own date that is not a calendar date is dropped, not the article
        check_date(date, source)
    except InputError:
        date = None
    art = make_article(body, source=source, id=stem, date=date, title=get("title"),
                       url=get("url"), options=options,
                       metadata={k: get(k) for k in ("sitename", "author", "hostname") if get(k)})
    if get("author"):
        art.authors = [a.strip() for a in str(get("author")).split(";") if a.strip()]
    if get("sitename"):
        art.outlet = get("sitename")
    return art


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




def _walk(root: Path) -> Iterator[Path]:
    """Files under a directory, depth first in name order, streamed (no full listing in memory)."""
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            f = Path(dirpath) / name
            if not name.startswith(".") and f.suffix.lower() not in SKIP_SUFFIXES and f.is_file():
                yield f


def _expand(paths: Iterable[str]) -> Iterator[tuple[str, Path | None]]:
    for p in paths:
        if p == "-":
            yield p, None
            continue
        path = Path(p)
        if path.is_dir():
            for f in _walk(path):
                yield str(f), f
        else:
            yield p, path


def read_stdin(stream: IO[bytes], options: Options) -> Iterator[Article | InputError]:
    """Standard input: JSON Lines are streamed record by record; one text or HTML page is read bounded."""
    first = stream.readline(options.max_bytes + 1)
    if first.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] == b"{":
        yield from read_jsonl_stream(stream, "<stdin>", options, first_line=first)
        return
    data = first + stream.read(max(0, options.max_bytes + 1 - len(first)))
    if len(data) > options.max_bytes:
        yield TooLarge("<stdin>", f"over the limit of {options.max_bytes} bytes (raise it with --max-bytes)")
        return
    suffix = ".html" if data.lstrip()[:1] == b"<" else ".txt"
    yield from read_bytes_as(data, "<stdin>", "", suffix, options)


def read_file(name: str, path: Path, options: Options) -> Iterator[Article | InputError]:
    """One named file: JSON Lines and archives stream; a text or HTML file is one bounded read."""
    suffix = compound_suffix(path)
    if suffix in WARC_SUFFIXES or suffix in COMPRESSED_JSONL or suffix in JSONL_SUFFIXES:
        try:
            _open_regular(path).close()
        except InputError as exc:
            yield exc
            return
        if suffix in WARC_SUFFIXES:
            yield from read_warc(path, options)
        elif suffix in COMPRESSED_JSONL:
            yield from read_compressed_jsonl(path, suffix, options)
        else:
            yield from _read_plain_jsonl(name, path, options)
        return
    try:
        data = _read_bytes(path, options)
    except InputError as exc:
        yield exc
        return
    yield from read_bytes_as(data, name, path.stem, suffix, options)


def _read_plain_jsonl(name: str, path: Path, options: Options) -> Iterator[Article | InputError]:
    with _open_regular(path) as fh:
        head = fh.read(8192)
        if not head.strip():
            yield EmptyInput(name, "file is empty")
            return
        if head.startswith((b"\xff\xfe", b"\xfe\xff")) or _looks_binary(head):
            fh.seek(0)  # UTF-16 or binary: the whole-file rules apply (bounded read)
            yield from read_bytes_as(fh.read(options.max_bytes + 1)[:options.max_bytes + 1], name, path.stem,
                                     ".jsonl", options)
            return
        fh.seek(0)
        yield from read_jsonl_stream(fh, name, options)


def read_inputs(paths: Iterable[str], options: Options = Options(), stdin=None) -> Iterator[Article | InputError]:
    """Every article in the given paths (files, directories recursively, `-` for stdin), in order, streamed."""
    for name, path in _expand(paths):
        if path is None:
            yield from read_stdin(stdin if stdin is not None else sys.stdin.buffer, options)
            continue
        if not path.exists():
            yield Unreadable(name, "no such file or directory")
            continue
        yield from read_file(name, path, options)
