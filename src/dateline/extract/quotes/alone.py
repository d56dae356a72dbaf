"""Who speaks a quote that stands alone after a sentence whose subject names no one (issue 10).

`direct.previous_subject` gives a cueless quote the subject of the sentence before it ('Kell took to Twitter.
“Woke up to …”'). Two kinds of sentence name the speaker elsewhere:

- a question put to someone: 'The Lantern asked Mayor Kell about the levy. “We will not pay.”' — the one asked
  answers (`asked_person`), not the asker;
- a sentence whose subject is a thing or a demonstrative, with one person in it: 'The levy has angered Mayor
  Kell.', 'For Mayor Kell, the levy is personal.', 'That did not sit well with Mayor Kell.' — the one person the
  sentence names outside quotation marks speaks (`sole_person`); with two or more, no one is guessed.
"""
from __future__ import annotations

_ASKED_ABOUT = frozenset({"about", "on", "over", "regarding"})
_SPEAKING_CLASSES = frozenset({"person", "group"})


def is_thing(subj, ctx) -> bool:
    """A common noun no actor stands for whose first WordNet sense is no person or group ('the levy', 'the
    decision', 'the news'): it speaks for no one."""
    if subj.pos_ != "NOUN" or subj.ent_type_ or ctx.actor_for(subj.idx, subj.idx + len(subj)) is not None:
        return False
    lemma, classes = subj.lemma_.lower(), ctx.knowledge.actor_words.noun_classes
    return any(lemma in words for name, words in classes.items() if name not in _SPEAKING_CLASSES)


def _person_token(sent, segs, start: int, end: int):
    """The last word of the person mention [start, end) in `sent`, outside quotation marks."""
    toks = [t for t in sent if start <= t.idx < end and not any(s.start <= t.idx < s.end for s in segs)]
    return toks[-1] if toks else None


def sole_person(sent, ctx, segs):
    """The one person actor the sentence mentions outside quotation marks (its last word), else None."""
    people = {a.id for a in ctx.actors if a.kind == "person"}
    found: dict[str, tuple[int, int]] = {}
    for (s, e), aid in ctx.mention_index.items():
        if aid in people and sent.start_char <= s and e <= sent.end_char:
            if not any(g.start <= s < g.end for g in segs):
                found.setdefault(aid, (s, e))
    if len(found) != 1:
        return None
    (s, e), = found.values()
    return _person_token(sent, segs, s, e)


def asked_person(sent, ctx, lex, segs):
    """The person a question is put to in the sentence ('X asked Kell about the levy', 'pressed Kell on whether …'),
    else None: a question verb (`lex.question_cues`) with a person object and a topic (about/on …, or a clause)."""
    root = sent.root
    if root.lower_ not in lex.question_cues:
        return None
    obj = next((c for c in root.children if c.dep_ == "dobj"), None)
    topic = any((c.dep_ == "prep" and c.lower_ in _ASKED_ABOUT) or c.dep_ in ("ccomp", "xcomp") for c in root.children)
    if obj is None or not topic or any(s.start <= obj.idx < s.end for s in segs):
        return None
    aid = ctx.actor_for(obj.idx, obj.idx + len(obj))
    if aid is None or not any(a.id == aid and a.kind == "person" for a in ctx.actors):
        return None
    return obj
