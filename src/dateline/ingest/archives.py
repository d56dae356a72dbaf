"""Compressed JSON Lines (.gz, .zst) and web archives (WARC/ARC, optionally gzipped), streamed.

Nothing here holds more than one record in memory: a decompressed line or a WARC record is read
with the same `max_bytes` bound as a file, so a decompression bomb or a huge response is one
`TooLarge` error, not an exhausted machine. zstandard and warcio are optional (the `scale` extra).
"""
from __future__ import annotations

import gzip
import hashlib
from pathlib import Path
from typing import IO, Iterator

from ..errors import InputError, TooLarge, Unreadable
from ..options import Options
from ..record import Article

WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")
COMPRESSED_JSONL = (".jsonl.gz", ".ndjson.gz", ".jsonl.zst", ".ndjson.zst")
HTML_TYPES = ("text/html", "application/xhtml+xml")


def compound_suffix(path: Path) -> str:
    """The suffix that decides the format: ".warc.gz", ".jsonl.zst", … or the last one."""
    name = path.name.lower()
    for suffix in WARC_SUFFIXES + COMPRESSED_JSONL:
        if name.endswith(suffix):
            return suffix
    return path.suffix.lower()


def open_decompressed(path: Path, suffix: str) -> IO[bytes]:
    """A binary stream of a compressed file's content."""
    if suffix.endswith(".gz"):
        return gzip.open(path, "rb")
    try:
        import zstandard
    except ImportError:
        raise Unreadable(str(path), "reading .zst needs the zstandard package: pip install 'dateline[scale]'") from None
    import io
    fh = open(path, "rb")
    return io.BufferedReader(zstandard.ZstdDecompressor().stream_reader(fh, closefd=True))


def read_compressed_jsonl(path: Path, suffix: str, options: Options) -> Iterator[Article | InputError]:
    from .jsonl import read_jsonl_stream

    try:
        with open_decompressed(path, suffix) as stream:
            yield from read_jsonl_stream(stream, str(path), options)
    except InputError as exc:
        yield exc
    except (OSError, EOFError, ValueError) as exc:  # truncated or corrupt archive: what was read stands
        yield Unreadable(str(path), f"corrupt or truncated compressed file: {exc}")
    except Exception as exc:  # zstandard.ZstdError has no common base with OSError
        yield Unreadable(str(path), f"corrupt or truncated compressed file: {type(exc).__name__}: {exc}")


def url_id(url: str) -> str:
    """A stable article id for a crawled page: a hash of its URL."""
    return "url-" + hashlib.sha256(url.encode("utf-8", errors="surrogatepass")).hexdigest()[:16]


def read_warc(path: Path, options: Options) -> Iterator[Article | InputError]:
    """Each HTML response record of a WARC/ARC file is an article; URL and crawl date kept as metadata.

    Requests, metadata, redirects and non-HTML responses are not articles and are passed over.
    """
    try:
        from warcio.archiveiterator import ArchiveIterator
    except ImportError:
        yield Unreadable(str(path), "reading WARC/ARC needs the warcio package: pip install 'dateline[scale]'")
        return
    try:
        with open(path, "rb") as fh:
            for n, record in enumerate(ArchiveIterator(fh, arc2warc=True), 1):
                item = _warc_article(record, f"{path}#{n}", options)
                if item is not None:
                    yield item
    except OSError as exc:
        yield Unreadable(str(path), f"cannot read: {exc.strerror or exc}")
    except Exception as exc:  # warcio raises its own ArchiveLoadFailed on a corrupt archive
        yield Unreadable(str(path), f"corrupt WARC/ARC archive: {type(exc).__name__}: {exc}")


def _warc_article(record, source: str, options: Options) -> Article | InputError | None:
    from . import read_html

    if record.rec_type != "response":
        return None
    http = record.http_headers
    if http is not None:
        status = http.get_statuscode()
        ctype = (http.get_header("Content-Type") or "").lower()
        if status and not status.startswith("2") or not any(t in ctype for t in HTML_TYPES):
            return None
    url = record.rec_headers.get_header("WARC-Target-URI") or ""
    crawl_date = record.rec_headers.get_header("WARC-Date") or ""
    data = record.content_stream().read(options.max_bytes + 1)
    if len(data) > options.max_bytes:
        return TooLarge(source, f"response for {url} is over the limit of {options.max_bytes} bytes "
                                f"(raise it with --max-bytes)")
    try:
        art = read_html(data, source, url_id(url) if url else "", options)
    except InputError as exc:
        return exc
    art.url = art.url or url or None
    if url:
        art.metadata["crawl_url"] = url
    if crawl_date:
        art.metadata["crawl_date"] = crawl_date
    return art
