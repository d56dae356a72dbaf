"""A reported speech's "he" or "she" that the actors stage gave to no one or to a person of the other gender.

'Ana Kell met Paul Lund on Monday. He said that the levy would stay.' — when the pronoun subject of an indirect or
mixed quote was read as Ana Kell (a woman by her given name or title) or as nobody, the speaker is the nearest
person named before the quote, outside quotation marks and not talked about in it, whose gender the pronoun fits
(`turns.fix_pronoun_speakers` does the same for direct quotes' tags). A person whose gender nothing tells fits
either pronoun; a pronoun read as an actor of the right (or an unknown) gender is left alone.
"""
from __future__ import annotations

from .turns import _nearest_speaker, person_gender
from ...record import Quote

_PERSON_KINDS = ("person", "anonymous")
_PRONOUNS = ("he", "she", "him", "her")
_OBJECTS = ("him", "her")  # the object of 'led her to declare that “…”' (object control), direct quotes too


def fix_reported_pronouns(text: str, quotes: list[Quote], ctx) -> None:
    """Re-resolve the "he"/"she" ("him"/"her") speaker of indirect and mixed quotes, and the "him"/"her" of direct
    ones (the direct tags' he/she are `turns.fix_pronoun_speakers`'), read as no one or as the other gender."""
    words = ctx.knowledge.actor_words
    reported = [q for q in quotes if (q.speaker_text or "").strip().lower() in
                (_PRONOUNS if q.kind in ("indirect", "mixed") else _OBJECTS)]
    if not reported:
        return
    by_id = {a.id: a for a in ctx.actors}
    genders = {a.id: person_gender(a, words, text) for a in ctx.actors if a.kind in _PERSON_KINDS}
    mentions = sorted((m.start, m.end, a.id) for a in ctx.actors if a.kind in _PERSON_KINDS
                      for m in a.mentions if m.kind != "pronoun")
    starts = [m[0] for m in mentions]
    spans = sorted((q.start, q.end) for q in quotes if q.kind == "direct")
    for q in reported:
        want = words.pronoun_gender.get(q.speaker_text.strip().lower())
        actor = by_id.get(q.speaker)
        if actor is not None and (actor.kind not in _PERSON_KINDS or genders.get(actor.id) in (None, want)):
            continue
        fits = {aid for aid, g in genders.items() if g in (None, want)}
        q.speaker = _nearest_speaker(q, None, mentions, starts, spans, by_id, text, fits) or q.speaker
