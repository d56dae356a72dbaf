"""Quantified groups: the mention of a group is the whole quantified phrase ("many Ruritanians", "some
Republicans", "two Ruritanians"), and a bare quantifier standing as a subject ("Many carried signs", "others
criticised the plan") points back to the group just named, as "they" does.
"""
from __future__ import annotations

from .cands import SUBJECT_DEPS, Cand, clause_depth, is_subject, word_ids

# the quantifier's own left words, read with it ("more than 20 million", "at least two")
_QUANT_LEFT = ("det", "amod", "nummod", "quantmod", "predet", "advmod", "compound", "npadvmod")


def _clean(doc, s: int, e: int) -> bool:
    """No entity, punctuation or verb between s and e: the words can join a mention."""
    return all(not t.ent_type_ or t.ent_type_ in ("CARDINAL", "QUANTITY") for t in doc[s:e]) and \
        not any(t.is_punct and t.text not in ("-",) or t.pos_ in ("VERB", "AUX") for t in doc[s:e])


def quantified_start(doc, c: Cand, words) -> int:
    """The first token of the quantified phrase around a group mention: its own lower-case quantifiers and
    modifiers ("many", "some", "other prominent", "two"). A quantity the group is counted by ("hundreds of X", "a
    number of X") is left out: the quantity word is then the clause's subject, and a mention over it made the
    quotes stage read "a number of X condemned the plan" as a report (seed+dev and validation_s26 quote precision
    fell, session 28)."""
    root = doc[c.ts:c.te].root
    s = c.ts
    for ch in reversed([ch for ch in root.lefts if ch.i < c.ts]):
        if ch.dep_ not in _QUANT_LEFT or ch.lower_ in ("the", "a", "an") and ch.dep_ == "det" or \
                not (ch.is_lower or ch.like_num or ch.is_sent_start or ch.lower_ in words.quantifier_pronouns):
            break
        if ch.right_edge.i != s - 1 or not _clean(doc, ch.left_edge.i, s):
            break
        s = ch.left_edge.i
    return s


def widen_groups(finder, cands: list[Cand]) -> None:
    """Group mentions (plural named groups and role-noun groups) take their quantifiers: the mention's span is
    the phrase that names the group ("Some Republicans", "two Ruritanians"); the group's name stays its own
    words, so "some Republicans" and "Republicans" are one group."""
    doc, words = finder.doc, finder.w
    taken = {i for c in cands for i in range(c.ts, c.te)}
    for c in cands:
        if c.akind != "group" or c.mkind not in ("name", "nominal") or not doc[c.te - 1].tag_.endswith("S"):
            continue
        s = quantified_start(doc, c, words)
        if s >= c.ts or any(i in taken for i in range(s, c.ts)):
            continue
        span = doc[s:c.te]
        c.own_words = c.own_words or c.text  # the group's name: "Republican experts", not "More than 80 ..."
        taken.update(range(s, c.ts))
        c.ts, c.start, c.text = s, span.start_char, span.text
        c.subject, c.depth = is_subject(span.root), clause_depth(span.root)


def quantifier_pronouns(finder, in_quote) -> list[Cand]:
    """A bare quantifier as a subject ("Many carried signs", "Some walked out", "others disagreed"): a plural
    pronoun (resolved as "they" is, to the group or body named in this or the previous sentence), not in a
    quotation and not heading a phrase of its own ("many of them", "some voters")."""
    doc, out = finder.doc, []
    wanted = word_ids(finder.w.quantifier_pronouns)  # hashes: no string built per token
    for i, low_id in enumerate(finder.lower_ids):
        if low_id not in wanted:
            continue
        tok = doc[i]
        if tok.dep_ not in SUBJECT_DEPS or in_quote(tok.idx):
            continue
        if any(ch.dep_ in ("prep", "compound", "amod", "nummod") for ch in tok.children) or tok.head.pos_ != "VERB":
            continue
        s = min((ch.left_edge.i for ch in tok.lefts if ch.dep_ in ("advmod", "det", "predet")), default=tok.i)
        c = finder.cand(s, tok.i + 1, "pronoun", "group")
        c.plural, c.subject, c.needs_antecedent = True, True, True
        out.append(c)
    return out
