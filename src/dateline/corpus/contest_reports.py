"""Reports of one contest's outcome across articles: who won where (issue 12, session 28).

Campaign news repeats results more than anything else ('Kell won the Varna primary on Tuesday', "Kell's victories
in Varna and Tarn", 'She was projected the winner in Varna'), and a result is no PLOVER event: the events stage makes
nothing of it, so the linker never met those reports. Here every sentence of a linked article is read by the
contest reader (`contests.outcomes`, WordNet's win/lose/defeat words); each outcome with a winner and a place the
places stage found in its clause ('in Varna', 'won Varna', "Varna's primary"; each place of a list) is a report of
the contest (winner, place). Reports of one (winner, place) published within `contest_report_days` of the contest's
first report are one contest: a corpus record of its own (`corpus_contests`) with its reports
(`corpus_contest_reports`), counted by articles and distinct outlets like a corpus event. A pronoun winner ('she won
Varna') is the actor the actors stage resolves it to; a loser alone ('Osei lost Varna') names no winner and is left.
A plan, a condition or a negation ('Kell could win Varna', 'if Kell wins') is no outcome (`contests._read`).
"""
from __future__ import annotations

import json
import re
from typing import Any, Iterable

from itertools import combinations

from . import contests
from .conflicts import add
from .contest_figures import figures
from .signature import day_number, settings, stem

# a sentence ends at . ! ? (and closing quotes) before a space and a capital or a quote, not after a title or an initial
_END = re.compile(r"(?<!\b[A-Z])(?<!\b(?:Mr|Ms|Dr|St|Jr|Sr|Lt|No))(?<!\b(?:Mrs|Sen|Gov|Rep|Gen|Sgt))"
                  r"[.!?][\"'”’)]*(?=\s+[\"“A-Z])|\n+")
_HINT = re.compile(r"\b(?:w[io]n|winn|victor|defeat|beat|lost|los[ei]|triumph|rout|landslide|romp|vanquish|"
                   r"overc[ao]me|sweep|swept|blowout|carr(?:y|ie)|t[ao]o?k|delegate|nomination|nominee)", re.I)
Report = dict[str, Any]
_ARTICLES = frozenset(("the", "of"))


def sentences(text: str) -> Iterable[tuple[int, int]]:
    """(start, end) of each sentence of a text (a line break ends one too)."""
    start = 0
    for m in _END.finditer(text):
        end = m.start() if m.group()[:1] == "\n" else m.end()
        while start < end and text[start].isspace():
            start += 1
        if start < end:
            yield start, end
        start = m.end()
    while start < len(text) and text[start].isspace():
        start += 1
    if start < len(text):
        yield start, len(text)


def _key(name: str) -> str:
    """A player's key as the contest reader makes it: the stem of the name's last word ('Ted Cruz' -> cruz)."""
    words = re.findall(r"[A-Za-z][A-Za-z'’\-]*", name)
    return stem(words[-1].lower().replace("’", "'").split("'")[0]) if words else ""


def _pronouns(rec: dict[str, Any]) -> dict[int, dict[str, Any]]:
    """{character offset: actor} of the pronouns the actors stage resolved."""
    return {m["start"]: a for a in rec.get("actors") or () for m in a.get("mentions") or ()
            if m.get("kind") == "pronoun" and isinstance(m.get("start"), int)}


def _winner(o: dict[str, Any], start: int, pronouns: dict[int, dict[str, Any]], names: dict[str, str]
            ) -> tuple[str, str] | None:
    """(key, the actor's name the actors stage gives it, or the key) of the outcome's winner, or None."""
    w = o.get("w")
    if not w:
        return None
    if w.startswith(contests.PRONOUN):
        actor = pronouns.get(start + int(w[len(contests.PRONOUN):]))
        name = (actor or {}).get("name") or ""
        return (_key(name), name) if _key(name) else None
    return w, names.get(w) or w


def _places(rec: dict[str, Any], start: int, end: int, names: list[str]) -> list[tuple[str, str]]:
    """(key, name) of each place the places stage found in the sentence whose words the outcome's clause names; the
    key is the place's words as written (stemmed), since the gazetteer may read one name as a city in one report and
    as a state in another."""
    out = {}
    for p in rec.get("places") or ():
        if not (isinstance(p, dict) and isinstance(p.get("start"), int) and start <= p["start"] < end):
            continue
        if p.get("role") not in (None, "literal"):
            continue
        words = [stem(w.lower()) for w in re.findall(r"[A-Za-z]{2,}", (p.get("text") or "").replace("’", "'"))
                 if w.lower() not in _ARTICLES]  # 'the Virgin Islands', "Varna's"
        if words and all(w in names for w in words):
            out[" ".join(words)] = p.get("name") or p.get("text")  # keyed as written: 'New York' the city or state
    return sorted(out.items())


def _placeless_ok(o: dict[str, Any], said: str, places: list) -> bool:
    """Whether an outcome naming no place may stand for its winner's one contest: one win told outright (not 'wins',
    'victories', nor a count of what was won: those sum several contests up), its clause naming nothing else, in a
    sentence naming no place at all (a place outside the outcome's clause may be another contest's)."""
    if places or o["n"] or o.get("count") is not None or not o.get("all") or o.get("l"):
        return False
    word = re.match(r"[A-Za-z]+", said[o["at"]:])
    return not (word and word.group().lower().endswith(("ies", "wins", "sweeps", "routs", "romps")))


def reports(rec: dict[str, Any]) -> list[Report]:
    """Every contest outcome report of an article: {'winner', 'winner_name', 'place', 'place_name', 'start', 'end',
    'text'} (one per place of the outcome; a sentence telling two winners gives a report for each)."""
    text = (rec.get("article") or {}).get("text") or ""
    pronouns, out, seen = _pronouns(rec), [], set()
    names = {_key(a["name"]): a["name"] for a in reversed(rec.get("actors") or ()) if a.get("name")}
    for start, end in sentences(text):
        said = text[start:end]
        if not _HINT.search(said):
            continue
        for o in contests.outcomes(said, pronouns=True, wide=bool(settings().get("contest_wide", True))):
            who = _winner(o, start, pronouns, names)
            if who is None:
                continue
            places = [(o["office"], o["office"])] if o.get("office") else _places(rec, start, end, o["n"])
            if not places and not _placeless_ok(o, said, [p for p in rec.get("places") or ()
                                                          if isinstance(p.get("start"), int) and start <= p["start"] < end]):
                continue
            for place, place_name in places or [(None, None)]:  # no place: `ContestLinker.file` may find its contest
                if (who[0], place, start) not in seen:
                    seen.add((who[0], place, start))
                    out.append({"winner": who[0], "winner_name": who[1], "place": place, "place_name": place_name,
                                "start": start, "end": end, "text": said.strip(),
                                **figures(said, o["at"], len(places))})  # no place: nobody's figure
    return out


class ContestLinker:
    """Files the contest reports of linked articles into contests (one linking run); idempotent per article."""

    def __init__(self, conn):
        self.conn = conn
        self.days = int(settings().get("contest_report_days", 10))
        self.touched: set[int] = set()
        self.placeless = bool(settings().get("contest_placeless", True))
        self.offices = frozenset(settings().get("contest_offices") or ())
        self.margin_points = float(settings().get("contest_margin_points", 2.0))
        self.reread_on = bool(settings().get("contest_reread", False))
        self.filed: list[tuple[str, int]] = []

    def file(self, rec: dict[str, Any], outlet: str | None) -> int:
        """Link an article's contest reports: each joins the contest of its winner and place whose first report is
        nearest within the window, or opens one. The number of reports filed."""
        aid, published = rec["article"]["id"], (rec["article"].get("date") or "")[:10] or None
        day = day_number(published)
        found = reports(rec) if day is not None else []
        found = [r for r in found if r["place"] is not None or self._only_place(r, day, found)]
        for r in found:
            row = self.conn.execute(
                "SELECT id FROM corpus_contests WHERE winner = ? AND place = ? AND first_day BETWEEN ? AND ? "
                "ORDER BY abs(first_day - ?), id LIMIT 1",
                (r["winner"], r["place"], day - self.days, day + self.days, day)).fetchone()
            cid = row[0] if row else self.conn.execute(
                "INSERT INTO corpus_contests (winner, winner_name, place, place_name, first_day, n_articles, "
                "n_outlets, outlets) VALUES (?,?,?,?,?,0,0,'[]')",
                (r["winner"], r["winner_name"], r["place"], r["place_name"], day)).lastrowid
            self.conn.execute("INSERT OR IGNORE INTO corpus_contest_reports VALUES (?,?,?,?,?,?,?,?,?,?,?,'read')",
                              (aid, cid, published, outlet, day, r["start"], r["end"], r["text"], r["winner_name"],
                               r["share"], r["margin"]))
            self.touched.add(cid)
        if day is not None:
            self.filed.append((aid, day))
        return len(found)

    def _only_place(self, r: Report, day: int, mine: list[Report]) -> bool:
        """A report naming no place ("Kell's clear victory on Tuesday") is of the one contest its winner has in the
        window (other articles' contests, or the places this article's other reports give the winner) and takes its
        place; with none, or several (a candidate who won two states that week), it is left out."""
        if not self.placeless:
            return False
        places = {p for (p,) in self.conn.execute(
            "SELECT DISTINCT place FROM corpus_contests WHERE winner = ? AND first_day BETWEEN ? AND ?",
            (r["winner"], day - self.days, day + self.days))} | {x["place"] for x in mine if x["winner"] == r["winner"]}
        places = {p for p in places if p is not None and p not in self.offices}
        if len(places) != 1:
            return False
        r["place"] = places.pop()
        r["place_name"] = next((x["place_name"] for x in mine if x["place"] == r["place"] and x["place_name"]), None) \
            or (self.conn.execute("SELECT place_name FROM corpus_contests WHERE winner = ? AND place = ? LIMIT 1",
                                  (r["winner"], r["place"])).fetchone() or (r["place"],))[0]
        return True

    def forget(self, aid: str) -> None:
        """Take an article's reports out; its contests are refreshed (or dropped when no report is left)."""
        self.touched |= {r[0] for r in self.conn.execute(
            "SELECT contest_id FROM corpus_contest_reports WHERE article_id = ?", (aid,))}
        self.conn.execute("DELETE FROM corpus_contest_reports WHERE article_id = ?", (aid,))

    def flush(self) -> int:
        """Counts, outlets, first day and earliest article of every contest this run touched (after the re-read
        reports, `contest_rereads`), and the conflicts of their reports' figures (`shares`); the number of conflicts
        listed. A contest only re-read reports are left of is dropped with them."""
        if self.reread_on:
            from .contest_rereads import reread_contests
            self.touched |= reread_contests(self.conn, self.touched, self.filed, self.days)
        found = 0
        for cid in sorted(self.touched):
            rows = self.conn.execute("SELECT article_id, outlet, day, published, how FROM corpus_contest_reports WHERE "
                                     "contest_id = ? ORDER BY published, article_id", (cid,)).fetchall()
            read = [r for r in rows if r[4] == "read"]
            if not read:
                self.conn.execute("DELETE FROM corpus_contest_reports WHERE contest_id = ?", (cid,))
                self.conn.execute("DELETE FROM corpus_contests WHERE id = ?", (cid,))
                continue
            outlets = sorted({o or f"article:{a}" for a, o, _d, _p, _h in rows})
            self.conn.execute("UPDATE corpus_contests SET first_day = ?, earliest_article = ?, earliest_report = ?, "
                              "n_articles = ?, n_outlets = ?, outlets = ? WHERE id = ?",
                              (min(r[2] for r in read), read[0][0], read[0][3], len({r[0] for r in rows}),
                               len(outlets), json.dumps([o for o in outlets if not o.startswith("article:")]), cid))
            found += self.shares(cid)
        self.touched, self.filed = set(), []
        return found

    def shares(self, cid: int) -> int:
        """A `figure` conflict between two articles' reports of one contest that give its winner vote shares a point
        or more apart ('Kell won Varna with 58 percent' / 'with 51 percent') or margins `contest_margin_points` or
        more apart ('Kell carried Varna by 12 points' / 'by 4 points'); each side with its sentence and outlet, one
        row for both figures of one pair of sentences."""
        apart: dict[tuple, list] = {}
        for column, what, unit, gap in (("share", "vote share", "percent", 1.0),
                                        ("margin", "margin", "points", self.margin_points)):
            rows = self.conn.execute(
                "SELECT r.article_id, r.evidence_start, r.evidence_text, r.outlet, r." + column + ", c.winner_name, "
                "c.place_name FROM corpus_contest_reports r JOIN corpus_contests c ON c.id = r.contest_id WHERE "
                "r.contest_id = ? AND r." + column + " IS NOT NULL ORDER BY r.published, r.article_id, "
                "r.evidence_start", (cid,)).fetchall()
            first = {}
            for row in rows:
                first.setdefault(row[0], row)
            for a, b in combinations(list(first.values()), 2):
                if abs(a[4] - b[4]) >= gap:
                    told = (what, f"{a[4]:g} {unit}", f"{b[4]:g} {unit}")
                    apart.setdefault((a[:4], b[:4], a[5], a[6]), []).append(told)
        found = 0
        for (a, b, winner, place), told in apart.items():
            found += add(self.conn, "figure", "corpus", None,
                         f"contest: {winner} won {place} ({', '.join(t[0] for t in told)})",
                         (a[0], f"s:{a[1]}", a[2], a[3]), (b[0], f"s:{b[1]}", b[2], b[3]),
                         ("; ".join(t[1] for t in told), "; ".join(t[2] for t in told)), None, found_by="contest")
        return found
