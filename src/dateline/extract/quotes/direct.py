"""Direct quotes: quoted segments that are speech, each with its cue and speaker.

A segment is speech when a reporting cue stands next to it (", he said",
"X said: “…”", "warning: “…”", "according to X, “…”"), when it stands
alone as a sentence after earlier speech (the previous quote's or the
previous sentence's speaker then says it), or when it continues a quote
across a paragraph break. Short quoted phrases with no cue nearby are scare
quotes, titles or names, and are not emitted.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from ...record import Quote
from ..sentences import sentence_of
from .common import ActorLookup, TokenIndex, doc_text
from ...knowledge.reporting import Lexicon
from .marks import Segment, find_segments
from .outer import outer_reporter
from .alone import asked_person, embedding_subject, is_thing, person_above, sole_person, voiced
from .speakers import Speaker, refine_head, resolve, subject_of
from .tags import answer_holder, complement_of, misread_speaker, misread_tag, past_tag_end, reply_tag, sentence_stop, \
    unlisted_cue, writers_aside

_SENT_END = re.compile(r"[.!?][\"”’)\]]*\s+(?=[\"“‘(\[]?[A-Z0-9])")
_WORD = re.compile(r"\w+")
_DEMONSTRATIVES = frozenset(("that", "this", "these", "those"))
_STOP_AFTER = {".", "!", "?", ";"}
_DASH_NAME = re.compile(r"[ \t]*[―—–-]+[ \t]*([A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3})")
# a quotation ending its paragraph and signed on the next line: "—Ana Kell, Lyon.", "- Mayor Tom Reed (@handle)"; the
# name ends the line or is followed by a comma or bracket ("- Trump leads in Ohio" is a list item, no signature)
_SIGNATURE_LINE = re.compile(r"[ \t]*\n+[ \t]*[―—–-]+[ \t]*([A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3})(?=[ \t]*(?:[,(]|\.?[ \t]*\n|\.?$))")
_DETS = {"the", "a", "an", "its", "his", "her", "their", "our", "this", "that"}


def _para_bounds(text: str) -> list[int]:
    """Sorted paragraph start offsets."""
    starts = [0]
    for m in re.finditer(r"\n\s*", text):
        starts.append(m.end())
    return starts


def _cue_verb(tok, lex: Lexicon) -> bool:
    """A reporting verb used as a verb: not an -ing adjective on a noun ("an appealing idea")."""
    return tok.pos_ in ("VERB", "AUX") and not (tok.dep_ == "amod" and tok.tag_ == "VBG") and \
        (lex.is_cue_verb(tok.lemma_.lower()) or lex.is_speech_idiom(tok))


def _according(tok, lex: Lexicon):
    """If tok starts an 'according to' phrase, the phrase's object token."""
    for phrase in lex.according_phrases:
        n = len(phrase)
        if tok.lower_ == phrase[0] and tok.i + n <= len(tok.doc) and \
                all(tok.doc[tok.i + j].lower_ == phrase[j] for j in range(n)):
            last = tok.doc[tok.i + n - 1]
            for child in last.children:
                if child.dep_ == "pobj":
                    return child
            nxt = tok.i + n
            if nxt < len(tok.doc) and tok.doc[nxt].pos_ in ("PROPN", "NOUN", "PRON", "DET"):
                t = tok.doc[nxt]
                while t.head.i != t.i and t.head.i > t.i and t.head.i < t.i + 6 and t.dep_ in ("compound", "det", "amod", "poss", "flat"):
                    t = t.head
                return t
    return None


class _Finder:
    """Cue and speaker finding for the segments of one article."""

    def __init__(self, doc, ctx, lex: Lexicon):
        self.doc, self.ctx, self.lex = doc, ctx, lex
        self.text = doc_text(doc, ctx)
        self.index = TokenIndex(doc)
        self.paras = _para_bounds(self.text)
        self.quoted: list[tuple[int, int]] = []
        self.name_marks: set[int] = set()  # the marks of quoted names inside a tag ('wearing a “Vote Kell” badge')

    def para(self, char: int) -> tuple[int, int]:
        i = bisect_right(self.paras, char) - 1
        start = self.paras[max(i, 0)]
        end = self.paras[i + 1] if i + 1 < len(self.paras) else len(self.text)
        return start, end

    def inside(self, tok, segs: list[Segment]) -> bool:
        return any(s.start <= tok.idx < s.end for s in segs)

    # -- cue search -------------------------------------------------------
    def after_cue(self, seg: Segment, limit: int):
        """A reporting verb right after the closing mark: '“…,” the president stated'."""
        if seg.close is None:
            return None
        inner = self.text[seg.start:seg.end].rstrip("”’\"')]")
        nxt = re.search(r"\w", self.text[seg.close + 1:limit])
        if inner.endswith((".", ".]")) and nxt and nxt.group().isupper():
            return None  # the quote ended its sentence: what follows is a new one
        raw_end = self.text[seg.start:seg.close + 1].rstrip("”’\"'` ")
        # '“…,” Leonard E. Burman, director of the …, said': a long speaker noun phrase may come first
        max_words = 25 if raw_end.endswith((",", "?", "!")) else 6
        words, first = 0, self.index.at(seg.start)
        for tok in self.index.between(seg.close + 1, limit):
            if (tok.text in _STOP_AFTER and (tok.text != "." or sentence_stop(tok))) or \
                    (tok.text in "“\"«" and tok.idx not in self.name_marks):
                return None
            # farther on, only a verb whose clause takes the quote in ('“…” if she loses, said Kell')
            if _cue_verb(tok, self.lex) and (words <= max_words or complement_of(first, seg, tok)):
                return tok
            if (max_words > 6 and unlisted_cue(tok, first, seg)) or misread_tag(tok, seg, self.lex):
                return tok
            if not tok.is_punct and not tok.is_space:
                words += 1
                if words > 25:
                    return None
        return None

    def answer_after(self, seg: Segment, limit: int):
        """The answer noun of a tag such as '“Never,” was Kell's answer.' (`tags.reply_tag`), or None."""
        if seg.close is None:
            return None
        after = next((t for t in self.index.between(seg.close + 1, limit) if not (t.is_punct or t.is_space)), None)
        return reply_tag(seg, after, self.lex) if after is not None and after.text[:1].islower() else None

    def dash_speaker(self, seg: Segment, limit: int):
        """'“…” ― Pamela Padilla': a name after a dash right behind the closing mark."""
        if seg.close is None:
            return None
        m = _DASH_NAME.match(self.text, seg.close + 1, limit)
        if not m:  # a signature line opening the next paragraph: "“…”¶¶— Ana Kell, Lyon."
            m = _SIGNATURE_LINE.match(self.text, seg.close + 1, min(len(self.text), seg.close + 160))
        if not m:
            return None
        tok = self.index.at(m.start(1))
        while tok is not None and tok.head.i != tok.i and tok.head.idx < m.end() and tok.dep_ in ("compound", "flat"):
            tok = tok.head
        if tok is not None and tok.idx < m.start(1) and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].idx < m.end(1):
            tok = tok.doc[tok.i + 1]  # "-Ana Kell": the tokenizer kept the dash on the given name; the surname heads
        return tok

    def before_cue(self, seg: Segment, region_start: int):
        """The reporting cue nearest before the opening mark in the same sentence."""
        toks = self.index.between(region_start, seg.open)
        for tok in reversed(list(toks)):
            if _cue_verb(tok, self.lex) and not _bare_participle(tok) and not writers_aside(tok):
                return tok, "verb"
            if _according(tok, self.lex) is not None:
                return tok, "according"
        return None, None

    def colon_speaker(self, seg: Segment, region_start: int, comma: bool = False, prev_para: bool = False):
        """'X issued a threat: “…”' — the clause before the colon (or comma) says who speaks."""
        end = seg.open
        if prev_para:  # the colon closes the previous paragraph
            end = len(self.text[:region_start] + self.text[region_start:seg.open].rstrip())
        before = self.text[region_start:end].rstrip()
        if not (before.endswith(":") or (comma and before.endswith(","))):
            return None, None
        colon = self.index.at(region_start + len(before) - 1)
        if colon is None or colon.i == 0:
            return None, None
        name = self.bare_name(region_start, colon) if before.endswith(":") else None
        if name is not None:
            return name, colon
        tok = self.doc[colon.i - 1]
        for _ in range(8):
            if tok.lemma_.lower() in self.lex.statement_nouns:
                # 'the statement from the king:' speaks for the king; 'opposed Macron's statement:' does not
                ref = refine_head(tok, self.lex, possessor=tok.dep_ not in ("dobj", "pobj"))
                if ref is not None and ref.i != tok.i:
                    return ref, tok
            if tok.pos_ in ("VERB", "AUX"):
                subj = subject_of(tok, self.quoted, lex=self.lex)
                if not (subj is not None and tok.head.i < colon.i and tok.head.i != tok.i and tok.dep_ in ("ccomp", "conj")
                        and self._a_thing(subj)):
                    subj = refine_head(subj, self.lex)
                    if subj is not None and subj.lemma_.lower() in self.lex.reply_nouns:
                        subj = answer_holder(subj, tok) or subj  # 'For Kell, the answer is simple: “…”'
                    return person_above(subj, self.quoted, self.ctx, self.lex) or subj, tok
                # "…, finding that the dispute was not a matter for the courts: “…”": the finder speaks
            if tok.head.i == tok.i:
                break
            tok = tok.head
        return None, None

    def _a_thing(self, head) -> bool:
        """A common noun naming no person, group or actor ("the dispute", "the decision")."""
        nouns = self.ctx.knowledge.events
        return head.pos_ == "NOUN" and not head.ent_type_ and head.lemma_.lower() not in nouns.person_nouns \
            and head.lemma_.lower() not in nouns.group_nouns and self.ctx.mention_index.get((head.idx, head.idx + len(head))) is None

    def bare_name(self, region_start: int, colon):
        """'Senator Kell: “…”', 'Ruritania's ministry: “…”': a name alone before the colon is the speaker.

        Only a short run of proper nouns (at most five words, a title's period allowed) whose head is a
        person or organisation; 'Update: “…”' or 'Watch: “…”' names no one.
        """
        toks = [t for t in self.index.between(region_start, colon.idx) if not t.is_space]
        words = [t for t in toks if not t.is_punct]
        if not words or len(words) > 5 or any(t.pos_ != "PROPN" and t.tag_ != "POS" for t in words):
            return None
        if any(t.is_punct and t.text not in ".'’" for t in toks):
            return None
        prev = self.doc[toks[0].i - 1] if toks[0].i > 0 else None
        if prev is not None and not toks[0].is_sent_start and not (prev.is_space or prev.text in "\"”’'"):
            return None  # '… said of Mr. Kell: “…”' is no name standing alone
        head = words[-1]
        if head.ent_type_ not in ("PERSON", "ORG") and self.ctx.mention_index.get((head.idx, head.idx + len(head))) is None:
            return None
        return head

    def region_start(self, seg: Segment, prev_end: int) -> int:
        ps, _ = self.para(seg.open)
        start = max(ps, prev_end)
        last = None
        # a quote that opens its sentence keeps the sentence before it in its region: '“…”' right after
        # 'Kell criticized the plan.' may take that cue (the look-ahead cannot see past the opening mark)
        for m in _SENT_END.finditer(self.text, start, seg.open):
            last = m
        return last.end() if last else start

    def opens_sentence(self, seg: Segment, region: int) -> bool:
        """Does the quote open its sentence ('… conclusions. “Woke up …')? (Text before its mark in the region
        ends a sentence; the look-ahead must see the mark and the word after it.)"""
        last = region
        for m in _SENT_END.finditer(self.text, region, min(len(self.text), seg.open + 2)):
            if m.end() <= seg.open:
                last = m.end()
        return not self.text[last:seg.open].strip()

    def speaker_from_verb(self, verb, seg: Segment):
        if verb.pos_ == "NOUN":  # '“…,” Lund notes.' read as a noun phrase (tags.misread_tag)
            return refine_head(misread_speaker(verb), self.lex)
        subj = subject_of(verb, self.quoted, lex=self.lex)
        if self.lex.is_speech_idiom(verb):  # 'X, who owed …, as a diplomat put it, “…”': the idiom's own subject
            subj = max((c for c in verb.lefts if c.dep_ == "nsubj"), key=lambda c: c.i, default=subj)
        if subj is not None and (seg.start <= subj.idx < seg.end or past_tag_end(verb, subj, self.quoted)):
            subj = None  # the parser took the quote's own words (or the next sentence's) as the subject
        if subj is None and seg.close is not None and verb.idx > seg.close:
            # "“…,” said the minister": a noun near the verb outside the quote
            for tok in self.index.between(seg.close + 1, verb.idx + 60):
                if tok.i > verb.i and sentence_stop(tok):
                    break  # not into the next sentence ('“…,” Lund notes. “It …”')
                named = tok.dep_ == "compound" and tok.head.i == verb.i and tok.text[:1].isupper()  # "Lund notes"
                if tok.i != verb.i and tok.pos_ in ("PROPN", "PRON", "NOUN") and (named or tok.dep_ not in ("compound", "poss")):
                    # '“…,” Kell described Lund as …' is no inversion: "Lund" is the verb's object
                    described = tok.dep_ == "dobj" and any(c.lower_ == "as" for c in verb.children)
                    subj = None if described else tok
                    break
        head = verb.head
        if subj is None and verb.dep_ == "acl" and head.pos_ == "NOUN" and not seg.start <= head.idx < seg.end and \
                head.lemma_.lower() in self.ctx.knowledge.events.person_nouns:
            subj = head  # 'a man yelled “Stay there!”' parsed as "a man [who] yelled" before the quote's verb
        subj = refine_head(subj, self.lex)
        return person_above(subj, self.quoted, self.ctx, self.lex) or subj

    def previous_subject(self, seg: Segment, segs: list[Segment], named: bool = False):
        """The subject of the sentence before the quote (for a quote standing alone); with `named`, only a
        name, a personal pronoun or a mention of an actor ("Polls show …" names no speaker)."""
        prev = self._previous_sentence(seg)
        if prev is None:
            return None
        asked = None if self.text[seg.start:seg.end].rstrip("”’\"' ").endswith("?") else \
            asked_person(prev, self.ctx, self.lex, segs)
        if asked is not None:  # 'The Lantern asked Kell about the levy. “…”': the one asked answers (not a question)
            return asked
        subj = subject_of(prev.root, self.quoted, lex=self.lex)
        if subj is None or self.inside(subj, segs) or subj.pos_ not in ("PROPN", "PRON", "NOUN") or \
                subj.lower_ in _DEMONSTRATIVES:  # "That did not sit well with …" names no one
            return self.clause_person(prev, segs)
        subj = refine_head(subj, self.lex)
        if subj is not None and is_thing(subj, self.ctx):  # 'The levy angered Kell.'; 'The bill reads …' has a voice
            return self.clause_person(prev, segs) or sole_person(prev, self.ctx, segs) or \
                (subj if not named and voiced(subj, self.lex) else None)
        if named and subj is not None and subj.pos_ != "PROPN" and subj.lower_ not in ("he", "she", "they") and \
                self.ctx.actor_for(subj.idx, subj.idx + len(subj)) is None:
            return self.clause_person(prev, segs)
        return subj

    def clause_person(self, sent, segs: list[Segment]):
        """When the sentence's own subject names no one ("What the plan means is left to voters, since Ray Lund
        spoke only in vague phrases."), the last named person who is the subject of one of its clauses."""
        people = {a.id for a in self.ctx.actors if a.kind == "person"}
        for tok in reversed(sent):
            if tok.dep_ == "nsubj" and tok.pos_ == "PROPN" and not self.inside(tok, segs) and \
                    self.ctx.actor_for(tok.idx, tok.idx + len(tok)) in people:
                return tok
        return None

    def _previous_sentence(self, seg: Segment):
        tok = self.index.at(seg.open)
        if tok is None or sentence_of(tok).start == 0:
            return None
        return sentence_of(self.doc[sentence_of(tok).start - 1])

    def in_previous_sentence(self, seg: Segment, last: Quote) -> bool:
        """Does the quote before `seg` lie in the sentence right before it ('“…,” Kell wrote. “…”')?"""
        prev = self._previous_sentence(seg)
        return prev is not None and prev.start_char <= last.start < seg.open and \
            not self.text[last.end:seg.open].count("\n")

    def ends_sentence(self, seg: Segment) -> bool:
        """Does the quote end its sentence ('… “Woke up to the news.”' — not '“Make it so” was the slogan')?"""
        i = (seg.close + 1) if seg.close is not None else seg.end
        rest = self.text[i:i + 3].lstrip(" \t")
        return not rest or rest[0] in ".!?\n" or self.text[seg.start:seg.end].rstrip()[-1:] in ".!?"


def _is_name(seg: Segment, text: str, doc, index: TokenIndex, lex: Lexicon, words: list[str]) -> bool:
    """Short quoted names and titles: 'known as the “Radio Control Law”', 'the “one country” model'."""
    if _is_work_title(seg, text, words, lex.title_small_words) and not _introduced_by_speech(seg, doc, index, lex):
        return True
    if _names_the_next_noun(seg, text, index, words, lex.title_small_words):
        return True
    if len(words) > 5:
        return False
    before = index.before(seg.open)
    if before is not None and before.tag_ == "POS" and all(w[:1].isupper() for w in words if len(w) >= 4):
        return True  # "star of television's “Scandal”", "Kell's “Apprentice” years": a title (not "Kell's “mind is shot”")
    k = 0
    while before is not None and before.i > 0 and (before.lower_ in _DETS or before.lower_ == "as" or before.is_space) and k < 3:
        before = doc[before.i - 1]
        k += 1
    if before is not None and before.i < len(doc) and before.idx < seg.open and before.lower_ in lex.name_cues:
        return True
    if seg.close is not None:
        after = index.at(seg.close + 1)
        if after is not None and after.idx <= seg.close + 2 and after.pos_ in ("NOUN", "PROPN") and not after.is_punct:
            prev = index.before(seg.open)
            if prev is not None and prev.lower_ in _DETS | {"'s", "’s"}:
                return True
    return False


def _title_case(words: list[str], small: frozenset[str]) -> bool:
    """Every word of four letters or more is capitalised, except a title's small words ("Flip the Plan with Kell")."""
    return not any(w[:1].islower() for w in words if len(w) >= 4 and w.isalpha() and w not in small)


def _names_the_next_noun(seg: Segment, text: str, index: TokenIndex, words: list[str], small: frozenset[str]) -> bool:
    """A title-case quotation right before a common noun it names: '“Orange Hills of Summer” star Ana Kell', 'a
    “Stop the Dam” rally' — a work's or campaign's name used as a modifier, not speech. The quotation ends in a
    word, not in punctuation ('“We will win,” officials said' is speech)."""
    if seg.close is None or not 1 <= len(words) <= 8 or not words[0][:1].isupper() or not _title_case(words, small):
        return False
    if not text[seg.start:seg.end].rstrip()[-1:].isalnum():
        return False
    after = index.at(seg.close + 1)
    if after is None or after.idx > seg.close + 2 or after.tag_ not in ("NN", "NNS") or not after.text.islower():
        return False
    return text[seg.close + 1:after.idx].strip() == ""


def _is_work_title(seg: Segment, text: str, words: list[str], small: frozenset[str] = frozenset()) -> bool:
    """A title-case phrase quoted inside running prose is the title of a work or programme, not speech:
    'she starred in “Orange Hills of Summer”', 'appeared on “Morning with Kell”', 'his book, “A Quiet Son.”'.

    Every word of four letters or more is capitalised, the phrase holds no sentence break, and the words
    before it in its sentence are prose (some lower-case word, no colon introducing it): a headline in
    title case, or a slogan a speaker is introduced with ('Kell said: “…”'), is not taken for a title.
    """
    if not 2 <= len(words) <= 8 or not words[0][:1].isupper():
        return False
    if not _title_case(words, small) or re.search(r"[.!?;]\s", text[seg.start:seg.end]):
        return False
    before = text[max(0, seg.open - 200):seg.open]
    before = re.split(r"[.!?][\"”’)]*\s+|\n", before)[-1]
    if not before.strip() or before.rstrip().endswith(":"):
        return False
    return any(w.isalpha() and w[:1].islower() and len(w) >= 3 for w in before.split())


def _introduced_by_speech(seg: Segment, doc, index: TokenIndex, lex: Lexicon) -> bool:
    """'she added, “Ana Kell.”': a speech verb and a comma right before the mark introduce an utterance."""
    comma = index.before(seg.open)
    if comma is None or comma.text != "," or comma.i == 0:
        return False
    verb = doc[comma.i - 1]
    return verb.lemma_.lower() in lex.speech or verb.lower_ in lex.speech


def _copy_speaker(q: Quote | None) -> Speaker | None:
    if q is None or q.speaker_text is None:
        return None
    return Speaker(q.speaker_start, q.speaker_end, q.speaker_text, q.speaker)


@dataclass(slots=True)
class _Found:
    """How one quoted segment is attributed: the speaker's head word (or a quote to inherit from)."""
    how: str
    speaker_tok: object = None
    cue: str | None = None
    cue_at: object = None
    inherit: Quote | None = None


@dataclass(slots=True)
class _Place:
    """Where a segment stands: its paragraph, the sentence start before it, the previous quote."""
    ps: int
    pe: int
    next_open: int
    region: int
    gap: str | None
    last: Quote | None
    last_para: int


def _cue_near(f: _Finder, seg: Segment, words: list[str], at: _Place) -> _Found | None:
    """A cue next to the quote: after it ('“…,” she said'), a dash name, before it ('said: “…”').

    A verb before the quote counts when it governs the quote, stands close (under 40 characters),
    is an "according to", or the quote is longer than three words.
    """
    first = f.index.at(seg.start)
    before_tok, before_kind = f.before_cue(seg, at.region)
    governs = before_tok is not None and first is not None and \
        before_tok.i <= first.i <= before_tok.right_edge.i
    answer = None if governs else f.answer_after(seg, at.next_open)
    if answer is not None:  # '“Never,” came the reply from Kell.'
        return _Found("after", answer_holder(answer), answer.text, answer)
    verb = None if governs else f.after_cue(seg, at.next_open)
    if verb is not None:
        return _Found("after", f.speaker_from_verb(verb, seg), verb.text, verb)
    dash = f.dash_speaker(seg, at.next_open)
    if dash is not None:
        return _Found("dash", dash)
    if before_tok is not None:
        near = seg.open - (before_tok.idx + len(before_tok)) < 40
        if len(words) > 3 or near or governs or before_kind == "according":
            if before_kind == "verb" and _inverted_cue_of(at.last, before_tok):
                return _Found("chain", cue=at.last.cue, inherit=at.last)  # '“…,” added a Democrat. “…”'
            if before_kind == "verb":
                before_tok = _main_clause_verb(before_tok, seg)
                return _Found("before", f.speaker_from_verb(before_tok, seg), before_tok.text, before_tok)
            return _Found("before", refine_head(_according(before_tok, f.lex), f.lex), "according to")
    return None


def _bare_participle(tok) -> bool:
    """A passive participle after a subordinator, with neither subject nor agent ('… willing to help if asked. “…”',
    'when asked'), puts no one's words before a quote."""
    if tok.tag_ != "VBN" or tok.i == 0 or tok.doc[tok.i - 1].lower_ not in ("if", "when", "unless", "once", "until"):
        return False
    return not any(c.dep_ in ("nsubj", "nsubjpass", "agent", "aux", "auxpass") for c in tok.children)


def _main_clause_verb(verb, seg: Segment):
    """The cue of a quote introduced by a main clause whose verb is no reporting word ('After Lund criticized
    Vance during a debate, Ana Vance shot back, “…”'): a cue in a subordinate clause ("after", "when" …) gives way
    to its head verb when that verb, with its own subject, stands between it and the quote."""
    head = verb.head
    if verb.dep_ != "advcl" or not verb.i < head.i or head.idx >= seg.open or head.pos_ not in ("VERB", "AUX"):
        return verb
    if not any(c.dep_ == "mark" for c in verb.children) or not any(c.dep_ == "nsubj" for c in head.children):
        return verb
    return head


def _inverted_cue_of(last: Quote | None, verb) -> bool:
    """Is the verb before a quote the cue of the quote before it, with its speaker after it ('“…,” added a party
    official. “…”')? Then the second quote is the same speaker's: the verb's subject stands after it, where the
    parse rarely finds it."""
    if last is None or last.cue != verb.text or not last.end <= verb.idx or last.speaker_start is None:
        return False  # '“…,” Kell said. “…”' too: the verb right after its speaker is the earlier quote's tag
    return last.speaker_start > verb.idx or 0 <= verb.idx - last.speaker_end <= 2


def _colon_cue(f: _Finder, seg: Segment, words: list[str], at: _Place) -> _Found | None:
    """'X warned: “…”' in the same paragraph, or 'X continued:' closing the paragraph before."""
    text = f.text
    long_sentence = len(words) >= 4 and words[0][:1].isupper()
    sp, cue_tok = f.colon_speaker(seg, at.region, comma=long_sentence)
    if cue_tok is None and not text[at.ps:seg.open].strip() and at.ps > 0 and \
            text[:at.ps].rstrip().endswith(":") and (at.last is None or at.last_para < f.para(at.ps - 1)[0]):
        sp, cue_tok = f.colon_speaker(seg, f.para(at.ps - 1)[0], prev_para=True)
    if cue_tok is None:
        return None
    return _Found("colon", sp, cue_tok.text, cue_tok)


def _no_cue(f: _Finder, seg: Segment, words: list[str], at: _Place, segs: list[Segment]) -> _Found | None:
    """A quote with no cue: a continued paragraph or a sentence after earlier speech inherits.

    '“… more.”' opening a paragraph after "“We will win,” she said." is hers (chain); a quote
    standing alone with no earlier quote nearby is the previous sentence's subject's; a short
    phrase with no cue is a scare quote and gives None.
    """
    if seg.continued and at.last is not None:
        return _Found("continued", inherit=at.last)
    if seg.continues:
        return _Found("runs-on")  # the speaker usually comes with the quote's last paragraph
    starts_sentence = f.opens_sentence(seg, at.region)
    if starts_sentence and f.text[at.region:seg.open].strip() and not f.ends_sentence(seg):
        starts_sentence = False  # '… “Make it so” was the slogan': the quote is part of a sentence
    if starts_sentence and at.last is not None and len(words) >= 2 and f.in_previous_sentence(seg, at.last):
        return _chain(f, seg, at.last)  # '“…,” Kell wrote. “That is absurd.”'
    if starts_sentence and f.text[at.region:seg.open].strip() and len(words) >= 4:
        # narration between the last quote and this one: 'Kell began with a tweet. “Woke up to …”'
        subj = f.previous_subject(seg, segs, named=True)
        if subj is not None:
            return _Found("alone", subj)
    if starts_sentence and len(words) >= 4:
        if at.last is not None and at.last_para >= f.para(max(at.ps - 1, 0))[0]:
            return _chain(f, seg, at.last)
        return _Found("alone", f.previous_subject(seg, segs))
    if len(words) >= 6:
        if at.last is not None and at.last_para == at.ps:
            return _Found("unknown", inherit=at.last)
        return _Found("unknown", embedding_subject(f.doc, seg.start, seg.end, f.quoted, f.ctx))
    return None


def _chain(f: _Finder, seg: Segment, last: Quote) -> _Found:
    """The previous quote's speaker, or the one who reported it when it was nested (`outer.outer_reporter`)."""
    verb = outer_reporter(f.index, last, f.lex)
    return _Found("chain", inherit=last) if verb is None else _Found("after", f.speaker_from_verb(verb, seg), verb.text, verb)


def _attribute(f: _Finder, seg: Segment, words: list[str], at: _Place, prev_seg, segs) -> _Found | None:
    """The first rule that attributes the segment (see the module doc), or None when it is no speech."""
    # coordinated partial quotes: 'as a “grave abuse of power” and “contrary to law”'; not a quote that opens
    # the next sentence ('… “never read it.” “We will see,” she said.': the second has its own cue)
    if at.gap is not None and at.last is not None and prev_seg and at.last_para == at.ps and \
            re.fullmatch(r"\s*(?:,|and|or|,\s*and|,\s*or)?\s*", at.gap) \
            and not (at.gap.strip() == "" and re.search(r"[.?!]\W*$", at.last.text)):
        return _Found("coordinated", cue=at.last.cue, inherit=at.last)
    found = _cue_near(f, seg, words, at) or _colon_cue(f, seg, words, at)
    if found is None and seg.single:
        return None
    return found or _no_cue(f, seg, words, at, segs)


def _quote(f: _Finder, seg: Segment, found: _Found, at: _Place, actors) -> Quote:
    """The Quote record: the inherited speaker, or the speaker word resolved to an actor."""
    if found.inherit is not None:
        speaker = _copy_speaker(found.inherit)
    elif found.speaker_tok is None:
        speaker = None
    else:
        speaker = resolve(found.speaker_tok, f.ctx, f.lex, f.quoted, found.cue_at, actors)
        last = at.last
        if speaker is not None and speaker.actor is None and found.speaker_tok.pos_ == "PRON" and \
                last is not None and last.speaker and at.last_para >= f.para(max(at.ps - 1, 0))[0]:
            speaker.actor = last.speaker  # 'he added' right after his earlier quote
    return Quote(id="", kind="direct", text=f.text[seg.start:seg.end], start=seg.start, end=seg.end,
                 speaker=speaker.actor if speaker else None, speaker_text=speaker.text if speaker else None,
                 cue=found.cue, speaker_start=speaker.start if speaker else None,
                 speaker_end=speaker.end if speaker else None)


def _share_runon_speakers(out: list[tuple[Segment, Quote]]) -> None:
    """A quote that runs on into the next paragraph shares its speaker both ways."""
    for (s1, q1), (s2, q2) in reversed(list(zip(out, out[1:]))):
        if s1.continues and s2.continued:
            for a, b in ((q1, q2), (q2, q1)):
                if a.speaker_text is None and b.speaker_text is not None:
                    a.speaker, a.speaker_text = b.speaker, b.speaker_text
                    a.speaker_start, a.speaker_end = b.speaker_start, b.speaker_end


def direct_quotes(doc, ctx, lex: Lexicon, segments: list[Segment] | None = None) -> list[Quote]:
    """Direct quotations with cue and speaker (ids are set by the caller)."""
    text = doc_text(doc, ctx)
    if not len(doc):
        return []
    if segments is None:
        segments = find_segments(text)
    segs = [s for s in segments if not ctx.in_provenance(s.start, s.end)]
    f = _Finder(doc, ctx, lex)
    actors = ActorLookup(doc, ctx)
    f.quoted = [(s.start, s.end) for s in segs]
    names = {s.open for s in segs if _names_the_next_noun(s, text, f.index, _WORD.findall(text[s.start:s.end]),
                                                          lex.title_small_words)}
    f.name_marks = names | {s.close for s in segs if s.open in names}
    out: list[tuple[Segment, Quote]] = []
    prev_end = 0
    for k, seg in enumerate(segs):
        words = _WORD.findall(text[seg.start:seg.end])
        if not words:
            continue
        ps, pe = f.para(seg.open)
        at = _Place(ps=ps, pe=pe,
                    next_open=min(next((s.open for s in segs[k + 1:] if s.open not in names), pe), pe),
                    region=f.region_start(seg, prev_end), gap=text[prev_end:seg.open] if prev_end >= ps else None,
                    last=out[-1][1] if out else None, last_para=f.para(out[-1][0].open)[0] if out else -1)
        prev_end = (seg.close + 1) if seg.close is not None else seg.end
        if _is_name(seg, text, doc, f.index, lex, words):
            continue
        found = _attribute(f, seg, words, at, bool(out) and out[-1][0] is segs[k - 1], segs)
        if found is not None:
            out.append((seg, _quote(f, seg, found, at, actors)))
    _share_runon_speakers(out)
    return [q for _, q in out]
