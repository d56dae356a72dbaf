"""Who speaks a quote that stands alone after a sentence whose subject names no one (issue 10).

`direct.previous_subject` gives a cueless quote the subject of the sentence before it ('Kell took to Twitter.
“Woke up to …”'). Two kinds of sentence name the speaker elsewhere:

- a question put to someone: 'The Lantern asked Mayor Kell about the levy. “We will not pay.”' — the one asked
  answers (`asked_person`), not the asker;
- a sentence whose subject is a thing or a demonstrative, with one person in it: 'The levy has angered Mayor
  Kell.', 'For Mayor Kell, the levy is personal.', 'That did not sit well with Mayor Kell.' — the one person the
  sentence names outside quotation marks speaks (`sole_person`); with two or more, no one is guessed.

A cue whose subject is a thing ('Lund said the levy reminds him of the old tax, explaining, “…”': the participle
borrows the subject of "reminds") names the person of the clause above it (`person_above`).

A quoted passage inside a sentence with no cue ('Kell wants the levy “gone by spring, and gone for good.”') is
the words of the subject of the clause it belongs to, when that subject names a person (`embedding_subject`).
"""
from __future__ import annotations

from .speakers import subject_of

_ASKED_ABOUT = frozenset({"about", "on", "over", "regarding"})
_UP = frozenset({"ccomp", "advcl", "xcomp", "acomp", "conj", "pcomp"})  # a clause's way up to the one above
_PERSONAL = frozenset({"he", "she", "they", "we", "i"})
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


def embedding_subject(doc, start: int, end: int, quoted, ctx):
    """The subject of the clause a quoted passage [start, end) is part of ('Kell wants the levy “gone by …”',
    'Kell took aim at “the people who …”'), when it is a name or personal pronoun of a person actor, else None.
    The climb leaves the marks from the passage's widest top word and stops at the first verb outside them; a
    relative clause's verb gives no one, and neither does a whole quoted sentence (a cited text, no partial quote)."""
    first = next((t.i for t in doc if t.idx >= start), len(doc))
    inside = [t for t in doc[first:] if t.idx < end] if first < len(doc) else []
    tops = [t for t in inside if t.head.i == t.i or not start <= t.head.idx < end]  # the passage's top words
    if not tops or any(c.dep_ in ("nsubj", "nsubjpass") and start <= c.idx < end for t in tops for c in t.children):
        return None  # a whole quoted sentence ('forwarded an article with the line “every farmer will pay …”')
    tok = max(tops, key=lambda t: t.right_edge.i - t.left_edge.i)
    for _ in range(12):
        if tok is None or tok.head.i == tok.i:
            return None
        tok = tok.head
        if not start <= tok.idx < end and tok.pos_ in ("VERB", "AUX"):
            break
    else:
        return None
    if start <= tok.idx < end or tok.pos_ not in ("VERB", "AUX") or tok.dep_ in ("relcl", "acl"):
        return None  # 'an article that included the line “…”': the words are the article's
    subj = subject_of(tok, quoted)
    if subj is None or subj.pos_ not in ("PROPN", "PRON") or start <= subj.idx < end or \
            any(s <= subj.idx < e for s, e in quoted):
        return None
    aid = ctx.actor_for(subj.idx, subj.idx + len(subj))
    return subj if aid is not None and any(a.id == aid and a.kind == "person" for a in ctx.actors) else None


def voiced(subj, lex) -> bool:
    """Do the words name something that can carry a statement ('the statement', 'the poll', 'the ad')?"""
    lemma = subj.lemma_.lower()
    return any(lemma in words or subj.lower_ in words for words in (
        lex.statement_nouns, lex.document_nouns, lex.speaking_nouns, lex.source_nouns, lex.measurement_nouns))


def person_above(subj, quoted, ctx, lex):
    """When a direct quote's cue takes a thing as its subject — a common noun no one speaks for ('the levy') or a
    gerund clause ('keeping Lund in office') — the subject of the clause it hangs from, when that names someone
    (an actor, or a personal pronoun): 'Lund said the levy reminds him of …, explaining, “…”', 'Kell is sure that
    keeping Lund in office will make things worse: “…”'. Documents and statements keep their voice; None when no
    clause above has a subject, or the first one found is no one either."""
    if subj is None or voiced(subj, lex):
        return None
    gerund = subj.dep_ == "csubj" and subj.pos_ == "VERB"
    if not gerund and not is_thing(subj, ctx):
        return None
    tok = subj.head
    for _ in range(4):
        if tok.dep_ not in _UP or tok.head.i == tok.i:
            return None
        tok = tok.head
        if any(s <= tok.idx < e for s, e in quoted):
            return None
        own = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if own is None:
            continue
        named = own.pos_ in ("PROPN", "NOUN") and ctx.actor_for(own.idx, own.idx + len(own)) is not None
        return own if named or own.lower_ in _PERSONAL else None
    return None
