"""Match the compiled PETRARCH2/TABARI verb dictionary against the dependency parse.

A dictionary pattern names a verb (with particles), words on its subject side, words on its
object side and prepositions ("- * ACCUSATION [016]" under DISMISS: dismissing an accusation is a
rejection; "- * (TO) ..." under RUSH). Here those words are looked up in the parse, not the string:
the object side is every phrase hanging on the verb except its subject and other clauses (objects,
prepositional phrases, complements, the passive subject), the subject side is the subject phrase and
the auxiliaries. The most specific matching pattern wins (PETRARCH2 before TABARI on ties); a pattern
coded "---" or with a CAMEO code PLOVER does not type (public statements) is a decision that the verb
reports no event.

Nominalisations ("the accusation", "their refusal to …", "the attack on X by Y") take the default
code of the verb they derive from.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache

OBJECT_SIDE = frozenset({"dobj", "obj", "prep", "dative", "agent", "xcomp", "attr", "oprd", "acomp",
                         "nsubjpass", "prt", "advmod", "npadvmod", "pcomp"})
SUBJECT_SIDE = frozenset({"nsubj", "aux", "auxpass", "neg"})


@dataclass(frozen=True, slots=True)
class Match:
    code: str            # CAMEO code ("---" when the dictionary says: no event)
    type: str | None     # PLOVER event, None when the code has no PLOVER event
    mode: str | None
    origin: str          # "petrarch2:GROUP" or "tabari"
    words: int           # how many pattern words and prepositions matched (0: the verb's default)
    default_type: str | None  # the verb's default PLOVER type


def _word_in(dic, word: str, forms: set[str], prefixes) -> bool:
    if word.startswith("&"):
        return any(m in forms for m in dic.synsets.get(word, ()))
    if word.endswith("*"):
        return word[:-1] in prefixes()
    return word in forms


def _prefixes(forms: set[str]) -> set[str]:
    """Every prefix of the clause's words (a TABARI stem 'negotiat*' matches when it is one)."""
    return {f[:n] for f in forms for n in range(1, len(f) + 1)}


@dataclass(frozen=True, slots=True)
class _Pattern:
    """One pattern row, compiled for matching: plain words as sets (checked at once), stems and synonym sets apart."""
    n: int                      # words and prepositions it names: the more, the more specific
    particles: frozenset
    preps: frozenset
    obj_plain: frozenset
    obj_other: tuple            # stems ('negotiat*') and synonym sets ('&pledge')
    subj_plain: frozenset
    subj_other: tuple
    code: str
    origin: str


def _special(word: str) -> bool:
    return word.startswith("&") or word.endswith("*")


def _compiled(dic, lemma: str):
    """(defaults [(particles, code, origin)] in dictionary order, patterns most specific first, dictionary order on
    ties) of a verb; built once per verb and kept on the dictionary."""
    got = dic.compiled.get(lemma)
    if got is None:
        defaults, patterns = [], []
        for code, rp, subj, obj, rpreps, origin in dic.verbs.get(lemma, ()):
            n = len(subj) + len(obj) + len(rpreps)
            if n == 0:
                defaults.append((frozenset(rp), code, origin))
                continue
            patterns.append(_Pattern(
                n, frozenset(rp), frozenset(rpreps), frozenset(w for w in obj if not _special(w)),
                tuple(w for w in obj if _special(w)), frozenset(w for w in subj if not _special(w)),
                tuple(w for w in subj if _special(w)), code, origin))
        patterns.sort(key=lambda p: -p.n)  # stable: PETRARCH2 before TABARI on ties, as the build wrote them
        got = dic.compiled[lemma] = (defaults, patterns)
    return got


def _side(toks) -> set[str]:
    return {t.lower_ for t in toks} | {t.lemma_.lower() for t in toks}


def match_verb(dic, tok) -> Match | None:
    """The best pattern of this verb token in its clause, or None when the verb is not listed: the pattern naming
    the most words that all occur (the first such in dictionary order), else the verb's default."""
    lemma = tok.lemma_.lower()
    if lemma not in dic.verbs:
        return None
    defaults, patterns = _compiled(dic, lemma)
    prts = frozenset(c.lower_ for c in tok.children if c.dep_ == "prt")
    obj_toks = [t for c in tok.children if c.dep_ in OBJECT_SIDE for t in c.subtree]
    subj_toks = [t for c in tok.children if c.dep_ in SUBJECT_SIDE for t in c.subtree]
    obj_forms, subj_forms = _side(obj_toks), _side(subj_toks)
    # stems ('negotiat*') need every prefix of the clause's words: built only when a pattern asks
    obj_pre, subj_pre = cache(lambda: _prefixes(obj_forms)), cache(lambda: _prefixes(subj_forms))
    preps = {t.lower_ for t in obj_toks if t.dep_ in ("prep", "agent", "dative", "aux", "mark", "prt")}
    default = next(((code, origin) for rp, code, origin in defaults if rp == prts), None)
    best, best_n = default, 0
    for p in patterns:
        if (p.particles <= prts and p.preps <= preps and p.obj_plain <= obj_forms and p.subj_plain <= subj_forms
                and all(_word_in(dic, w, obj_forms, obj_pre) for w in p.obj_other)
                and all(_word_in(dic, w, subj_forms, subj_pre) for w in p.subj_other)):
            best, best_n = (p.code, p.origin), p.n
            break
    if best is None:
        return None
    dtype = dic.plover(default[0])[0] if default else None
    etype, mode = dic.plover(best[0])
    return Match(best[0], etype, mode, best[1], best_n, dtype)


def match_noun(dic, tok) -> Match | None:
    """A nominalisation's reading: the default of the verb it derives from."""
    verb = dic.nouns.get(tok.lemma_.lower()) or dic.nouns.get(tok.lower_)
    if not verb:
        return None
    got = dic.default(verb)
    if got is None:
        return None
    etype, mode = dic.plover(got[0])
    return Match(got[0], etype, mode, got[1], 0, etype)
