"""Where a source phrase ends: a learned decision over the phrase head's right-hand dependents.

A quote's source is a noun phrase, and what follows its head is sometimes part of who speaks
and sometimes not: "Ana Ruiz, a lawyer for the Kell Foundation, said" keeps its apposition,
"Ana Ruiz, who has long opposed the plan, said" is usually written down without the relative
clause, "Kell's aides said" keeps its possessive ending, "the voters both said" drops the
floating "both". Instead of growing the hand list in `speakers.full_span`, each dependent to
the right of the head's core noun phrase is one *piece* (with the punctuation before it), and
a logistic regression over the piece's construction says whether it belongs to the source.
Pieces are taken left to right while the model keeps them; the first one it drops ends the
phrase (a source is one contiguous span). A piece that holds the cue is never taken.

The weights are trained by `scripts/train_source_span.py` on PolNeAR *train* attributions
(never dev or test) and ship as plain JSON (`knowledge/data/quotes/source_span.json`:
feature -> weight, bias, threshold), loaded with the reporting lexicon (`Lexicon.source_span`), so a
user's `--knowledge DIR` file of that name overrides it (`{"enabled": false}`: the hand rules decide).
"""
from __future__ import annotations

import math

_WORD_FIRST = {"who", "whom", "whose", "which", "that", "where", "when", "while", "after", "before", "as",
               "including", "like", "both", "all", "each", "alone", "himself", "herself", "themselves",
               "now", "then", "also", "too", "speaking", "according", "'s", "’s", "'", "’"}


def pieces(head, core_right: int, cue=None) -> list[tuple[object, int, int]]:
    """(dependent, first token, last token) for each right-hand dependent of `head` after the core noun
    phrase (which ends at token `core_right`), each piece taking the punctuation before it. Stops before
    a dependent that holds the cue: "a message on Twitter blaming Iran" never reaches "blaming"."""
    out, start = [], core_right + 1
    for child in head.rights:
        if child.i <= core_right:
            continue
        if cue is not None and child.left_edge.i <= cue.i <= child.right_edge.i:
            break
        if child.is_punct and child.dep_ == "punct":
            continue  # joins the next piece
        last = child.right_edge.i
        out.append((child, start, last))
        start = last + 1
    return out


def _bucket(n: int) -> str:
    return "1" if n == 1 else "2-3" if n <= 3 else "4-8" if n <= 8 else "9-15" if n <= 15 else "16+"


def features(head, child, first: int, last: int, index: int, cue=None) -> list[str]:
    """Sparse features of one piece: its dependency, its opening word, the punctuation before it, what the
    head is, the piece's length and whether it holds a verb or a quotation mark."""
    doc = head.doc
    words = [t for t in doc[first:last + 1] if not t.is_punct and not t.is_space]
    opener = words[0] if words else child
    op = opener.lower_ if opener.lower_ in _WORD_FIRST else opener.pos_
    punct = "".join(t.text for t in doc[first:child.left_edge.i] if t.is_punct)[:3] or "-"
    hkind = head.ent_type_ or head.pos_
    dep = child.dep_
    verb = any(t.pos_ in ("VERB", "AUX") for t in words)
    quote = any(t.text in ("\"", "“", "”", "''", "``") for t in doc[first:last + 1])
    n = len(words)
    f = ["dep=" + dep, "op=" + op, "p=" + punct, "h=" + hkind, "dep|op=" + dep + "|" + op,
         "dep|p=" + dep + "|" + punct, "dep|h=" + dep + "|" + hkind, "len=" + _bucket(n),
         "dep|len=" + dep + "|" + _bucket(n), "verb=" + str(verb), "dep|verb=" + dep + "|" + str(verb),
         "quote=" + str(quote), "idx=" + str(min(index, 3)), "cpos=" + child.pos_, "dep|cpos=" + dep + "|" + child.pos_,
         "hdep=" + head.dep_, "ctag=" + child.tag_]
    if dep == "prep":
        f += ["prep=" + child.lower_, "prep|p=" + child.lower_ + "|" + punct]
        if cue is not None:
            f.append("prep|cue_side=" + child.lower_ + "|" + ("after" if cue.i > last else "before"))
    if dep in ("relcl", "acl"):
        f.append("verb=" + child.lemma_.lower())
    nxt = next((t for t in doc[last + 1:last + 4] if not t.is_space), None)
    follows = "end" if nxt is None else "cue" if cue is not None and nxt.i == cue.i else \
        ("p" + nxt.text[:1] if nxt.is_punct else "word")
    f += ["next=" + follows, "dep|next=" + dep + "|" + follows]
    if child.ent_type_:
        f.append("cent=" + child.ent_type_)
    if cue is not None:
        f.append("cue_side=" + ("after" if cue.i > last else "before"))
        f.append("dep|cue_side=" + dep + "|" + ("after" if cue.i > last else "before"))
    return f


def probability(model: dict, feats: list[str]) -> float:
    w = model["weights"]
    z = model["bias"] + sum(w.get(x, 0.0) for x in feats)
    return 1.0 / (1.0 + math.exp(-max(min(z, 30.0), -30.0)))


def learned_right(head, core_right: int, cue=None, model: dict | None = None) -> int | None:
    """The last token of the source phrase headed by `head` (core noun phrase ending at `core_right`), as
    `model` (`Lexicon.source_span`) reads its right-hand dependents; None without a model."""
    if model is None:
        return None
    right = core_right
    for index, (child, first, last) in enumerate(pieces(head, core_right, cue)):
        if probability(model, features(head, child, first, last, index, cue)) < model["threshold"]:
            break
        right = last
    return right
