"""The time lexicon (`knowledge/data/time_lexicon.json`) and the regex pieces built from it."""
from __future__ import annotations

import re
from functools import lru_cache



def _alt(words) -> str:
    """A regex alternation of words, longest first, spaces matching any whitespace."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


class Lexicon:
    """Word lists and the regex fragments every time rule is written with."""

    def __init__(self, data: dict):
        self.months: dict[str, int] = data["months"]
        self.weekdays: dict[str, int] = data["weekdays"]
        self.numbers: dict[str, int] = data["numbers"]
        self.vague_numbers: list[str] = data["vague_numbers"]
        self.ordinals: dict[str, int] = data["ordinals"]
        self.units: dict[str, str] = data["units"]
        self.parts: dict[str, str] = data["parts_of_day"]
        self.seasons: dict[str, str] = data["seasons"]
        self.holidays_fixed: dict[str, str] = data["holidays_fixed"]
        self.holidays_nth: dict[str, list[int]] = {k: v for k, v in data["holidays_nth_weekday"].items()
                                                   if not k.startswith("_")}
        self.holidays_easter: dict[str, int] = data["holidays_easter"]
        self.holidays_relative: dict[str, list] = {k: v for k, v in data.get("holidays_relative", {}).items()
                                                   if not k.startswith("_")}
        self.abbreviations: dict[str, str] = data.get("abbreviations", {})
        self.decade_words: dict[str, int] = data.get("decade_words", {})  # "the seventies" -> 197
        # "Super Tuesday", "Black Friday", "a Tuesday": a weekday after these words is no date
        self.weekday_name_prefixes: frozenset[str] = frozenset(data.get("weekday_name_prefixes", []))
        self.vague: dict[str, str] = data["vague"]
        self.not_times: frozenset[str] = frozenset(data["not_times"])
        self.future_verbs: frozenset[str] = frozenset(data["future_verbs"])
        self._read_timex_words(data)
        self._compile_fragments()

    def _read_timex_words(self, data: dict) -> None:
        """The words behind TIMEX3 beyond calendar values: vague references, mods, sets, ranges, measures."""
        # TIMEX3 attributes and the vague references that are emitted (PRESENT_REF, PAST_REF, FUTURE_REF)
        self.vague_emitted: frozenset[str] = frozenset(data.get("vague_emitted", []))
        # phrases inside which a vague word or a bare unit is no time ("now that ...", "as soon as", "called it a day")
        self.time_idioms: tuple[str, ...] = tuple(data.get("time_idioms", {}).get("phrases", []))
        self.modifiers: dict[str, str] = {k: v for k, v in data.get("timex_modifiers", {}).items()
                                          if not k.startswith("_")}
        self.set_quantifiers: dict[str, str] = data.get("set_quantifiers", {})
        self.set_frequencies: dict[str, int] = data.get("set_frequencies", {})
        # "today's youth", "today's economy": the present, not the day
        self.present_nouns: list[str] = data.get("present_nouns", [])
        # "each season" -> P1Y, "every weekend" -> XXXX-WXX-WE: set periods that are not duration units
        self.set_periods: dict[str, str] = {k: v for k, v in data.get("set_periods", {}).items() if not k.startswith("_")}
        self.range_connectors: frozenset[str] = frozenset(data.get("range_connectors", []))
        mods = sorted(self.modifiers, key=len, reverse=True)
        # "about three weeks", "mid-March" (the expression's own first words; not "over the past months")
        self.MOD_LEAD = re.compile(r"(" + "|".join(re.escape(m.rstrip("-")) for m in mods)
                                   + r")(?:\s+|-)(the\b|this\b|that\b)?") if mods else None
        # "more than [three weeks]": the words just before the expression (not START/MID/END words)
        self.MOD_BEFORE = re.compile(r"(?:^|\s)(" + "|".join(re.escape(m) for m in mods
                                                           if self.modifiers[m] not in ("START", "MID", "END"))
                                     + r")\s*$") if mods else None
        self.measure_verbs: frozenset[str] = frozenset(data.get("measure_verbs", []))
        # "a daily newspaper", "on a weekly basis": the adverb names a kind of thing, not a set of times
        self.set_adverb_not_before: list[str] = data.get("set_adverb_not_before", [])
        self.hour_words: dict[str, int] = data.get("clock_hour_words", {})      # "eight" -> 8 ("at eight tonight")
        self.minute_words: dict[str, int] = data.get("clock_minute_words", {})  # "ten thirty" -> 10:30

    def _compile_fragments(self) -> None:
        """The regex alternations the grammar and the recognition patterns are written with."""
        self.MONTH = _alt(self.months)
        self.MONTH_FULL = _alt(k for k in self.months if len(k) > 3 or k == "may")
        self.WEEKDAY = _alt(self.weekdays)
        self.WEEKDAY_FULL = _alt(k for k in self.weekdays if k.endswith("day"))
        self.NUMWORD = _alt(self.numbers)
        self.VAGUENUM = _alt(self.vague_numbers)
        self.ORDWORD = _alt(k for k, v in self.ordinals.items() if v > 0)
        self.UNIT = _alt(self.units)
        self.PART = _alt(k for k in self.parts if k != "overnight")
        self.SEASON = _alt(self.seasons)
        self.HOLIDAY = _alt(list(self.holidays_fixed) + list(self.holidays_nth) + list(self.holidays_easter)
                            + list(self.holidays_relative))

    def number(self, word: str) -> float | None:
        """'three' -> 3, '12' -> 12, '2.5' -> 2.5; vague quantities ('several') -> None."""
        w = " ".join(word.lower().split())
        if w in self.numbers:
            return self.numbers[w]
        try:
            return float(w) if "." in w else int(w)
        except ValueError:
            pass
        parts = re.split(r"[\s-]+", w)  # 'twenty five'
        if len(parts) == 2 and all(p in self.numbers for p in parts):
            return self.numbers[parts[0]] + self.numbers[parts[1]]
        return None

    def ordinal(self, word: str) -> int | None:
        w = " ".join(word.lower().split())
        m = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)?", w)
        if m:
            return int(m.group(1))
        return self.ordinals.get(w)


def load(source=None) -> Lexicon:
    """The time lexicon from a DataSource (default: the packaged files)."""
    from . import PACKAGED
    return Lexicon((source or PACKAGED).read_json("time_lexicon.json"))


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The packaged lexicon: the default of calls made without a Knowledge (`normalize(text, anchor)`);
    the pipeline compiles its grammar from `ctx.knowledge.times`."""
    return load()
