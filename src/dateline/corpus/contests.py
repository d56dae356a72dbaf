"""Who won: a contest's outcome read from a statement, whatever verb or noun tells it.

'Kell won the Varna primary', 'Osei was defeated in Varna by Kell', 'Osei lost to Kell' and 'Kell's Varna win' tell
one outcome: Kell won, Osei lost. The words come from WordNet 3.0 (`contest_table`, corpus/data/contests.json): *win*
and its direct antonym *lose*, and *defeat*, which WordNet glosses "win a victory over" — the converse of losing to
someone. An outcome is (winner, loser, whether the winner won the contest outright, the other names of its clause:
where or what the contest was). Two outcomes of one contest
- are *one act* when they name one winner or one loser and do not contradict each other (two days for it are a date
  conflict, `dated.clash`), and
- *contradict* each other when one's outright winner is the other's loser ('Kell won the Varna primary' / 'Osei
  defeated Kell in Varna'), or each names the other's winner as its loser ('Kell beat Osei' / 'Osei beat Kell');
  'Kell beat Osei' and 'Kell lost to Vale' do not (a race of three).
The names of doer and place count however common they are in the corpus: a contest is told by who and where.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources
from typing import Any

from .signature import settings, stem

_TOKEN = re.compile(r"(?:Mr|Mrs|Ms|Dr|Sen|Gov|Rep|Gen)\.|[A-Za-z][A-Za-z'’\-]*|\d[\d,.]*|[;:.!?,()\u2014\u2013\"“”]")
_SENTENCE = frozenset(";.!?")
_BREAK = frozenset(";:.!?,()\u2014\u2013\"“”") | {"and", "but", "while", "whereas", "although", "though"}
_PREPOSITIONS = frozenset("in at on of for from with by to over into near after before during against among".split())
_BE = frozenset("was were been being is are be got".split())
_NO_ACT = frozenset("would will could might may should shall can expected due plans planned intends if unless whether "
                    "not never no hopes hope".split())  # a plan, a condition, a negation: no outcome told
# between a subject and its verb: 'Kell, who narrowly won', 'Osei has lost', 'Osei was defeated'
_BETWEEN = _BE | frozenset("has have had did does who which that , also just then finally ultimately".split())
_PRONOUNS = frozenset("i you he she it we they who this that there if".split())
_CONDITION = frozenset("if unless whether".split())


@lru_cache(maxsize=1)
def table() -> dict[str, Any]:
    """{'verbs': {lemma: role}, 'nouns': {noun: role}, 'contests': [noun, ...]}; roles win, lose, defeat."""
    raw = resources.files("dateline.corpus").joinpath("data/contests.json").read_text("utf-8")
    return json.loads(raw)["roles"]


@lru_cache(maxsize=1)
def _verb_forms() -> dict[str, str]:
    """{form: lemma} for the table's verbs: regular and irregular forms ('won', 'beaten', 'defeating')."""
    from .antonyms import _verb_forms as forms
    from .dated import verb_forms
    exceptions: dict[str, set[str]] = {}
    for form, lemma in verb_forms().items():
        exceptions.setdefault(lemma, set()).add(form)
    return {f: lemma for lemma in table()["verbs"] for f in forms(lemma, exceptions)}


def _noun_role(low: str) -> str | None:
    nouns = table()["nouns"]
    return nouns.get(low) or (nouns.get(low[:-1]) if low.endswith("s") else None) or (
        nouns.get(low[:-2]) if low.endswith("es") else None) or (
        nouns.get(low[:-3] + "y") if low.endswith("ies") else None)  # 'victories'


@lru_cache(maxsize=1)
def _no_names() -> frozenset[str]:
    """Capitalised words that name nothing: days, months, function words opening a sentence ('It', 'If')."""
    cfg = settings()
    return (frozenset(cfg["month_names"]) | frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
            | frozenset(cfg["stop_words"]) | _NO_ACT | _PRONOUNS | _PREPOSITIONS | frozenset(cfg["antonym_determiners"])
            | _BREAK)


def _name_runs(toks: list[str]) -> list[tuple[int, int, str]]:
    """(first, last, key) of each run of capitalised words ('Senator Ted Cruz' -> cruz; a possessive ends a run:
    "Kell's Varna win" is two); no day, month or function word, nor a word of the table opening the text."""
    skip = _no_names()
    runs, start = [], None
    for i, tok in enumerate(toks + ["."]):
        low = tok.lower().replace("’", "'")
        cap = tok[:1].isupper() and low.split("'")[0] not in skip and not (i == 0 and (
            low in _verb_forms() or _noun_role(low)))
        if cap and start is None:
            start = i
        if start is not None and (not cap or low.endswith("'s") or low.endswith("'")):
            last = i if cap else i - 1
            runs.append((start, last, stem(toks[last].lower().replace("’", "'").split("'")[0])))
            start = None
    return runs


def _run_at(runs: list[tuple[int, int, str]], i: int) -> tuple[int, int, str] | None:
    return next((r for r in runs if r[0] == i), None)


def _subject(toks: list[str], runs: list, i: int) -> tuple[int, int, str] | None:
    """The name run that is the subject of token i: right before it but for auxiliaries, adverbs and a relative
    pronoun ('Kell, who narrowly won'), itself no object of a determiner, a preposition or a verb of the table ('in
    Varna won', 'lost Varna'); None when anything else stands between ('she won', 'the jobs lost')."""
    dets = frozenset(settings()["antonym_determiners"])
    j = i - 1
    while j >= 0 and (toks[j].lower() in _BETWEEN or (toks[j].islower() and toks[j].endswith("ly"))):
        j -= 1
    r = next((r for r in runs if r[1] == j), None) if j >= 0 else None
    before = toks[r[0] - 1].lower() if r and r[0] else ""
    return r if r and before not in (dets - {"that"}) | _PREPOSITIONS and before not in _verb_forms() else None  # 'said that Kell won'


def _after(toks: list[str], runs: list, i: int, word: str) -> tuple[int, int, str] | None:
    """The name run right after `word` following token i in its clause ('... by Senator Kell')."""
    for j in range(i + 1, len(toks) - 1):
        if toks[j].lower() in _BREAK:
            return None
        if toks[j].lower() == word and (r := _run_at(runs, j + 1)):
            later = _run_at(runs, r[1] + 2) if r[1] + 2 < len(toks) and toks[r[1] + 1].islower() else None
            return later if later and toks[r[1] + 1] not in _BREAK | _PREPOSITIONS else r  # 'over Varna winner Osei'
    return None


def _contest_object(toks: list[str], runs: list, i: int) -> bool:
    """What follows the outcome's verb is a contest: nothing, a name ('won Varna', 'won the Varna primary'), a
    contest noun ('won the election') or a preposition; not another thing won or lost ('won praise', 'lost his
    job', 'won 23 delegates')."""
    dets = frozenset(settings()["antonym_determiners"])
    j = i + 1
    while j < len(toks) and (toks[j].lower() in dets or toks[j].lower().endswith("ly")):
        j += 1
    if j >= len(toks) or toks[j].lower() in _BREAK or toks[j].lower() in _PREPOSITIONS:
        return True
    run = _run_at(runs, j)
    if run and toks[run[1]].lower().replace("’", "'").endswith("'s"):  # 'won Varna's young voters': voters won
        # "won Varna's Democratic primary": a contest noun within the next few words of its clause
        ahead = [t.lower() for t in toks[run[1] + 1:run[1] + 4]]
        ahead = ahead[:next((k for k, t in enumerate(ahead) if t in _BREAK), len(ahead))]
        return any(_contest_noun(t) for t in ahead)
    return bool(run) or _contest_noun(toks[j].lower() if j < len(toks) else "")


def _contest_noun(low: str) -> bool:
    forms = (low, low[:-1], low[:-2], low[:-3] + "y" if low.endswith("ies") else "")
    return any(w in _contests() for w in forms if w)  # 'primaries', 'caucuses'


@lru_cache(maxsize=1)
def _contests() -> frozenset[str]:
    return frozenset(table()["contests"]) | frozenset(settings().get("contest_extra_nouns") or ())


def _clause_names(toks: list[str], runs: list, i: int, players: set[int]) -> list[str]:
    """The keys of the names that tell where, or what, the contest of the outcome at token i was: in its clause, its
    object ('won Varna', 'lost the Varna primary'), a place ('in Varna', 'at the Varna caucuses') or a name right
    before its noun ("Kell's Varna win") — not a name describing a player ('over Varna winner Osei')."""
    dets = frozenset(settings()["antonym_determiners"])
    lo = max([j for j in range(i) if toks[j].lower() in _BREAK] + [-1])
    hi = min([j for j in range(i + 1, len(toks)) if toks[j].lower() in _BREAK] + [len(toks)])
    out = []
    for r in runs:
        if not (lo < r[0] and r[1] < hi) or r[0] in players or r[2].startswith(PRONOUN):
            continue
        k = r[0] - 1 - (r[0] > 1 and toks[r[0] - 1].lower() in dets)  # the word before the run (and its determiner)
        while k > 0 and _day_possessive(toks[k]):  # "in Sunday's Varna runoff"
            k -= 1 + (k > 1 and toks[k - 1].lower() in dets)
        if k == i or r[1] == i - 1 or (k >= 0 and toks[k].lower() in _PLACE) or (k == i + 1 and toks[k] == "of"):
            out += [_words(toks, q) for q in _listed(toks, runs, r)]
    return sorted({w for ws in out for w in ws})


def _day_possessive(tok: str) -> bool:
    low = tok.lower().replace("’", "'")
    return low.endswith("'s") and (low[:-2] in _days() or low[:-2] in ("week", "weekend", "night", "year"))


@lru_cache(maxsize=1)
def _days() -> frozenset[str]:
    return frozenset(settings()["month_names"]) | frozenset("monday tuesday wednesday thursday friday saturday "
                                                            "sunday".split())


def _words(toks: list[str], r: tuple[int, int, str]) -> list[str]:
    return [stem(t.lower().replace("’", "'").split("'")[0]) for t in toks[r[0]:r[1] + 1]]


def _listed(toks: list[str], runs: list, r: tuple[int, int, str]) -> list[tuple[int, int, str]]:
    """The run and the names listed after it ('in Varna, Tarn and Osla': three places); a name after a comma alone
    ends its clause, a list or a phrase ('..., Osla on Monday'), so 'won Varna, Osei said' lists no Osei."""
    out = [r]
    while True:
        j = out[-1][1] + 1
        j += j < len(toks) and toks[j] == ","
        joined = j < len(toks) and toks[j].lower() in ("and", "&")
        j += joined
        nxt = _run_at(runs, j) if j > out[-1][1] + 1 else None
        after = toks[nxt[1] + 1].lower() if nxt and nxt[1] + 1 < len(toks) else "."
        if nxt is None or nxt[2].startswith(PRONOUN) or not (joined or after in _BREAK or after in _PREPOSITIONS
                                                             or after.replace("’", "'").split("'")[0] in _days()):
            return out
        out.append(nxt)


_PLACE = frozenset(("in", "at"))
PRONOUN = "@"  # the key of a pronoun played by someone the caller resolves ('@' + its character offset)


def _read(toks: list[str], runs: list, i: int) -> dict[str, Any] | None:
    """The outcome token i tells ('at' its token), or None."""
    low = toks[i].lower().replace("’", "'")
    prev = toks[i - 1].lower().replace("’", "'") if i else ""
    start = max([j + 1 for j in range(i) if toks[j] in _SENTENCE] + [0])
    if prev == "to" or any(t.lower() in _NO_ACT or t.lower().endswith("n't") for t in toks[max(0, i - 3):i]) or any(
            t.lower() in _CONDITION for t in toks[start:i]):  # 'if it comes to that, Kell wins'
        return None
    if low.rstrip("s") in _WINNERS:
        return _winner_noun(toks, runs, i)
    noun = _noun_role(low)
    dets = set(settings()["antonym_determiners"]) | {"whose"}
    before = toks[i - 2].lower().replace("’", "'") if i > 1 else ""
    described = prev.isalpha() and prev.islower() and prev not in _BETWEEN and prev not in _verb_forms() and (
        before in dets or before.endswith("'s"))  # 'his narrow win'
    if noun and (prev in dets or prev.endswith("'s") or described or low not in _verb_forms()
                 or (i > 0 and toks[i - 1][:1].isupper() and low in table()["nouns"])):  # "Kell's Varna win"
        return _noun_outcome(toks, runs, i, noun)
    role = table()["verbs"].get(_verb_forms().get(low, ""))
    if role is None or not toks[i].islower():
        return None
    subj, by = _subject(toks, runs, i), _after(toks, runs, i, "by")
    passive = prev in _BE or (role == "defeat" and by is not None and not _run_at(runs, i + 1))
    if role == "defeat" and passive:
        w, lo, whole = by, subj, False
    elif role == "defeat":
        w, lo, whole = subj, _run_at(runs, i + 2 if i + 1 < len(toks) and toks[i + 1].lower() == "the" else i + 1), False
        if lo is None:
            return None  # 'defeated the bill': no one beaten
    elif not _contest_object(toks, runs, i) or passive:
        return None
    elif role == "win":  # 'won in Varna over Osei': Osei beaten, not the whole field
        w, lo = subj or (_doer_of_participle(toks, runs, i) if low.endswith("ing") else None), _after(toks, runs, i, "over")
        whole = lo is None
    elif subj is None:
        return None  # 'jobs lost to Ruritania': no one lost a contest
    else:
        w, lo, whole = _after(toks, runs, i, "to"), subj, False
    return _outcome(toks, runs, i, w, lo, whole)


def _noun_outcome(toks: list[str], runs: list, i: int, role: str) -> dict[str, Any] | None:
    """'Kell's Varna win', 'a victory for Kell over Osei', "Osei's defeat", 'the defeat of Osei by Kell'."""
    owner = next((r for r in runs if r[1] < i and i - r[1] <= 3 and (toks[r[1]].lower().replace("’", "'").endswith(
        ("'s", "'")) or (r[2].startswith(PRONOUN) and toks[r[1]].lower() in _OWNERS))), None) or _whose(toks, runs, i)
    if role == "win":
        w = owner if owner and not owner[2].startswith(PRONOUN) else (  # 'Following her win in Varna, Kell ...'
            _after(toks, runs, i, "for") or _after(toks, runs, i, "by") or _fronted(toks, runs, i) or owner)
        lo = _after(toks, runs, i, "over")
        return _outcome(toks, runs, i, w, lo, lo is None)
    of = _after(toks, runs, i, "of")
    if of is not None:
        return _outcome(toks, runs, i, owner or _after(toks, runs, i, "by"), of, False)
    return _outcome(toks, runs, i, _after(toks, runs, i, "by") or _after(toks, runs, i, "to"), owner, False)


def _winner_noun(toks: list[str], runs: list, i: int) -> dict[str, Any] | None:
    """'Kell was projected the winner in Varna', 'Kell, the clear winner of the Varna primary': the name before the
    agent noun of *win*, across a copula or a verb of naming, won outright."""
    j = i - 1
    while j >= 0 and (toks[j].lower() in _BETWEEN or toks[j].lower() in _NAMED_AS):
        j -= 1
    w = next((r for r in runs if r[1] == j), None) if 0 <= j < i - 1 else None  # 'the Dorsk winner': a race's name
    return None if w is None else _outcome(toks, runs, i, w, None, True)


_WINNERS = frozenset(("winner", "victor"))
_NAMED_AS = frozenset("declared projected named called emerged as the a clear apparent presumptive big".split())
_OWNERS = frozenset(("his", "her", "their"))
_PLAYERS = frozenset(("he", "she", "they")) | _OWNERS


def _whose(toks: list[str], runs: list, i: int) -> tuple[int, int, str] | None:
    """The name a relative 'whose' owning the noun at token i stands for ('Kell, whose one win this spring came in Varna')."""
    j = next((j for j in range(i - 1, max(i - 4, 0), -1) if toks[j].lower() == "whose"), None)
    if j is None:
        return None
    return next((r for r in runs if r[1] == j - 1 - (toks[j - 1] == ",")), None)


def _fronted(toks: list[str], runs: list, i: int) -> tuple[int, int, str] | None:
    """The winner of an owner-less outcome noun in a phrase opening the sentence: the subject right after the
    phrase ('Following a narrow win in Varna, Kell ...')."""
    start = max([j + 1 for j in range(i) if toks[j] in _SENTENCE] + [0])
    if start >= i or toks[start].lower() not in _FRONTING or any(t in _BREAK for t in toks[start + 1:i]):
        return None
    comma = next((j for j in range(i + 1, len(toks)) if toks[j] in _BREAK and toks[j] != "and"), None)  # a list
    if comma is None or toks[comma] != ",":
        return None
    return _run_at(runs, comma + 1)


_FRONTING = frozenset(("after", "following", "with", "despite", "since"))


def _doer_of_participle(toks: list[str], runs: list, i: int) -> tuple[int, int, str] | None:
    """Who did what a participle tells: the subject after its fronted phrase ('After winning Varna, Kell ...'), or
    the name opening its sentence ('Kell flew home after winning Varna')."""
    start = max([j + 1 for j in range(i) if toks[j] in _SENTENCE] + [0])
    if start < i and toks[start].lower() in _FRONTING:
        return _fronted(toks, runs, i)
    first = next((r for r in runs if r[0] >= start), None)
    return first if first and first[0] == start and first[1] < i else None


def _outcome(toks, runs, i, w, lo, whole) -> dict[str, Any] | None:
    if w is None and lo is None or (w and lo and w[2] == lo[2]):
        return None
    players = {r[0] for r in (w, lo) if r}
    return {"at": i, "w": w[2] if w else None, "l": lo[2] if lo else None, "all": bool(whole and w),
            "n": _clause_names(toks, runs, i, players)}


def outcomes(text: str, pronouns: bool = False, wide: bool = False) -> list[dict[str, Any]]:
    """The contest outcomes a statement tells ({'at': token, 'w': winner, 'l': loser, 'all': won outright, 'n': the
    clause's other names}), players and names as corpus keys ('Senator Ted Cruz' -> cruz). With `pronouns`, a
    player told by a pronoun ('she won', 'his win') has the key '@' + the pronoun's character offset, for the caller
    to resolve. With `wide`, also the forms of `contest_forms` ('won 40 delegates in Varna', 'swept Varna'; a
    share of spoils has 'count') and of `contest_clauses` (a place named by a relative's antecedent: 'Varna, which
    Kell won'; a win after 'after', 'before', 'since')."""
    found = list(_TOKEN.finditer(text))
    toks = [m.group() for m in found]
    runs = _name_runs(toks)
    if pronouns:
        runs = sorted(runs + [(i, i, f"{PRONOUN}{m.start()}") for i, m in enumerate(found)
                              if m.group().lower() in _PLAYERS])
    out = []
    for i, tok in enumerate(toks):
        low = tok.lower().replace("’", "'")
        read = _read(toks, runs, i) if low in _verb_forms() or _noun_role(low) or low.rstrip("s") in _WINNERS else None
        if read is None and wide:
            from .contest_clauses import subordinate_read
            from .contest_forms import wide_read
            read = wide_read(toks, runs, i) or subordinate_read(toks, runs, i)
        if read is not None and wide:
            from .contest_clauses import antecedent_names
            read = dict(read, n=read["n"] or antecedent_names(toks, runs, i, read))
        if read is not None:
            out.append(dict(read, at=found[i].start()))
    return out


def dated(found: list[dict[str, Any]], text: str, start: int, end: int) -> dict[str, Any] | None:
    """The outcome a day (text[start:end]) dates: the nearest one of its clause ('Kell won in Varna | on Monday',
    "Kell's Varna win | on Tuesday night", 'Osei was defeated | on Monday by Kell')."""
    from .counted import _CLAUSE
    near = [(abs(o["at"] - start), o) for o in found
            if not _CLAUSE.search(text[min(o["at"], end):max(o["at"], start)])]
    return min(near, key=lambda x: x[0])[1] if near else None


def contradict(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """One's outright winner is the other's loser, or each names the other's winner as its loser."""
    return bool((a["all"] and a["w"] and a["w"] == b["l"]) or (b["all"] and b["w"] and b["w"] == a["l"])
                or (a["w"] and a["l"] and a["w"] == b["l"] and a["l"] == b["w"]))


def one_contest(a: dict[str, Any], b: dict[str, Any]) -> list[str]:
    """The names both outcomes' clauses give besides their players (the place or race): one contest if any."""
    players = {a["w"], a["l"], b["w"], b["l"]}
    return sorted(set(a["n"]) & set(b["n"]) - players)


def one_act(a: dict[str, Any], b: dict[str, Any]) -> list[str] | None:
    """['win', the player both name, the contest's names] when two outcomes tell one act: one winner or one loser, no
    contradiction, one contest."""
    same = (a["w"] if a["w"] and a["w"] == b["w"] else None) or (a["l"] if a["l"] and a["l"] == b["l"] else None)
    where = one_contest(a, b)
    if not same or not where or contradict(a, b):
        return None
    return ["win", same, *where]


def opposed(mine: list[dict[str, Any]], theirs: list[dict[str, Any]]) -> tuple[tuple[str, str], str] | None:
    """(the two outcomes as 'X won' / 'X lost', the contest's names) when two statements' outcomes of one contest
    contradict each other ('Kell won the Varna primary' / 'Osei defeated Kell in Varna')."""
    for a in mine:
        for b in theirs:
            where = one_contest(a, b)
            if where and contradict(a, b):
                key = a["w"] if a["w"] and a["w"] in (b["l"], b["w"]) else b["w"]
                return (_shown(a, key), _shown(b, key)), " ".join(["contest", *where])
    return None


def _shown(o: dict[str, Any], key: str) -> str:
    return f"{key} won" if o["w"] == key else f"{key} lost"


def keys(info: dict[str, Any]) -> list[str]:
    """Look-up keys of a statement's players ('#w:cruz'), so that two accounts of one contest meet however common
    their names are; never matter words."""
    found = list(info.get("won") or []) + [thing[4] for thing in info.get("dt") or [] if len(thing) > 4 and thing[4]]
    return sorted({f"{PLAYER}{p}" for o in found for p in (o["w"], o["l"]) if p})


PLAYER = "#w:"


def judge(pol: str | None, info: dict[str, Any], other_pol: str | None, data: dict[str, Any]
          ) -> tuple[str, tuple[str, str], str, None] | None:
    """A `claim` conflict when two statements, neither negated nor a plan, tell one contest's outcome otherwise
    (`opposed`): 'Kell won the Varna primary on Monday' / 'Osei defeated Kell in Varna'."""
    if "negative" in (pol, other_pol) or info.get("neg", True) or data.get("neg", True):
        return None
    found = opposed(info.get("won") or [], data.get("won") or [])
    return None if found is None else ("claim", found[0], found[1], None)
