"""Role noun phrases and pronouns: "Israeli officials", "the president", "an aide", "his associates", "he".

A role noun (registry agent, title, body noun) heads a phrase that stands for a state or group,
looks for an antecedent (definite), is an anonymous actor (indefinite singular) or a group (plural);
pronouns are subjects or possessives outside quotations.
"""
from __future__ import annotations

from .cands import _POS_IDS, SUBJECT_DEPS, Cand, hyphen_word, noun_ids, role_sector, word_ids

CANDIDATE = "OPP"  # the sector of a candidacy noun ("nominee", "front-runner"; GOLD.md OPP)
# nouns too vague to be an actor unless something marks them (`NominalsMixin._unmarked`)
_VAGUE = frozenset(("people", "person", "representatives", "officials", "official", "spokesman", "man", "woman", "men",
                    "women", "group", "groups", "member", "members", "leader", "leaders", "head", "office", "force",
                    "state", "country", "nation", "union", "station", "court", "bank", "party", "parties", "network",
                    "department", "media"))
# "X, who heads the union": the verb makes X the head of its object, whom "the union leader" then names
_HEAD_VERBS = frozenset(("head", "lead", "chair", "run", "direct"))
_HEAD_TITLES = frozenset(("leader", "head", "chief", "chairman", "chairwoman", "chair", "president", "director"))


class NominalsMixin:
    """Role noun phrases and pronouns (mixed into `mentions.Finder`, which holds the parse and the registry)."""

    # ------------------------------------------------------------ role noun phrases
    def nominals(self, in_quote=lambda pos: False) -> list[Cand]:
        """Role noun phrases: "Israeli officials", "the president", "an aide", "his associates", "protesters"."""
        doc, reg = self.doc, self.reg
        out = []
        wanted = noun_ids(reg, self.w)
        noun, propn = _POS_IDS["NOUN"], _POS_IDS["PROPN"]
        for i, pos in enumerate(self.pos_ids):
            if pos != noun and pos != propn:
                continue
            whole = None
            if self.lower_ids[i] not in wanted and self.lemma_ids[i] not in wanted:
                whole = hyphen_word(doc[i]) if i > 1 and doc[i - 1].text == "-" else None
                if whole is None or reg.agents.get(whole) is None:  # "the front-runner": "front", "-", "runner"
                    continue
            tok = doc[i]
            if tok.i in self.taken or tok.i in self.consumed or _hyphened_name_part(doc, i):
                continue
            if tok.dep_ in ("compound",) and tok.head.i > tok.i and tok.head.pos_ in ("NOUN", "PROPN"):
                continue
            low, lemma = (whole, whole) if whole else (tok.lower_, tok.lemma_.lower())
            if tok.dep_ in ("attr", "oprd") or (tok.dep_ == "pobj" and tok.head.lower_ == "as"):
                continue  # "designated as a terrorist organization": a predicate, not a mention
            known_low, sec = role_sector(reg, self.w, tok, low, lemma, CANDIDATE)
            is_title = low in self.w.person_titles or lemma in self.w.person_titles
            is_org = lemma in self.w.org_nouns or low in self.w.org_nouns
            if low in self.w.source_nouns:
                if not in_quote(tok.idx):  # "Sources report", "Experts attribute", "anonymous sources"
                    s_ = min((ch.left_edge.i for ch in tok.lefts if ch.dep_ in ("amod", "compound", "det")),
                             default=tok.i)
                    c = self.cand(s_, tok.i + 1, "nominal", "group", head=lemma, plural=True)
                    c.no_fallback = True
                    # "Israeli sources", "Republican policy experts": the modifier's country (not a default)
                    c.country = self.country_of_tokens(s_, tok.i)
                    c.csource = "demonym" if c.country else None
                    if c.country is None:
                        c.country, c.csource = self._party_country(doc[s_:tok.i])
                    out.append(c)
                continue
            if lemma in self.w.staff_roles and (c := self.staff_member(tok, is_title)) is not None:
                out.append(c)  # "an aide to Senator X", "X's spokeswoman", "an adviser to Chancellor X": X's side
                continue
            if low in self.w.entourage and any(ch.dep_ == "poss" or self._person_compound(ch) for ch in tok.lefts) or (
                    low in self.w.entourage and any(ch.dep_ == "prep" and ch.lower_ == "of" for ch in tok.rights)):
                c = self.entourage(tok)
                if c is not None:
                    out.append(c)
                continue
            if not (known_low or is_title or is_org) or (is_org and self._kind_of_name(tok)):
                continue  # no role word; or "the Ruritanian newspaper Kell Post": the outlet's kind, no second actor
            if low in _VAGUE and self._unmarked(tok):
                continue
            if self.skip_char(tok.idx, tok.idx + len(tok)):
                continue
            c = self.nominal(tok, sec, is_title, is_org)
            if c is not None:
                out.append(c)
        return out

    def _unmarked(self, tok) -> bool:
        """Is a vague noun ("officials", "leader", "spokesman") bare: no modifier, no definite determiner, no place
        after it, and (singular) no body it serves — "a spokesman for the Lantern Group" is an anonymous source, as
        "a spokeswoman for …" is?"""
        return not self._has_modifier(tok) and not any(ch.dep_ == "det" and ch.lower_ in self.w.determiners
                                                       for ch in tok.children) and not self._placed(tok) \
            and not (tok.tag_ == "NN" and self._nominal_owner(tok) is not None)

    def _kind_of_name(self, tok) -> bool:
        """Is this organisation noun the kind word of an organisation's name beside it ("the newspaper Kell Post",
        "the Ruritanian broadcaster Lantern TV", "Kell Post, the Ruritanian newspaper")?"""
        def named_org(t) -> bool:
            c = self.taken.get(t.i)
            return c is not None and c.akind == "organization"
        if tok.dep_ in ("compound", "nmod", "amod") and tok.head.i > tok.i and named_org(tok.head):
            return True
        return any(ch.dep_ == "appos" and named_org(ch) for ch in tok.rights) or (
            tok.dep_ == "appos" and tok.head.i < tok.i and named_org(tok.head))

    def entourage(self, tok) -> Cand | None:
        """"His associates", "Navalny's family", "Associates of Navalny": a group owned by a person."""
        doc = self.doc
        owner = None
        poss = [ch for ch in tok.lefts if ch.dep_ == "poss"]
        s, e = tok.i, tok.i + 1
        comp = [ch for ch in tok.lefts if self._person_compound(ch)]
        if comp and not poss:  # "the Kell campaign": Kell's
            owner = self.taken[comp[0].i]
            s = min(comp[0].left_edge.i, owner.ts)
        elif poss:
            s = poss[0].left_edge.i
            if poss[0].pos_ == "PRON":
                if poss[0].lower_ not in self.w.sing_pronouns | self.w.plural_pronouns:
                    return None
            else:
                owner = self.taken.get(poss[0].i)
        else:
            for ch in tok.rights:
                if ch.dep_ == "prep" and ch.lower_ == "of":
                    for ob in ch.children:
                        if ob.dep_ == "pobj" and ob.i in self.taken:
                            owner = self.taken[ob.i]
                            e = owner.te
            if owner is None:
                return None
        c = self.cand(s, e, "description", "group", head=tok.lower_, plural=True)
        c.sector = self.w.entourage[tok.lower_]
        c.poss_pron = poss[0].lower_ if poss and poss[0].pos_ == "PRON" else None
        c.owner_cand = owner
        return c

    def staff_member(self, tok, is_title: bool = False) -> Cand | None:
        """One staff member of a named party ("an aide to Senator Ann Kell", "Kell's aide", "a strategist for the
        Kell campaign"): an anonymous actor whose affiliation is that party, so it takes the party's country and
        sector; "aides to Senator Kell" her owned group; None for a pronoun owner ("his aide": an owned group), a
        name before it ("the Kell aide", a title's place) or no named owner. A title word ("adviser", "spokeswoman")
        counts only with a person after "to"/"for" ("an adviser to Chancellor X"; a body's own keeps its path)."""
        plural = tok.tag_ == "NNS"
        if tok.tag_ not in ("NN", "NNS") or (plural and tok.lower_ not in self.w.entourage):
            return None
        owner, s, e = None, self._nominal_start(tok), tok.i + 1
        poss = [ch for ch in tok.lefts if ch.dep_ == "poss" and not plural]
        if poss and poss[0].pos_ != "PRON":
            owner = self.taken.get(poss[0].i)
        for p in ([] if poss else tok.rights):
            if p.dep_ == "prep" and p.lower_ in ("to", "for"):
                owner = next((self.taken[ob.i] for ob in p.children if ob.dep_ == "pobj" and ob.i in self.taken), None)
                e = owner.te if owner is not None else e
                break
        if owner is None or owner.akind not in ("person", "organization", "group", "state"):
            return None
        if is_title and (poss or owner.akind != "person"):
            return None
        if plural:  # "aides to Senator Kell": her staff, as "Kell's aides" are
            if owner.akind != "person":
                return None
            c = self.cand(s, e, "description", "group", head=tok.lower_, plural=True)
            c.sector, c.owner_cand = self.w.entourage[tok.lower_], owner
            return c
        c = self.cand(min(s, owner.ts), e, "description", "anonymous", head=tok.lemma_.lower(), plural=False)
        c.affiliation = owner
        c.titles = {tok.lemma_.lower(), tok.lower_}
        return c

    def mark_campaigns(self) -> None:
        """Flag each person whose campaign or candidacy the text names, also inside another's apposition ("X, a
        spokesman for the Kell campaign,", "Kell's campaign manager", "a Kell rally", "Kell's bid"), each
        person who wins, loses or leads an election ("Kell won the primary", "Kell leads in the polls") and
        each who campaigns or is campaigned for ("Marsh campaigned for Kell"): evidence of a candidacy."""
        words = {w for w, sec in self.w.entourage.items() if sec == "OPP"} | self.w.candidacy_nouns
        verb, ids = _POS_IDS["VERB"], word_ids(frozenset(words))  # only a verb or one of the words can pass a test
        for tok in (self.tokens[i] for i, (p, low) in enumerate(zip(self.pos_ids, self.lower_ids)) if p == verb or low in ids):
            if tok.pos_ == "VERB" and (tok.lemma_.lower() in self.w.campaign_verbs or self._runs_for_office(tok)):
                for c in self._campaigners(tok):
                    c.campaign = True
            elif tok.lower_ in words:
                for ch in tok.lefts:
                    c = self.taken.get(ch.i) if ch.dep_ in ("poss", "compound") else None
                    if c is not None and c.akind == "person":
                        c.campaign = True
            elif tok.pos_ == "VERB" and tok.lemma_.lower() in self.w.election_verbs and self._election_object(tok):
                for ch in tok.children:
                    c = self.taken.get(ch.i) if ch.dep_ == "nsubj" else None
                    if c is not None and c.akind == "person":
                        c.campaign = True

    def _runs_for_office(self, verb) -> bool:
        """ "Kell is running for governor", "ran for the Senate", "runs for re-election": "run for" an office, a
        legislature or an election (words `run_for_objects` beside the titles); not "ran for cover"."""
        if verb.lemma_.lower() != "run":
            return False
        offices = self.w.person_titles | self.w.legislature_words | self.w.election_nouns | self.w.run_for_objects
        return any(o.dep_ == "pobj" and (o.lemma_.lower() in offices or o.lower_ in offices
                                         or o.doc[o.left_edge.i:o.i + 1].text.lower() in offices)
                   for p in verb.children if p.dep_ == "prep" and p.lower_ == "for" for o in p.children)

    def _campaigners(self, verb) -> list[Cand]:
        """The persons a campaign verb shows running or campaigning: its subject and whom it is for, with or
        against ("Kell campaigned in Ohio", "Marsh will campaign for Kell", "stumped with Kell")."""
        toks = [ch for ch in verb.children if ch.dep_ == "nsubj"]
        toks += [o for p in verb.children if p.dep_ == "prep" and p.lower_ in ("for", "with", "against", "alongside")
                 for o in p.children if o.dep_ == "pobj"]
        found = [self.taken.get(t.i) for head in toks for t in (head, *head.conjuncts)]
        return [c for c in found if c is not None and c.akind == "person"]

    def group_members(self, cands: list[Cand]) -> None:
        """Persons named as members of a group its demonym places: "The Ruritanian passengers included A and B",
        "Two Ruritanians, A and B,", "The Ruritanian victims were A, a student, and B" — each takes the
        group's country where its own words give none."""
        doc = self.doc
        for g in cands:
            if not g.country or len(g.country) != 3 or g.akind not in ("group", "state") \
                    or g.mkind not in ("nominal", "description", "demonym") or not g.plural and g.akind == "group":
                continue
            head = doc[g.ts:g.te].root
            members = [ch for ch in head.children if ch.dep_ == "appos"]
            if head.dep_ in ("nsubj", "nsubjpass") and head.head.lemma_.lower() in ("include", "be"):
                members += [ch for ch in head.head.children if ch.dep_ in ("dobj", "attr") and ch.i > head.i]
            for tok in [m for t in members for m in (t, *t.conjuncts)]:
                c = self.taken.get(tok.i)
                if c is not None and c.akind == "person" and c.mkind == "name" and c.reg is None \
                        and (c.country is None or c.country_weak):
                    c.country, c.csource, c.country_weak = g.country, "demonym", False

    def sentence_frames(self, cands: list[Cand]) -> None:
        """A sentence opening "In <place>," frames its names: "In Ruritania, the Liberty Front, whose leader,
        Ann Kell, topped a poll" — a name with no country of its own takes the place's country (weakly: its
        own words, an affiliation or the registry win)."""
        doc = self.doc
        frames: dict[int, str] = {}
        for ent in self.ents:
            ts = ent.start
            if ent.label_ == "GPE" and ts >= 1 and ts - 1 == self.sent_first[ts] and doc[ts - 1].lower_ == "in" \
                    and ent.end < len(doc) and doc[ent.end].text == ",":
                iso = self.reg.country(ent.text) or self.place_country.get((ent.start_char, ent.end_char))
                if iso:
                    frames[self.sent_of[ts]] = iso
        for c in cands if frames else ():
            iso = frames.get(self.sent_of[c.ts])
            if iso and c.mkind == "name" and c.akind in ("person", "organization", "group") and c.reg is None \
                    and c.country is None:
                c.country, c.csource, c.country_weak = iso, "place", True

    def _election_object(self, verb) -> bool:
        """Does the verb's object, or a prepositional object, name an election ("won the primary", "leads in
        the polls")?"""
        for ch in verb.children:
            if ch.dep_ == "dobj" and ch.lemma_.lower() in self.w.election_nouns:
                return True
            if ch.dep_ == "prep" and any(o.dep_ == "pobj" and o.lemma_.lower() in self.w.election_nouns
                                         for o in ch.children):
                return True
        return False

    def _person_compound(self, ch) -> bool:
        """Is `ch` a person's name modifying a noun ("the Kell campaign")?"""
        c = self.taken.get(ch.i) if ch.dep_ == "compound" else None
        return c is not None and c.akind == "person"

    def _has_modifier(self, tok) -> bool:
        """Does the noun have an adjective, compound, possessor or nominal modifier ("senior officials")?"""
        return any(ch.dep_ in ("amod", "compound", "poss", "nmod") for ch in tok.lefts)

    def nominal(self, tok, noun_sector, is_title, is_org) -> Cand | None:
        """A role noun phrase around `tok`: "Israeli officials" (stands for Israel), "the president" (needs an
        antecedent), "an aide" (anonymous), "riot police" (a group), or None ("as president": a role)."""
        doc = self.doc
        s = self._nominal_start(tok)
        e = tok.i + 1
        words = [t.lower_ for t in doc[s:e]]
        if self._generic_phrase(tok) or self._bare_place(tok):
            return None
        poss = [ch for ch in tok.lefts if ch.dep_ == "poss"]
        poss_pron = poss[0].lower_ if poss and poss[0].pos_ == "PRON" else None
        if poss_pron and poss_pron not in self.w.sing_pronouns | self.w.plural_pronouns:
            return None  # "our people", "my watch": the speaker's, resolved by the quote
        aff = self._nominal_modifier(tok, s)
        country = self.country_of_tokens(s, tok.i) if aff is None else None
        csource = "demonym" if country else None
        if aff is None and country is None:  # "the Ostranian army": the demonym of a state no dictionary knows
            aff = self.unknown_demonym_state(s, tok.i)
        if aff is None and country is None:  # "a Ruritown resident", "Ruriton police": a place the NER missed
            country = self.modifier_place(s, tok.i, any_size=tok.lower_ in self.w.residence_nouns) or self.office_place(tok)
            csource = "place" if country else None
        if aff is None:
            aff = self._nominal_owner(tok)
            e = aff.te if aff is not None and doc[aff.ts - 1].lower_ == "of" else e  # "leaders of Hamas": one phrase
        if aff is None and country is None:
            country, csource = self._nominal_place(tok)
        if aff is None and country is None:
            country, csource = self._party_country(doc[s:tok.i])
        c = self.cand(s, e, "nominal", "group", head=tok.lemma_.lower(), plural=tok.tag_ in ("NNS", "NNPS"))
        c.sector = self._nominal_sector(tok, words, noun_sector, aff)
        if csource == "party" and (c.sector is None or tok.lemma_.lower() == "leader"):
            c.sector = "OPP"  # "Republican leaders", "Tory donors": the party's side, as "Republicans" are
        c.country = country if country else (aff.country if aff else None)
        c.csource = csource if country else ("affiliation" if c.country else None)
        c.affiliation = aff
        c.office = self.office_in(" ".join(words))
        c.titles = {tok.lemma_.lower(), tok.lower_}
        c.definite = (doc[s].lower_ if s < e else "") in self.w.determiners or bool(poss)
        c.poss_pron = poss_pron
        return self._nominal_kind(c, tok, words, noun_sector, is_title, is_org)

    def _generic_phrase(self, tok) -> bool:
        """A role noun phrase about no one in particular: a free-choice or universal determiner ("any candidate",
        "every delegate"), a hypothetical modifier ("the next president"), or an indefinite singular in an unreal
        clause — an object under a modal, an infinitive or a negation ("to elect a president who …", "would make
        an outstanding president", "has not endorsed a candidate"), any role in a condition ("if a candidate says
        …"). An indefinite subject of a real clause stays an anonymous actor ("an aide said", "an aide would not
        say")."""
        dets = [ch.lower_ for ch in tok.lefts if ch.dep_ in ("det", "nummod", "predet")]
        if any(d in self.w.generic_determiners for d in dets) or any(
                ch.dep_ == "amod" and ch.lower_ in self.w.hypothetical_modifiers for ch in tok.lefts):
            return True
        if not dets or dets[0] not in ("a", "an", "one") or tok.tag_ != "NN":
            return False
        verb = tok.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        clauses = [verb, verb.head] if verb.dep_ == "conj" else [verb]
        if any(ch.dep_ == "mark" and ch.lower_ in self.w.irrealis_marks and v.tag_ != "VBD"
               for v in clauses for ch in v.children):
            return True  # "if a candidate says", "when a candidate makes those comments"
        if tok.dep_ in SUBJECT_DEPS:
            return False
        return any(v.tag_ == "VB" or any(ch.dep_ == "neg" or ch.tag_ == "MD" for ch in v.children) for v in clauses)

    def _bare_place(self, tok) -> bool:
        """A bare singular noun after a preposition of place whose first WordNet sense is a building or a place
        ("sentenced to ten years in prison", "taken to hospital"): where someone is, no actor. With a
        determiner ("the prison said") or a group noun ("according to police") it stays one."""
        if tok.tag_ != "NN" or tok.dep_ != "pobj" or tok.head.lower_ not in ("in", "into", "to", "from", "at", "out"):
            return False
        if any(ch.dep_ in ("det", "poss", "amod", "compound", "nummod") for ch in tok.children):
            return False
        classes = self.w.noun_classes
        low = tok.lower_
        return low in classes.get("artifact", ()) or low in classes.get("location", ())

    def _nominal_start(self, tok) -> int:
        """First token of the phrase: its determiners and modifiers, never across punctuation or a verb
        ("the senior Hamas officials" from "the"; "said, officials" from "officials")."""
        doc = self.doc
        left = [ch for ch in tok.lefts if ch.dep_ in ("det", "amod", "compound", "nmod", "poss", "nummod",
                                                       "quantmod", "advmod", "predet")]
        s = min((ch.left_edge.i for ch in left), default=tok.i)
        for i in range(tok.i - 1, s - 1, -1):
            # a hyphen inside a word joins it ("pro-government"); a spaced dash ends a dateline ("LYON, France -")
            hyphen = doc[i].text == "-" and not doc[i].whitespace_
            if (doc[i].is_punct and not hyphen and doc[i].text not in ("\u2019s", "'s")) or doc[i].pos_ == "VERB":
                return i + 1
        return s

    def _nominal_modifier(self, tok, s: int) -> Cand | None:
        """A name inside the phrase it belongs to: "Hamas officials", "a Kataeb Hezbollah official" (the
        registry knows the whole modifier)."""
        doc, aff = self.doc, None
        for i in range(s, tok.i):
            if i in self.taken:
                aff = self.taken[i]
        if tok.i - s >= 2:
            for a in range(s, tok.i - 1):
                if doc[a].pos_ != "PROPN":
                    continue
                r = self.reg.actor(doc[a:tok.i].text, self.date)
                if r is not None and r.kind != "person":
                    return self.registry_cand(a, tok.i, r)
        return aff

    def _placed(self, tok) -> bool:
        """Does a place after the noun say whose it is ("officials in Kenya": no vague "officials")?"""
        return self._nominal_place(tok)[0] is not None

    def _nominal_place(self, tok) -> tuple[str | None, str | None]:
        """The country of a place after the head ("officials in Kenya", "protesters from Lyon")."""
        country = None
        for ch in tok.rights:
            if ch.dep_ == "prep" and ch.lower_ in ("in", "from"):
                for ob in ch.children:
                    if ob.dep_ == "pobj" and ob.ent_type_ in ("GPE", "LOC"):
                        name = _entity_text(ob)  # "in the United States": the whole name, not its head "States"
                        country = self.reg.demonym(name) or self._place_country(name)
        return country, "place" if country else None

    def _party_country(self, modifiers) -> tuple[str | None, str | None]:
        """The country of a party adjective among a noun's modifiers ("Republican lawmakers", "Tory donors"),
        the United States' parties only in an article that names it, as for "a Republican, X"."""
        for t in modifiers:
            member = self.w.party_adjectives.get(t.lower_, t.lower_)
            iso = self.w.party_members.get(member) if t.is_title else None
            if iso and (iso != "USA" or self._us_context()):
                return iso, "party"
        return None, None

    def _nominal_owner(self, tok) -> Cand | None:
        """The body a leader or representative belongs to: "leaders of Hamas", "representatives of the
        terrorist organization"; the employer of a person noun after "for/at/with" ("a spokeswoman for the X
        Department", "a physician at the Y Hospital")."""
        lem = tok.lemma_.lower()
        for ch in tok.rights:
            if ch.dep_ != "prep" or ch.lower_ not in ("of", "for", "at", "with"):
                continue
            if ch.lower_ == "of" and not (tok.lower_ in self.w.stands_for or lem in ("leader", "member")):
                continue
            if ch.lower_ != "of" and lem not in self.w.person_nouns and not self.is_title_word(tok):
                continue
            for ob in ch.children:
                o = self.taken.get(ob.i) if ob.dep_ == "pobj" else None
                if o is not None and (o.akind != "person" if ch.lower_ == "of" else o.akind in ("organization", "group")):
                    return o
        return None

    def _nominal_sector(self, tok, words, noun_sector, aff) -> str | None:
        """Sector of the phrase: its known role noun ("riot police" POL), else a neutral head's modifier
        ("Hospital officials" HLH, "student groups" EDU), else GOV for a state's "official"."""
        sector = (self.agent([w for w in words if w.isalpha()])[1] or noun_sector) \
            if tok.lower_ not in self.w.neutral_titles else None
        if sector is None and (tok.lower_ in self.w.neutral_titles or tok.lower_ in self.w.collective_heads):
            for ch in tok.lefts:
                if ch.dep_ in ("compound", "amod", "nmod") and ch.i not in self.taken:
                    known, sec = self.reg.agent_sector(ch.lower_)
                    if known and sec:
                        sector = sec
        if sector is None and aff is None and tok.lemma_.lower() == "official":
            sector = "GOV"  # "an Israeli official": a state's official
        return sector

    def _nominal_kind(self, c: Cand, tok, words, noun_sector, is_title, is_org) -> Cand | None:
        """What the phrase is: a state or group it stands for ("the Trump administration"), a definite
        description to resolve ("the president", "the party"), a possessed group ("his aides"), an anonymous
        actor ("an official"), a plural group ("protesters"), or None."""
        lem, aff, plural = tok.lemma_.lower(), c.affiliation, c.plural
        det = words[0] if words else ""
        if c.country is None and any(t.ent_type_ == "NORP" and not self.reg.demonym(t.text) for t in tok.lefts):
            c.no_fallback = True  # "an Arab activist", "Kurdish militants": a people, not the article's country
        if (lem in self.w.stands_for or tok.lower_ in self.w.stands_for) and (aff is not None or c.csource in ("demonym", "place")):
            c.state_of_person = aff if aff is not None and aff.akind == "person" else None
            c.mkind, c.stands_for = "nominal", True
            c.akind = "state" if aff is None or aff.akind == "state" else aff.akind
            return c
        plain = c.definite and not c.poss_pron
        echo = self._echoed_title(tok) if plain and not plural and not is_org and tok.tag_ == "NN" else None
        if echo:  # "Ann Kell, a former teacher, … the teacher said": Kell, whom `describe` finds by the title
            c.head, c.mkind, c.akind, c.needs_antecedent = echo, "description", "person", True
            return c
        if plain and lem in self.w.state_nouns and aff is None and not c.country:
            c.mkind, c.akind, c.needs_antecedent = "description", "state", True
            return c
        if plain and (is_title or c.office) and not is_org \
                and (aff is None or aff.akind in ("state", "organization", "group", "person")):
            c.mkind, c.akind, c.needs_antecedent = "description", "person", True
            return c
        if plain and aff is None and (is_title or is_org or c.office):
            c.mkind, c.needs_antecedent = "description", True
            c.akind = "organization" if is_org and not is_title else "person"
            return c
        if plain and not plural and noun_sector == CANDIDATE and not is_org and tok.tag_ == "NN" \
                and lem not in self.w.org_nouns and lem not in self.w.collective_heads:
            c.mkind, c.akind, c.needs_antecedent = "description", "person", True  # "the Republican nominee"
            return c
        if plain and not plural and noun_sector and c.country and not is_org and tok.tag_ == "NN" \
                and lem not in self.w.org_nouns and lem not in self.w.collective_heads:
            c.mkind, c.akind, c.needs_antecedent = "description", "person", True  # "the Ruritanian photographer"
            return c
        if c.poss_pron:
            c.mkind, c.needs_antecedent = "description", False
            c.akind = "group" if plural else ("organization" if is_org else "anonymous")
            return c
        if not plural and det in self.w.indefinite | {"a", "an"} and (is_title or noun_sector or is_org):
            c.mkind = "description"
            c.akind = "organization" if is_org and not is_title else "anonymous"
            return c
        if any(w in ("world", "international", "global", "foreign") for w in words[:-1]) or (tok.lower_ == "media" and "state" not in words):
            c.no_fallback = True  # "world leaders": no one country
            if lem == "leader" and c.sector is None:
                c.sector = "GOV"
        if plural or noun_sector:
            c.mkind, c.akind = "nominal", "group"
            return c if (c.sector or aff or c.country) else None
        return None

    def _echoed_title(self, tok) -> str | None:
        """The title of a person named before a definite singular description that the description repeats: the
        same word in the person's title or apposition ("Ann Kell, a former teacher, … the teacher said" →
        "teacher"), else, for a legislator's word, the nearest person's legislator title of the same chamber
        ("Rep. Ann Kell … the congresswoman said" → "representative"; "the lawmaker" fits any, "the senator"
        only a senator). None when no one named before has it."""
        words = {tok.lemma_.lower(), tok.lower_}
        legislator = _chamber(self.w, tok.lower_) if words & self.w.legislator_titles and tok.lower_ != "deputy" \
            else None
        if not (words & self.w.person_titles or legislator or self.reg.agents.get(tok.lower_) is not None):
            return None
        persons = list({id(p): p for i in range(tok.i - 1, -1, -1) for p in [self.taken.get(i)]
                        if p is not None and p.akind == "person" and p.mkind == "name"}.values())
        if any(words & p.titles for p in persons) or self._heads_named(tok, persons):
            return tok.lemma_.lower()
        for p in persons if legislator else ():
            own = sorted(self.w.title(t) for t in p.titles if self.w.title(t).rstrip(".") in self.w.legislator_titles)
            if own and legislator in ("any", _chamber(self.w, own[0])):
                return own[0]
        return None

    def _heads_named(self, tok, persons) -> bool:
        """Does "the union leader" repeat a "who heads/leads/chairs Y" clause of the nearest such person named
        before ("Ann Kell, who heads the Dockworkers Union, … the union leader said"), a modifier of the
        description being a word of Y (a bare "the leader": any Y)? That person then holds the description's title."""
        mods = {ch.lemma_.lower() for ch in tok.lefts if ch.dep_ in ("compound", "amod", "nmod")}
        if tok.lemma_.lower() not in _HEAD_TITLES or not mods and tok.lemma_.lower() == "president":
            return False  # a bare "the leader" is the nearest such person; a bare "the president" a state's
        for p in persons:
            for rel in (ch for t in self.doc[p.ts:p.te] for ch in t.children if ch.dep_ == "relcl"):
                if rel.lemma_.lower() not in _HEAD_VERBS or not any(
                        ch.dep_ == "nsubj" and ch.lower_ in ("who", "that") for ch in rel.children):
                    continue
                heads = {w.lemma_.lower() for ob in rel.children if ob.dep_ == "dobj" for w in ob.subtree}
                if mods <= heads:
                    p.titles = p.titles | {tok.lemma_.lower(), "head"}
                    return True
        return False

    # ------------------------------------------------------------ pronouns
    def pronouns(self, in_quote) -> list[Cand]:
        """Pronouns that can be sources: he/she/they as subjects or possessives ("his message"), "according to
        him", "it" acting ("the agency said it …"); none inside quotes."""
        out = []
        pron = word_ids(frozenset(self.w.sing_pronouns | self.w.plural_pronouns | {"it", "its"}))
        for i, low_id in enumerate(self.lower_ids):
            if low_id not in pron:
                continue
            tok = self.doc[i]
            low = tok.lower_
            if in_quote(tok.idx):
                continue
            if low in ("it", "its"):
                # only an organisation acting or speaking: "the SDF said it was given assurances",
                # "The agency did not say if its …"; never "it is", "it was reported that"
                head = tok.head
                if not ((tok.dep_ in SUBJECT_DEPS and head.pos_ == "VERB" and head.lemma_ not in self.w.it_verbs_skip
                         and not any(ch.dep_ in ("ccomp", "xcomp") and ch.i > head.i and ch.lemma_ == "be"
                                     for ch in head.children))
                        or (tok.tag_ == "PRP$" and head.dep_ in SUBJECT_DEPS)):
                    continue
                c = self.cand(tok.i, tok.i + 1, "pronoun", "organization")
                c.subject = True
                c.needs_antecedent = True
                c.neuter = True
                out.append(c)
                continue
            dep = tok.dep_
            ok = dep in SUBJECT_DEPS
            if not ok and tok.tag_ == "PRP$":  # "His message", "his critics"
                ok = True
            if not ok and dep == "pobj" and tok.head.lower_ == "to" and tok.head.i > 0 \
                    and self.doc[tok.head.i - 1].lower_ == "according":
                ok = True
            if not ok:
                continue
            c = self.cand(tok.i, tok.i + 1, "pronoun", "person" if low in self.w.sing_pronouns else "group")
            c.plural = low in self.w.plural_pronouns
            c.subject = dep in SUBJECT_DEPS or (tok.tag_ == "PRP$" and tok.head.dep_ in SUBJECT_DEPS)
            c.needs_antecedent = True
            out.append(c)
        return out


def _chamber(words, title: str) -> str:
    """The chamber a legislator's title names: "senate" (senator), "any" (lawmaker, legislator), else "house"."""
    full = words.title(title).rstrip(".")
    if full in ("senator", "senators", "sen"):
        return "senate"
    return "any" if full in ("lawmaker", "lawmakers", "legislator", "legislators", "parliamentarian") else "house"


def _hyphened_name_part(doc, i: int) -> bool:
    """Is token i the last part of a hyphenated proper name ("PORT-AU-PRINCE", "Sainte-Reine"): a place's or a
    person's name, no role noun ("prince", "queen")?"""
    return i > 1 and doc[i].pos_ == "PROPN" and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ \
        and not doc[i - 2].whitespace_ and doc[i - 2].pos_ == "PROPN"


def _entity_text(tok) -> str:
    """The text of the named entity a token ends or lies in, without a leading "the" ("the United States" ->
    "United States"); the token's own text when it is in none."""
    if tok.ent_iob_ not in ("B", "I"):
        return tok.text
    start = tok.i
    while start > 0 and tok.doc[start].ent_iob_ == "I":
        start -= 1
    words = tok.doc[start:tok.i + 1].text.split()
    return " ".join(words[1:] if words[0].lower() == "the" and len(words) > 1 else words)
