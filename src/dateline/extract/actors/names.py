"""Named mentions: spaCy entities repaired into actor names, and registry names the NER missed.

Repairs: a possessive ends a name ("X's envoy"), an organisation cut before "for/of" + capitalised words is
extended, an office's object is part of the title ("Secretary of State Y"), a PERSON that is a country is the
state, a place typed PERSON is dropped, laws/events/works/platforms/headline fragments are no actors
(name_filters.py).
"""
from __future__ import annotations

from ...knowledge.registry import RegistryActor, norm
from .. import doc_text
from . import article_names, nonactors
from .cands import _POS_IDS, NAME_LABELS, SUBJECT_DEPS, Cand, missed_full_names, missed_surnames, word_ids
from .name_filters import NameFiltersMixin


class NamesMixin(NameFiltersMixin):
    """Named mentions (mixed into `mentions.Finder`, which holds the parse and the registry); the names that are no
    actors are told apart in `name_filters.NameFiltersMixin`."""

    # ------------------------------------------------------------ names
    def names(self) -> list[Cand]:
        """Every named mention, in text order: titled names the NER missed, repaired entities, registry names."""
        out: list[Cand] = []
        self._titled_runs(out)
        self.extended: set[int] = set()
        for ent in self.ents:
            if ent.label_ not in NAME_LABELS or self.skip_char(ent.start_char, ent.end_char):
                continue
            bounds = self._repaired_bounds(ent)
            if bounds is None:
                continue
            label = ent.label_
            if label in ("ORG", "GPE", "PERSON") and (given := nonactors.given_name_before(self.doc, *bounds, self.w)) is not None:
                bounds, label = (given, bounds[1]), "PERSON"  # "Ana Vell said" with only "Vell" typed (ORG, PERSON)
            if label == "ORG" and bounds[0] > ent.start and nonactors.person_like(self.doc[bounds[0]:bounds[1]], self.w):
                label = "PERSON"  # "LYON - Jean Valmont" typed ORG with its dateline
            c = self.classify_name(label, *bounds)
            if c is not None and (spelled := nonactors.hashtag_name(self.doc[bounds[0]:bounds[1]])):
                c.name = spelled  # "#AnaKell" … "Ana Kell", of the written name's kind
                if c.akind == "organization" and any(e.text == spelled and e.label_ == "PERSON" for e in self.ents):
                    c.akind = "person"
            if c is not None:
                out.append(c)
                for i in range(c.ts, c.te):
                    self.taken[i] = c
        for ts, te in missed_full_names(self.doc, self.taken, self.w.given_gender, self.titled_tokens(True)):  # "Ana Ruiz wrote …", untagged
            out.append(self.person(ts, te, None))
            self.taken.update({i: out[-1] for i in range(ts, te)})
        for i in missed_surnames(self.doc, out, self.taken, self.titled_tokens()):  # "Ana Fields said … Fields added" (Fields untagged)
            out.append(self.person(i, i + 1, None))
            self.taken[i] = out[-1]
        self._local_names(out)
        self._distribute_titles(out)
        self._of_affiliations(out)
        out.extend(self._registry_scan() + self.the_registry_names())
        for c in out:  # titles naming an organisation found only by the scan ("ABS-CBN CEO Carlo Katigbak")
            nts = c.name_ts
            if c.akind == "person" and c.affiliation is None and nts is not None and nts > c.ts:
                c.affiliation = self._affiliation_in(c.ts, self._about_start(c.ts, nts), exclude=c)
        out.sort(key=lambda c: c.ts)
        return out

    def _titled_runs(self, out: list[Cand]) -> None:
        """Names after a title that the NER missed: "Presidents Ana Ruiz", "Sen. Ann Hale" (not in a
        headline unless the body names them too)."""
        doc = self.doc
        titles = word_ids(frozenset(self.w.person_titles | {"presidents", "ministers"} | set(self.w.title_abbreviations)))
        for i, low in enumerate(self.lower_ids):
            if not (self.title_flags[i] and low in titles):
                continue
            tok = doc[i]
            if tok.ent_type_:
                continue
            j = tok.i + 1
            while j < len(doc) and doc[j].pos_ == "PROPN" and doc[j].is_title and not doc[j].ent_type_ \
                    and j not in self.taken and j - tok.i <= 4:
                j += 1
            if any(self.is_title_word(t) for t in doc[tok.i + 1:j]):
                continue  # a longer title ("Deputy Prime Minister X"): its name follows the last title word
            if j - tok.i >= 3 and not self.skip_char(tok.idx, doc[j - 1].idx) and not (
                    tok.idx < self.headline_end and doc[tok.i + 1:j].text not in doc_text(doc)[self.headline_end:]):
                c = self.person(tok.i + 1, j, None)
                out.append(c)
                for k in range(c.ts, c.te):
                    self.taken[k] = c

    def _repaired_bounds(self, ent) -> tuple[int, int] | None:
        """An entity's token span repaired: "Donald Trump's Envoy" → "Donald Trump" (but "Workers' Party"
        keeps its possessive), "Associated Press of bank robberies" → "Associated Press", "Puerto Rico
        Center" + "for Investigative Journalism"; None when nothing of it is a name of its own ("State" in
        "Secretary of State X", a part of a name already extended over it)."""
        doc, ts, te = self.doc, ent.start, ent.end
        if te - ts > 2 and doc[ts].text in nonactors.STANCE_PREFIXES and doc[ts + 1].text == "-" \
                and not doc[ts].whitespace_:
            return None  # "the pro-Kell vote", "anti-Kell protesters": a modifier, not a mention of Kell
        ts, te = nonactors.dash_part(doc, ts, te)  # "Weak - Lund", "Lund - won": a name run over a spaced dash
        for i in range(ts, te):
            if doc[i].tag_ == "POS" or doc[i].text in ("'s", "\u2019s", "("):
                if doc[i].text != "(" and i > ts and i + 1 < te and ent.label_ in ("ORG", "FAC", "NORP") and (
                        doc[i - 1].lower_ in self.w.collective_possessors or self.reg.actor(ent.text, self.date) is not None):
                    continue  # "People's Liberation Army", "Workers' Party": the possessive is in the name
                te = i
                break
        while te > ts and (doc[te - 1].is_punct or doc[te - 1].pos_ in ("ADP", "DET", "CCONJ")):
            te -= 1
        if nonactors.question_opener(doc, ts, te, self.sent_first[ts], self.w.question_openers):
            ts += 1  # "Will Kell win Ohio?": the name is "Kell"
        ts = nonactors.after_dateline(doc, ts, te, self.sent_first[ts])  # "LYON - Jean Valmont"
        if ent.label_ in ("PERSON", "ORG"):  # "President of Ruritania Ana Kell", "Ruriton Premier Ana Kell": "Ana Kell"
            ts = self.after_place_title(self._after_office_country(ts, te), te)
        if ent.label_ in ("ORG", "PERSON"):  # a name ends before a preposition with lowercase words only
            te = next((i for i in range(ts + 1, te - 1) if doc[i].pos_ == "ADP"
                       and all(t.is_lower and t.is_alpha for t in doc[i + 1:te])), te)
        if te <= ts or self._office_object(ts, te):
            return None
        if any(i in self.extended for i in range(ts, te)) and te - 1 <= max(self.extended):
            return None
        if ent.label_ in ("ORG", "FAC"):
            te2 = self._extend_name(ts, te)
            self.extended.update(range(te, te2))
            te = te2
        return ts, te

    def _org_initials(self) -> frozenset:
        """The initials of the article's organisation names of three or more capitalised words ("Brisk Deposit
        Insurance Corporation" -> "bdic"): such an all-caps word is an acronym, not a shouted word."""
        if not hasattr(self, "_initials"):
            out = set()
            for ent in self.ents:
                words = [t.text for t in ent if t.lower_ not in ("of", "and", "for", "the", "&") and t.is_alpha]
                if ent.label_ == "ORG" and len(words) >= 3 and all(w[:1].isupper() for w in words):
                    out.add(norm("".join(w[0] for w in words)))
            self._initials = frozenset(out)
        return self._initials

    def _local_names(self, out: list[Cand]) -> None:
        """This article's own organisation names, also without a corporate suffix ("Acme Holdings" …
        "Acme's board"), for the registry scan and affiliations."""
        self.local = {}
        for c in out:
            if c.akind in ("organization", "group") and c.reg is None and c.mkind == "name":
                self.local.setdefault(norm(c.name), c)
                words = c.name.split()
                initials = [w for w in c.name.replace("-", " ").split() if w.lower() not in ("of", "and", "for", "the", "&")]
                if len(initials) >= 3 and all(w[:1].isupper() for w in initials):  # "the BDIC" later
                    self.local.setdefault(norm("".join(w[0] for w in initials)), c)
                if len(words) > 1 and words[-1].lower() in self.w.corporate:
                    short = " ".join(words[:-1])
                    if any(ch.isupper() for ch in short[1:]) or len(words) > 2:
                        self.local.setdefault(norm(short), c)

    def _registry_scan(self) -> list[Cand]:
        """Registry organisations and groups the NER missed ("ABS-CBN's franchise", "an AU summit"), and registry
        persons' full names ("France’s Francois Hollande")."""
        doc, reg = self.doc, self.reg
        found = []
        n = len(doc)
        propn = _POS_IDS["PROPN"]
        done = -1
        for i in self.scan_starts:
            if i <= done or i in self.taken:
                continue
            t = doc[i]
            if not (t.is_upper and len(t) > 1 or self.pos_ids[i] == propn):
                continue
            j = i
            while j < n and j - i < 6 and j not in self.taken and not doc[j].ent_type_ and (
                    doc[j].is_upper and len(doc[j]) > 1 or doc[j].pos_ == "PROPN" and doc[j].is_title
                    or doc[j].text in ("-", "\u2013") and j + 1 < n and doc[j + 1].is_upper):
                j += 1
            hit = None
            for e in range(j, i, -1):
                words = doc[i:e]
                if e - i == 1 and not words[0].is_upper:
                    continue  # a single capitalised word is too often a common one
                r = reg.actor(words.text, self.date)
                if r is not None and r.kind != "person" and r.source != "petrarch2:countries" or (
                        r is not None and r.kind != "person" and e - i > 1) or self._registry_full_name(words, r):
                    hit = (e, r)
                    break
                local = self.local.get(norm(words.text))
                if local is not None:
                    hit = (e, local)
                    break
            if hit is None:
                done = j - 1
                continue
            e, r = hit
            if isinstance(r, Cand) and e - i == 1 and doc[i].is_upper and r.akind == "organization":
                c = self.organization(i, e)  # the initials of an earlier name: what the text says of them counts
                c.sector = c.sector or r.sector
            elif isinstance(r, Cand):
                c = self.cand(i, e, "name", r.akind, name=r.name, country=r.country, sector=r.sector,
                              country_weak=r.country_weak, csource=r.csource)
            else:
                c = self.registry_cand(i, e, r)
            found.append(c)
            for k in range(i, e):
                self.taken[k] = c
            done = e - 1
        return found

    def _registry_full_name(self, words, r) -> bool:
        """A registry person's full name that the NER missed ("France’s Francois Hollande"): two words at least,
        no demonym among them, written as the registry writes the name or one of its aliases."""
        if r is None or r.kind != "person" or len(words) < 2 or any(t.ent_type_ for t in words):
            return False
        return norm(words.text) in {norm(x) for x in (r.name, *r.aliases) if len(x.split()) >= 2}

    def _office_object(self, ts, te) -> bool:
        """The object of an office title ("Secretary of State", "Secretary of Justice"): no entity of its own
        when it is only department words, or when a name follows the title."""
        doc = self.doc
        if ts < 2 or te - ts > 3 or doc[ts - 1].lower_ != "of" or not self.is_title_word(doc[ts - 2]) \
                or not (doc[ts - 2].is_title or doc[ts - 2].is_upper):
            return False
        if self.reg.country(doc[ts:te].text):
            return False  # "President of Ukraine": the state is named
        if all(t.lower_ in self.w.descriptive_name_words for t in doc[ts:te]):
            return True
        return te < len(doc) and doc[te].ent_type_ == "PERSON"

    def _extend_name(self, ts, te) -> int:
        """An organisation's name cut before "for/of" + capitalised words ("Center for Investigative
        Journalism"); stops at lowercase words ("Associated Press of bank robberies")."""
        doc = self.doc
        if te + 1 >= len(doc) or doc[te].lower_ not in ("for", "of") or doc[te - 1].lower_ not in self.w.body_words | {
                "center", "centre", "fund", "office", "department", "ministry", "agency", "bureau", "alliance",
                "network", "coalition", "organization", "organisation", "movement", "front", "campaign", "project"}:
            return te
        j = te + 1
        if doc[j].lower_ == "the":
            j += 1
        end = j
        while end < len(doc) and end - te <= 6 and (doc[end].is_title or doc[end].is_upper and doc[end].is_alpha or (
                doc[end].lower_ in ("and", "&", "of") and end + 1 < len(doc) and doc[end + 1].is_title
                and not (doc[end].lower_ != "of" and doc[end + 1].ent_iob_ == "B"))):  # not "X and <another name>"
            if doc[end].ent_type_ in ("PERSON", "GPE", "NORP", "LOC") or end in self.taken:  # "Union of Montana": the place
                break
            end += 1
        if end == j or doc[end - 1].lower_ in ("and", "of"):
            return te
        run = doc[j:end].text
        if end - j <= 3 and (self.reg.country(run) or self._place_country(run)):
            return te  # "Union of Montana", "Centre of Nigeria": leave the place its own mention
        return end

    def classify_name(self, label, ts, te) -> Cand | None:
        """What a repaired entity names: a population ("the People of Gaza"), a title only ("the Secretary of
        State"), a person, a demonym's state, a country, a metonym ("the Kremlin"), a registry actor, a capital
        acting ("Beijing said"), an organisation — or nothing (see `_not_an_actor`)."""
        doc, reg, date = self.doc, self.reg, self.date
        span = doc[ts:te]
        text = span.text
        low_words = [t.lower_ for t in span]
        k = norm(text)
        if not k or self._no_actor(span, label):
            return None
        if len(span) >= 3 and low_words[-len(span)] in ("people", "the") and "of" in low_words[:3] and "people" in low_words[:2]:
            return self._population(span, low_words)
        r = reg.actor(text, date)
        if r is None and len(span) >= 2 and low_words[-1] in self.w.meeting_words:
            host = reg.actor(doc[ts:te - 1].text, date)  # "the G7 Summit": the body that meets
            if host is not None and host.kind != "person":
                r = host
        if r is not None and " " not in k and (k in self.w.org_name_sector or k in reg.agents or k in self.w.org_nouns) \
                and r.source != "user":
            r = None  # "Senate", "Congress": which one depends on the article, not on the registry
        iso = reg.country(text)
        met = reg.metonyms.get(k)
        root = span.root
        if label == "PERSON" and any(w in self.w.person_titles for w in map(self.w.title, low_words)) and all(w in self.w.person_titles
                or w in self.w.descriptive_name_words or w in self.w.title_adj for w in map(self.w.title, low_words)):  # "Cpl"
            return None if nonactors.before_a_name(doc, te) else self._title_only(span)  # "Cpl. Ana Kell" parsed apart
        if r is None and not iso and not met and label in ("GPE", "PERSON", "ORG") and (u := self.unknown_state(span)):
            return u  # "Ostrania expelled …" where the article names the unknown state's parliament or demonym
        if label == "PERSON":
            return self._classify_person(span, r, iso)
        if label == "NORP":
            return self._classify_norp(span, r, iso)
        if iso and label in ("GPE", "ORG") and len(span) == 1 and low_words[0] in self._person_words() \
                and (root.dep_ in SUBJECT_DEPS or root.dep_ == "poss"):
            return self.person(ts, te, None)  # "Ann Jordan, an adviser, … Jordan said": her, not the state
        if iso and label in ("GPE", "ORG"):
            resolved = self.place_country.get((span.start_char, span.end_char))
            if resolved and resolved != iso:
                return None  # "Georgia" next to Atlanta: a US state, a place rather than an actor
            return self.cand(ts, te, "name", "state", name=reg.countries[iso].name, country=iso, sector="GOV")
        if met:
            return self.cand(ts, te, "metonym", "state", name=reg.countries[met[0]].name, country=met[0],
                             sector=met[1])
        if r is not None and r.kind != "person" and self._surname_named_before(span):
            return self.person(ts, te, None)  # "Ana Campo … Campo's lawyer said": her, not the company Campo
        if r is not None and (label in ("ORG", "FAC") or r.kind in ("group", "organization") or label == "GPE"):
            if r.kind == "person" and label != "ORG":
                return None
            return self.registry_cand(ts, te, r)
        if label == "GPE":
            cap = reg.capitals.get(k)
            if cap and (root.dep_ in SUBJECT_DEPS or root.dep_ == "poss"):
                return self.cand(ts, te, "metonym", "state", name=reg.countries[cap].name, country=cap, sector="GOV")
            return None
        if label == "ORG" and len(span) == 1 and reg.demonym(text) and root.dep_ in ("appos", "attr"):
            return None  # "X, a Frenchman,": the person's apposition reads the nationality
        if label == "ORG":
            return self._classify_org(span, r)
        return None

    def _population(self, span, low_words: list[str]) -> Cand:
        """"The People of Gaza": a population, not a place; its place's country."""
        ts, te, text = span.start, span.end, span.text
        j = low_words.index("of")
        place = self.doc[ts + j + 1:te].text
        iso = self.reg.country(place) or self._place_country(place)
        return self.cand(ts, te, "name", "group", name=text[4:] if text.lower().startswith("the ") else text,
                         country=iso, sector="CVL", csource="of" if iso else None)

    def _title_only(self, span) -> Cand:
        """A PERSON entity made only of title words ("the Secretary of State"): a description to resolve."""
        doc, ts, te = self.doc, span.start, span.end
        low_words = [t.lower_ for t in span]
        c = self.cand(ts, te, "description", "person", head=low_words[-1],
                      definite=ts > 0 and doc[ts - 1].lower_ in self.w.determiners or low_words[0] in self.w.determiners)
        c.office = self.office_in(" ".join(low_words))
        c.titles = set(low_words)
        c.needs_antecedent = True
        c.from_ent = True
        return c

    def _classify_person(self, span, r, iso) -> Cand | None:
        """A PERSON entity: a person, unless it is a country ("Georgia" as the state), role nouns ("Hostages"),
        a place ("an attack in Maidan Shahr", "the Tsuen Wan district") or a registry group ("the Houthis")."""
        doc, reg, ts, te, text, root = self.doc, self.reg, span.start, span.end, span.text, span.root
        low_words, k = [t.lower_ for t in span], norm(text)
        if r is not None and r.kind == "group":
            return self.registry_cand(ts, te, r)  # a group named by its members, typed PERSON
        if iso and r is None and not (len(span) == 1 and low_words[0] in self._person_words()):
            return self.cand(ts, te, "name", "state", name=reg.countries[iso].name, country=iso, sector="GOV")
        if any(t.text in ("v.", "vs.", "v", "vs", "versus") for t in span[1:-1]):
            return None  # "Kell v. Lund": a lawsuit's or a book's title, no person (not "Ana V. Kell")
        if r is None and all(reg.agents.get(w) is not None or w in self.w.person_titles for w in low_words):
            return None  # "Hostages": a role noun spaCy took for a name
        if r is None and (p := article_names.first_conjunct(root)).dep_ == "pobj" and not self._title_before(ts) and (
                p.head.lower_ in ("in", "near", "inside", "outside", "throughout", "across") and (p is root or self._place_country(text))
                or p.head.lower_ in ("at", "from", "to") and self._place_country(text)):  # also "to Lyon and Ruriton"
            return None  # "an attack in Maidan Shahr": a place spaCy took for a person
        if r is None and (nonactors.used_as_place(span, self.w, self.place_country) or self.residence_place(span)):
            return None  # "the Tsuen Wan district", "the capital, Sanaa,", "piped to Idku", "a Ruritown resident"
        if r is None and (k in self.w.platforms or len(span) > 1 and (
                low_words[-1] in self.w.org_final_words or low_words[-1] in self.w.org_heads
                or low_words[-1] in self.w.collective_heads | {"party", "bloc", "movement"})  # "Civic Alliance"
                or len(span) == 1 and ts > 0 and doc[ts - 1].lower_ == "the" and k not in self._person_words()
                or self._employer_named(span)):  # "the Ruritanian daily Kell Post", "director of Kell" typed PERSON
            return self.organization(ts, te)  # "Twitter suspended it", "Brisk Logistics Services", "the Beacon"
        return self.person(ts, te, r)

    def _classify_org(self, span, r) -> Cand | None:
        """An ORG entity the registry lacks: a person when the parse or a title says so ("Presidents A of X and
        B of Y", "the Presidential Spokesperson Jo Lin", "Ambassador … Nikki Haley"), nothing for lowercase
        fragments, places after "in" and shouted words ("it is OVER"), else an organisation."""
        doc, reg = self.doc, self.reg
        ts, te, text, root = span.start, span.end, span.text, span.root
        low_words = [t.lower_ for t in span]
        k = norm(text)
        if r is None and root.dep_ == "conj" and root.head.i in self.taken \
                and self.taken[root.head.i].akind == "person" and all(t.is_title for t in span):
            p = self.person(ts, te, None)  # "Presidents Ana Ruiz of Chile and Tomas Berg of Norway"
            head = self.taken[root.head.i]
            p.titles |= head.titles
            p.office = p.office or head.office
            p.sector = p.sector or head.sector
            return p
        if r is None and (text.removeprefix("the ")[:1].islower() or nonactors.used_as_place(span, self.w, (
                self.place_country)) or self._named_place(span) or self.residence_place(span)):
            return None  # "intra-Africa", "met in Niamey", "piped to Idku": not organisations
        if k in self.w.skip_orgs:
            return None
        if r is None:
            inner = ts
            while inner < te and (doc[inner].lower_ in self.w.determiners or doc[inner].lower_ in self.w.title_adj
                                  or (self.is_title_word(doc[inner]) and doc[inner].lower_ not in self.w.org_name_sector)):
                inner += 1
            if inner > ts and 2 <= te - inner <= 3 and all(t.is_title for t in doc[inner:te]) \
                    and not any(t.lower_ in self.w.org_name_sector or t.lower_ in self.w.org_nouns for t in doc[inner:te]) \
                    and any(t.lower_ in self.w.person_titles for t in doc[ts:inner]):
                return self.person(ts, te, None)  # "the Presidential Spokesperson Harry Roque" tagged ORG
        if len(span) == 1 and text.isupper() and len(text) >= 4 and r is None and \
                not (te < len(doc) and doc[te].text == ")") and k not in self._org_initials():
            return None  # shouted words ("it is OVER", "you are DEAD") that spaCy takes for acronyms
        if self._title_before(ts) and len(span) <= 3 and all(t.is_title for t in span) and not self._employer_named(span) \
                and not any(w in self.w.org_name_sector or w in self.w.org_final_words or w in self.w.org_heads for w in low_words):
            return self.person(ts, te, None)  # "Ambassador ... Nikki Haley" tagged ORG
        return self.organization(ts, te)

    def _surname_named_before(self, span) -> bool:
        """Is a one-word subject or possessor the surname of a person the text named in full before it?"""
        if len(span) != 1 or not (span.root.dep_ in SUBJECT_DEPS or span.root.dep_ == "poss"):
            return False
        return any(e.label_ == "PERSON" and e.end <= span.start and len(words := [t.text for t in e if t.is_alpha]) >= 2
                   and words[-1] == span[0].text for e in self.ents)  # "Ana Campo's": its words before the "'s"

    def _title_before(self, ts) -> bool:
        """Is a person's title within the few tokens before `ts` ("Ambassador to the United Nations")?"""
        doc = self.doc
        for i in range(ts - 1, max(self.sent_first[ts], ts - 7) - 1, -1):
            t = doc[i]
            if t.is_punct or t.pos_ == "VERB" or i == ts - 1 and t.lower_ in ("the", "a", "an"):
                return False  # "a reporter for the Lantern": the title's employer, no person
            if t.lower_ in self.w.person_titles and t.lower_ not in self.w.org_name_sector:
                return True
        return False

    def _place_country(self, text: str) -> str | None:
        """The country of a place name: the places stage's reading of that name in this article, else the
        gazetteer's ("Lyon" -> FRA), or None."""
        from ..places import resolve
        c = resolve(self.gazetteer, text, set())
        return (self._article_place(text) or c.country) if c else None

    def _is_role_noun(self, tok) -> bool:
        """A head that makes a role phrase ("officials", "spokesman", "army")."""
        low, lemma = tok.lower_, tok.lemma_.lower()
        return (low in self.reg.agents or lemma in self.reg.agents or low in self.w.person_titles or lemma in self.w.person_titles
                or low in self.w.stands_for or lemma in self.w.org_nouns)

    def registry_cand(self, ts, te, r: RegistryActor) -> Cand:
        """A candidate for a registry actor, with its role's country and sector on the article's date."""
        role = self.role_of(r)
        kind = r.kind or "organization"
        if kind == "person":
            return self.person(ts, te, r)
        c = self.cand(ts, te, "name", kind, name=r.name, country=role.country if role else None,
                      sector=role.sector if role else None, reg=r, csource="registry" if role and role.country else None)
        if kind == "group" or (role and role.sector in ("REB",)):
            c.akind = "group"
        return c

    def organization(self, ts, te) -> Cand:
        """An organisation name the registry lacks: type word → sector, demonym/possessor → country."""
        doc = self.doc
        span = doc[ts:te]
        words = [t.lower_ for t in span]
        sector = self.name_sector(words)
        country = self.country_of_tokens(ts, te)
        if country is None and (set(self._international_part(words)) & self.w.supranational or self._igo_body(ts, te)):
            country = "IGO"  # "African Continental Free Trade Area", "African Export–Import Bank", "UN Office for …"
            sector = sector if sector in ("JUD", "HLH", "MED") else "IGO"
        if words and words[0] in ("national", "federal", "state", "royal", "ministry", "department") and sector in (None, "NGO"):
            sector = "GOV"
        if country is None:  # "Brazil's National Institute…", "Election Commission of Thailand"
            poss = [c for c in span.root.children if c.dep_ == "poss"]
            if ts >= 2 and doc[ts - 1].tag_ == "POS":  # also a place's: "Ruriton's Institute for Peace"
                owner = doc[self._ent_start(ts - 2):ts - 1]
                country = self.reg.demonym(owner.text) or (
                    self._place_country(owner.text) if owner[-1].ent_type_ == "GPE" else None)
            elif poss:
                country = self.reg.demonym(doc[poss[0].left_edge.i:poss[0].i + 1].text)
        text = span.text
        name = text[4:] if text.lower().startswith("the ") else text
        if (self._predicate_is_person_title(span.root) or self._names_a_person_noun(span.root)) \
                and 2 <= len(span) <= 4 and all(t.is_title for t in span) \
                and not any(w in self.w.org_name_sector or w in self.w.org_nouns or w in self.w.corporate
                            or w in self.w.org_final_words or w in self.w.org_heads for w in words):
            return self.person(ts, te, None)  # "Ricardo Rosselló Nevares, Puerto Rico's governor," tagged ORG
        pred = self._predicate_sector(span.root)
        if pred:  # "Acme Corp is the country's biggest newspaper publisher" → MED
            sector = pred
        kind_words, kind_country = self._type_before(span)
        outer = span[-1] if not ts <= span[-1].head.i < te else span.root  # "the X League party": League
        sector = sector if sector not in (None, "GOV") else (self._party_or_poll_sector(words, outer) or sector)
        sector = sector or self._words_sector(kind_words) or self._media_cue(span.root) or self._party_cue(span.root) \
            or ("MED" if self._outlet_named(span) else None)
        if sector is None and words and (head := self._head_before_country(span)) not in self.w.org_name_sector:
            sector = self.w.org_heads.get(head)  # "Lantern Capital": a learned organisation head (BUS); "Foods Canada"
        if sector is None and [w for w in words if w != "the"] == ["house"] and self._us_context():
            sector, country = "LEG", country or "USA"  # "the House voted": the US lower chamber
        if sector is None and norm(text) in self.w.platforms:
            sector = "BUS"  # a platform that acts is its company ("Twitter suspended the account")
        csource = None
        if country is None and kind_country:  # "Ruritanian newspaper Daily Star": the modifier's country
            country, csource = kind_country, "title"
        if country is None:  # "Acme, a Ruritanian bank regulator," / "Acme is a Ruritanian firm"
            preds = self._predicates(span.root)
            country = self.country_of_tokens(preds[0].left_edge.i, preds[0].i + 1) if preds else None
            csource = "apposition" if country else None
        if country is None:
            country, csource = self._place_or_party(span, words)
        c = self.cand(ts, te, "name", "group" if sector == "REB" else "organization", name=name,
                      country=country, sector=sector, country_weak=country is not None and csource is None,
                      **({"csource": csource} if csource else {}))
        if country is None and sector not in ("BUS", "MED", "EDU", "HLH", "REL"):
            c.affiliation = self._person_owner(span)
        return c

    def _place_or_party(self, span, words: list[str]) -> tuple[str | None, str | None]:
        """(country, source) of an organisation from its place ("the Brisk Institute in Lyon": `place`), a US
        party's name or body in an article that names the United States ("the Republican Party", "the Democratic
        National Committee", "the GOP": `party`, as for a person's party), or the city opening its name
        ("Springfield Gazette": weak, no source)."""
        country = self._place_after(span) or self._based_in(span)
        if country:
            return country, "place"
        words = [w for w in words if w != "the"]
        member = self.w.party_adjectives.get(words[0]) if words else None
        us_party = (member and self.w.party_members.get(member) == "USA"
                    and set(words[1:]) & (self.w.party_bodies | {"party"})) or words == ["gop"]
        if us_party and self._us_context():
            return "USA", "party"
        return self._opening_place(span) or self._inner_place(span), None

    def _ent_start(self, i: int) -> int:
        """First token of the entity that token i belongs to."""
        tok = self.doc[i]
        if tok.ent_iob_ in ("I", "B"):
            while i > 0 and self.doc[i].ent_iob_ == "I":
                i -= 1
        return i
