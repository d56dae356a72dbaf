"""Quotation marks → quoted segments, character-level and crash-proof.

Pairs opening and closing marks paragraph by paragraph. Straight marks are
read as opening or closing from their neighbours; single marks count only
at the top level (inside a double quote they are nested quotes and stay
part of the text). A quote left open at the end of a paragraph whose next
paragraph opens with a mark continues there (news convention); one left
open with no continuation runs to the end of its paragraph. Stray closing
marks are ignored. Two apostrophes or backticks (''…'', ``…'') count as one
double mark, as some newspapers print them. Nothing here can raise on any input.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

DOUBLE_OPEN = "“„«‟〝"
DOUBLE_CLOSE = "”»〞〟"
SINGLE_OPEN = "‘‹‚"
SINGLE_CLOSE = "’›"
STRAIGHT = "\"＂"
_OPENERS_BEFORE = set(" \t\n\r\xa0([{—–-/:;,")
_PARA = re.compile(r"\n\s*")
_ANY_MARK = re.compile("[" + re.escape(DOUBLE_OPEN + DOUBLE_CLOSE + SINGLE_OPEN + SINGLE_CLOSE + STRAIGHT + "'`") + "]")


@dataclass(slots=True)
class Segment:
    """The inside of one pair of quotation marks (one paragraph at most)."""
    open: int           # offset of the opening mark (or paragraph start for continued quotes)
    close: int | None   # offset of the closing mark's last character; None when the quote runs on
    start: int          # text inside the marks, whitespace-trimmed: text[start:end]
    end: int
    single: bool = False
    continues: bool = False   # runs on into the next paragraph
    continued: bool = False   # continues one from the previous paragraph


def _kind(text: str, i: int, inside: bool, width: int = 1) -> str | None:
    """'open', 'close', 'both' (ambiguous) or None for the mark at text[i:i + width]."""
    ch = text[i]
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + width] if i + width < len(text) else " "
    if width == 2 and ch == "`":
        return "open"
    if ch in DOUBLE_OPEN:
        # a “ right after a word with a space after it is a misused closing mark
        return "close" if (inside and not prev.isspace() and nxt.isspace()) else "open"
    if ch in DOUBLE_CLOSE:
        return "open" if (not inside and prev in _OPENERS_BEFORE and not nxt.isspace()) else "close"
    if ch in STRAIGHT or width == 2:
        # inside a quote, a mark glued to the comma before it closes it ('"We will win,"Kell said')
        before_ok = (prev in _OPENERS_BEFORE and not (inside and prev == ",")) or prev in DOUBLE_OPEN + SINGLE_OPEN
        after_ok = not nxt.isspace() and nxt not in ",.;:!?)"
        if before_ok and after_ok:
            return "open"
        if not prev.isspace():
            return "close"
        return "both" if after_ok else None
    return None


def _double_width(text: str, i: int) -> int:
    """1 for a double quotation mark at i, 2 for '' or `` used as one, 0 for none."""
    ch = text[i]
    if ch in DOUBLE_OPEN or ch in DOUBLE_CLOSE or ch in STRAIGHT:
        return 1
    if ch in "'`" and text[i + 1:i + 2] == ch and text[i + 2:i + 3] != ch:
        return 2
    return 0


def _single_kind(text: str, i: int) -> str | None:
    """Top-level single marks: only ‘…’ style, never apostrophes."""
    ch = text[i]
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    if ch in SINGLE_OPEN and (prev in _OPENERS_BEFORE or prev in DOUBLE_OPEN) and not nxt.isspace():
        return "open"
    if ch in SINGLE_CLOSE and not prev.isspace() and not nxt.isalnum():
        return "close"
    return None


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] == ","):
        e -= 1
    return s, e


def _paragraphs(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for m in _PARA.finditer(text):
        if m.start() > pos:
            out.append((pos, m.start()))
        pos = m.end()
    if pos < len(text):
        out.append((pos, len(text)))
    return out


def _opens_with_mark(text: str, s: int, e: int) -> bool:
    return s < e and (text[s] in DOUBLE_OPEN or text[s] in STRAIGHT or text[s:s + 2] in ("''", "``"))


def _nested_close(text: str, i: int, pe: int) -> int:
    """The closing curly mark of the quote opened at `i` in its paragraph, or -1."""
    return min((k for k in (text.find(ch, i + 1, pe) for ch in DOUBLE_CLOSE) if k >= 0), default=-1)


def _nested(text: str, open_at: int, ps: int, i: int, pe: int, continued: bool) -> int | None:
    """Where to read on when a curly opening mark at `i` stands inside a straight-quoted text, or None (not nested).

    - At `i` itself (the straight mark is dropped): a doubled mark ('"“…”"'), or a quoted paragraph of another text
      (an excerpt: a straight mark opens the paragraph and never closes in it, news convention) with quotes of its
      own ('"Ana Kell defended the plan by saying it was “fair.”'): they are read as the paragraph's quotes, with
      their own speakers.
    - Past the nested quote's closing mark, when the straight quote closes later in the paragraph ('"We called it
      “theft” and meant it," she said'): the nested quote stays part of the outer quote's text, as single marks
      inside doubles do.
    """
    if text[open_at] not in STRAIGHT or text[i] not in DOUBLE_OPEN:
        return None
    straight = min((k for k in (text.find(ch, i, pe) for ch in STRAIGHT) if k >= 0), default=-1)
    if not text[open_at + 1:i].strip() or (straight < 0 and (open_at == ps or continued)):
        return i
    close = _nested_close(text, i, straight) if straight >= 0 else -1
    return None if close < 0 else close + 1


def _left_open(text: str, out: list[Segment], inner: int, open_at: int, pe: int, continued: bool, runs_on: bool) -> bool:
    """A quote still open at its paragraph's end runs to that end (and on, when the next paragraph opens with a
    mark): add its segment and say whether it carries on."""
    s, e = _trim(text, inner, pe)
    if e > s:
        out.append(Segment(open_at, None, s, e, continues=runs_on, continued=continued))
    return runs_on


def find_segments(text: str) -> list[Segment]:
    """Every quoted segment of `text`, in order."""
    out: list[Segment] = []
    paras = _paragraphs(text)
    carry = False  # the previous paragraph ended inside a quote that runs on here
    for pi, (ps, pe) in enumerate(paras):
        open_at, continued, single_open, i, width = None, False, None, ps, 1  # width: of the opening mark
        if carry and _opens_with_mark(text, ps, pe):
            open_at, continued = ps, True
            width = 2 if text[ps:ps + 2] in ("''", "``") else 1
            i = ps + width
        carry = False
        while i < pe:
            m = _ANY_MARK.search(text, i, pe)  # jump to the next mark-like character
            if m is None:
                break
            i = m.start()
            ch = text[i]
            w = _double_width(text, i)
            if w:
                k = _kind(text, i, open_at is not None, w)
                last = i + w - 1  # the mark's last character
                if open_at is None and k in ("open", "both"):
                    open_at, continued, single_open, width = i, False, None, w
                elif open_at is not None and k in ("close", "both"):
                    s, e = _trim(text, open_at + width, i)
                    if e > s:
                        out.append(Segment(open_at, last, s, e, continued=continued))
                    open_at, continued = None, False
                elif open_at is not None and k == "open" and (ch in DOUBLE_OPEN or ch == "`"):
                    skip = _nested(text, open_at, ps, i, pe, continued)
                    if skip is not None:  # part of the outer quote's text, or the outer mark opened a quoted paragraph
                        open_at, continued = (None, False) if skip == i else (open_at, continued)
                        i = skip
                        continue
                    # a second opening mark: the first was never closed; end it here
                    s, e = _trim(text, open_at + width, i)
                    if e > s:
                        out.append(Segment(open_at, None, s, e, continued=continued))
                    open_at, continued, width = i, False, w
                i += w
                continue
            if open_at is None and (ch in SINGLE_OPEN or ch in SINGLE_CLOSE):
                k = _single_kind(text, i)
                if k == "open" and single_open is None:
                    single_open = i
                elif k == "close" and single_open is not None:
                    s, e = _trim(text, single_open + 1, i)
                    if e > s:
                        out.append(Segment(single_open, i, s, e, single=True))
                    single_open = None
            i += 1
        if open_at is not None:
            carry = _left_open(text, out, open_at + width, open_at, pe, continued,
                               pi + 1 < len(paras) and _opens_with_mark(text, *paras[pi + 1]))
    out.sort(key=lambda g: g.start)
    return out
