"""Reports whose speaker is an unresolved "it": the organisation or body it stands for.

`fix_it_speakers` runs after the speaker passes of `turns.py`: "It said the claims were false" is the
organisation or state a name makes the subject of the same or the previous sentence; failing that, a quote
that goes on after a report by an organisation or state ("The Valley Farmers Union said …. “…,” it said.")
is that actor's, the words staying "it"; failing both, the one organisation or state named in the quote's
paragraph or the one before ('… over the objections of the Valley Farmers Union.¶“…,” it said.'), none when two are.
"""
from __future__ import annotations

import re

from ...record import Quote
from ..sentences import sentence_of


def fix_it_speakers(doc, quotes: list[Quote], ctx, text: str | None = None) -> None:
    """A report whose speaker is an unresolved "it" ("It said the claims were false") is the organisation's or
    state's that a name makes the subject of the same or the previous sentence, outside quotation marks, the
    nearest first ("The Kell Group denied the claims. It said …"); none when no such subject is named."""
    pending = [q for q in quotes if q.speaker is None and (q.speaker_text or "").strip().lower() == "it"
               and q.speaker_start is not None]
    if not pending:
        return  # most articles: no mention of any actor needs reading
    _it_subjects(doc, pending, quotes, ctx)
    text = doc.text if text is None else text
    _it_goes_on(text, [q for q in pending if q.speaker is None], quotes, ctx)
    _it_sole_body(doc, text, [q for q in pending if q.speaker is None], quotes, ctx)


def _it_sole_body(doc, text: str, pending: list[Quote], quotes: list[Quote], ctx) -> None:
    """An "it" neither earlier reading resolves is the one organisation or state named (a name or metonym, outside
    quotation marks) between the start of the paragraph before and the pronoun ('The council passed the levy over
    the objections of the Valley Farmers Union.¶“We will not pay,” it said.'); with two bodies named, no one. Speech only,
    and only for an "it" that is the subject of a verb of saying or accusing, not negated and not in a wh-clause
    ("what it says about …")."""
    lex = ctx.knowledge.reporting
    if (lex.cue_model or {}).get("enabled"):
        return  # PolNeAR's broad readings: "it" is as often an expletive or a thing ("It is hard to imagine …")
    pending = [q for q in pending if _says(doc, q, lex)]
    quoted = [(o.start, o.end) for o in quotes if o.kind == "direct"]
    named = [(m.start, a.id) for a in ctx.actors if a.kind in ("organization", "state") for m in a.mentions
             if m.kind in ("name", "metonym") and not any(s <= m.start < e for s, e in quoted)]
    for q in pending:
        para = text.rfind("\n", 0, q.speaker_start)
        window = text.rfind("\n", 0, max(0, para - 1)) + 1 if para > 0 else 0
        while para > 0 and window > 0 and not text[window:para].strip():  # blank lines between paragraphs
            window = text.rfind("\n", 0, window - 1) + 1
        bodies = {aid for start, aid in named if window <= start < q.speaker_start}
        if len(bodies) == 1:
            q.speaker = bodies.pop()  # the words stay "it"


def _it_goes_on(text: str, pending: list[Quote], quotes: list[Quote], ctx) -> None:
    """'According to the Valley Farmers Union, the levy is unfair. “…,” it said.': an "it" no subject resolves
    goes on in the voice of the report right before it (same or previous paragraph) when that speaker is an
    organisation or state actor; never a person's or a plain description's ("Officials said …"). The speaker
    words stay "it": only the actor is resolved, as for a pronoun."""
    bodies = {a.id for a in ctx.actors if a.kind in ("organization", "state")}
    ordered = sorted(quotes, key=lambda x: x.start)
    for q in pending:
        before = [o for o in ordered if o.end <= q.start and o is not q]
        if not before:
            continue
        last = before[-1]
        if last.speaker in bodies and len(re.findall(r"\n\s*", text[last.end:q.start])) <= 1:
            q.speaker = last.speaker  # the words stay "it", as the text says


def _it_subjects(doc, pending: list[Quote], quotes: list[Quote], ctx) -> None:
    """`fix_it_speakers`' first reading: an organisation or state named as a subject nearby."""
    subjects = []  # (sentence start token, mention start, actor id)
    for a in ctx.actors:
        if a.kind not in ("organization", "state"):
            continue
        for m in a.mentions:
            if m.kind not in ("name", "metonym"):
                continue
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None and len(span) and span.root.dep_ in ("nsubj", "nsubjpass"):
                subjects.append((sentence_of(span.root).start, m.start, a.id))
    if not subjects:
        return
    quoted = [(q.start, q.end) for q in quotes if q.kind == "direct"]
    for q in pending:
        tok = doc.char_span(q.speaker_start, q.speaker_end, alignment_mode="expand")
        if tok is None or not len(tok):
            continue
        sent = sentence_of(tok[0])
        prev = sentence_of(doc[sent.start - 1]).start if sent.start > 0 else sent.start
        near = [(start, aid) for s0, start, aid in subjects if prev <= s0 <= sent.start and start < q.speaker_start
                and not any(a <= start < b for a, b in quoted)]
        if near:
            q.speaker = max(near)[1]


def _says(doc, q: Quote, lex) -> bool:
    """Is the quote's "it" the subject of a verb of saying or accusing, not negated, in no wh-clause?"""
    span = doc.char_span(q.speaker_start, q.speaker_end, alignment_mode="expand")
    if span is None or not len(span) or span[0].dep_ != "nsubj":
        return False
    verb = span[0].head
    lemma = verb.lemma_.lower()
    if lemma not in lex.speech and lemma not in lex.accuse:
        return False
    return not any(c.dep_ == "neg" or c.tag_ in ("WDT", "WP", "WRB") for c in verb.children)
