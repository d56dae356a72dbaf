"""Keying mentions in text order: which actor each name, description and pronoun joins (mixed into `resolve.Resolver`).

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

from ...knowledge.registry import norm
from .cands import Cand, _tokens


def _contains(big: tuple, small: tuple) -> bool:
    """Is `small` a proper contiguous part of `big` ("Mugabe" in "Robert Mugabe")?"""
    n = len(small)
    return 0 < n < len(big) and any(big[i:i + n] == small for i in range(len(big) - n + 1))


def _same_but_middle(big: tuple, small: tuple) -> bool:
    """Is `small` the same name as `big` without its middle names or initials ("John Bolton" for "John R.
    Bolton")?"""
    return 2 <= len(small) < len(big) and big[0] == small[0] and big[-1] == small[-1]


class KeysMixin:
    """The group keys of an article's candidates (the rules above). `resolve.Resolver` holds the state they read
    and extend: the registry `reg`, `date`, words `w`, quote test `in_quote`, the keyed `cands`, `persons`, `orgs`,
    `groups`, `states`, `acronyms`, `gender`, `ahead` and `n_anon`."""

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
