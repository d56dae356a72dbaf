"""Small helpers shared by direct and indirect quote finding: char ↔ token lookups."""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from spacy.attrs import IDX, LOWER

from .. import doc_text, entities  # noqa: F401  (doc_text re-exported for the quotes modules)


class TokenIndex:
    """Find tokens by character offset in one Doc."""

    def __init__(self, doc):
        self.doc = doc
        self.starts = doc.to_array(IDX).tolist()  # each token's start (no Token made per word)
        self.cue_tokens: dict = {}  # (quote start, end, cue) -> the cue's token (turns._cue_token)
        self._lower: list[str] | None = None

    def lower(self) -> list[str]:
        """Every token's lower-case form (`Token.lower_`), read once from the Doc's arrays."""
        if self._lower is None:
            strings = self.doc.vocab.strings
            self._lower = [strings[h] for h in self.doc.to_array(LOWER).tolist()]
        return self._lower

    def at(self, char: int):
        """The token containing or starting nearest after `char` (None past the end)."""
        i = bisect_right(self.starts, char) - 1
        if i >= 0 and char < self.starts[i] + len(self.doc[i]):
            return self.doc[i]
        i += 1
        return self.doc[i] if i < len(self.doc) else None

    def before(self, char: int):
        """The last token that ends at or before `char` (None at the start)."""
        i = bisect_left(self.starts, char) - 1
        while i >= 0 and self.starts[i] + len(self.doc[i]) > char:
            i -= 1
        return self.doc[i] if i >= 0 else None

    def between(self, start: int, end: int):
        """Tokens that start in [start, end)."""
        lo, hi = bisect_left(self.starts, start), bisect_left(self.starts, end)
        return self.doc[lo:hi]


def take_voice(quote, source) -> None:
    """Give `quote` the speaker, speaker span and cue of `source` (the same voice goes on)."""
    quote.speaker, quote.speaker_text, quote.cue = source.speaker, source.speaker_text, source.cue
    quote.speaker_start, quote.speaker_end = source.speaker_start, source.speaker_end


def token_chars(tokens) -> tuple[int, int]:
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1])


def trim_punct(doc, l: int, r: int) -> tuple[int, int]:
    """Drop punctuation and whitespace tokens from both ends of the token range [l, r], and a coordinator left
    dangling at its end ("saying the plan was sound and [calling it …]": the conjunct is another report)."""
    while l <= r and (doc[l].is_punct or doc[l].is_space) and doc[l].text not in "[(":
        l += 1
    while r >= l and ((doc[r].is_punct or doc[r].is_space) and doc[r].text not in "])" or
                      r > l and doc[r].dep_ in ("cc", "preconj") and doc[r].pos_ == "CCONJ"):
        r -= 1
    return l, r


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


_NAME_SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}


ENT_AT_KEY = "dateline.quotes.entity_at"


def entity_at(doc) -> dict:
    """Token index -> the named entity around it; built once per parse (`doc.ents` makes every span anew on each
    call, and four lookups a document read it), kept in `doc.user_data`, which `process()` clears. Read only."""
    store = getattr(doc, "user_data", None)  # (anything with `ents` will do: then the map is built each time)
    got = store.get(ENT_AT_KEY) if store is not None else None
    if got is None:
        got = {i: ent for ent in (entities(doc) if store is not None else doc.ents) for i in range(ent.start, ent.end)}
        if store is not None:
            store[ENT_AT_KEY] = got
    return got


class ActorLookup:
    """Actor ids by character span, built once per article: `ctx.actor_for` without its linear scan.

    With mentions {(0, 5): "a1", (10, 20): "a2"}, the span (12, 15) gives "a2"; a token inside a named
    entity ("Obama" in "Barack Obama") gives the actor whose mention covers the entity.
    """

    def __init__(self, doc, ctx):
        self.exact = ctx.mention_index
        order = {k: n for n, k in enumerate(ctx.mention_index)}
        self.spans = sorted((s, e, order[(s, e)], a) for (s, e), a in ctx.mention_index.items())
        self.starts = [x[0] for x in self.spans]
        self.longest = max((e - s for s, e, _, _ in self.spans), default=0)
        self.ent_at = entity_at(doc)
        self.memo: dict[tuple[int, int], str | None] = {}
        self.actors = getattr(ctx, "actors", ())
        words = getattr(getattr(ctx, "knowledge", None), "actor_words", None)
        self.titles = frozenset(getattr(words, "person_titles", ())) | frozenset(getattr(words, "title_gender", ()))
        self.surnames: dict[str, list[tuple[int, str]]] | None = None
        reporting = getattr(getattr(ctx, "knowledge", None), "reporting", None)
        self.nicknames = getattr(reporting, "given_names", None) or {}

    def span(self, start: int, end: int) -> str | None:
        """The actor whose mention overlaps [start, end) most (the earliest-added on a tie)."""
        key = (start, end)
        if key not in self.memo:
            lo, hi = bisect_left(self.starts, start - self.longest), bisect_left(self.starts, end)
            best, best_len, best_n = None, 0, 0
            for s, e, n, aid in self.spans[lo:hi]:
                ov = min(e, end) - max(s, start)
                if ov > best_len or (ov == best_len and ov > 0 and n < best_n):
                    best, best_len, best_n = aid, ov, n
            self.memo[key] = best
        return self.memo[key]

    def token(self, t) -> str | None:
        """The actor a word names: its own mention, else the named entity around it."""
        actor = self.exact.get((t.idx, t.idx + len(t.text)))
        if actor is None and t.ent_type_ and t.ent_type_ != "NORP":
            ent = self.ent_at.get(t.i)
            if ent is not None:
                actor = self.span(ent.start_char, ent.end_char)
        return actor

    def surname(self, t) -> str | None:
        """The person actor a bare surname names where no mention covers it ("Kell said" when the parser
        saw no name there): of the persons with that last name (and the given names written before it), the
        one named nearest before the word, else the first named after it. Only a capitalised word of three
        letters or more."""
        word = t.text.strip(".").casefold()
        if len(word) < 3 or not t.text[:1].isupper():
            return None
        if self.surnames is None:
            self.surnames = {}
            for a in self.actors:
                parts = a.name.split() if a.kind == "person" else []
                while len(parts) > 1 and parts[-1].strip(".,").casefold() in _NAME_SUFFIXES:
                    parts = parts[:-1]  # "Luther Stan Pate IV" is "Pate"
                if parts:
                    at = sorted(m.start for m in a.mentions if m.kind != "pronoun")
                    for start in at:
                        self.surnames.setdefault(parts[-1].strip(".").casefold(), []).append((start, a.id))
            for hits in self.surnames.values():
                hits.sort()
        hits = self.surnames.get(word)
        given = self.given_names(t)
        if given:  # "Ivanka Kell" is not "Tom Kell": the given names must be the person's too
            names = {a.id: {w.strip(".").casefold() for w in a.name.split()} for a in self.actors}
            hits = [(start, aid) for start, aid in hits or () if given <= names.get(aid, set())]
        if not hits:
            return None
        before = [aid for start, aid in hits if start < t.idx]
        return before[-1] if before else hits[0][1]


    def given_names(self, t) -> set[str]:
        """The given names written before a surname ("Ivanka" in "Ivanka Kell"; titles and initials aside)."""
        return {c.text.strip(".").casefold() for c in t.lefts if c.dep_ in ("compound", "flat") and c.pos_ == "PROPN"
                and not c.text.endswith(".") and c.lower_ not in self.titles}

    def other_person(self, t, actor: str | None) -> str | None:
        """`actor` unless the speaker's words give a given name that is not the person's ("Eric Kell" resolved
        to "Tom Kell"): then the person of that full name, else None (the words stay the speaker's)."""
        doc, i = t.doc, t.i - 1
        while i >= 0 and len(doc[i].text) <= 2 and doc[i].text.endswith("."):
            i -= 1  # middle initials: "Paul D. Kell"
        given = doc[i] if i >= 0 and actor is not None and t.pos_ == "PROPN" else None
        if given is None or given.head.i != t.i or given.pos_ != "PROPN" or not given.text.isalpha() or \
                given.lower_ in self.titles:
            return actor
        person = next((a for a in self.actors if a.id == actor and a.kind == "person"), None)
        names = [w.strip(".").casefold() for w in person.name.split()] if person is not None else []
        if len(names) < 2 or t.text.strip(".").casefold() != names[-1]:
            return actor
        parts = {p for w in names[:-1] for p in re.split(r"[-‐]", w)}  # "Anne-Marie" is "Anne" and "Marie"
        if parts & (self.nicknames.get(given.lower_) or {given.lower_}):
            return actor  # "Chuck Kell" is "Charles Kell"
        return self.surname(t)


def own_side(tok, c) -> tuple[int, int]:
    """The token range of `c`'s subtree on its own side of the cue `tok` ('X said [that …]',
    '[…], X said')."""
    l, r = c.left_edge.i, c.right_edge.i
    if c.i > tok.i:
        l = max(l, tok.i + 1)
    else:
        r = min(r, tok.i - 1)
    return l, r


def word_char(ch: str) -> bool:
    """A word character, as a str pattern's word class matches it (letters, digits of any script, underscore)."""
    return ch.isalnum() or ch == "_"


def has_word(text: str, word: str) -> bool:
    """Is `word` in `text` with no word character right before or after it: what a look-around word-boundary
    pattern finds, without compiling a pattern per name (it ran once per actor and quote)."""
    i = text.find(word)
    while i >= 0:
        end = i + len(word)
        if (i == 0 or not word_char(text[i - 1])) and (end == len(text) or not word_char(text[end])):
            return True
        i = text.find(word, i + 1)
    return False
