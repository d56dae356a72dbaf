"""Persons and what their titles and appositions say: office, country, sector, affiliation.

A title before the name is read right to left ("U.S. President", "Envoy for Hostage Affairs"), a
role before a comma ("The Labour Party's leader, X"), a party tag after it ("(D-Ore.)"), what the
sentence says the person is ("X, a spokesman for the PMF,"; person_predicates.py), plural titles over name
lists (lists.py).
"""
from __future__ import annotations

from ...knowledge.registry import RegistryActor, norm
from ..sentences import sentence_index, sentences
from .cands import Cand, hyphen_word
from .person_predicates import PersonPredicatesMixin

_FINITE_VERB_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})  # a role phrase before a comma has none


def _body_staff(i: int, ts: int, possessor: Cand | None) -> bool:
    """Does an organisation's possessive stand right before the name at `ts` ("Lantern News' X", "the Brisk
    Institute's Y", no title between)? Then the person is the body's staff (its affiliation)."""
    return i == ts - 1 and possessor is not None and possessor.akind == "organization"


class TitlesMixin(PersonPredicatesMixin):
    """Persons and what their titles and appositions say (mixed into `mentions.Finder`, which holds the parse and the
    registry); what the sentence predicates of a person is read in `person_predicates.PersonPredicatesMixin`."""

    # ------------------------------------------------------------ persons
    def person(self, ts, te, r: RegistryActor | None) -> Cand:
        """A person's name with what its title, apposition, party tag and role cues say ("French President X",
        "X, a Kenyan lawyer,", "Sen. X (D-Ore.)")."""
        doc = self.doc
        # spaCy sometimes puts the title inside the name: "Crown Prince Mohammad bin Salman"
        inner = ts
        while inner < te - 1 and (self.is_title_word(doc[inner]) or doc[inner].lower_ in self.w.title_adj
                                  or doc[inner].lower_ in self.w.determiners or te - inner > 2 and self._role_noun(doc[inner], inner)):
            inner += 1
        name = doc[inner:te].text
        if r is None:
            r = self.reg.actor(name, self.date)
            if r is not None and r.kind not in (None, "person"):
                r = None
        if r is not None and r.kind not in (None, "person"):
            r = None
        tstart, possessor = self.title_left(ts)
        title_tokens = list(range(tstart, ts)) + list(range(ts, inner))
        c = self.cand(tstart, te, "name", "person", name=name, reg=r)
        c.name_ts = ts
        c.titles = {doc[i].lemma_.lower() for i in title_tokens} | {self.w.title(self._title_word(i)) for i in title_tokens}
        for i in range(tstart, ts):
            self.consumed.add(i)
        title_text = " ".join(self.w.title(self._title_word(i)) for i in title_tokens)
        c.office = self.office_in(title_text)
        if c.office == "foreign minister" and "secretary of state" in title_text and any(
                doc[i].ent_type_ == "GPE" and not self.reg.country(doc[i].text) and self._place_country(doc[i].text)
                for i in title_tokens):
            c.office = None  # "Montana Secretary of State": a state's officer, not a foreign minister
        if title_tokens:
            self._title_attributes(c, title_tokens)
            last = doc[title_tokens[-1]]
            # "Lyon Lions striker X": the club's country, not its sector (a role noun of no sector is a civilian's)
            c.own_sector = c.sector is None and last.lemma_ in self.w.person_nouns and not self.is_title_word(last)
        if possessor is not None:
            c.affiliation = c.affiliation or possessor
        self._right_context(c, te)
        self._left_apposition(c)
        self._party_tag(c, te)
        self._role_cues(c)
        return c

    def _title_attributes(self, c: Cand, title_tokens: list[int]) -> None:
        """Country, sector and affiliation from the words of a title: "French President X" → FRA, GOV;
        "Solicitor General X" → the two-word agent's sector; "Houthi military spokesperson X" → its group."""
        doc = self.doc
        end = self._about_start(title_tokens[0], title_tokens[-1] + 1)  # "Ambassador to the UN X": not the host's
        # "Ruriton Premier X": a place the NER left untagged or gave the name's label, by the gazetteer
        c.country = self.country_of_tokens(title_tokens[0], end) or self.modifier_place(title_tokens[0], end)
        c.csource = "title" if c.country else None
        aff = self._affiliation_in(title_tokens[0], end)
        # the members a body is named after are no role ("Ohio Workers Federation president X" is no worker)
        words = self._title_words([i for i in title_tokens if aff is None or not aff.ts <= i < aff.te
                                   or doc[i].tag_ not in ("NNS", "NNPS")] or title_tokens)
        ranked = [w for w in reversed(words) if w in self.w.person_titles] + list(reversed(words))
        known2, sec2 = self.agent(words) if len(words) > 1 else (False, None)
        if known2 and sec2 and len(words) > 1 and " ".join(words[-2:]) in self.reg.agents:
            ranked = []
            # "Solicitor General"; a business title after a state's name is its office ("Ruritania Chief Executive X")
            c.sector = "GOV" if sec2 == "BUS" and c.country and c.country not in ("IGO", "NGO", "MNC") else sec2
        own = {} if "of" in words else self.w.title_sectors  # "Secretary of Justice X" is no justice
        for w in ranked:  # the registry's agent nouns, then the titles it lacks ("Justice X": JUD)
            known, sec = (True, own[w]) if w in own else self.reg.agent_sector(w)
            if w in self.w.neutral_titles:
                continue
            if known and sec:  # a field's type word before a civilian's role noun ("health worker X": HLH)
                before = words[:words.index(w)]
                c.sector = sec if sec != "CVL" else next((self.w.org_name_sector[x] for x in before
                                                         if self.w.org_name_sector.get(x) not in (None, "NGO")), sec)
                if sec == "MIL" and any(self.w.org_name_sector.get(x) == "POL" for x in before):
                    c.sector = "POL"  # a police force's rank: "Police Col. X", "Velmora Police Lt. Col. Y"
                break
        if " ".join(words) in self.w.bare_title_sectors:
            c.sector = self.w.bare_title_sectors[" ".join(words)]  # "Officer X", "Private First Class X"
        if c.sector is None:  # "campaign chief X": the campaign's sector (OPP)
            c.sector = next((self.w.entourage[w] for w in reversed(words) if self.w.entourage.get(w)), None)
        if c.sector is None and (c.office or any(w in ("president", "minister", "ambassador", "envoy", "king",
                                                         "prince", "princess", "chancellor", "secretary")
                                                 for w in words)):
            c.sector = "GOV"
        if aff is not None:
            c.affiliation = aff
        if c.sector is None:  # "chief veterinarian X": a role word the agents dictionary lacks (a last resort)
            c.role_sector = self.learned_role(words)

    def _title_words(self, title_tokens: list[int]) -> list[str]:
        """A title's words written out ("Sen." -> "senator"), a known hyphenated role as one word
        ("front-runner")."""
        doc, words = self.doc, []
        for i in title_tokens:
            whole = hyphen_word(doc[i])
            if whole and (whole in self.w.person_titles or self.reg.agents.get(whole) is not None):
                if not words or words[-1] != whole:
                    words.append(whole)
            elif doc[i].is_alpha or doc[i].lower_ in self.w.title_abbreviations:
                words.append(self.w.title(self._title_word(i)))
        return words

    def _left_apposition(self, c: Cand) -> None:
        """A role before the name and a comma: "The Labour Party's leader, Jeremy Corbyn", "a Republican,
        Mark Amodei", "The chief of the Ruritanian staff, Gen. Ivo Kell" (a title of the name's own keeps
        its sector; the role adds country and affiliation)."""
        doc = self.doc
        ts = c.ts
        own_titles = bool(c.titles)
        if ts < 2 or doc[ts - 1].text != "," or (own_titles and (c.country or c.affiliation)):
            return
        root = doc[ts:c.te].root
        head = root.head
        def fits(t):
            """A party member, title or residence word ("Republican", "leader", "a Ruritown resident")."""
            return t.lower_ in self.w.party_members or t.lower_.rstrip("s") in self.w.party_members or self.is_title_word(t) \
                or t.lower_ in self.w.residence_nouns

        if root.dep_ != "appos" or head.i >= ts or not fits(head):
            # the parser missed the apposition: the title word that opens the phrase before the comma
            # ("the president of the Tunisian League …, Jamel Msallem"), else the noun right before it
            k = ts - 2  # (not past a finite verb: "Senator X said his wife, Jane," gives Jane no title)
            while k > self.sent_first[ts] and not (doc[k - 1].is_punct and doc[k - 1].tag_ != "POS") \
                    and doc[k - 1].tag_ not in _FINITE_VERB_TAGS:
                k -= 1
            head = next((t for t in doc[k:ts - 1] if fits(t) and t.ent_type_ in ("", "NORP")), doc[ts - 2])
        if head.pos_ not in ("NOUN", "PROPN") or head.ent_type_ == "PERSON" or head.i < self.sent_first[ts]:
            return
        s = max(min(head.left_edge.i, head.i), self.sent_first[ts])
        if ts - s > 14 or head.i - s > 8 or any(t.is_punct and t.tag_ != "POS" for t in doc[s:ts - 1]):
            return
        low = head.lower_
        iso = self.reg.demonym(head.text) if head.i == ts - 2 else None
        if iso and low not in self.w.party_members and ts - s <= 3:  # "An Australian, Brenton Tarrant": a nationality
            if c.country is None:
                c.country, c.csource = iso, "demonym"
            return
        if not fits(head):
            return
        c.titles = c.titles | {head.lemma_.lower(), low}
        words = [t.lower_ for t in doc[s:head.i + 1] if t.is_alpha]
        known, sec = self.agent(words)
        whole = len(words) > 1 and " ".join(words[-2:]) in self.reg.agents  # "chief executive": not the neutral head
        if sec and (low not in self.w.neutral_titles or whole) and c.sector is None and not own_titles:
            c.sector = sec
        e = ts - 1  # the whole noun phrase: "the president of the Tunisian League for …"
        # not a place or body the description is about ("an expert on the war in Ruritania")
        about = self._about_start(s, e)
        if c.country is None:
            c.country = self.country_of_tokens(s, about) or self.modifier_place(s, min(head.i, about), low in self.w.residence_nouns) \
                or self.office_place(head)
            c.csource = "apposition" if c.country else None
        if c.affiliation is None:  # an organisation before a state ("the director of Argentina's Amnesty …")
            orgs = [self.taken[i] for i in range(s, about) if i in self.taken and self.taken[i] is not c
                    and self.taken[i].akind in ("organization", "group")]
            c.affiliation = orgs[-1] if orgs else self._affiliation_in(s, about, exclude=c)

    def _about_start(self, s: int, e: int) -> int:
        """Where a description [s, e) turns to what it is about, not whom the person is from or works for: a topic
        preposition ("an expert on the war in Ruritania") or the "to" of a posting ("Ruritania's envoy to the UN",
        "an ambassador to Ruritania": the host is not the employer)."""
        doc = self.doc
        return next((i for i in range(s, e) if doc[i].dep_ == "prep" and (
            doc[i].lower_ in self.w.topic_prepositions
            or doc[i].lower_ == "to" and doc[i].head.lemma_.lower() in self.w.posting_titles)), e)

    def _of_affiliations(self, out: list[Cand]) -> None:
        """A person named "of/at" an organisation is its member ("Ana Holm of the Brisk Institute", "Jo Kell
        and Ana Holm of Ruriton's Peace Center": both); the organisation is the affiliation."""
        doc = self.doc
        self._staff_principals(out)  # "X, an aide to Senator Y": Y; "X, a former official now at Y": Y (staff.py)
        self._current_employers(out)
        persons = sorted((c for c in out if c.akind == "person" and c.mkind == "name"), key=lambda c: c.ts)
        pending: list[Cand] = []
        for c in persons:
            te = c.te
            nxt = self.taken.get(te + 1) if te + 1 < len(doc) and doc[te].lower_ == "and" else None
            if nxt is not None and nxt.akind == "person" and nxt.ts == te + 1 and nxt.name_ts in (None, nxt.ts):
                pending.append(c)  # "Jo Kell and Ana Holm of …": Kell waits for Holm's (untitled) organisation
                continue
            org = None
            at = self._role_preposition(te)
            if at is not None:
                for k in range(at + 1, min(len(doc), at + 6)):
                    o = self.taken.get(k)
                    if o is not None and o.akind in ("organization", "group") and o is not c:
                        org = o
                        break
                    if o is not None and not (o.te < len(doc) and doc[o.te].tag_ == "POS"):
                        break  # another name, not an owner ("of Ruriton's …")
            for p in pending + [c]:
                if org is not None and p.affiliation is None:
                    p.affiliation = org
            pending = []

    def _role_preposition(self, te: int) -> int | None:
        """The "of/at" joining a name ending at `te` to its organisation: right after it ("X of the Y"), after its
        comma ("X, of the Y,", "X, from the Y,"), or after a short apposed role ("X, founder of the Y", "X, a senior
        fellow at the Y"); else None."""
        doc = self.doc
        if te + 1 < len(doc) and doc[te].lower_ in ("of", "at"):
            return te
        if te + 2 >= len(doc) or doc[te].text != ",":
            return None
        if doc[te + 1].lower_ in ("of", "from"):
            return te + 1  # "X, of the Y Group,", "X, from the Y Foundation,"
        titled = False
        for k in range(te + 1, min(len(doc), te + 6)):
            t = doc[k]
            if t.lower_ in ("of", "at", "with", "for") and titled:
                return k
            if not t.is_alpha or not (t.is_lower or t.ent_type_ in ("GPE", "LOC", "NORP") and k not in self.taken):
                return None  # lowercase role words, or a region's name in them ("X, Europe director at Y")
            titled = titled or self.is_title_word(t)
        return None

    def _legislative_context(self, i: int) -> bool:
        """The sentence of token i or one of the three before it speaks of a legislature or legislators."""
        sents, k = sentences(self.doc), sentence_index(self.doc, i)
        return any(t.lower_ in self.w.legislature_words for s in sents[max(0, k - 3):k + 1] for t in s)

    def _us_context(self) -> bool:
        """Does the article name the United States (as a country or demonym), or is it a story told in
        American places: at least half of the places the places stage resolved lie in the United States
        ("… campaigned in Ohio and Iowa": Republicans and Democrats there are American parties)?"""
        if not hasattr(self, "_us"):
            self._us = any(ent.label_ in ("GPE", "NORP") and (self.reg.country(ent.text) == "USA"
                                                             or self.reg.demonym(ent.text) == "USA")
                           for ent in self.ents)
            if not self._us:
                placed = [iso for iso in self.place_country.values() if iso]
                self._us = bool(placed) and 2 * placed.count("USA") >= len(placed)
        return self._us

    def _role_cues(self, c: Cand) -> None:
        """Country and sector a person's title gives when the registry has no entry: a legislator's title
        (LEG), a party membership (OPP, LEG for a legislator), US-specific titles and parties (USA)."""
        words = {w.lower().rstrip(".") for w in c.titles}
        legislator = bool(words & self.w.legislator_titles)
        party = next((w for w in words if w in self.w.party_members or w.rstrip("s") in self.w.party_members), None)
        nts = c.name_ts if c.name_ts is not None else c.ts
        opener = next((t for t in self.doc[c.ts:nts] if t.is_alpha and t.lower_ not in self.w.determiners), None)
        if party is None and opener is not None and opener.lower_ in self.w.party_adjectives:
            party = self.w.party_adjectives[opener.lower_]  # "Democratic presidential candidate X", not "Social Democratic …"
        if c.sector is None and c.reg is None:
            if legislator:
                c.sector = "LEG"
            elif party:  # "a Republican, Mark Amodei" among House members: a legislator
                c.sector = "LEG" if self._legislative_context(c.ts) else "OPP"
        us_party = party and self.w.party_members.get(party.rstrip("s"), self.w.party_members.get(party)) == "USA"
        us_style = {w.lower() for w in c.titles} & self.w.us_style_abbreviations and not self._foreign_legislature()
        if c.country is None and c.reg is None and self._us_context() and (words & self.w.us_titles or us_party or us_style):
            c.country, c.csource = "USA", "party"
            c.country_weak = True

    def _foreign_legislature(self) -> bool:
        """Does the article name the legislature or legislators of a state other than the United States
        ("the Ruritanian Senate", "Ruriton's House of Representatives")?"""
        if not hasattr(self, "_foreign_leg"):
            doc = self.doc
            self._foreign_leg = False
            for ent in self.ents:
                if ent.label_ not in ("GPE", "NORP") or not any(
                        t.lower_ in self.w.legislature_words for t in doc[ent.end:min(len(doc), ent.end + 5)]):
                    continue
                iso = self.reg.country(ent.text) or self.reg.demonym(ent.text) or self._place_country(ent.text)
                if iso and iso != "USA":
                    self._foreign_leg = True
                    break
        return self._foreign_leg

    def title_left(self, ts) -> tuple[int, Cand | None]:
        """Start of the title before a name ("U.S. President", "Envoy for Hostage Affairs"), and a possessor."""
        doc = self.doc
        sent_start = self.title_sentence_start(ts)
        i = ts - 1
        keep = ts
        possessor = None
        has_title = False
        while i >= sent_start:
            t = doc[i]
            low = t.lower_
            if t.tag_ == "POS" or low in ("'s", "\u2019s") or t.dep_ == "case" and low in ("'", "\u2019"):
                possessor = self.taken.get(i - 1)
                break
            if (low in self.w.connectors or t.is_space) and i > sent_start:  # "Sens.\u00a0X": a space token
                if self._held_by_another(i, has_title) or low != "-" and (keep == ts and doc[i - 1].is_lower or doc[
                        i - 1].tag_ == "NNS") and doc[i - 1].lower_ not in self.w.stands_for and self._name_root(ts).head.i == i:
                    break  # "an adviser to Kell" (also "to Chancellor Kell"): someone else's role; not "Minister of"
                i -= 1
                continue
            if low == "and" and i > sent_start and doc[i + 1].pos_ in ("NOUN", "ADJ") and doc[i + 1].is_lower \
                    and doc[i - 1].pos_ == "NOUN" and doc[i - 1].is_lower:
                i -= 1  # "trade and industry commissioner", "journalist and human rights activist"
                continue
            if low == "the":
                if i > sent_start and doc[i - 1].lower_ in ("of", "to", "for") and not has_title and keep < ts:
                    i -= 1
                    continue
                if has_title:
                    keep = i
                break
            if i in self.taken and self.taken[i].akind == "person":
                if keep == i + 1 and self._serves_person(doc[i + 1]):
                    possessor = self.taken[i]  # "Kell campaign chief X", "Kell spokesman X": Kell's
                break
            if t.ent_type_ in ("DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"):
                break
            if self._split_abbreviation(i, sent_start):  # "Reps. X": the tokenizer split the period off
                has_title, keep, i = True, i - 1, i - 2
                continue
            if t.is_punct and t.text not in (".",) and not (t.text == "-" and self.is_title_word(t)):
                break
            role = i == ts - 1 and (self._role_noun(t, sent_start) or self._learned_title(t))  # "Democrat X", "Inspector X"
            if role or self.is_title_word(t) or low in self.w.title_adj or (t.is_title or t.is_upper) and t.pos_ in ("PROPN", "ADJ", "NOUN"):
                if role or self.is_title_word(t):
                    has_title = True
                if t.i == sent_start and not has_title and not self.is_title_word(t):
                    break
                keep = i
                i -= 1
                continue
            if self.reg.demonym(t.text) or (t.dep_ in ("compound", "nmod", "amod")
                                            and ts - 1 >= t.head.i > t.i and not t.is_punct):
                keep = i
                i -= 1
                continue
            break
        while has_title and keep < ts and doc[keep].lower_ in self.w.connectors:
            keep += 1
        return (keep, possessor) if has_title or _body_staff(i, ts, possessor) else (ts, None)

    def _bare_title_start(self, ts: int, sent_start: int) -> int:
        """Where a soldier's rank written out in capitals starts right before the name at ts ("Private X", "Private
        First Class X": words.json `bare_title_sectors`, which the parser may read as an adjective), else ts."""
        doc = self.doc
        for title in self.w.bare_title_sectors:
            words = title.split()
            s = ts - len(words)
            if s >= sent_start and all(doc[s + k].is_title and doc[s + k].lower_ == w for k, w in enumerate(words)):
                return s
        return ts

    def _held_by_another(self, i: int, has_title: bool) -> bool:
        """Is the connector at i ("to", "for") the link between a lower-case role and a title of the name's own
        ("an adviser to Chancellor X", "a lawyer for Governor X")? Then the role is someone else's. A domain after
        the connector ("Envoy for Hostage Affairs X") holds no title word; a capitalised role is the name's."""
        doc = self.doc
        return has_title and doc[i].lower_ in ("to", "for") and i > 0 and doc[i - 1].is_lower \
            and doc[i - 1].pos_ == "NOUN" and doc[i - 1].tag_ == "NN"

    def _role_noun(self, t, sent_start: int) -> bool:
        """A person noun of no title list after an organisation's or a place's name ("Lyon Lions striker"; also a
        second one joined by "and": "Canadian lawyer and author"), or a party's member noun ("Democrat"), right
        before a name: the name's role; a soldier's rank written out ("Private X", "Private First Class X")."""
        if t.is_title and t.lower_ in self.w.party_members or self._bare_title_start(t.i + 1, sent_start) <= t.i:
            return True
        doc = self.doc
        if not (t.i > sent_start and t.is_lower and t.tag_ == "NN" and t.lemma_ in self.w.person_nouns):
            return False
        k = t.i - 1
        if k - 1 > sent_start and doc[k].lower_ == "and" and doc[k - 1].is_lower and doc[k - 1].tag_ == "NN" \
                and doc[k - 1].lemma_ in self.w.person_nouns:
            k -= 2
        return doc[k].ent_type_ in ("ORG", "GPE", "NORP")

    def _party_modifier(self, tokens) -> bool:
        """Does a party's member word modify the role ("Republican", "Tory", "Democratic"; capitalised)?"""
        return any(t.is_title and self.w.party_adjectives.get(t.lower_, t.lower_) in self.w.party_members for t in tokens)

    def _learned_title(self, t) -> bool:
        """A role word right before a name that the agents dictionary lacks and the learned table has ("chief
        veterinarian X", "Inspector X"); not a given name ("Victor X") nor a word inside a person's name."""
        low = t.lemma_.lower() if t.is_lower else t.lower_
        return t.pos_ in ("NOUN", "PROPN") and t.ent_type_ != "PERSON" and low in self.w.role_sectors \
            and low not in self.reg.agents and low not in self.w.given_gender and low not in self.w.neutral_titles

    def _name_root(self, ts: int):
        """The syntactic head of the name starting at token ts (its entity, else the token)."""
        ent = self.ent_at.get(ts)
        return self.doc[ts:ent.end].root if ent is not None and ent.start <= ts < ent.end else self.doc[ts]

    def _serves_person(self, tok) -> bool:
        """A title word that, after a person's name, makes its bearer that person's staff: "campaign",
        "spokesman", "aide", "lawyer" (not "critic" or "rival")."""
        low = tok.lower_
        return low in self.w.entourage or low + "s" in self.w.entourage or low in self.w.neutral_titles \
            or tok.lemma_.lower() + "s" in self.w.entourage

    def _affiliation_in(self, ts, te, exclude: "Cand | None" = None) -> Cand | None:
        """The organisation, state or person tokens [ts, te) name ("spokesman for the PMF" -> PMF), registry names the NER missed included."""
        doc = self.doc
        owner = None  # "leader of Ruritania's Liberty party": the party, not the state that owns it
        for i in range(ts, te):
            c = self.taken.get(i)
            if c is not None and c is not exclude and (c.reg is not None or c.akind in ("state", "person")):
                if c.akind == "state" and c.te < te and doc[c.te].tag_ == "POS" and owner is None:
                    owner = c
                    continue
                return c
        owned = next((self.taken[i] for i in range(owner.te, te) if i in self.taken
                      and self.taken[i].akind in ("organization", "group")), None) if owner is not None else None
        if owner is not None:
            return owned or owner
        for n in (6, 5, 4, 3, 2, 1):  # registry organisations the NER missed ("AU trade … commissioner")
            for i in range(ts, te - n + 1):
                if not all(t.pos_ == "PROPN" or t.is_upper or t.text in ("-", "\u2013") or n > 1 and t.is_title
                           for t in doc[i:i + n]) or any((e := self.ent_at.get(k)) is not None and e.label_ == "ORG"
                                                         and (e.start < i or e.end > i + n) for k in range(i, i + n)):
                    continue  # no name ("Brisk Without Borders" may hide a preposition), or part of a longer one
                r = self.reg.actor(doc[i:i + n].text, self.date)
                if r is not None and r.kind != "person" and (n > 1 or doc[i].is_upper or doc[i].is_title):
                    return self.registry_cand(i, i + n, r)
                local = getattr(self, "local", {}).get(norm(doc[i:i + n].text))
                if local is not None and local is not exclude:
                    return local
        for i in range(ts, te):
            c = self.taken.get(i)
            if c is not None and c is not exclude and c.akind in ("organization", "group") and c.country:
                return c
        for ent in self.ents:
            if ent.start >= ts and ent.end <= te and ent.label_ in ("ORG", "NORP", "GPE"):
                r = self.reg.actor(ent.text, self.date)
                if r is not None and r.kind != "person":
                    return self.registry_cand(ent.start, ent.end, r)
                iso = self.reg.demonym(ent.text)
                if iso:
                    return self.cand(ent.start, ent.end, "demonym", "state", name=self.reg.countries[iso].name,
                                     country=iso, sector="GOV")
                if ent.label_ == "ORG":
                    return self.organization(ent.start, ent.end)
        for ent in self.ents:  # a person named later in the text ("X, Rosselló's chief of staff,")
            if ent.start >= ts and ent.end <= te and ent.label_ == "PERSON" and ent.end < len(self.doc) \
                    and self.doc[ent.end].tag_ == "POS":
                return self.cand(ent.start, ent.end, "name", "person", name=ent.text)
        return None

    def _organisation_in(self, ts: int, te: int) -> Cand | None:
        """The first whole organisation entity in tokens [ts, te) ("at the Open Rights Foundation"), also when
        the NER gave it another label but its last word is an organisation's type word (Foundation, Party)."""
        for ent in self.ents:
            if ent.start >= ts and ent.end <= te and (ent.label_ == "ORG" or ent[-1].lower_ in self.w.org_name_sector):
                r = self.reg.actor(ent.text, self.date)
                return self.registry_cand(ent.start, ent.end, r) if r is not None and r.kind != "person" \
                    else self.organization(ent.start, ent.end)
        return None
