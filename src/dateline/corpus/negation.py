"""What a negative statement denies: the words in the scope of its negation, its denied predicate and the
names it denies something about ('X had not blocked the port of Y' -> block, port, y; 'X denied that its
fighters had attacked the convoy' -> attack, convoy) — and what a statement and one of the other polarity must share
to be about one matter (`_enough_for_polarity`)."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Callable, Iterable

from .dated import verb_forms
from .signature import settings, stem, terms
from .synonyms import canon


@lru_cache(maxsize=1)
def _claim_stop() -> frozenset[str]:
    from ..knowledge.claims import load
    lex = load()
    cues = lex.speech | lex.cognition | lex.deny | lex.epistemic | lex.opinion | lex.frame
    from .signature import _stop
    return frozenset(settings()["negation_cues"]) | frozenset(cues) | _stop()


@lru_cache(maxsize=1)
def _deny_stems() -> frozenset[str]:
    from ..knowledge.claims import load
    return frozenset(stem(w) for w in load().deny)


def _negated(text: str) -> bool:
    """The claim's own words carry a negation ('not', "n't", 'never', 'no', 'denied')."""
    cues = frozenset(settings()["negation_cues"])
    return any(w in cues or w.endswith("n't") for w in re.findall(r"[a-z']+", text.lower().replace("’", "'")))


_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’\-]*|\d[\d,.]*|[;:.!?]")


def negation_scope(text: str, denied: bool) -> list[str]:
    """The content words a negative claim denies, in order: those after its first negation cue up to the
    end of the clause ('X had not blocked the port of Y; ...' -> block, port, y). For a claim reported
    with a denial verb and no negation of its own ('X denied that he had accepted a car'), all its words.
    The first of them is the denied predicate ('not aware of any progress' -> progress)."""
    cues = frozenset(settings()["negation_cues"])
    toks = [t.lower().replace("’", "'") for t in _TOKEN.findall(text)]
    at = next((i for i, t in enumerate(toks) if t in cues or t.endswith("n't")), None)
    if at is None and not denied:
        return []
    start = at + 1 if at is not None else 0
    if at is None or stem(toks[at]) in _deny_stems():
        start = _predicate_start(toks, start)
    scope = []
    for t in toks[start:]:
        if t in ";:.!?":
            break
        scope += [w for w in terms(t, _claim_stop()) if w not in scope]
    return scope


_OBJECT_DETERMINERS = frozenset("the a an its his her their our this that these those".split())


def denied_object(text: str, denied: bool) -> str | None:
    """The object a negative claim's denied predicate takes, when it follows it as a determiner and a word that is
    no name ('did not represent | the legacy of ...' -> legacy; 'had not blocked | the port' -> port); None when
    the predicate is followed otherwise ('had not resigned and remained', 'no order, no embargo', 'never met X')."""
    cues = frozenset(settings()["negation_cues"])
    raw = _TOKEN.findall(text)
    toks = [t.lower().replace("’", "'") for t in raw]
    at = next((i for i, t in enumerate(toks) if t in cues or t.endswith("n't")), None)
    if at is None and not denied:
        return None
    start = at + 1 if at is not None else 0
    if at is None or stem(toks[at]) in _deny_stems():
        start = _predicate_start(toks, start)
    pred = next((i for i in range(start, len(toks)) if toks[i] in ";:.!?" or terms(toks[i], _claim_stop())), None)
    if pred is None or pred + 2 >= len(toks) or toks[pred] in ";:.!?" or toks[pred + 1] not in _OBJECT_DETERMINERS:
        return None
    word = raw[pred + 2]
    found = terms(word, _claim_stop())
    return found[0] if found and not word[:1].isupper() else None


_AUXILIARIES = frozenset("had has have was were is are did does do would will could been be not n't".split())


def _predicate_start(toks: list[str], i: int) -> int:
    """Where a denied clause's predicate starts: after 'that' and the clause's subject up to its auxiliary
    ('denied that its fighters had | attacked the convoy'; 'denied that | it raised taxes' keeps the subject,
    having no auxiliary), so that the denied predicate is the verb, not the subject."""
    near = toks[i:i + 4]
    if "that" in near:
        i += near.index("that") + 1
    aux = [j for j in range(i, min(i + 4, len(toks))) if toks[j] in _AUXILIARIES]
    if not aux:
        return i
    j = aux[0]
    while j < len(toks) and toks[j] in _AUXILIARIES:
        j += 1
    return j


def scope_names(text: str, denied: bool) -> list[str]:
    """The names in a negative claim's scope (as `negation_scope`) that are what it denies something about —
    'had not shelled Osk' -> osk — leaving out a name in the possessive, which only qualifies the thing
    ('never expressed interest in Kell's rifle' is about the rifle, whoever the other side says owns it),
    and month names, which are no names ('will not reopen before February 1')."""
    cues = frozenset(settings()["negation_cues"])
    toks = list(_TOKEN.finditer(text))
    low = [m.group().lower().replace("’", "'") for m in toks]
    at = next((i for i, t in enumerate(low) if t in cues or t.endswith("n't")), None)
    if at is None and not denied:
        return []
    runs: list[list[str]] = [[]]  # runs of capitalised words: one name each ('George Kell's' is one)
    for m in toks[(at + 1 if at is not None else 0):]:
        w = m.group()
        if w in ";:.!?":
            break
        if w[:1].isupper():
            runs[-1].append(w)
        elif runs[-1]:
            runs.append([])
    months = frozenset(settings()["month_names"])
    out: list[str] = []
    for run in runs:
        if run and not run[-1].lower().replace("’", "'").endswith(("'s", "'")):
            out += [x for w in run if w.lower().rstrip(".") not in months
                    for x in terms(w, _claim_stop()) if x not in out]
    return out


def _enough_for_polarity(shared: list[str], info: dict[str, Any], data: dict[str, Any],
                         weight: Callable[[str], float] | None = None) -> bool:
    """Claims of opposite polarity contradict each other only on a matter of `polarity_min_shared` shared
    words, or of a name and a word that is not one ('progress on Ukraine'): two words alone are a phrase
    that many unrelated claims share ('no special interest' / 'special interests', 'Wall Street'). Words count
    by `weight` (`ClaimStats.weight`: a common word counts little), each 1 without one."""
    weight = weight or (lambda w: 1.0)
    if info.get("account") or data.get("account"):  # what a denial of 'it' denies is read, not written: more words
        return at_least(mass(shared, weight), settings()["anaphor_min_shared"])
    weights = _one_verb_weights(shared, weight)
    pa, pb = _one_verb(info["p"]), _one_verb(data["p"])
    plain = {w: x for w, x in weights.items() if w in pa and w in pb}
    named = {w: x for w, x in weights.items() if w not in pa and w not in pb}  # a name on both sides: 'Wall Street'
    if not any(plain.values()):
        return False  # names alone say who, not what: 'not a problem for X and Y' / 'X and Y back the fuel standard'
    total = sum(weights.values())
    return at_least(total, settings()["polarity_min_shared"]) or (at_least(total, 2) and at_least(sum(named.values()), 1))


def mass(words: Iterable[str], weight: Callable[[str], float]) -> float:
    """The words' summed weight (how much they tell of one matter)."""
    return sum(weight(w) for w in words)


def at_least(total: float, count: int) -> bool:
    """A weighted count reaches `count` words, rounded: a word weighing half or more counts as one alone, and several
    partly common words add up (with weights of 0 and 1, `total >= count`)."""
    return total >= count - 0.5


def _one_verb_weights(words: Iterable[str], weight: Callable[[str], float]) -> dict[str, float]:
    """`_one_verb` keeping each word's weight (the heaviest of one verb's forms)."""
    forms, out = verb_forms(), {}
    for w in words:
        key = canon(stem(forms[w])) if w in forms else w
        out[key] = max(out.get(key, 0.0), weight(w))
    return out


def _one_verb(words: Iterable[str]) -> set[str]:
    """The words with one verb's irregular forms as one ('sent or received' / 'did not send': one shared verb)."""
    forms = verb_forms()
    return {canon(stem(forms[w])) if w in forms else w for w in words}
