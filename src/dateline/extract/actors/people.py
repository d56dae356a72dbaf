"""What is known of people beyond the article's words: the packaged table of public people, the registry's future
office holders (candidates), and the learned sectors of role words no dictionary lists (mixed into `resolve.Resolver`)."""
from __future__ import annotations

from ...knowledge.registry import norm
from .antecedents import CANDIDATE_SECTOR

# a person the registry knows only as taking one of these offices within this many years after the article's date,
# with no office before, is a candidate on that date (a US presidential campaign runs about two years)
ELECTED_OFFICES = frozenset({"president", "vice president"})
ELECTED_WITHIN_YEARS = 2


# words that make a title a past one ("former Gov. X", "X, a onetime senator,"): PLOVER's ELI, an office no longer held
PAST_MARKERS = frozenset({"former", "ex", "ex-", "onetime", "erstwhile", "then", "then-"})


# an international body's own code is its sector too (GOLD.md's IGO and NGO; every such actor of the dev gold):
# the World Health Organization and its officers are IGO, not HLH; an international charity and its staff NGO.
# Armed bodies and forces keep theirs ("coalition troops" MIL); anonymous actors and groups keep their role's.
INTERNATIONAL_CODES = frozenset({"IGO", "NGO"})
KEEP_UNDER_INTERNATIONAL = frozenset({"REB", "MIL", "POL"})


def international_sector(kind: str, country: str | None, sector: str | None) -> str | None:
    """The sector of a named organisation or person whose country is an international body's code: that code,
    unless the sector is an armed one (or none)."""
    if kind in ("organization", "person") and country in INTERNATIONAL_CODES and sector is not None \
            and sector not in KEEP_UNDER_INTERNATIONAL:
        return country
    return sector


class PeopleMixin:
    """Person attributes from packaged tables (needs the Resolver's `w`, `date` and `unsectored_affiliation`)."""

    def _public_person(self, name, reg, country, sector, source):
        """What the packaged table of public people (words `people`, mined from a news corpus: who it calls
        "Sen. X", "Gov. X", "presidential candidate X") says of a person the text leaves without a sector or a
        country, when the article's date is within a year of the dates it was mined from: the sector where none was
        found (a registry person out of office only when the table has them running: OPP), and the country."""
        entry = self._public_entry(name)
        if entry is None:
            return country, sector, source
        if reg is not None:  # a former office holder the corpus has running ("Hillary Clinton" in 2016)
            return country, CANDIDATE_SECTOR if entry["sector"] == CANDIDATE_SECTOR else sector, source
        if country is None and entry.get("country"):
            country, source = entry["country"], "registry"
        return country, sector or entry["sector"], source  # the text's own sector first ("Kell's campaign": OPP)

    def _public_entry(self, name) -> dict | None:
        """The table of public people's entry for a name, when the article's date is within a year of its dates."""
        entry = self.w.people.get(name.lower()) if name else None
        if entry is None or not self.date or len(self.date) < 10 or not (entry.get("first") and entry.get("last")):
            return None
        first, last = entry["first"], entry["last"]
        if not f"{int(first[:4]) - 1}{first[4:]}" <= self.date[:10] <= f"{int(last[:4]) + 1}{last[4:]}":
            return None
        return entry

    def _public_country(self, name) -> str | None:
        """The country the table of public people gives a name near its dates (None outside them)."""
        entry = self._public_entry(name)
        return entry.get("country") if entry else None

    def _public_body(self, cs, name) -> dict:
        """What the packaged table of public bodies (words `bodies`, mined from a news corpus by what other
        articles call them: "Brisk Capital, an investment firm", "the Lantern Daily's editor") says of a named
        organisation the registry lacks, by its name or any name it is mentioned by: its sector ({} when the table
        is silent)."""
        bodies = self.w.bodies
        if not bodies:
            return {}
        for text in [name] + [c.text for c in cs if c.mkind == "name"]:
            entry = bodies.get(norm(text))
            if entry:
                return entry
        return {}

    def _elected_soon(self, reg) -> bool:
        """Does the registry know the person, holding no office on the article's date and none before it, as
        taking an elected office (ELECTED_OFFICES) within ELECTED_WITHIN_YEARS after that date? Then the article
        meets a candidate (a future president during the campaign)."""
        if reg is None or not self.date or len(self.date) < 4 or not self.date[:4].isdigit():
            return False
        if any(r.start is None or r.start <= self.date for r in reg.roles):
            return False
        horizon = f"{int(self.date[:4]) + ELECTED_WITHIN_YEARS}{self.date[4:]}"
        return any(r.office in ELECTED_OFFICES and r.start <= horizon for r in reg.roles)

    def _candidacy(self, key, name, cs, groups, evidence, reg, role, sector):
        """A person's sector once candidacies are read. One who runs ("Kell's campaign", a registry person elected
        soon after the date, one the table of public people has running) and holds no office on the date, or only
        a past one ("former Gov. X": PLOVER's ELI), is a candidate (OPP); a sitting office holder who runs keeps the
        office. One the text calls only a candidate ("presidential candidate X") whom the table has as a sitting
        legislator near the date keeps the seat (LEG: a senator running for president is still a senator)."""
        runs = any(c.campaign for c in cs) or any(f"g:{key}:{w}" in groups for w in ("campaign", *self.w.candidacy_nouns))
        runs = runs or (sector is None and self._elected_soon(reg)) or self._called_candidate(evidence) or (
            sector in ("GOV", "LEG") and self._table_runs(name))
        if runs and (sector is None or (role is not None and not role.holds(self.date)) or (
                sector in ("GOV", "LEG") and role is None and self._former_office_only(evidence))):
            return CANDIDATE_SECTOR  # "Kell's campaign" and no office held today: a candidate
        if sector == CANDIDATE_SECTOR and reg is None and not self._past_named(evidence):
            entry = self._public_entry(name)
            if entry is not None and entry.get("sector") == "LEG":
                return "LEG"
        return sector

    def _called_candidate(self, evidence) -> bool:
        """Does a title or a description call the person a candidate now ("presidential candidate X", "X, a
        Democratic presidential candidate,"; not "a former nominee")? Words `candidate_titles`."""
        for c in evidence:
            words = c.titles | set(c.text.lower().split()) if c.mkind == "description" else c.titles
            if words & self.w.candidate_titles and not words & PAST_MARKERS:
                return True
        return False

    @staticmethod
    def _past_named(evidence) -> bool:
        """Does any mention call a role of theirs a past one ("former Sen. X", "X, a onetime senator,")?"""
        return any(PAST_MARKERS & (c.titles | set(c.text.lower().replace("-", " - ").split())) for c in evidence)

    def _table_runs(self, name) -> bool:
        """Does the table of public people have the person running (OPP) near the article's date? With nothing in
        the text but a past office ("former Gov. X"), the corpus's other articles tell the candidacy."""
        entry = self._public_entry(name)
        return entry is not None and entry.get("sector") == CANDIDATE_SECTOR

    def _former_office_only(self, evidence) -> bool:
        """Does every mention that gives the person a government or legislature sector or an office call it a past
        one ("former Gov. X", "X, a former senator,")? The codebook's former officials (PLOVER ELI); one who runs for office
        in the article is a candidate (GOLD.md OPP) rather than the government."""
        words = [set(c.text.lower().replace("-", " - ").split()) for c in evidence]
        past = set().union(*(w for w in words if w & PAST_MARKERS))  # "X, a former governor,": its words
        gov = [(c, w) for c, w in zip(evidence, words) if c.sector in ("GOV", "LEG") or c.office]
        return bool(gov) and all(PAST_MARKERS & (c.titles | w) or c.titles and c.titles <= past for c, w in gov)

    def _role_sector(self, key, evidence) -> str | None:
        """The sector WordNet's neighbours of a person's own role word give (`Cand.role_sector`, set where the title
        or apposition is a role word the agents dictionary lacks: "veterinarian X", "X, a police inspector,"), for a
        person nothing else gave a sector; not for one tied to an organisation of unknown sector (its guess wins)."""
        if key in self.unsectored_affiliation:
            return None
        return next((c.role_sector for c in evidence if c.role_sector), None)
