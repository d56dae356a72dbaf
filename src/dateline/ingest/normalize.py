"""Text normalisation done once at ingest: every offset refers to its result."""
from __future__ import annotations

import re
import unicodedata
from datetime import date

from ..errors import BadDate, Unreadable

_SPACES = re.compile(r"[ \t\f\v\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
# Zero-width space and byte-order marks carry no meaning; the joiners U+200C/U+200D do (emoji
# sequences, Persian and Indic orthography) and the word joiner U+2060 too, so they are kept.
_ZERO_WIDTH = re.compile(r"[\u200b\ufeff]")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_MANY_NEWLINES = re.compile(r"\n{3,}")
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def normalize_text(text: str | None) -> str:
    """Unicode NFC, one space between words, paragraphs kept, ends stripped."""
    if not text:
        return ""
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n")
    text = _ZERO_WIDTH.sub("", text)
    text = _CONTROL.sub(" ", text)
    text = _SPACES.sub(" ", text)
    text = "\n".join(line.strip() for line in text.split("\n"))
    text = _MANY_NEWLINES.sub("\n\n", text)
    return text.strip()


def decode(data: bytes, source: str) -> str:
    """Bytes to text: UTF-8 (with or without BOM), UTF-16 with BOM, else cp1252/latin-1."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise Unreadable(source, f"has a UTF-16 byte-order mark but is not valid UTF-16 ({exc.reason})") from exc
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    # Legacy single-byte text is common for news archives: cp1252 covers curly quotes.
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def check_date(value: str | None, source: str) -> str | None:
    """An ISO publication date (YYYY-MM-DD; a longer timestamp keeps its date part), else BadDate."""
    if value is None:
        return None
    value = str(value).strip()
    m = _ISO_DATE.match(value)
    if not m:
        raise BadDate(source, f"invalid date {value!r}: expected YYYY-MM-DD")
    try:
        return date(int(m[1]), int(m[2]), int(m[3])).isoformat()
    except ValueError as exc:
        raise BadDate(source, f"invalid date {value!r}: {exc}") from exc
