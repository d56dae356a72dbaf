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
from weakref import WeakKeyDictionary

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


def _word_in(dic, word: str, forms: set[str], prefixes: "_Prefixes") -> bool:
    if word.startswith("&"):
        return any(m in forms for m in dic.synsets.get(word, ()))
    if word.endswith("*"):
        return prefixes.has(word[:-1])
    return word in forms


class _Prefixes:
    """Which stems the clause's words start with (a TABARI stem 'negotiat*' matches a word it is a prefix of): each
    stem a pattern asks for is tested once per clause, against each word (not every prefix of every word built)."""

    __slots__ = ("forms", "seen")

    def __init__(self, forms: set[str]):
        self.forms, self.seen = forms, {}

    def has(self, stem: str) -> bool:
        got = self.seen.get(stem)
        if got is None:
            got = self.seen[stem] = bool(stem) and any(f.startswith(stem) for f in self.forms)
        return got


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


STEM_KEY = 3  # a stem ('negotiat*') is looked up by its first letters: a clause word must start with them


@dataclass(slots=True)
class _Verb:
    """A verb's patterns compiled for matching, with an index that finds the few patterns a clause can satisfy: each
    pattern is filed under one thing it requires (a plain word of one side, a preposition, a particle, a synonym set,
    a stem's first letters); patterns that require nothing indexable are tried on every clause."""
    defaults: list      # [(particles, code, origin)] in dictionary order
    patterns: list      # most specific first, dictionary order on ties
    obj: dict           # word -> positions in `patterns`; likewise below
    subj: dict
    preps: dict
    prts: dict
    obj_stems: dict     # first STEM_KEY letters of a stem -> positions
    subj_stems: dict
    obj_sets: dict      # synonym set ('&pledge') -> positions
    subj_sets: dict
    free: tuple         # positions of patterns that name nothing indexable


def _index_key(p: _Pattern) -> tuple[str, str] | None:
    """(field of _Verb, key) under which pattern p is filed: it can hold only if the clause has that word, preposition,
    particle, a member of that synonym set or a word with that stem's first letters; None when p names none."""
    for field, plain in (("obj", p.obj_plain), ("subj", p.subj_plain), ("preps", p.preps), ("prts", p.particles)):
        if plain:
            return field, max(sorted(plain), key=len)
    for field, other in (("obj", p.obj_other), ("subj", p.subj_other)):
        for w in other:
            if w.startswith("&"):
                return field + "_sets", w
            if len(w) - 1 >= STEM_KEY:
                return field + "_stems", w[:STEM_KEY]
    return None


_MEMBERS: WeakKeyDictionary = WeakKeyDictionary()  # dictionary -> {word: the synonym sets it is a member of}


def _synsets_of(dic) -> dict[str, list[str]]:
    got = _MEMBERS.get(dic)
    if got is None:
        got = {}
        for name, members in dic.synsets.items():
            for m in members:
                got.setdefault(m, []).append(name)
        _MEMBERS[dic] = got
    return got


def _compiled(dic, lemma: str) -> _Verb:
    """A verb's compiled patterns; built once per verb and kept on the dictionary."""
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
        got = dic.compiled[lemma] = _Verb(defaults, patterns, {}, {}, {}, {}, {}, {}, {}, {}, ())
        free = []
        for i, p in enumerate(patterns):
            key = _index_key(p)
            if key is None:
                free.append(i)
            else:
                getattr(got, key[0]).setdefault(key[1], []).append(i)
        got.free = tuple(free)
    return got


PREP_DEPS = frozenset({"prep", "agent", "dative", "aux", "mark", "prt"})


def _clause_words(tok) -> tuple[frozenset, set[str], set[str], set[str]]:
    """The verb's particles; the words (forms and lemmas) of its object side and of its subject side; the
    prepositions (and other function words listed in PREP_DEPS) of its object side. One pass over its phrases."""
    prts, obj_forms, subj_forms, preps = set(), set(), set(), set()
    for c in tok.children:
        dep = c.dep_
        if dep == "prt":
            prts.add(c.lower_)
        if dep in OBJECT_SIDE:
            for t in c.subtree:
                low = t.lower_
                obj_forms.add(low)
                obj_forms.add(t.lemma_.lower())
                if t.dep_ in PREP_DEPS:
                    preps.add(low)
        elif dep in SUBJECT_SIDE:
            for t in c.subtree:
                subj_forms.add(t.lower_)
                subj_forms.add(t.lemma_.lower())
    return frozenset(prts), obj_forms, subj_forms, preps


def _holds(dic, p: _Pattern, prts, preps, obj_forms, subj_forms, obj_pre, subj_pre) -> bool:
    return (p.particles <= prts and p.preps <= preps and p.obj_plain <= obj_forms and p.subj_plain <= subj_forms
            and all(_word_in(dic, w, obj_forms, obj_pre) for w in p.obj_other)
            and all(_word_in(dic, w, subj_forms, subj_pre) for w in p.subj_other))


def _candidates(dic, verb: _Verb, prts, preps, obj_forms, subj_forms) -> list[int]:
    """Positions of the patterns the clause may satisfy (every pattern that holds is among them), in order."""
    found = set(verb.free)
    for index, words in ((verb.obj, obj_forms), (verb.subj, subj_forms), (verb.preps, preps), (verb.prts, prts)):
        if index:
            for w in index.keys() & words:
                found.update(index[w])
    for index, words in ((verb.obj_stems, obj_forms), (verb.subj_stems, subj_forms)):
        if index:
            for w in index.keys() & {f[:STEM_KEY] for f in words if len(f) >= STEM_KEY}:
                found.update(index[w])
    for index, words in ((verb.obj_sets, obj_forms), (verb.subj_sets, subj_forms)):
        if index:
            sets_of = _synsets_of(dic)
            for w in index.keys() & {name for f in words & sets_of.keys() for name in sets_of[f]}:
                found.update(index[w])
    return sorted(found)


MATCH_KEY = "dateline.events.verb_matches"


def match_verb(dic, tok) -> Match | None:
    """The best pattern of this verb token in its clause, or None when the verb is not listed: the pattern naming
    the most words that all occur (the first such in dictionary order), else the verb's default. Kept per Doc
    (`doc.user_data`) and dictionary: every later call for the token is a lookup."""
    memo = tok.doc.user_data.setdefault(MATCH_KEY, {})
    key = (dic, tok.i)  # the dictionary itself, not its id: held here, it cannot be freed and its id reused
    if key not in memo:
        memo[key] = _match_verb(dic, tok)
    return memo[key]


def _match_verb(dic, tok) -> Match | None:
    lemma = tok.lemma_.lower()
    if lemma not in dic.verbs:
        return None
    verb = _compiled(dic, lemma)
    prts, obj_forms, subj_forms, preps = _clause_words(tok)
    # stems ('negotiat*') need every prefix of the clause's words: built only when a pattern asks
    obj_pre, subj_pre = _Prefixes(obj_forms), _Prefixes(subj_forms)
    default = next(((code, origin) for rp, code, origin in verb.defaults if rp == prts), None)
    best, best_n = default, 0
    for n in _candidates(dic, verb, prts, preps, obj_forms, subj_forms):
        p = verb.patterns[n]
        if _holds(dic, p, prts, preps, obj_forms, subj_forms, obj_pre, subj_pre):
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
