"""Period rules of the time grammar: 'in N units', sets, durations, seasons, quarters, holidays and clock times."""
from __future__ import annotations

import re
from datetime import date, timedelta

from .calendar import Ref, Interp, Result, add_months, easter, nth_weekday, safe_date, pick_year, shift, PLACEHOLDER, UNIT_PRECISION, duration_value


# set adverbs and their TimeML values ("annually" P1Y); also after a frequency ("twice daily")
SET_ADVERB_VALUES = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "yearly": "P1Y", "annually": "P1Y",
                     "nightly": "TNI", "hourly": "PT1H", "quarterly": "P3M", "biweekly": "P2W", "fortnightly": "P2W"}


_RUN = re.compile(r"\b(?:consecutive|straight|successive)\s+(?=\w+s$)")
_QUARTERS = re.compile(r"(?:(?:for|over|during|in|within|the\s+(?:past|last|next|first|previous|coming))\s+)*(\S+)\s+quarters")


class PeriodRules:
    """Rule methods of the grammar (mixed into `normalize.Grammar`, which holds the compiled patterns
    as attributes and the lexicon as `self.L`)."""

    # .............................................................. relative quantities
    def _in_n(self, s: str) -> Interp | None:
        m = self.in_n.match(s) or self.n_from_now.match(s)
        if not m:
            return None
        n, unit = self.L.number(m.group(1)), self.L.units[m.group(2)]
        if n is None:
            return None
        return Interp("deictic", lambda ref: self._offset(ref.anchor, n, unit), "future")

    def _offset(self, base: date | None, n: float, unit: str) -> Result:
        if base is None:
            return "DATE", PLACEHOLDER[unit], UNIT_PRECISION[unit]
        v, p = shift(base, n, unit)
        return "DATE", v, p

    # .............................................................. sets
    def _sets(self, s: str) -> Interp | None:
        L = self.L
        m = self.set_every.match(s)
        if m:
            other, n, what = m.group(1), m.group(2), m.group(3)
            k = L.number(n) if n else 1
            if other:
                k = 2
            if what in L.weekdays:
                v = f"XXXX-WXX-{L.weekdays[what]}"
            elif what in L.seasons or what in L.months:
                v = f"XXXX-{L.seasons[what]}" if what in L.seasons else f"XXXX-{L.months[what]:02d}"
            elif what in L.set_periods:
                v = L.set_periods[what]
            elif what in L.parts:
                v = f"T{L.parts[what]}"
            else:
                v = duration_value(k, L.units[what])
            return Interp("set", lambda ref: ("SET", v, None))
        m = self.set_adverb.match(s)
        if m:
            v = SET_ADVERB_VALUES[m.group(1)]
            return Interp("set", lambda ref: ("SET", v, None))
        m = self.set_times.match(s)
        if m:  # "twice a week", "three times daily"
            unit, adverb = m.groups()[-2:]
            v = duration_value(1, L.units[unit]) if unit else SET_ADVERB_VALUES[adverb]
            return Interp("set", lambda ref: ("SET", v, None))
        if s == "weekends":  # "on weekends"
            return Interp("set", lambda ref: ("SET", L.set_periods.get("weekend", "XXXX-WXX-WE"), None))
        m = self.set_weekdays.match(s)
        if m:
            v = f"XXXX-WXX-{L.weekdays[m.group(1)]}"
            return Interp("set", lambda ref: ("SET", v, None))
        return None

    def rate(self, s: str) -> Interp | None:
        """'a year' / 'per day' after a quantity ("$2 billion a year", "10,000 barrels a day"): a SET."""
        m = self.set_per.match(" ".join(s.lower().split()))
        if not m:
            return None
        v = duration_value(1, self.L.units[m.group(1)])
        return Interp("set", lambda ref: ("SET", v, None))

    # .............................................................. durations
    def _durations(self, s: str) -> Interp | None:
        L = self.L
        if self.ago.match(s) or self.in_n.match(s):
            return None
        s = _RUN.sub("", s)  # "three consecutive quarters", "two straight years": the count of units
        m = _QUARTERS.fullmatch(s)
        n = L.number(m.group(1)) if m else None
        if n:  # "for three quarters", "the past four quarters": months, as ISO 8601 has no quarter
            v = duration_value(3 * n, "M")
            return Interp("duration", lambda ref: ("DURATION", v, None))
        m = self.duration.match(s)
        if m:  # "two years and a half", "two and a half years"
            n, unit = L.number(m.group(1)), L.units[m.group(3)]
            if (m.group(2) or m.group(4)) and n is not None:
                n += 0.5
            v = duration_value(n, unit)
            return Interp("duration", lambda ref: ("DURATION", v, None))
        m = self.half_unit.match(s)
        if m:
            u = m.group(1) or m.group(2)
            v = {"hour": "PT30M", "day": "PT12H", "year": "P6M", "century": "P50Y"}[u]
            if m.group(2):
                v = {"hour": "PT90M", "day": "PT36H", "year": "P18M"}[u]
            return Interp("duration", lambda ref: ("DURATION", v, None))
        m = self.duration_vague.match(s)
        if m and s != m.group(1):
            v = duration_value(None, L.units[m.group(1)])
            return Interp("duration", lambda ref: ("DURATION", v, None))
        return None

    def _season(self, s: str) -> Interp | None:
        L = self.L
        m = self.season.match(s)
        if m:
            rel, code, y = m.group(1), L.seasons[m.group(2)], m.group(3)
        else:
            m = self.year_season.match(s)
            if not m:
                return None
            rel, code, y = None, L.seasons[m.group(2)], m.group(1)
        if y:
            return self._fixed(f"{y}-{code}", "season")
        rel = " ".join(rel.split()) if rel else None
        if rel == "the":
            return None  # "the fall" (of a city), "the spring" (of a river)
        start = {"SP": (3, 20), "SU": (6, 21), "FA": (9, 22), "WI": (12, 21)}[code]
        words_dir = {"last": "past", "this past": "past", "the past": "past", "next": "future",
                     "the coming": "future", "this coming": "future"}.get(rel or "")

        def resolve(ref: Ref) -> Result:
            a = ref.anchor
            if a is None:
                return "DATE", f"XXXX-{code}", "season"
            occ = [date(y, *start) for y in range(a.year - 2, a.year + 2)]
            if words_dir == "past":
                d = max(o for o in occ if o + timedelta(days=90) < a)
            elif words_dir == "future":
                d = min(o for o in occ if o > a)
            elif ref.direction == "past" and rel != "this":
                d = max(o for o in occ if o <= a)
            elif ref.direction == "future" and rel != "this":
                d = min(o for o in occ if o + timedelta(days=90) >= a)
            else:
                d = min(occ, key=lambda o: 0 if o <= a <= o + timedelta(days=90) else min(abs((o - a).days), abs((o + timedelta(days=90) - a).days)))
            return "DATE", f"{d.year}-{code}", "season"
        return Interp("deictic", resolve, words_dir)

    def _quarter(self, s: str) -> Interp | None:
        m = self.quarter.match(s)
        if m:
            q = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
                 "final": 4}[m.group(1)]
            y, rel = m.group(2) or m.group(4), m.group(3)
        else:
            m = self.half.match(s)
            if m:
                h = int(m.group(4)) if m.group(4) else 1 if m.group(1) == "first" else 2  # "H1 2024"
                y, rel = m.group(2) or m.group(5), m.group(3)
                if y:
                    return self._fixed(f"{y}-H{h}", "year")
                return self._period_of_year(rel, f"H{h}", 6 * h - 5, 6, "year", "-half" in s)
            m = self.q.match(s)
            if not m:
                return None
            q, y, rel = int(m.group(1) or m.group(4)), m.group(2) or m.group(3), None
        if y:
            return self._fixed(f"{y}-Q{q}", "quarter")
        return self._period_of_year(rel, f"Q{q}", 3 * q - 2, 3, "quarter", "-quarter" in s)

    @staticmethod
    def _period_of_year(rel: str | None, code: str, first_month: int, months: int, precision: str,
                        adjectival: bool = False) -> Interp:
        """A quarter or half named without its year: "this/last/next year"'s, else under a past verb the latest
        one begun by the anchor, under a future verb the next one not yet over, else the anchor year's. An
        adjective ("fourth-quarter results", "first-half sales") names the latest one begun, whatever the verb:
        results are reported for a quarter under way or over ("will report fourth-quarter results" in February)."""
        off = {"this": 0, "last": -1, "next": 1}.get(rel or "", 0)

        def resolve(ref: Ref) -> Result:
            a = ref.anchor
            if a is None:
                return "DATE", f"XXXX-{code}", precision
            y = a.year + off
            if rel is None and (ref.direction == "past" or adjectival) and date(y, first_month, 1) > a:
                y -= 1
            elif rel is None and ref.direction == "future" and add_months(date(y, first_month, 1), months) <= a:
                y += 1
            return "DATE", f"{y}-{code}", precision
        return Interp("deictic", resolve)

    def _holiday(self, s: str) -> Interp | None:
        L = self.L
        m = self.holiday.match(s)
        if not m:
            return None
        rel, name, y = m.group(1), " ".join(m.group(2).split()), m.group(3)
        year_rel = m.group(4) or ("next" if re.search(r"\bin\s+(?:a|one|1)\s+year$", s) else None)

        def make(year: int) -> date | None:
            if name in L.holidays_fixed:
                mm, dd = map(int, L.holidays_fixed[name].split("-"))
                return safe_date(year, mm, dd)
            if name in L.holidays_nth:
                mm, wd, n = L.holidays_nth[name]
                return nth_weekday(year, mm, wd, n)
            if name in L.holidays_relative:
                base_name, days = L.holidays_relative[name]
                mm, wd, n = L.holidays_nth[base_name]
                return nth_weekday(year, mm, wd, n) + timedelta(days=days)
            return easter(year) + timedelta(days=L.holidays_easter[name])
        if y:
            d = make(int(y))
            return d and self._fixed(d.isoformat(), "day")
        words_dir = {"last": "past", "next": "future"}.get(rel or "")

        def resolve(ref: Ref) -> Result:
            if ref.anchor is None:
                return "DATE", "XXXX-XX-XX", "day"
            if year_rel:
                return "DATE", make(ref.anchor.year + {"this": 0, "last": -1, "next": 1}[year_rel]).isoformat(), "day"
            if rel == "this":
                d = make(ref.anchor.year)
            else:
                direction = words_dir or ref.direction
                d = pick_year(ref.anchor, make, direction)
                if words_dir and d == ref.anchor:
                    d = make(d.year + (1 if words_dir == "future" else -1))
            return "DATE", d.isoformat(), "day"
        return Interp("deictic", resolve, words_dir)

    def _spell_clock(self, s: str) -> str:
        """Spelled and colloquial clock times to digits: 'half past three pm' -> '3:30 pm', '15h' -> '15:00'."""
        hw = "|".join(sorted(self.L.hour_words, key=len, reverse=True))
        mw = "|".join(sorted((re.escape(k) for k in self.L.minute_words), key=len, reverse=True))
        s = re.sub(r"\b(\d{1,2})ish\b", r"\1", s)
        s = re.sub(r"\s+(?:approximately|approx\.?|or so)$", "", s)
        s = re.sub(r"\b(\d{1,2})\s*o'?\s*clock\s+(?=[ap]\.?m)", r"\1 ", s)
        s = re.sub(r"\b([1-9]|1[0-2])([0-5]\d)\s*(?=[ap]\.?\s*m\b)", r"\1:\2 ", s)       # 330 p.m.
        s = re.sub(r"\b([01]?\d|2[0-3])h\b(?!\d)", r"\1:00", s)                           # 15h
        s = re.sub(rf"\b({hw})[\s-]+({mw})\b", lambda m: f"{self.L.hour_words[m.group(1)]}:{self.L.minute_words[m.group(2).replace('-', ' ')]:02d}"
                   if self.L.hour_words[m.group(1)] else m.group(0), s)                   # ten thirty
        s = re.sub(rf"\b({hw})\b(?=\s*(?:[ap]\.?\s*m\b|o'?clock|in\s+the\s+(?:morning|afternoon|evening)|tonight))",
                   lambda m: str(self.L.hour_words[m.group(1)]), s)
        s = re.sub(rf"\bat\s+({hw})\b", lambda m: f"at {self.L.hour_words[m.group(1)]}", s)

        def past_to(m: re.Match) -> str:
            q = m.group(1)
            mins = 30 if q.startswith("half") else 15 if "quarter" in q else int(re.sub(r"\D", "", q) or 0)
            h_txt, ap = m.group(3), m.group(4) or ""
            h = 12 if h_txt in ("noon", "midday") else 0 if h_txt == "midnight" else int(h_txt)
            if m.group(2) in ("to", "till", "before"):
                mins, h = 60 - mins, h - 1
            if h_txt in ("noon", "midday") and not ap:
                return f"{h:02d}:{mins:02d}"
            return f"{h % 24 if h >= 0 else 23}:{mins:02d}{' ' + ap if ap else ''}"
        s = re.sub(rf"\b(half|a\s+quarter|quarter|\d{{1,2}}(?:\s+minutes)?)\s+(past|after|to|till|before)\s+"
                   rf"(\d{{1,2}}|noon|midday|midnight)\s*([ap]\.?\s*m\.?)?", past_to, s)
        s = re.sub(rf"\bhalf\s+(\d{{1,2}})\b", lambda m: f"{m.group(1)}:30", s)               # half three (British)
        s = re.sub(r"^([01]?\d|2[0-3])(?=\s+(?:in\s+the\s+(?:morning|afternoon|evening)|tomorrow|tonight|today|this\s))",
                   r"\1:00", s)                                                             # 8 tonight
        return s

    def _times(self, s: str) -> Interp | None:
        s = self._spell_clock(s)
        m = None
        for cand in self.time.finditer(s):
            if cand.group(0).strip():
                m = cand
                break
        if not m:
            return None
        g = m.groups()
        part = None
        if g[0] is not None:  # 12-hour clock
            h, mi, ap = int(g[0]), int(g[1] or 0), g[2].replace(".", "").replace(" ", "")
            if not 1 <= h <= 12 or mi > 59:
                return None
            h = (h % 12) + (12 if ap.startswith("p") else 0)
        elif g[3] is not None:
            h, mi = int(g[3]), int(g[4])
        elif g[5] is not None:
            h, mi = int(g[5]), int(g[6])
        elif g[7] is not None:
            h, mi = (0, 0) if g[7] == "midnight" else (12, 0)
        else:
            h, mi = int(g[8]), 0
            if h > 12:
                return None
        if g[9]:
            part = g[9]
            if part in ("afternoon", "evening", "night") and h < 12 and not (part == "night" and h < 4):
                h += 12
        hm = f"{h:02d}:{mi:02d}"
        rest = (s[:m.start()] + " " + s[m.end():]).strip()
        rest = self.time_glue.sub("", rest).strip() if rest else ""
        rest = re.sub(r"^(?:,|at|@|around|about|on|of|by|from)\s+|\s+(?:,|at|@|around|about|on|of)$", "", rest).strip(" ,")
        if not rest or rest in ("local time",):
            return Interp("time_only", lambda ref: ("TIME", f"{(ref.narrative or ref.anchor).isoformat() if (ref.narrative or ref.anchor) else 'XXXX-XX-XX'}T{hm}", "time"))
        day = self.interpret(rest)
        if day is None or day.kind in ("duration", "set", "vague", "time_only"):
            return None

        twelve_hour_given = g[0] is not None or g[9] is not None or g[7] is not None

        def resolve(ref: Ref) -> Result | None:
            got = day.resolve(ref)
            if not got or got[2] not in ("day", "time"):
                return None
            base, _, dpart = got[1].partition("T")
            hh = h
            if not twelve_hour_given and dpart in ("AF", "EV", "NI") and hh < 12 and not (dpart == "NI" and hh < 4):
                hh += 12
            return "TIME", f"{base}T{hh:02d}:{mi:02d}", "time"
        return Interp(day.kind, resolve, day.direction)
