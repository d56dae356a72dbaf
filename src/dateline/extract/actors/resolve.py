"""Grouping mentions into actors: `keys.py` gives every mention its actor's key in text order (short names to the
earlier full name, descriptions and pronouns to their antecedents; its docstring lists the rules); the `Resolver`
holds one article's grouping state and makes one actor per key, with its kind, name, country and sector in order
of trust (registry role, the mentions' own words, the affiliation, then the article's country).
"""
from __future__ import annotations

from collections import Counter

from ...knowledge.actor_words import ActorWords
from ...knowledge.registry import Registry, norm
from ...record import Actor, Mention
from .antecedents import CANDIDATE_SECTOR, STATE_OFFICE_SECTORS, AntecedentsMixin
from .article_country import takes_main_country
from .person_country import choose as choose_person_country
from .cands import Cand, registry_entry
from .keys import KeysMixin
from .people import PeopleMixin, international_sector

# kinds of actor that take the article's main country when nothing in the text or registry gives one
# (never persons: a person gets a country only from evidence, or from holding an unnamed state's office)
FALLBACK_KINDS = {"organization", "group"}
# a person without evidence takes the article's country (words.json person_article_country, on since session 22)
# only when the article is mostly about it and the paragraph first naming the person names no other country
# (calibrated on the seven spent actor sets, 460 actors without evidence: 0.5 gave 24 more right countries and 4
# more wrong ones; 0.4 25 and 7; the same shares without the paragraph check 30 and 12)
PERSON_PARAGRAPH_SHARE = 0.5
# a legislator by title ("Sen. X", "Representative X") whose state the text leaves unnamed sits in the article's
# main state's legislature when the article is mostly about it (senators exist in many states: not below this)
LEGISLATOR_ARTICLE_SHARE = 0.5
# an organisation without evidence takes the article's main country only when that country has this share of
# the votes (0.4 on eval/actors: precision 0.82 -> 0.91 against 22 % -> 31 % left empty; never lower on dev)
ORG_ARTICLE_SHARE = 0.4
# a person whom neither the registry nor the text ties to any office, title or organisation is a private person
# (GOLD.md CVL); eval/actors sector 0.62 -> 0.68, seed+dev 0.889 -> 0.895
PRIVATE_PERSON_SECTOR = "CVL"
# a named organisation with no sector evidence at all takes the sector most such organisations had on the spent
# actor sets (eval/actors labels, s5-s9: NGO 15 of 42, BUS 8, MED 8, CVL 7, GOV 6, OPP 5 — advocacy groups,
# unions, associations and funds rarely carry a type word the tables know); null was right for one of them
UNKNOWN_ORG_SECTOR = "NGO"


class Resolver(KeysMixin, AntecedentsMixin, PeopleMixin):
    def __init__(self, reg: Registry, date: str | None, dominant: str | None, in_quote, words: ActorWords,
                 dominant_share: float = 0.0, countries_near=None):
        """Grouping state for one article: the registry, its date, its main country and share, the quote test,
        and the countries named in the paragraph around a character offset."""
        self.w = words
        self.countries_near = countries_near or (lambda pos: set())
        self.dominant_share = dominant_share
        self.reg = reg
        self.date = date
        self.dominant = dominant
        self.vote_shares: dict[str, float] = {}  # every named country's share of the votes (article_country.py)
        self.in_quote = in_quote
        self.cands: list[Cand] = []
        self.persons: list[Cand] = []     # person cands with keys, text order
        self.orgs: list[Cand] = []
        self.groups: list[Cand] = []
        self.states: list[Cand] = []
        self.acronyms: dict[str, str] = {}
        self.synth: dict[str, dict] = {}  # key → attributes of actors that only the registry named
        self.n_anon = 0
        self.gender: dict[str, str] = {}  # actor key → "m"/"f", from titles and resolved pronouns
        # person key → the organisation of unknown sector that is its only affiliation (last-resort sectors)
        self.unsectored_affiliation: dict[str, str] = {}
        self.ahead: dict[int, Cand] = {}  # id of a bare surname's candidate -> the first full name after it
        self.defaulted: set[str] = set()  # keys whose sector is a default (CVL, NGO); ids of their actors:
        self.defaulted_actors: set[int] = set()  # (`actors()`) for the learned last resort (sector_guess.py)

    # ------------------------------------------------------------ actors
    def actors(self, media_names: frozenset = frozenset()) -> list[Actor]:
        """The article's actors, one per key, ordered by first mention; a span claimed twice stays with the
        earliest. `media_names`: normalised names the article cites as news sources (`last_resort_sectors`)."""
        groups: dict[str, list[Cand]] = {}
        for c in self.cands:
            if c.key:
                groups.setdefault(c.key, []).append(c)
        for key in self.synth:
            groups.setdefault(key, [])
        memo: dict[str, tuple] = {}
        for key, cs in groups.items():
            if cs:
                self.attributes(key, groups, memo, 0)
        self.last_resort_sectors(groups, memo, media_names)
        out = []
        for key, cs in groups.items():
            if not cs:
                continue
            kind, name, country, sector, reg, source = memo[key]
            mentions, seen = [], set()
            for c in sorted(cs, key=lambda x: (x.start, -x.end)):
                if (c.start, c.end) in seen:
                    continue
                seen.add((c.start, c.end))
                mentions.append(Mention(c.start, c.end, c.text, c.mkind))
            office = next((c.office for c in cs if c.office), None)
            if office is None and reg is not None:
                role = reg.role_at(self.date)
                office = role.office if role else None
            out.append(Actor(id="", name=name, kind=kind, country=country, sector=sector,
                             kb_id=reg.id if reg is not None else None, mentions=mentions, role=office,
                             country_source=source))
            if key in self.defaulted:
                self.defaulted_actors.add(id(out[-1]))
        out.sort(key=lambda a: a.mentions[0].start)
        # one actor per span: the first (earliest-starting) keeps a doubly claimed span
        claimed: set[tuple[int, int]] = set()
        final = []
        for a in out:
            a.mentions = [m for m in a.mentions if (m.start, m.end) not in claimed]
            claimed.update((m.start, m.end) for m in a.mentions)
            if a.mentions:
                final.append(a)
        for i, a in enumerate(final, 1):
            a.id = f"a{i}"
        return final

    def last_resort_sectors(self, groups, memo, media_names) -> None:
        """Sectors where no word, registry entry or affiliation gave one, set after every other rule so that
        only a person with no sector of its own inherits them: an organisation named by a proper name that the
        article cites as a news source is media; any other takes UNKNOWN_ORG_SECTOR, and so does a person whose
        only tie is to it ("X, director of the Zorbo Project"); an official of a body of unknown sector is a
        government's, as an "official" alone is. Descriptions and source groups ("the office", "experts") stay
        unknown."""
        guessed = {}
        for key, res in memo.items():
            kind, name, country, sector, reg, source = res
            cs = groups.get(key) or []
            if sector is not None or reg is not None:
                continue
            if kind == "organization" and any(c.mkind == "name" for c in cs):
                named = {norm(name)} | {norm(c.text) for c in cs if c.mkind == "name"}
                mined = self._public_body(cs, name).get("sector")  # what other articles call it
                guessed[key] = "MED" if named & media_names else mined or UNKNOWN_ORG_SECTOR
                if not (named & media_names or mined):
                    self.defaulted.add(key)
            elif kind in ("anonymous", "group") and any(c.head in ("official", "officials") for c in cs):
                guessed[key] = "GOV"
        for key, sector in guessed.items():
            memo[key] = (*memo[key][:3], sector, *memo[key][4:])
        for key, org in self.unsectored_affiliation.items():
            if key in memo and org in guessed and memo[key][3] == PRIVATE_PERSON_SECTOR:
                memo[key] = (*memo[key][:3], guessed[org], *memo[key][4:])
                if org not in self.defaulted:  # the body's sector is evidence, and so the person's
                    self.defaulted.discard(key)

    def attributes(self, key, groups, memo, depth):
        """kind, name, country, sector, registry entry and country source of one key, in order of trust:
        registry role, the mentions' own words, the affiliation, then the article's country (organisations;
        persons only in a one-country article or in an unnamed state's office)."""
        if key in memo:
            return memo[key]
        cs = groups.get(key) or []
        syn = self.synth.get(key, {})
        reg = registry_entry(cs) or syn.get("reg")
        role = reg.role_at(self.date) if reg is not None else None
        names = [c for c in cs if c.mkind in ("name",)]
        if key.startswith("s:"):
            iso = key[2:]
            country_obj = self.reg.countries.get(iso)
            memo[key] = ("state", country_obj.name if country_obj else iso, iso, "GOV", None, "state")
            return memo[key]
        kind = self._kind(cs, names, reg, role, syn)
        name = key[2:] if key.startswith("u:") else self._name(cs, names, reg, groups, memo, depth)
        evidence = [c for c in cs if c.mkind != "pronoun"]
        country, sector, source = self._own_country(evidence, reg, role, self.date)
        if country == "NGO" and reg is not None and kind == "organization" and self._home_in_name(reg.name):
            country, source = self._home_in_name(reg.name), "name"  # "the American X Union": no international body
        if depth < 4:
            country, sector, source = self._affiliated(key, evidence, reg, groups, memo, depth, country, sector, source)
        if reg is None and country is None and self.dominant and not any(c.no_fallback for c in cs) \
                and not (kind == "person" and self._public_country(name)):
            country, source = self._article_country(cs, kind, sector)  # the table's country first ("Kell" abroad)
        if sector is None and kind == "person" and any(c.office for c in cs) and key not in self.unsectored_affiliation:
            sector = "GOV"  # not "Brisk Union President X": the body's officer (its guessed sector, later)
        if sector is None and kind == "organization" and any(
                p.sector == "MED" and p.akind == "person" and p.affiliation is not None and p.affiliation.key == key
                for p in self.persons):
            sector = "MED"  # "X, a reporter for the Daily Lantern": whoever employs a journalist is media
        if kind == "person":
            sector = self._candidacy(key, name, cs, groups, evidence, reg, role, sector)
        # a registry person whose roles all begin after the article's date (only their country is known) is unknown
        known = reg if role is not None and role.sector is not None else None
        if kind == "person" and ((sector is None or country is None) and known is None or known is not None
                                 and sector == role.sector and not any(r.holds(self.date) for r in reg.roles)):
            country, sector, source = self._public_person(name, known, country, sector, source)
        if sector is None and kind == "person" and known is None:
            sector = self._role_sector(key, evidence)
            if sector is None:  # the private person's default (sector_guess.py may replace it)
                sector = PRIVATE_PERSON_SECTOR
                self.defaulted.add(key)
        sector = international_sector(kind, country, sector)
        res = (kind, name, country, sector, reg, source if country else None)
        memo[key] = res
        return res

    @staticmethod
    def _kind(cs, names, reg, role, syn) -> str:
        """The registry's kind, else the names' majority kind; a registry rebel body is a group, and a
        registry entry only ever named as a person is a person."""
        kinds = [c.akind for c in names] or [c.akind for c in cs]
        kind = (reg.kind if reg is not None and reg.kind else None) or (syn.get("kind")) or \
            Counter(kinds).most_common(1)[0][0]
        if reg is not None and kind not in ("person",) and role and role.sector == "REB":
            kind = "group"
        if reg is not None and names and all(c.akind == "person" for c in names):
            kind = "person"
        return kind

    def _name(self, cs, names, reg, groups, memo, depth) -> str:
        """The registry name, else the longest name, else the best description ("the Kenyan lawyer" →
        "Kenyan lawyer"; an owned group is "<owner>'s <noun>")."""
        if reg is not None:
            return reg.name
        if names:
            return max((c.name for c in names), key=lambda n: (len(n.split()), len(n)))
        texts = [c for c in cs if c.mkind != "pronoun"]
        best = max(texts, key=lambda c: (c.country is not None, len(c.text))) if texts else cs[0]
        name = best.own_words or best.text  # a quantified group is named by its own words ("some experts": experts)
        owner = best.owner
        if owner is not None:
            oname = self.attributes(owner.key, groups, memo, depth + 1)[1] if depth < 4 else owner.name
            return f"{oname}'s {best.head}" if best.head else name
        if name.lower().startswith(("the ", "a ", "an ")):
            return name.split(" ", 1)[1]
        return name

    @staticmethod
    def _own_country(evidence, reg, role, date=None):
        """(country, sector, source) from the registry role, else from the mentions' own words (a strong
        cue such as a title before a weak one such as a name's form). A former office holder keeps the
        role's country, but what the text calls them now wins for the sector ("presidential candidate X",
        a former minister: OPP)."""
        country = sector = source = None
        if role is not None:
            country, sector = role.country, role.sector
            source = "registry" if country else None
            if date and role.end and role.end <= date and not any(r.holds(date) for r in reg.roles):
                # its title or a description joined to it ("X, the Democratic front-runner,"); a candidacy
                # anywhere outranks the former office the registry repeats on every name
                said = [c.sector for c in evidence if c.sector and (c.reg is reg or c.mkind == "description")]
                running = any(c.sector == CANDIDATE_SECTOR and c.titles for c in evidence)  # "Kell, the front-runner,"
                sector = CANDIDATE_SECTOR if running or CANDIDATE_SECTOR in said else next(iter(said), None) or sector
            elif sector == "GOV" and not role.office and any(c.sector == "LEG" and c.titles for c in evidence):
                sector = "LEG"  # "Sen. X": the text's legislator title over the registry's undivided GOV
        if reg is None:
            strong = [c for c in evidence if c.country and not c.country_weak]
            weak = [c for c in evidence if c.country and c.country_weak]
            best = (strong or weak or [None])[0]
            country, source = (best.country, best.csource or "name") if best is not None else (None, None)
            secs = [c.sector for c in evidence if c.sector]
            sector = secs[0] if secs else None
        elif sector is None:  # a registry person with no role yet on this date: the text's title decides
            sector = next((c.sector for c in evidence if c.sector), None)
        return country, sector, source

    def _affiliated(self, key, evidence, reg, groups, memo, depth, country, sector, source):
        """The first affiliation's country and sector fill what is missing: "a spokesman for the league"
        takes the league's country and sector; an officer of an international body is IGO/NGO."""
        for c in evidence:
            aff = c.affiliation or c.owner
            if aff is None or aff.key == key:
                continue
            a_kind, _, a_country, a_sector, _, a_source = self.attributes(aff.key, groups, memo, depth + 1) \
                if aff.key is not None and (aff.key in groups or aff.key in self.synth) \
                else (aff.akind, None, aff.country, aff.sector, None, None)
            if a_source == "article" and a_sector not in STATE_OFFICE_SECTORS | {"LEG"}:
                a_country = None  # only the article's guess, and no organ of a state ("the House"): no evidence
            if a_country is None and aff.reg is not None:
                r = aff.reg.role_at(self.date)
                a_country, a_sector = (r.country, r.sector) if r else (None, None)
            if a_country is None:
                a_country = aff.country
                a_sector = a_sector or aff.sector
            aff_is_body = a_kind in ("organization", "group") and aff.akind != "person"
            if a_sector is None and a_kind == "organization" and sector == "GOV" and reg is None and c.akind == "person" \
                    and aff.key in groups and _neutral_titles_only(c.titles, self.w):
                sector = None  # "X, president of the Zorbo Group": the body's office, not a state's (its guess, later)
            if a_sector is None and a_kind == "organization" and sector is None and aff.key in groups and not c.own_sector:
                self.unsectored_affiliation[key] = aff.key  # "X, director of the Zorbo Project": its guess, later
            if a_country in ("IGO", "NGO") and reg is None:
                country, source = a_country, "affiliation"
            if country is None and a_country:
                country, source = a_country, "affiliation"
            if a_sector and not c.own_sector and (sector is None or (aff_is_body and reg is None and sector != "MED")):
                sector = a_sector  # a spokesperson/officer of an organisation: its sector
            break
        return country, sector, source

    def _home_in_name(self, name: str) -> str | None:
        """The country a name opens with ("American ...", "Danish ...", "South African ..."), else None."""
        words = name.split()
        return next((iso for n in (2, 1) if len(words) > n for iso in [self.reg.demonym(" ".join(words[:n]))] if iso),
                    None)

    def _placed_alone(self, cs) -> bool:
        """Does the paragraph first naming them name no country but the article's main one? ("Senator X visited
        Dover" in a story mostly about Ruritania: no Ruritanian senator)"""
        named = [c.start for c in cs if c.mkind != "pronoun"]
        return not named or self.countries_near(min(named)) <= {self.dominant}

    def _article_country(self, cs, kind, sector):
        """The article's main country, as a last resort: organisations and groups when the article is mostly
        about it; a person in an unnamed state's office ("the interior minister"), or (words.json
        `person_article_country`, on since session 22) in an article mostly about that country when the paragraph
        first naming them names no other and their own words tie them to no other country: an inference from the
        story's focus, marked "article"."""
        if kind in ("person", "anonymous") and self._state_office(cs, sector):
            return self.dominant, "office"
        if kind in ("person", "anonymous") and self._legislator(cs, sector) \
                and self.dominant_share >= LEGISLATOR_ARTICLE_SHARE and self._placed_alone(cs):
            return self.dominant, "office"  # "Senator X" in a story mostly about one country: its legislator
        learned = takes_main_country(self.w.article_country_model, self, cs, kind, sector)
        if learned is not None:  # the learned decision (article_country.py) where a model ships; a legislator
            legislator = kind in ("person", "anonymous") and self._legislator(cs, sector)  # placed: above
            other = None if learned or legislator else choose_person_country(  # another (person_country.py)
                self.w.person_country_model, self, cs, kind, sector)
            return (self.dominant, "article") if learned and not legislator else (other, "context" if other else None)
        if kind in FALLBACK_KINDS and self.dominant_share >= ORG_ARTICLE_SHARE:
            return self.dominant, "article"
        if not self.w.person_article_country or kind not in ("person", "anonymous") or self._tied_elsewhere(cs):
            return None, None  # switched off (words.json), or the person's own words point away from the story
        named = [c.start for c in cs if c.mkind != "pronoun"]
        if self.dominant_share >= PERSON_PARAGRAPH_SHARE and named and self.countries_near(min(named)) <= {self.dominant}:
            return self.dominant, "article"  # "Kell, a shop owner, ..." in a paragraph about that country only
        return None, None

    def _tied_elsewhere(self, cs) -> bool:
        """Do their own words tie them to another country's party or make them a commentator on the story's place?"""
        for c in cs:
            party = next((self.w.party_members[w] for w in c.text.lower().split() if self.w.party_members.get(w)), None)
            if party and party != self.dominant:
                return True
            if c.mkind == "description" and any(w in self.w.topic_prepositions for w in c.text.lower().split()):
                return True
        return False


def _neutral_titles_only(titles, w) -> bool:
    """Are a person's title words ("president", "executive director") all ones that say nothing of the sector?"""
    held = [t for t in titles if t in w.person_titles]
    return bool(held) and all(t in w.neutral_titles for t in held)
