"""Whose words a quote continues when the quote before it was nested in another report (issue 10).

"His rivals have mocked the plan, calling it “a giveaway,” Ana Kell said.¶“But it is our giveaway!”": the partial
quote "a giveaway" is the rivals' (its cue "calling" hangs on their verb), but it is Ana Kell who reports it — the
speech verb of the tag after it — and the quotation that follows her report goes on in her voice, not theirs.
"""
from __future__ import annotations

from ...record import Quote
from .turns import _cue_token


def outer_reporter(index, last: Quote, lex):
    """The speech verb that reports the previous quote from outside its own clause: an ancestor of that quote's
    cue, a verb of saying with a subject of its own, standing after the quote (the tag '…, Ana Kell said');
    None when the quote's own cue is the outermost report."""
    if last is None or not last.cue or last.kind != "direct":
        return None
    cue = _cue_token(index, last)
    if cue is None:
        return None
    for verb in cue.ancestors:
        if verb.pos_ == "VERB" and verb.lemma_.lower() in lex.speech and verb.idx >= last.end and \
                any(c.dep_ == "nsubj" and c.idx >= last.end for c in verb.children):
            return verb
    return None
