"""Titles over lists of names and the tags after a name (mixed into `mentions.Finder` beside `titles.TitlesMixin`).

A plural title before a list is each name's ("Sens. A (Ariz.), B (N.H.) and C (Iowa)", "Representatives A, B and
C"), a US politician's party or state tag after the name ("(D-Ore.)", "(Ore.)"), and the periods of abbreviated
titles that the tokenizer split off ("Reps" + ".").
"""
from __future__ import annotations

from .cands import _PARTY_TAG, Cand


class ListsMixin:
    """Plural titles, party tags and split abbreviations (needs the Finder's `doc` and word lists `w`)."""

    def _title_word(self, i: int) -> str:
        """Token i's lower-case text, with the period of a plural title the tokenizer split off ("Sens" + "." ->
        "sens.": the title of a list of names). A singular one split off ("Police Lt" + ".") stays unread, as
        before: the body's word before it says more than the rank."""
        doc = self.doc
        low = doc[i].lower_
        plural = self.w.title_abbreviations.get(low + ".", "").endswith("s")
        return low + "." if plural and i + 1 < len(doc) and self._split_abbreviation(i + 1, 0) else low

    def _party_tag(self, c: Cand, te: int) -> None:
        """A US politician's party tag after the name: "Sen. Ann Hale (D-Ore.)", "Rep. Bo Kim (R-Texas)",
        "Gov. Al Tran (R)": the United States (a bare party letter only after a title); a legislator's title
        or a state in the tag gives LEG. A state alone ("Sens. Ann Hale (Ore.), …") is the person's place; with a
        legislator's title it is that legislator's state."""
        doc = self.doc
        close = self._party_tag_close(te)
        if close is None:
            return
        m = _PARTY_TAG.fullmatch(doc[te + 1:close].text)
        words = {self.w.title(t).rstrip(".") for t in c.titles}
        if m is not None and (m.group(2) and m.group(2).strip() not in self.w.us_state_abbreviations
                              or (not m.group(2) and not c.titles)):
            return
        if c.reg is None and (c.country is None or c.country_weak):
            c.country, c.csource, c.country_weak = "USA", "party" if m else "place", False
        other_title = any(w in self.w.person_titles and w not in self.w.legislator_titles for w in words)
        if c.sector is None and c.reg is None:  # "Gov. Al Tran (R-Texas)" is no legislator
            c.sector = "LEG" if words & self.w.legislator_titles or (m and m.group(2) and not other_title) else None
        if hasattr(self, "extended"):
            self.extended.update(range(te, close + 1))  # "(D-Ore.)" is no organisation or place of its own

    def _party_tag_close(self, te: int) -> int | None:
        """The closing parenthesis of a party tag "(D-Ore.)" opening at token te, else None."""
        doc = self.doc
        if te + 2 >= len(doc) or doc[te].text != "(":
            return None
        close = next((k for k in range(te + 1, min(len(doc), te + 8)) if doc[k].text == ")"), None)
        if close is None:
            return None
        inner = doc[te + 1:close].text
        return close if _PARTY_TAG.fullmatch(inner) or inner.strip() in self.w.us_state_abbreviations else None

    def _distribute_titles(self, out: list[Cand]) -> None:
        """A plural title before a list of names is each one's: "Representatives Eliot Engel, Adam Schiff,
        and Elijah Cummings"."""
        doc = self.doc
        persons = sorted((c for c in out if c.akind == "person" and c.mkind == "name"), key=lambda c: c.ts)
        src, heirs = None, set()
        for prev, c in zip(persons, persons[1:]):
            if prev.name_ts is not None and prev.name_ts > prev.ts and any(
                    (t.endswith("s") or t.endswith("men")) and (t[:-1] in self.w.person_titles or t in self.w.legislator_titles)
                    for t in prev.titles):
                src = prev
            elif id(prev) not in heirs:
                src = None
            if src is None or c.reg is not None or not self._list_gap(prev.te, c.ts):
                continue
            heirs.add(id(c))
            c.titles = c.titles | src.titles
            c.sector = c.sector or src.sector
            if c.country is None and src.country is not None:
                c.country, c.country_weak, c.csource = src.country, src.country_weak, src.csource
            c.affiliation = c.affiliation or src.affiliation

    def _list_gap(self, s: int, e: int) -> bool:
        """Are tokens [s, e) the gap between two names of a list: commas and "and", after each name its short
        bracketed tag ("Sens. Ann Hale (Ore.), Bo Kim (R-Texas) and …") or its place ("Ann Hale of Oregon, …")?"""
        doc = self.doc
        i, joined = s, False
        while i < e and e - s <= 12:
            t = doc[i]
            if t.text == "(":
                close = next((k for k in range(i + 1, min(e, i + 7)) if doc[k].text == ")"), None)
                if close is None:
                    return False
                i = close + 1
            elif t.lower_ == "of" and i + 1 < e and doc[i + 1].ent_type_ == "GPE":
                i += 1
                while i < e and doc[i].ent_type_ == "GPE":
                    i += 1
            elif t.text == "," or t.lower_ == "and" or t.is_space:
                joined, i = joined or not t.is_space, i + 1
            else:
                return False
        return joined and i == e

    def _split_abbreviation(self, i: int, sent_start: int) -> bool:
        """Is token i the period of a title abbreviation the tokenizer split off ("Reps" + ".")?"""
        doc = self.doc
        return doc[i].text == "." and i - 1 >= sent_start and not doc[i - 1].whitespace_ \
            and doc[i - 1].lower_ + "." in self.w.title_abbreviations

    def title_sentence_start(self, ts: int) -> int:
        """The first token of the sentence a title before token ts may reach back to: the sentence's, or the one
        before when the parser ended a sentence at the period of a title the tokenizer split off ("Reps. X",
        "Sens.\u00a0X": a no-break space is a token of its own), also where title words stand between that period
        and the name ("Atty. Gen. X": the attorney general, not a general)."""
        doc = self.doc
        start = self.sent_first[ts]
        while start >= 2:
            p = start - 1
            while p > 0 and doc[p].is_space:
                p -= 1
            if p < 1 or not self._split_abbreviation(p, self.sent_first[p]) or not all(
                    doc[k].is_space or self.is_title_word(doc[k]) for k in range(start, ts)):
                break
            start = self.sent_first[p]
        return start
