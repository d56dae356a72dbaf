"""Speed changes of session 32 that must not change output: each shortcut gives exactly what the plain path gave."""
from __future__ import annotations

import json
import random

from conftest import ROOT
from dateline.extract.times import recognize
from dateline.extract.times.rule_starts import RuleStarts, first_strings, matches

# invented pieces, joined at random below: dates, times, numbers in other scripts, odd spaces and marks
PIECES = ["on", "monday", "3", "march", "2021", "at", "10:30", "p.m.", "est", "two", "years", "ago", "every", "other",
          "week", "since", "the", "1990s", "'90s", "q3", "fy2019", "fy'19", "year-ago", "period", "12,000", "barrels",
          "a", "day", "daylong", "christmas", "eve", "mid-year", "midyear", "end", "of", "year", "\u0663", "\u0661\u0669",
          "\u00a0", "\n", "\n\n", "-", "–", ",", ".", "'s", "\u2019s", "(", ")", "$2", "percent", "1500", "hours",
          "noon", "tonight", "last", "next", "this", "past", "coming", "early", "late", "jan.", "sept", "4th", "century",
          "half", "an", "hour", "weekends", "fridays", "daily", "spring", "fall", "2010-2015", "2024-01-05", "5/6/21",
          "the", "first", "quarter", "within", "few", "months", "today's", "now", "recently", "twenty-one", "fortnight"]

TEXT = ("On Monday, 3 March 2021 at 10:30 p.m. EST, two years ago, every other week since the 1990s; Q3 2020, FY2019, "
        "the year-ago period, 12,000 barrels a day, a daylong vigil, Christmas Eve 2020, from 2010-2015 and on "
        "2024-01-05, at 1500 hours, by \u0663 p.m., the end of the year, mid-year, three consecutive quarters.")


def _texts() -> list[str]:
    texts = [json.loads(line)["text"].lower() for line in
             (ROOT / "samples" / "wikinews-politics-sample.jsonl").read_text(encoding="utf-8").splitlines()]
    rng = random.Random(32)
    for _ in range(300):
        texts.append("".join(rng.choice(PIECES) + rng.choice(["", " ", " ", " ", "  ", "\n", "-"])
                             for _ in range(rng.randint(1, 40))))
    return texts + [TEXT.lower()]


def test_rules_tried_at_their_word_starts_find_what_a_scan_finds():
    pats = recognize.patterns()
    index = RuleStarts([pat for _, pat, _ in pats])
    assert all(s is not None for s in index.strings)  # every rule is read
    found = 0
    for text in _texts():
        for (name, pat, _), starts in zip(pats, index.starts(text)):
            got = [(m.span(), m.groupdict()) for m in matches(pat, text, starts)]
            assert got == [(m.span(), m.groupdict()) for m in pat.finditer(text)], (name, text)
            found += len(got)
    assert found > 800


def test_find_candidates_as_with_a_scan(monkeypatch):
    text = TEXT + " Later that week, the Easter Island vote, Super Tuesday, The Daily Telegraph."
    got = recognize.find_candidates(text)
    monkeypatch.setattr(recognize, "matches", lambda pat, low, starts: list(pat.finditer(low)))
    assert got == recognize.find_candidates(text) and len(got) > 15


def test_first_strings_of_a_pattern():
    assert first_strings(r"abcd|de") == {"abc", "de"}
    assert first_strings(r"(?:the\s+)?jan") == {"the", "jan"}
    assert first_strings(r"(?<![\w-])(?=[a\d])(?:a{2,}|\d\d?x)") == {"aa", "aaa", "0x", "00x"}
    assert first_strings(r"in\s+\d") == {"in "}
    assert first_strings(r"x[^a]b|yz") == {"x", "yz"}  # a negated class: only what comes before it is read
    for pattern in (r"\w+", r"\s*x", r"a?", r"(?i)abc", r"(a)?\1x", r"(?:x|)", r".b"):
        assert first_strings(pattern) is None, pattern


def test_a_rule_not_read_is_scanned_whole():
    import re

    pats = [re.compile(r"(?<![\w-])(?:\w+ day)"), re.compile(r"(?<![\w-])(?:next week)")]
    index = RuleStarts(pats)
    text = "a day, the next week, some day"
    starts = index.starts(text)
    assert starts[0] is None and starts[1] == [11]
    for pat, at in zip(pats, starts):
        assert [m.span() for m in matches(pat, text, at)] == [m.span() for m in pat.finditer(text)]
