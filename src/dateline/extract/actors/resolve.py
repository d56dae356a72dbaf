"""Grouping mentions into actors: short names, descriptions and pronouns to their antecedents.

Rules, applied in text order (so a description can only point back):
- a person's short name ("Trump", "Al-Madhoun") joins the nearest earlier
  person whose name contains it as a token sequence; otherwise the registry
  (curated surnames) may resolve it;
- an organisation's acronym in parentheses after its name joins it;
- "the president", "the envoy", "the American president" join the nearest
  earlier person whose title holds that word (and country, when given);
  failing that, the registry's holder of that office on the article's date; a candidacy description ("the
  Republican nominee", "the front-runner") the nearest earlier person who holds no office (antecedents.py);
- "the party", "the terrorist organization" join the nearest earlier
  organisation whose name holds the noun, else whose sector the noun implies;
- "the government", "the kingdom" stand for the article's main state;
- he/she/his/her (subject or possessive, outside quotations) join the nearest
  person in the same sentence before them, else the main-clause subject person
  of the closest earlier sentence that has one (three sentences naming someone,
  within six back; antecedents.py); they/their join a group.
"""
from __future__ import annotations

import dataclasses
from collections import Counter

from ...knowledge.actor_words import ActorWords
from ...knowledge.registry import Registry, norm
from ...record import Actor, Mention
from .antecedents import CANDIDATE_SECTOR, STATE_OFFICE_SECTORS, AntecedentsMixin
from .article_country import takes_main_country
from .person_country import choose as choose_person_country
from .cands import Cand, _tokens, registry_entry
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


def _contains(big: tuple, small: tuple) -> bool:
    """Is `small` a proper contiguous part of `big` ("Mugabe" in "Robert Mugabe")?"""
    n = len(small)
    return 0 < n < len(big) and any(big[i:i + n] == small for i in range(len(big) - n + 1))


def _same_but_middle(big: tuple, small: tuple) -> bool:
    """Is `small` the same name as `big` without its middle names or initials ("John Bolton" for "John R.
    Bolton")?"""
    return 2 <= len(small) < len(big) and big[0] == small[0] and big[-1] == small[-1]


class Resolver(AntecedentsMixin, PeopleMixin):
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

    # ------------------------------------------------------------ keys
    def key_name(self, c: Cand, doc) -> str:
        """The group key of a name: a state's code, the earlier person whose name contains it ("Trump" ->
        "Donald Trump"), an acronym's long form, a registry id, or its own words."""
        if c.akind == "state":  # a state no dictionary knows has no code: "u:<name>" (unknown_states.py)
            return f"s:{c.country}" if c.country else (c.key or "u:" + c.name)
        if c.akind == "person":
            toks = _tokens(c.name)
            # a short name joins the earlier full name that contains it; when several do ("Robert
            # Mugabe" ... "Grace Mugabe" ... "Mugabe"), the one the article has named most so far
            # (the story's subject), the nearest on a tie
            matches = [p for p in self.persons
                       if toks and (_contains(_tokens(p.name), toks) or _same_but_middle(_tokens(p.name), toks))
                       and (len(toks) > 1 or toks[0] in (_tokens(p.name)[-1], _tokens(p.name)[0]) or len(toks[0]) > 3)]
            want = self._gender_of(c, doc) if len(toks) == 1 else None
            if want:  # "Mr. Vance" is not "Sara Vance", however often the article names her
                matches = [p for p in matches if self.gender.get(p.key) in (None, want)]
            if matches:
                named = Counter(p.key for p in self.persons if p.mkind == "name")
                order = {p.key: i for i, p in enumerate(self.persons)}
                return max({p.key for p in matches}, key=lambda k: (named[k], order[k]))
            if id(c) in self.ahead:  # a headline's "Kell" before the story names anyone Kell in full
                c.reg = self.ahead[id(c)].reg  # not the registry's guess for the bare surname
                return self.key_name(self.ahead[id(c)], doc)
            for p in reversed(self.persons):
                if _tokens(p.name) == toks:
                    return p.key
            if c.reg is not None:
                return f"r:{c.reg.id}"
            return "p:" + " ".join(toks)
        if c.reg is not None:
            k = f"r:{c.reg.id}"
        else:
            k = self.acronyms.get(norm(c.name)) or "o:" + norm(c.name)
            toks = _tokens(c.name)
            for o in reversed(self.orgs):
                otoks = _tokens(o.name)
                if o.reg is None and len(toks) >= 2 and (otoks[:len(toks)] == toks or toks[:len(otoks)] == otoks):
                    if len(toks) > len(otoks) and set(toks[len(otoks):]) & self.w.sub_bodies:
                        # "House" and "House of Representatives" are one; "House Judiciary Committee" is a body
                        # of the House: its own actor, with the House's country and sector
                        c.affiliation = c.affiliation or o
                        continue
                    if len(otoks) > len(toks) and set(otoks[len(toks):]) & self.w.sub_bodies:
                        continue
                    k = o.key
                    break
        if c.akind in ("organization", "group"):
            self._initials_alias(c.name, k)
        # "African Union (AU)": the acronym joins the name
        if c.te + 2 < len(doc) and doc[c.te].text == "(" and doc[c.te + 2].text == ")" \
                and sum(ch.isupper() for ch in doc[c.te + 1].text) >= 2:
            self.acronyms[norm(doc[c.te + 1].text)] = k
        return k

    def _first_full_names(self, names: list[Cand], doc) -> dict[int, Cand]:
        """For each bare surname of a person, the first full name with that surname after it (of no other gender):
        the person a story names in full first is the one its earlier bare surname meant ("Kell Wins Ohio" …
        "Ana Kell won …"), not the registry's or another family member's guess; used only where no full name
        with that surname comes before."""
        out = {}
        persons = [(c, _tokens(c.name)) for c in names if c.akind == "person" and c.mkind == "name"]
        for i, (c, toks) in enumerate(persons):
            if len(toks) != 1:
                continue
            want = self._gender_of(c, doc)
            first = next((q for q, qtoks in persons[i + 1:] if len(qtoks) > 1 and qtoks[-1] == toks[0]
                          and (want is None or self._gender_of(q, doc) in (None, want))), None)
            if first is not None:
                out[id(c)] = first
        return out

    def _gender_of(self, c: Cand, doc) -> str | None:
        """A named person's gender: from its titles when they agree ("Queen", "spokeswoman"), else from an
        honorific right before the name ("Mr. Kell"), else from a given name that says one ("Anna Kell")."""
        genders = {self.w.title_gender[t] for t in c.titles if t in self.w.title_gender}
        if genders:
            return genders.pop() if len(genders) == 1 else None  # titles that disagree say nothing
        before = doc[c.ts - 1].lower_.strip(".") if c.ts > 0 else ""
        if before in self.w.title_gender:
            return self.w.title_gender[before]
        return self.w.name_gender(c.name) if c.mkind == "name" else None

    def _initials_alias(self, name: str, key: str) -> None:
        """An organisation named in three or more capitalised words answers to its initials later ("Brisk
        Deposit Insurance Corporation" ... "the BDIC"), unless an earlier name holds them."""
        words = [w for w in name.replace("-", " ").split() if w.lower() not in ("of", "and", "for", "the", "on", "&")]
        if len(words) >= 3 and all(w[:1].isupper() for w in words):
            self.acronyms.setdefault(norm("".join(w[0] for w in words)), key)

    def add_names(self, names: list[Cand], doc) -> None:
        """Key the named candidates in text order (persons typed ORG repaired first; a surname used before any
        full name with it joins the first such full name: `_first_full_names`)."""
        self.doc = doc
        person_toks = [_tokens(c.name) for c in names if c.akind == "person" and c.mkind == "name"]
        for c in names + [n.affiliation for n in names if n.affiliation is not None and n.affiliation.key is None]:
            if c.akind == "organization" and c.reg is None and c.mkind == "name" and not c.sector \
                    and all(t.is_title for t in doc[c.ts:c.te]) and 1 <= c.te - c.ts <= 4:
                toks = _tokens(c.name)
                if any(p == toks or _contains(p, toks) or _contains(toks, p) for p in person_toks):
                    c.akind = "person"  # "Ricardo Rosselló Nevares" (ORG) and "Rosselló" (PERSON)
                    c.country = None if c.country_weak else c.country
        self.ahead = self._first_full_names(names, doc)  # after the repairs: a headline's "Kell" typed ORG is a person
        for c in names:
            c.key = self.key_name(c, doc)
            if c.affiliation is not None and c.affiliation.key is None:
                c.affiliation.key = self.key_name(c.affiliation, doc) if c.affiliation.akind != "person" else \
                    (f"r:{c.affiliation.reg.id}" if c.affiliation.reg else self.key_name(c.affiliation, doc))
            if c.akind == "person":
                self.persons.append(c)
                gender = self._gender_of(c, doc)
                if gender and c.key not in self.gender:
                    self.gender[c.key] = gender
            elif c.akind in ("organization", "group"):
                self.orgs.append(c)
            elif c.akind == "state":
                self.states.append(c)
            self.cands.append(c)
            for d in c.extra:
                d.key = c.key
                self.cands.append(d)

    def add_rest(self, nominals: list[Cand], pronouns: list[Cand]) -> None:
        """Key role phrases and pronouns in text order: pronouns to antecedents, "Israeli officials" to Israel,
        descriptions to antecedents, possessed groups to owners, plural groups one per noun (one pass over
        several candidate kinds, kept together so the order of keys is the text's)."""
        for c in sorted(nominals + pronouns, key=lambda x: x.start):
            if c.mkind == "pronoun":
                self._add_pronoun(c)
            elif c.stands_for:
                self._add_stand_in(c)
            elif c.needs_antecedent:
                self._add_description(c)
            elif c.poss_pron or c.owner_cand is not None:
                self._add_possessed(c)
            elif c.akind == "anonymous" or (c.mkind == "description" and not c.plural):
                self.n_anon += 1
                c.key = f"a:{self.n_anon}"
                self.cands.append(c)
                self.persons.append(c)
            else:
                self._add_group(c)

    def _add_pronoun(self, c: Cand) -> None:
        """A pronoun to its antecedent: "it" to the organisation or state that was the subject of this or
        the previous sentence, "they" to the last group, "she" to the nearest compatible person (whose
        gender it then records)."""
        if c.neuter:
            cands = [o for o in self.orgs + self.states if o.start < c.start and c.sent - o.sent <= 1
                     and o.subject and not self.in_quote(o.start) and o.mkind in ("name", "metonym")]
            if cands:
                c.key = max(cands, key=lambda o: o.start).key
                self.cands.append(c)
            return
        if c.plural:
            cands = [g for g in self.groups + self.orgs if g.start < c.start and c.sent - g.sent <= 1
                     and not self.in_quote(g.start)]
            if cands:
                subj = [g for g in cands if g.subject]
                c.key = (subj or cands)[-1].key
        else:
            a = self.person_antecedent(c, self.persons)
            if a is not None:
                c.key = a.key
                g = self.w.pronoun_gender.get(c.text.lower())
                if g and a.key not in self.gender:
                    self.gender[a.key] = g
        if c.key:
            self.cands.append(c)
            if not c.plural:
                p = dataclasses.replace(c)
                p.mkind = "pronoun"
                self.persons.append(p)

    def _add_stand_in(self, c: Cand) -> None:
        """A phrase standing for a state or organisation: "Israeli officials" → Israel, "Trump's aides" → the
        country of Trump (only when known: no country, no actor), "spokesmen for the league" → the league."""
        aff = c.affiliation
        if aff is not None and aff.akind == "person":
            country = self.key_country(aff.key) if aff.key else (aff.country or None)
            if country is None and aff.reg is not None:
                role = aff.reg.role_at(self.date)
                country = role.country if role else None
            if not country:
                return
            c.key = f"s:{country}"
        elif aff is not None:
            c.key = aff.key
        else:
            c.key = f"s:{c.country}"
        self.cands.append(c)

    def _add_description(self, c: Cand) -> None:
        """"the senator" to the person it describes, else an actor of its own (anonymous for a person)."""
        self.describe(c)
        if c.key is None:
            c.key = "d:" + norm(c.text)
            c.mkind = "description"
            if c.akind == "person":
                c.akind = "anonymous"
        self.cands.append(c)
        if c.akind in ("person", "anonymous"):
            self.persons.append(c)

    def _add_possessed(self, c: Cand) -> None:
        """A group owned by someone ("her supporters", "Lee's lawyers"): one group per owner and noun."""
        owner = c.owner_cand or self.person_antecedent(c, self.persons)
        if owner is None or owner.key is None:
            return
        c.key = f"g:{owner.key}:{c.head}"
        c.owner = owner
        self.cands.append(c)
        self.groups.append(c)

    def _add_group(self, c: Cand) -> None:
        """Plural or collective nominals: one group per noun and country ("protesters" twice is one group);
        generic heads ("group", "people", …) only merge with the same words."""
        generic = ("group", "people", "member", "organization", "party", "force", "unit")
        c.key = f"g:{c.head}:{c.country or ''}"
        if c.head in generic:
            c.key = "g:" + norm(c.text)
        for g in self.groups:
            if g.head == c.head and (not g.country or not c.country or g.country == c.country) \
                    and not g.owner and (c.head not in generic or norm(g.text) == norm(c.text)):
                c.key = g.key
                break
        self.cands.append(c)
        self.groups.append(c)

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
