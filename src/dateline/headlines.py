"""A title-case headline parsed as the sentence it is.

News texts often open with their headline in title case ("Senator Slams Governor Over Budget Cuts"). The
small model reads nearly every capitalised word there as a proper noun: the verbs become names, the
headline yields no event, and its words run together into bogus organisations. The component
`dateline_headline_case` (after the whole pipeline) parses the headline again with its common words in
lower case — a word is common when the article's body writes it (or another form of it) in lower case and
never capitalised inside a sentence — and copies that parse (tags, lemmas, dependencies, entities) onto the
headline's tokens. The text and every offset stay the original's; only the analysis of the headline changes.
"""
from __future__ import annotations

import re

from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, POS, TAG
from spacy.language import Language
from spacy.tokens import Doc

HEADLINE_CASE = "dateline_headline_case"
ATTRS = [TAG, POS, MORPH, LEMMA, DEP, HEAD, ENT_IOB, ENT_TYPE]
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_ENDINGS = ("ing", "ed", "es", "s")


def stem(word: str) -> str:
    """A crude stem that lets a headline's 'Slams' meet the body's 'slammed' ('slam')."""
    w = word.lower()
    for end in _ENDINGS:
        if w.endswith(end) and len(w) - len(end) >= 3:
            w = w[: -len(end)]
            break
    return w[:-1] if len(w) > 3 and w[-1] == w[-2] else w


def body_words(doc: Doc, start: int) -> tuple[set[str], set[str]]:
    """(stems the body writes in lower case, words it capitalises inside a sentence) from token `start` on."""
    lower, capital = set(), set()
    for tok in doc[start:]:
        text = tok.text
        if not text[:1].isalpha():
            continue
        if text[0].islower():
            lower.add(stem(text))
        elif not tok.is_sent_start and tok.i > 0 and doc[tok.i - 1].text not in ('"', "“", "‘", "'", "(", ":", "—"):
            capital.add(text)
    return lower, capital


def forms(word: str) -> set[str]:
    """The base forms an inflected word may have ('Brings' -> 'bring', 'Allegations' -> 'allegation')."""
    w = word.lower()
    out = {w}
    for end, repl in (("ies", "y"), ("es", ""), ("s", ""), ("ing", ""), ("ing", "e"), ("ed", ""), ("ed", "e")):
        if w.endswith(end) and len(w) - len(end) >= 2:
            out.add(w[: -len(end)] + repl)
    return out


def recased(headline: str, lower: set[str], capital: set[str], common=frozenset()) -> str:
    """The headline with each common word in lower case (same length and characters otherwise): a word the body
    writes in lower case, or one the English word lists know (`common`) that the body never capitalises. The
    first word and words in capitals ("NATO") stay as they are."""
    def fix(m: re.Match) -> str:
        w = m.group(0)
        if m.start() == 0 or not w[0].isupper() or (len(w) > 1 and w.isupper()) or w in capital:
            return w
        return w.lower() if stem(w) in lower or forms(w) & common else w

    return _WORD.sub(fix, headline)


@Language.factory(HEADLINE_CASE)
def make_headline_case(nlp: Language, name: str):
    return HeadlineCase(nlp, name)


class HeadlineCase:
    """Re-parse a title-case opening headline with its common words in lower case (see the module doc)."""

    def __init__(self, nlp: Language, name: str):
        self.nlp, self.name = nlp, name
        self._common: frozenset | None = None

    @property
    def common(self) -> frozenset:
        """The verbs and adverbs of the model's lemmatizer index (WordNet's), if any: a headline's verb is what the
        capitals hide most ("Slams", "Vows"); nouns and adjectives are names as often ("Lund", "Rich")."""
        if self._common is None:
            words: set[str] = set()
            try:
                index = self.nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
                for pos in ("verb", "adv"):
                    words.update(index.get(pos, ()))
            except (KeyError, AttributeError, ValueError):
                pass
            self._common = frozenset(words)
        return self._common

    def __call__(self, doc: Doc) -> Doc:
        from .extract.actors.cands import headline_end

        end = headline_end(doc.text) if len(doc) else 0
        if not end and len(doc) and "\n" not in doc.text.strip():
            # a headline alone (a feed of headlines, "Ostland Expels Envoy Over Spy Row"): no body to learn its common
            # words from, so only the word lists decide; the actors stage still reads it as prose (no body to check)
            end = min(len(doc.text), headline_end(doc.text.rstrip() + "\n"))
        if not end:
            return doc
        n = next((t.i for t in doc if t.idx >= end), len(doc))
        lower, capital = body_words(doc, n)
        head_text = doc.text[:end]
        new_text = recased(head_text, lower, capital, self.common)
        if new_text == head_text:
            return doc
        again = self._parse(new_text)
        if len(again) != n or any(a.text.lower() != b.text.lower() for a, b in zip(again, doc)):
            return doc  # tokenised differently: keep the original parse
        return self._merged(doc, again, n)

    def _parse(self, text: str) -> Doc:
        out = self.nlp.make_doc(text)
        for name, proc in self.nlp.pipeline:
            if name != self.name:
                out = proc(out)
        return out

    @staticmethod
    def _merged(doc: Doc, again: Doc, n: int) -> Doc:
        """`doc` with its first `n` tokens analysed as in `again`. An entity of the first parse whose words all kept
        their case keeps its tokens' analysis ("Ann Lund" stays a person's name; "Bank Abruptly Drops" goes), a word left
        capitalised that was a proper noun stays one, and
        anything after the headline hanging on it (the blank line) is attached to the new headline's root."""
        arr = doc.to_array(ATTRS)
        new = again.to_array(ATTRS)
        changed = {i for i in range(n) if doc[i].text != again[i].text}
        kept = {i for e in doc.ents if e.end <= n and not changed & set(range(e.start, e.end))
                for i in range(e.start, e.end)}
        for e in again.ents:  # an entity of the new parse over a kept name: the kept name decides
            if kept & set(range(e.start, e.end)):
                for i in range(e.start, e.end):
                    new[i, ATTRS.index(ENT_IOB)], new[i, ATTRS.index(ENT_TYPE)] = 2, 0
        for i in kept:
            for attr in (ENT_IOB, ENT_TYPE):
                new[i, ATTRS.index(attr)] = arr[i, ATTRS.index(attr)]
        for i in kept | {i for i in range(n) if i not in changed and doc[i].pos_ == "PROPN"}:
            for attr in (TAG, POS, MORPH, LEMMA):  # a word left capitalised stays the name it was read as
                new[i, ATTRS.index(attr)] = arr[i, ATTRS.index(attr)]
        arr[:n] = new
        head_col = ATTRS.index(HEAD)
        root = next(t.i for t in again if t.head == t)
        for i in range(n, len(doc)):
            if i + int(arr[i, head_col].astype("int64")) < n:
                arr[i, head_col] = (root - i) & 0xFFFFFFFFFFFFFFFF
        out = Doc(doc.vocab, words=[t.text for t in doc], spaces=[bool(t.whitespace_) for t in doc])
        out.from_array(ATTRS, arr)
        if out.text != doc.text:
            return doc
        out.user_data.update(doc.user_data)
        return out
