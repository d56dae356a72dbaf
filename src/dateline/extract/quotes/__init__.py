"""Direct and indirect speech with resolved speakers.

`extract_quotes(doc, ctx)` reads quotation marks (`marks.py`) and the
dependency parse that the pipeline already made: a direct quote's cue is the
reporting verb or colon next to it, an indirect quote is a reporting verb's
content clause; the speaker comes from `speakers.py`. No second model pass.
"""
from __future__ import annotations

import re

from .direct import direct_quotes
from .exchange import exchange_turns
from .indirect import indirect_quotes
from .marks import find_segments
from .common import TokenIndex, doc_text, take_voice
from .unreal import thing_intends, unreal_attitude, unsaid_speech
from .unsaid import (asked_not_told, framed_gerund, headline_object, hypothetical, measured_source,
                     sourceless_stance, unsourced_report)
from .itvoice import fix_it_speakers
from .pronouns import fix_reported_pronouns
from .turns import (asked_question, code_spans, fix_pronoun_speakers, headline_attributions,
                    headline_fragment, in_code, interview_turns, mental_state, no_source, not_speech, strip_markup)
from ...record import Quote

__all__ = ["extract_quotes"]


def extract_quotes(doc, ctx) -> list[Quote]:
    """Every quotation in the article (direct, then indirect), in text order, with its speaker."""
    lex = ctx.knowledge.reporting
    text = doc_text(doc, ctx)
    segments = find_segments(text)
    direct = direct_quotes(doc, ctx, lex, segments)
    absorbed: set[tuple[int, int]] = set()
    indirect = indirect_quotes(doc, ctx, lex, direct, segments, absorbed)
    direct = _absorb(direct, indirect, absorbed)
    index = TokenIndex(doc)
    _speaker_of_enclosing_report(direct, indirect)
    _participle_after_tag(direct, indirect, text)
    _continues_report(direct, indirect, text)
    indirect = [q for q in indirect if not _restates(q, indirect, index)]
    indirect = [q for q in indirect if not any(_frames(q, o, index) and _same_speaker(q, o) for o in indirect)]
    code = code_spans(text)
    quotes = [q for q in map(strip_markup, direct + indirect)
              if q is not None and not in_code(q, code) and not not_speech(q, index, ctx, lex) and not no_source(q, index, lex)
              and not mental_state(q, index, lex) and not headline_fragment(q, text, lex)
              and not asked_question(q, index, lex) and not unreal_attitude(q, index, text, lex)
              and not thing_intends(q, index, ctx, lex) and not unsaid_speech(q, index, lex)
              and not hypothetical(q, index, lex)
              and not measured_source(q, ctx, lex) and not headline_object(q, text, index, lex)]
    quotes = interview_turns(text, quotes, ctx, lex, index)
    quotes = headline_attributions(doc, text, quotes, ctx, lex, index)
    fix_pronoun_speakers(text, quotes, ctx, index)
    fix_reported_pronouns(text, quotes, ctx)
    exchange_turns(text, quotes, ctx, lex)
    fix_it_speakers(doc, quotes, ctx, text)
    quotes = [q for q in quotes if not sourceless_stance(q, index, ctx, lex) and not unsourced_report(q, lex)
              and not asked_not_told(q, index, lex) and not framed_gerund(q, index, lex)]
    quotes = sorted(quotes, key=lambda q: (q.start, q.end))
    for i, q in enumerate(quotes, 1):
        q.id = f"q{i}"
    return quotes


def _absorb(direct: list[Quote], indirect: list[Quote], absorbed: set[tuple[int, int]]) -> list[Quote]:
    """Drop the direct quotes a mixed quote took in ("said that “…”" is one quote); the mixed quote
    keeps the direct one's speaker when its own cue gave none."""
    if not absorbed:
        return direct
    keep = []
    for d in direct:
        if (d.start, d.end) not in absorbed:
            keep.append(d)
            continue
        for m in indirect:
            if m.kind == "mixed" and m.start <= d.start and d.end <= m.end and m.speaker_text is None:
                m.speaker, m.speaker_text = d.speaker, d.speaker_text
                m.speaker_start, m.speaker_end, m.cue = d.speaker_start, d.speaker_end, m.cue or d.cue
    return keep


def _speaker_of_enclosing_report(direct: list[Quote], indirect: list[Quote]) -> None:
    """A quoted phrase with no speaker that opens inside a report's clause is the reporter's words ("Kell said the
    plan was “a giveaway.” But …": the parser may end the sentence at the mark, so no cue was found for it)."""
    for d in direct:
        if d.speaker_text is not None:
            continue
        outer = [m for m in indirect if m.start < d.start < m.end and m.speaker_text is not None]
        if outer:
            take_voice(d, min(outer, key=lambda m: m.end - m.start))  # the report nearest the words


# after a quote's tag: up to four words (the verb, "on Monday"), a comma, adverbs, then the participle cue
_AFTER_TAG = re.compile(r"(?:[ \t]+[\w.'’-]+){0,4}[ \t]*,[ \t]+(?:(?:not|even|also|further|again|then|later)[ \t]+)*"
                        r"(\w+ing)\b")


def _participle_after_tag(direct: list[Quote], indirect: list[Quote], text: str) -> None:
    """A participle report with no speaker right after a quote's tag is the tag speaker's ('“…,” Kell said, not
    even suggesting that …'): the parser hangs the participle on the quote's own verb, whose subject lies inside
    the marks, so the climb to a subject finds none. The tag's speaker words end at most four words before the
    participle's comma, with no sentence end or paragraph break between."""
    for q in indirect:
        if q.speaker_text is not None or not (q.cue or "").lower().endswith("ing"):
            continue
        for d in direct:
            if d.speaker_text is None or d.speaker_end is None or not d.end <= d.speaker_start < q.start:
                continue
            m = _AFTER_TAG.match(text, d.speaker_end)
            lead = text[d.end:d.speaker_start].lstrip("\"”’' ,")  # the tag's verb before an inverted speaker
            if m and m.group(1) == q.cue and m.end() <= q.start and "\n" not in text[d.end:m.start(1)] and \
                    not re.search(r"[.?!]", lead):
                take_voice(q, d)
                q.cue = m.group(1)
                break


_SENTENCE_END = re.compile(r"[.?!][\"”’')\]]*\s+[\"“'`‘]+$")


def _continues_report(direct: list[Quote], indirect: list[Quote], text: str) -> None:
    """A quoted sentence with no cue right after a report in the same paragraph goes on in the reporter's voice
    ("Back then, Ms. Kell said, she found him ''quiet'' and kind. ''At that time, we all wanted …''"): the report
    before it has a speaker, no other quotation stands between them, and the quote opens a sentence of four words
    or more. Direct quotes chain to direct ones already (`direct._no_cue`); this reads an indirect report too."""
    reports = sorted((q for q in direct + indirect if q.speaker_text is not None), key=lambda q: q.end)
    starts = sorted(q.start for q in direct + indirect)
    for d in direct:
        if d.speaker_text is not None or d.cue is not None or len(d.text.split()) < 4:
            continue
        before = [q for q in reports if q.end <= d.start and "\n" not in text[q.end:d.start]]
        if not before:
            continue
        last = before[-1]
        between = text[last.end:d.start]
        if any(last.end <= s < d.start for s in starts) or not _SENTENCE_END.search(text[last.end - 1:d.start]) \
                or len(between.split()) > 12 or not _ends_sentence(d, text):
            continue
        take_voice(d, last)


def _ends_sentence(q: Quote, text: str) -> bool:
    """Is the quote a sentence of its own: it ends in . ? ! or its paragraph ends after it ('“…,” is a common
    saying here' is a subject, no sentence)?"""
    rest = text[q.end:q.end + 8].lstrip("\"”’'` \t")
    return q.text.rstrip("\"”’'` ")[-1:] in (".", "?", "!") or not rest or rest[0] in ".?!\n"


def _same_speaker(a: Quote, b: Quote) -> bool:
    return (a.speaker is not None and a.speaker == b.speaker) or \
        (a.speaker is None and b.speaker is None and a.speaker_text == b.speaker_text)


def _restates(q: Quote, others: list[Quote], index: TokenIndex) -> bool:
    """An indirect report nested in a longer one by the same speaker ('added that he intends to …'); not one whose
    cue an adjective only frames ('was quick to point out that …': "point out" reports, "quick to" frames it)."""
    return any(o is not q and o.start <= q.start and q.end <= o.end and (o.start, o.end) != (q.start, q.end)
               and _same_speaker(o, q) and not _frames(o, q, index) for o in others)


def _frames(outer: Quote, inner: Quote, index: TokenIndex) -> bool:
    """Is the outer report only a frame of the inner one's cue: an adjective's to-infinitive whose verb is that cue
    ('quick to [point out] that …'), or an object "it" with that adjective ('made [it clear] that …')?"""
    first = index.at(outer.start)
    if first is None or inner.cue is None or not outer.start <= inner.start:
        return False
    if first.lower_ == "it":
        return first.head.text == inner.cue and first.head.pos_ == "ADJ" and first.head.i == first.i + 1
    verb = first.head
    return first.lower_ == "to" and verb.text == inner.cue and verb.dep_ == "xcomp" and verb.head.pos_ == "ADJ" and \
        verb.head.idx < outer.start
