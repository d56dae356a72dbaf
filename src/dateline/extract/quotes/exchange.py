"""Turn-taking in a quoted exchange: questions are the asker's, answers the other party's.

An interview told as a run of quotation paragraphs with no speech tag ("“Is Lund the enemy?” Brandt asked.¶“He is
secondary, to me, to the rebels.”¶“So you would talk to them?”¶“To anyone who can end it.”") gives every untagged
paragraph to the speaker before it (`direct._no_cue` chains them), so the answers went to the one asking.
`exchange_turns` reads such a run as turns: a question is the asker's, the paragraph after a question the other
party's — the speaker of a tagged answer in or right after the run, else the person named last before the run
other than the asker. Only a real exchange is read so: a question with a question cue ("asked", "pressed"), or
two questions at least each followed by an answer; a speaker's own question and its answer in the next paragraph
('“Why would we pay?” Kell said.¶“We will not.”') stay the speaker's.
"""
from __future__ import annotations

import re
from ...record import Quote

_BREAK = re.compile(r"\n\s*")
_MARKS = " \t\"“”‘’'`"


def _question(q: Quote) -> bool:
    return q.text.rstrip(_MARKS).endswith("?")


def _own_paragraph(text: str, q: Quote) -> bool:
    """Is the quote alone in its paragraph (nothing but marks and punctuation around it)?"""
    ps = text.rfind("\n", 0, q.start) + 1
    pe = text.find("\n", q.end)
    pe = len(text) if pe < 0 else pe
    return not text[ps:q.start].strip(_MARKS) and not text[q.end:pe].strip(_MARKS + ".,")


def _next_turn(text: str, prev: Quote, q: Quote) -> bool:
    """Does the untagged quote `q` open the paragraph right after the one of `prev`, standing alone there?"""
    return q.cue is None and len(_BREAK.findall(text[prev.end:q.start])) == 1 and _own_paragraph(text, q)


def _runs(text: str, quotes: list[Quote]) -> list[list[Quote]]:
    direct = sorted((q for q in quotes if q.kind == "direct"), key=lambda q: q.start)
    runs: list[list[Quote]] = []
    for q in direct:
        if runs and _next_turn(text, runs[-1][-1], q):
            runs[-1].append(q)
        else:
            runs.append([q])
    return [r for r in runs if len(r) >= 2 and any(map(_question, r[:-1]))]


def _asked(run: list[Quote], lex) -> bool:
    return any(_question(q) and (q.cue or "").lower() in lex.question_cues for q in run[:-1])


def _real_exchange(text: str, run: list[Quote], after: Quote | None, lex) -> bool:
    """A question cue in the run, or two questions each answered (a tagged answer opening the next paragraph
    counts, when it is another's: '“So you would talk to them?”¶“To anyone,” Marek said.')."""
    asked = _asked(run, lex)
    seq = run + ([after] if after is not None and len(_BREAK.findall(text[run[-1].end:after.start])) == 1
                 and after.speaker not in (None, run[-1].speaker) else [])
    answered = sum(_question(a) and not _question(b) for a, b in zip(seq, seq[1:]))
    return asked or answered >= 2


def _answerer(run: list[Quote], asker: str, ctx, after: Quote | None, named_ok: bool) -> tuple | None:
    """The other party as (actor id, words, start, end): a tagged answer's speaker in or right after the run, else
    (`named_ok`: the question was asked with a question cue) the last person named before the run other than the
    asker, within about two paragraphs."""
    persons = {a.id for a in ctx.actors if a.kind == "person"}
    for q in run[1:] + ([after] if after is not None else []):
        if q.cue is not None and q.speaker in persons and q.speaker != asker:
            return q.speaker, q.speaker_text, q.speaker_start, q.speaker_end
    named = sorted((m.start, m.end, m.text, a.id) for a in ctx.actors if a.id in persons and a.id != asker
                   for m in a.mentions if m.kind != "pronoun" and m.start < run[0].start)
    if not named_ok or not named or run[0].start - named[-1][0] > 600:
        return None
    start, end, words, aid = named[-1]
    return aid, words, start, end


def exchange_turns(text: str, quotes: list[Quote], ctx, lex) -> None:
    """Give the untagged paragraphs of a quoted exchange to the party whose turn it is (see the module doc)."""
    direct = sorted((q for q in quotes if q.kind == "direct"), key=lambda q: q.start)
    for run in _runs(text, quotes):
        k = direct.index(run[-1])
        after = direct[k + 1] if k + 1 < len(direct) else None
        first = next((q for q in run if _question(q)), None)
        if first is None or first.speaker is None or not _real_exchange(text, run, after, lex):
            continue
        asker = (first.speaker, first.speaker_text, first.speaker_start, first.speaker_end)
        answerer = _answerer(run, first.speaker, ctx, after, _asked(run, lex))
        if answerer is None:
            continue
        turn = {id(run[0]): asker if _question(run[0]) else None}
        for prev, q in zip(run, run[1:]):
            who = asker if _question(q) else answerer if _question(prev) else turn.get(id(prev))
            turn[id(q)] = who
            if who is not None and q.cue is None and q.speaker in (None, first.speaker):
                q.speaker, q.speaker_text, q.speaker_start, q.speaker_end = who
