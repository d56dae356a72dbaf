"""Antecedents of pronouns and descriptions: "the president", "the party", "the Republican nominee", "she".

Mixed into `resolve.Resolver`, which holds the article's candidates in text order (`persons`, `orgs`,
`cands`), the registry, the article's date and main country and the actor word classes.
"""
from __future__ import annotations

from collections import Counter

from .cands import Cand, _tokens, introduced_name

STATE_OFFICE_SECTORS = {"GOV", "MIL", "POL", "JUD"}
# how far back a pronoun's antecedent may be sought: three sentences that name someone, within six
MAX_SENTENCES_BACK = 6
# a person who runs a campaign ("Kell's campaign", "the Kell campaign") and holds no office on the article's date
# (none in the registry, none in the text; a former or future office holder included) is a candidate (GOLD.md
# OPP: political opposition and parties; a sitting senator who campaigns keeps LEG)
CANDIDATE_SECTOR = "OPP"


class AntecedentsMixin:
    """What a pronoun or a definite description points back to (see `keys.py` for the order of rules)."""

    def person_antecedent(self, c: Cand, before: list[Cand]) -> Cand | None:
        """The person a pronoun or description points back to: same sentence first, else the subject of up to
        three sentences back, never one of the other gender."""
        # text order: names are gathered before pronouns, yet "He said Kell …" makes "He" the first subject
        prior = sorted((p for p in before if p.start < c.start and not self.in_quote(p.start)), key=lambda p: p.start)
        want = self.w.pronoun_gender.get(c.text.lower()) if c.mkind == "pronoun" else None
        if want:  # "she" never goes to a person already known as "he" (and vice versa)
            prior = [p for p in prior if self.gender.get(p.key) in (None, want)]
        if not prior:
            return None
        same = [p for p in prior if p.sent == c.sent]
        if same:
            subj = [p for p in same if p.subject]
            return (subj or same)[-1]
        # the subject of the closest earlier sentence that has one (the main clause's first); a sentence naming
        # people only as objects is passed over ("It was a setback for the senator, who had backed the nominee.
        # He said …" is not the nominee's), and its last person is the answer only when no subject is near.
        # Sentences naming no one outside quotation marks (a quoted sentence, narration) are not counted among
        # the three looked at, up to six back
        nearest = None
        naming = sorted({p.sent for p in prior if c.sent - MAX_SENTENCES_BACK <= p.sent < c.sent}, reverse=True)
        for back in naming[:3]:
            sent = [p for p in prior if p.sent == back]
            subj = [p for p in sent if p.subject]
            if subj:
                return min(subj, key=lambda p: (p.depth, p.start))
            if sent and nearest is None:
                nearest = sent[-1]
        return nearest

    def key_country(self, key: str) -> str | None:
        """The country an actor's key carries (its registry role or a candidate's own)."""
        if key.startswith("s:"):
            return key[2:]
        for p in self.cands:
            if p.key == key:
                if p.reg is not None:
                    role = p.reg.role_at(self.date)
                    if role and role.country:
                        return role.country
                if p.country:
                    return p.country
        return None

    def key_offices(self, key: str) -> set[str]:
        """Every office an actor's candidates or registry role name ("foreign minister")."""
        out = set()
        for p in self.cands:
            if p.key == key:
                if p.office:
                    out.add(p.office)
                if p.reg is not None:
                    role = p.reg.role_at(self.date)
                    if role and role.office:
                        out.add(role.office)
        return out

    def describe(self, c: Cand) -> None:
        """Find what a definite description ("the president", "the party") refers to."""
        if c.akind == "state":  # "the government", "the kingdom" (not "the two governments": no one state)
            if self.dominant and not c.plural:
                c.key = f"s:{self.dominant}"
            elif not self.dominant and not c.plural:  # the one state no dictionary knows, named before
                unknown = {s.key for s in self.states if s.key and s.key.startswith("u:") and s.start < c.start}
                c.key = unknown.pop() if len(unknown) == 1 else None
            return
        if c.akind == "person" and introduced_name(self.doc, c, self.persons):  # "The Labour Party's leader, X,"
            return
        if c.akind == "person":
            self._describe_person(c)
            return
        # organisations: by the noun in the name, else by the sector the noun implies
        head = c.head
        for o in reversed(self.orgs):
            if o.start < c.start and head and head in _tokens(o.name):
                c.key = o.key
                return
        if head in self.w.state_nouns and self.dominant:
            c.key = f"s:{self.dominant}"
            return
        fits = self.w.generic_org_sectors.get(head)  # "the company" is a company, never a legislature or a ministry
        orgs = [o for o in self.orgs if fits is None or self.org_sector(o) in fits]
        if head in self.w.generic_org:  # a fitting name nearby first, one of known sector before one of unknown
            near = [o for o in orgs if o.start < c.start and c.sent - o.sent <= 3 and o.mkind == "name"]
            for o in sorted(near, key=lambda o: (self.org_sector(o) is not None, o.start), reverse=True):
                c.key = o.key  # "Brisk Co. … the company" after a bank named far before
                return
        # "the health ministry" with no ministry named before: another body than a health agency of another name
        # (a state body's type word of names, unless a generic one: "the agency" is the CDC named before)
        if c.sector and not (self.w.org_name_sector.get(head) == "GOV" and head not in self.w.generic_org):
            for o in reversed(self.orgs):
                if o.start < c.start and self.org_sector(o) == c.sector:
                    c.key = o.key
                    return
        if head in self.w.generic_org:
            counts = Counter(o.key for o in orgs if o.start < c.start and o.mkind == "name")
            if counts:
                c.key = counts.most_common(1)[0][0]
                return

    def _describe_person(self, c: Cand) -> None:
        """"the senator" to the titled person before it, "the Ruritanian photographer" to an untitled subject,
        "the Republican nominee" to a person without office, else the registry's holder of the office."""
        want_country = c.country
        if c.party_member:  # "Sen. X said … The Ruriton Republican added": the person a pronoun there would be
            p = self.person_antecedent(c, [q for q in self.persons if q.mkind == "name" and q.key])
            if p is not None and self.key_country(p.key) in (None, want_country or self.key_country(p.key)):
                c.key = p.key
            return
        for p in reversed(self.persons):
            if p.start >= c.start or p.mkind == "pronoun":
                continue
            titles = p.titles | self.key_offices(p.key)
            if (c.office and c.office in self.key_offices(p.key)) or c.head in titles:
                if want_country and self.key_country(p.key) != want_country:
                    continue
                c.key = p.key
                return
        if want_country and c.subject and c.head and c.head not in self.w.person_titles and not c.office:
            p = self.person_antecedent(c, [q for q in self.persons if q.mkind == "name"])
            if p is not None and p.key and self.key_country(p.key) is None and not self.key_offices(p.key) \
                    and not any(q.titles & self.w.person_titles for q in self.persons if q.key == p.key):
                c.key = p.key  # "X boarded late. The Ruritanian photographer had lost his passport."
                return
        if self._candidate_antecedent(c):
            return
        if c.office:
            country = want_country or self.dominant
            holder = self.reg.office_holder(country, c.office, self.date) if country else None
            if holder:
                r = self.reg.actor(holder, self.date)
                if r is not None:
                    c.key = f"r:{r.id}"
                    self.synth.setdefault(c.key, {"name": r.name, "reg": r, "kind": "person"})

    def _candidate_antecedent(self, c: Cand) -> bool:
        """A definite candidacy description ("the Democratic front-runner", "the U.S. presidential candidate")
        that no titled person answers names the nearest person before it, in its sentence or the two before,
        who holds no office on the article's date (none in the registry, no title or office in the text) and
        whose country does not disagree: "Kell attacked Ann Marsh after the Democratic front-runner said …"."""
        if c.sector != CANDIDATE_SECTOR or not c.definite or c.plural or self.in_quote(c.start):
            return False
        for p in reversed(self.persons):
            if p.start >= c.start or p.mkind != "name" or self.in_quote(p.start) or c.sent - p.sent > 2 or not p.key:
                continue
            if self._holds_office(p.key) or (c.country and self.key_country(p.key) not in (None, c.country)):
                continue
            c.key, c.no_fallback = p.key, False  # "the Republican nominee" says nothing against the person's country
            return True
        return False

    def _holds_office(self, key: str) -> bool:
        """Does the actor hold an office on the article's date: a registry role held then, or a title or office
        its mentions give ("Sen. X", "the president")? A candidacy title is no office."""
        for q in self.cands + self.persons:
            if q.key != key:
                continue
            if q.office or (q.titles & self.w.person_titles and q.sector != CANDIDATE_SECTOR):
                return True
            if q.reg is not None and any(r.holds(self.date) and r.sector for r in q.reg.roles):
                return True
        return False

    @staticmethod
    def _state_office(cs: list[Cand], sector: str | None) -> bool:
        """An office of a state whose state the text leaves unnamed ("Solicitor General X", "the press
        secretary"): the article's main state holds it. Legislators are not: "Senator" exists in many states."""
        if any(c.office for c in cs):
            return True
        return sector in STATE_OFFICE_SECTORS and any(c.titles and c.mkind in ("name", "description") for c in cs)

    def _legislator(self, cs: list[Cand], sector: str | None) -> bool:
        """A legislator by a title of their own ("Sen. X", "Representative X", "X, a member of parliament"), or a
        candidate who was one ("X, the former senator and presidential candidate,")."""
        if sector == CANDIDATE_SECTOR:
            return any(c.titles & self.w.legislator_titles and c.mkind in ("name", "description") for c in cs)
        return sector == "LEG" and any(c.titles and c.mkind in ("name", "description") for c in cs)

    def org_sector(self, o: Cand) -> str | None:
        """An organisation candidate's sector (its registry role's, else its own)."""
        if o.reg is not None:
            role = o.reg.role_at(self.date)
            return role.sector if role else None
        return o.sector

