"""Where in a text each recognition rule can begin: the rules are tried only there, with the same matches as a scan.

Each rule's pattern is read (CPython's own parse of it) for the first characters its matches can begin with: every
string of up to `PREFIX` characters that some match starts with (shorter where the match may end or the reading
stops: a class like `\\w`, a flag, a construct not read). Digits count as one character ("0") and white space as
another (" "), in the pattern and in the text alike. A text's word starts (where the rules' shared lookbehind holds)
are grouped by their first `PREFIX` characters once, and a rule is tried with `match` only at the word starts one of
its strings begins, in order, each after the end of the last match — the matches `finditer` finds, since a match can
begin nowhere else. A rule whose reading may start with white space or nothing is scanned whole, as before.
"""
from __future__ import annotations

import re

PREFIX = 3  # characters read per rule and per word start ("the", "jan", "0 a")
_WILD = None  # a class the reading does not follow (\w, a negated class, a wide range)


class _Canon(dict):
    """A `str.translate` table: decimal digits -> "0", white space -> " ", every other character itself."""

    def __missing__(self, code: int) -> str:
        got = self[code] = _canon(chr(code))
        return got


def _canon(c: str) -> str:
    return "0" if c.isdecimal() else " " if c.isspace() else c


_CANON = _Canon()


def first_strings(pattern: str, k: int = PREFIX) -> frozenset | None:
    """The strings (in the canonical characters) one of which every match of `pattern` starts with, each at most
    `k` long; None when a match may start with white space or with nothing the reading follows."""
    try:
        from re import _constants as sre, _parser as parser  # (3.11+)

        parsed = parser.parse(pattern)
    except (ImportError, re.error):
        return None
    if parsed.state.flags & re.IGNORECASE:
        return None
    got = frozenset(s for s, _ in _sequence(parsed.data, k, sre))
    if not got or "" in got or any(s[0] == " " for s in got):
        return None
    return got


def _sequence(items, k: int, sre) -> set[tuple[str, bool]]:
    """(string, whole) pairs for a run of items: whole strings are entire matches of the run shorter than k; the
    others are the first characters of matches the reading stopped in (at k characters or at a class not read)."""
    whole, cut = {""}, set()
    for item in items:
        got = _item(item, k, sre)
        nxt = set()
        for s in whole:
            for t, complete in got:
                u = s + t
                if len(u) >= k:
                    cut.add(u[:k])
                elif complete:
                    nxt.add(u)
                else:
                    cut.add(u)
        whole = nxt
        if not whole:
            break
    return {(s, False) for s in cut} | {(s, True) for s in whole}


def _item(item, k: int, sre) -> set[tuple[str, bool]]:
    op, av = item
    if op is sre.LITERAL:
        return {(_canon(chr(av)), True)}
    if op is sre.IN:
        keys = _class_keys(av, sre)
        return {("", False)} if keys is _WILD else {(c, True) for c in keys}
    if op is sre.BRANCH:
        return {pair for alt in av[1] for pair in _sequence(alt.data, k, sre)}
    if op is sre.SUBPATTERN and not av[1] and not av[2]:
        return _sequence(av[3].data, k, sre)
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
        return _repeat(av, k, sre)
    if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
        return {("", True)}  # zero width: what it asserts only narrows the matches
    return {("", False)}  # not read: any character may follow


def _repeat(av, k: int, sre) -> set[tuple[str, bool]]:
    """A repeated item, min to max times: the strings of n repetitions for every n until they stop changing."""
    lo, hi, sub = av
    one = _sequence(sub.data, k, sre)
    out = {("", True)} if lo == 0 else set()
    live = {""}
    n = 0
    while live and (hi == sre.MAXREPEAT or n < hi):
        n += 1
        nxt = set()
        for s in live:
            for t, complete in one:
                u = s + t
                nxt.add((u[:k], False) if len(u) >= k else (u, complete))
        out |= {p for p in nxt if not p[1] or n >= lo}
        grown = {s for s, complete in nxt if complete}
        if grown == live and n >= lo:
            break  # (repetitions that match nothing add nothing new)
        live = grown
    return out


def _class_keys(items, sre) -> set[str] | None:
    keys: set[str] = set()
    for op, av in items:
        if op is sre.LITERAL:
            keys.add(_canon(chr(av)))
        elif op is sre.RANGE and av[1] - av[0] <= 300:
            keys.update(_canon(chr(c)) for c in range(av[0], av[1] + 1))
        elif op is sre.CATEGORY and av == sre.CATEGORY_DIGIT:
            keys.add("0")
        elif op is sre.CATEGORY and av == sre.CATEGORY_SPACE:
            keys.add(" ")
        else:
            return _WILD
    return keys


# a word start (no word character or hyphen before it: the rules' shared lookbehind), then its first characters
_WORD_START = re.compile(r"(?<![\w-])(?=(\S[\s\S]{0,%d}))" % (PREFIX - 1))


class RuleStarts:
    """The word starts each rule of a list can begin at, for one text at a time."""

    def __init__(self, patterns: list[re.Pattern]):
        self.strings = [first_strings(p.pattern) for p in patterns]
        self._rules_of: dict[str, tuple[int, ...]] = {}

    def rules_of(self, gram: str) -> tuple[int, ...]:
        """The rules one of whose strings `gram` (a word start's first characters) begins with."""
        got = self._rules_of.get(gram)
        if got is None:
            if len(self._rules_of) > 100_000:
                self._rules_of.clear()  # (a bound on texts in many scripts; cleared in one step)
            got = self._rules_of[gram] = tuple(
                i for i, strings in enumerate(self.strings)
                if strings is not None and any(gram[:j] in strings for j in range(1, len(gram) + 1)))
        return got

    def starts(self, low: str) -> list[list[int] | None]:
        """For each rule, the positions in `low` where a match of it can begin, in order (None: anywhere)."""
        grams: dict[str, list[int]] = {}
        for m in _WORD_START.finditer(low.translate(_CANON)):
            grams.setdefault(m.group(1), []).append(m.start())
        out: list[list[int] | None] = [None if s is None else [] for s in self.strings]
        for gram, positions in grams.items():
            for i in self.rules_of(gram):
                out[i] += positions
        for positions in out:
            if positions:
                positions.sort()
        return out


def matches(pat: re.Pattern, low: str, starts: list[int] | None) -> list[re.Match]:
    """`pat.finditer(low)`, tried only at `starts` (every position a match can begin at; None: everywhere)."""
    if starts is None:
        return list(pat.finditer(low))
    out, after = [], 0
    for s in starts:
        if s >= after and (m := pat.match(low, s)) is not None:
            if m.end() == s:
                return list(pat.finditer(low))  # an empty match (none of the rules has one): scan as before
            out.append(m)
            after = m.end()
    return out
