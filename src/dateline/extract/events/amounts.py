"""Nouns that stand between a light verb and its event, and nouns that only look like events.

'sent 20 tonnes of food aid', 'posted a message of support for X': the light verb reaches its event noun
through a measure or a message (`measure_of`); 'a great deal of respect' is an amount and 'Ostland has two
trade agreements' a holding, neither an event (`quantity_or_holding`).
"""
from __future__ import annotations


def measure_of(tok, lex):
    """'20 tonnes of food aid', 'millions of dollars in aid': the counted noun the event noun hangs on; 'a message
    of support', 'an act of aggression', 'words of praise': the act or message that carries it (a noun WordNet
    files as an act or a communication that is no event noun itself); else None."""
    if tok.dep_ != "pobj" or tok.head.dep_ != "prep" or tok.head.lower_ not in ("of", "in"):
        return None
    measure = tok.head.head
    counted = measure.pos_ == "NOUN" and _numbered(measure)
    carrier = measure.pos_ == "NOUN" and tok.head.lower_ == "of" and (
        low := measure.lemma_.lower()) in lex.act_nouns and low not in lex.nouns
    return measure if counted or carrier or measure.ent_type_ in ("QUANTITY", "MONEY", "CARDINAL") else None


def counted_noun(obj, lex):
    """What a measured object counts ('sent 40 tonnes of medical supplies': supplies), else None."""
    inner = next((g for p in obj.children if p.dep_ == "prep" and p.lower_ in ("of", "in")
                  for g in p.children if g.dep_ == "pobj"), None)
    return inner if inner is not None and measure_of(inner, lex) == obj else None


def counted_words(obj, lex) -> set[str]:
    """The words of what a measured object counts ('sent 40 tonnes of medical supplies': supplies), else none."""
    inner = counted_noun(obj, lex)
    return {inner.lower_, inner.lemma_.lower()} if inner is not None else set()


def is_count(tok) -> bool:
    """A noun that only counts or measures what hangs on it ('40 tonnes of scrap', 'millions of dollars'): it says
    how much, not what kind."""
    return tok.pos_ == "NOUN" and (tok.like_num or _numbered(tok)) and any(
        c.dep_ == "prep" and c.lower_ in ("of", "in") for c in tok.children)


def _numbered(tok) -> bool:
    """Does a number modify the noun ('40 tonnes', 'two million')?"""
    return any(c.dep_ == "nummod" or c.like_num for c in tok.children)


def quantity_or_holding(tok, lex) -> bool:
    """'a great deal of respect' is an amount, no deal; 'Ostland has two trade agreements' holds agreements
    made before, it reaches none (an agreement noun counted or plural, the object of a bare 'have')."""
    mods = {c.lower_ for c in tok.children if c.dep_ == "amod"}
    if tok.lemma_.lower() == "deal" and mods & {"great", "good"} and any(
            c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
        return True
    if tok.dep_ != "dobj" or tok.head.lemma_.lower() != "have" or any(c.dep_ == "aux" for c in tok.head.children):
        return False
    counted = tok.tag_ == "NNS" or any(c.dep_ == "nummod" for c in tok.children)
    return counted and any(s.get("type") == "AGREE" for s in lex.nouns.get(tok.lemma_.lower(), ()))
