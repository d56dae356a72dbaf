"""The spaCy model: loaded once per process, run with `nlp.pipe`."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable, Iterator

from spacy.language import Language

from .errors import ModelNotFound
from .headlines import HEADLINE_CASE

PARAGRAPH_BREAKS = "dateline_paragraph_breaks"


@Language.component(PARAGRAPH_BREAKS)
def paragraph_breaks(doc):
    """A paragraph break always ends a sentence (news paragraphs are never one sentence across a break).

    The small model's parser otherwise runs a sentence on across a paragraph
    that ends after a closing quotation mark, which garbles the next
    paragraph's parse. Set before the parser, which respects preset starts.
    """
    for tok in doc[:-1]:
        if tok.is_space and "\n" in tok.text:
            doc[tok.i + 1].is_sent_start = True
    return doc


@lru_cache(maxsize=4)
def load(model: str):
    """Load a spaCy pipeline by name, once per process and model name."""
    import spacy
    try:
        nlp = spacy.load(model)
    except OSError as exc:
        raise ModelNotFound(model) from exc
    if "parser" in nlp.pipe_names and PARAGRAPH_BREAKS not in nlp.pipe_names:
        nlp.add_pipe(PARAGRAPH_BREAKS, before="parser")
    if "parser" in nlp.pipe_names and HEADLINE_CASE not in nlp.pipe_names:
        nlp.add_pipe(HEADLINE_CASE, last=True)  # a title-case headline parsed as a sentence (headlines.py)
    add_quote_infixes(nlp.tokenizer)
    if not isinstance(nlp.tokenizer, BoundedTokenizer):
        nlp.tokenizer = BoundedTokenizer(nlp.tokenizer)
    return nlp


QUOTE_INFIXES = (
    r"(?<=\w)[,:;!?](?=[“‘\"]\w)",                  # 'said,“We': the punctuation before a glued opening mark
    r"(?<=[a-z0-9])\.(?=[“\"]\w)",                  # 'go.“We' (not 'U.S.“The', an abbreviation's period)
    r"(?<=\w[,:;.!?])[“‘\"](?=\w)",                 # the opening mark itself
    r"(?<=\w)[,.!?](?=[”’\"]\w)",                   # 'go,”he': the punctuation before a glued closing mark
    r"(?<=\w[,.!?])[”’\"](?=\w)",                   # the closing mark itself
    r"(?<=\w)[“”](?=\w)",                           # 'the“levy', 'levy”was': a curly double mark between words
)
"""Quotation marks glued to a word and the punctuation before them ('Kell said,“We will …').

spaCy's English infixes split none of these, so 'said,“We' stayed one token and the quote's first word
became part of its speaker's tag. A single curly mark is split only after punctuation: between two
letters it is an apostrophe ('don’t', 'Kell’s').
"""


def add_quote_infixes(tokenizer) -> None:
    """Add QUOTE_INFIXES to a spaCy tokenizer's infix pattern (once; text and offsets are unchanged)."""
    finditer = getattr(tokenizer, "infix_finditer", None)
    pattern = getattr(getattr(finditer, "__self__", None), "pattern", None)
    if pattern is None or QUOTE_INFIXES[0] in pattern:
        return
    tokenizer.infix_finditer = re.compile("|".join((pattern,) + QUOTE_INFIXES)).finditer


MAX_RUN = 200
"""Longest run of non-space characters tokenized in one piece.

spaCy's tokenizer peels prefixes and suffixes off a whitespace-free run one at a time, re-slicing
the run each time: 5,000 quotation marks in a row take 7 s, 10,000 take 18 s (quadratic), and each
mark then costs the parser a token. A run longer than this (no English word or URL is) is garbage:
it becomes tokens of this length, so any text costs linear time in the tokenizer and a bounded
number of tokens; the pieces join without spaces, so offsets and the text are unchanged.
"""
_LONG_RUN = re.compile(r"\S{%d,}" % (MAX_RUN + 1))


class BoundedTokenizer:
    """spaCy's tokenizer, with whitespace-free runs over MAX_RUN characters tokenized in pieces."""

    def __init__(self, tokenizer):
        self.tokenizer = tokenizer

    def __getattr__(self, name):  # vocab, rules, to_disk, … of the wrapped tokenizer
        return getattr(self.tokenizer, name)

    def __call__(self, text: str):
        if not _LONG_RUN.search(text):
            return self.tokenizer(text)
        from spacy.tokens import Doc

        words: list[str] = []
        spaces: list[bool] = []
        pos = 0
        for m in _LONG_RUN.finditer(text):
            self._add(text[pos:m.start()], words, spaces)
            for i in range(m.start(), m.end(), MAX_RUN):  # garbage, not words: one token per piece
                words.append(text[i:min(i + MAX_RUN, m.end())])
                spaces.append(False)
            pos = m.end()
        self._add(text[pos:], words, spaces)
        return Doc(self.tokenizer.vocab, words=words, spaces=spaces)

    def _add(self, piece: str, words: list[str], spaces: list[bool]) -> None:
        if not piece:
            return
        if piece[0].isspace() and words and not spaces[-1]:  # leading space belongs to the last token
            spaces[-1] = True
            piece = piece[1:]
            if not piece:
                return
        for tok in self.tokenizer(piece):
            words.append(tok.text)
            spaces.append(bool(tok.whitespace_))


SECTION_CHARS = 100_000
"""Texts over the model's `max_length` are parsed in sections of about this many characters."""


def sections(text: str, size: int = SECTION_CHARS) -> list[str]:
    """Cut a text into pieces of at most `size` characters that join back to it exactly.

    Each cut falls after a paragraph break if there is one in the second half of the piece, else
    after a sentence end, else after a space, else anywhere.
    """
    out, pos = [], 0
    while len(text) - pos > size:
        window = text[pos:pos + size]
        cut = -1
        for sep in ("\n\n", "\n", ". ", " "):
            k = window.rfind(sep, size // 2)
            if k != -1:
                cut = k + len(sep)
                break
        cut = cut if cut > 0 else size
        out.append(text[pos:pos + cut])
        pos += cut
    out.append(text[pos:])
    return out


def parse_long(nlp, text: str):
    """A Doc for a text longer than `nlp.max_length`: its sections parsed one by one and joined."""
    from spacy.tokens import Doc

    docs = list(nlp.pipe(sections(text, min(SECTION_CHARS, nlp.max_length))))
    doc = Doc.from_docs(docs, ensure_whitespace=False)
    if doc.text != text:  # never hand extractors offsets into another text
        raise ValueError("sectioned parse does not reproduce the text")
    return doc


def parse(texts: Iterable[str], model: str, batch_size: int = 32) -> Iterator:
    """Parse texts in batches; yields one Doc per text, in order."""
    return load(model).pipe(texts, batch_size=batch_size)
