"""What an organisation's surroundings say about it: its owner, its place, its kind and its predicates.

Mixed into `mentions.Finder` beside `names.NamesMixin` (whose `organization` calls these): "Toronto's X",
"the X Institute in Lyon", "Ruritanian newspaper X", "X is the country's biggest publisher".
"""
from __future__ import annotations

from ...knowledge.registry import norm
from .. import doc_text
from . import article_names, nonactors
from .cands import SUBJECT_DEPS, Cand, word_ids

# a city opening an organisation's name gives its country only when it is this big (small towns share names
# across countries: a college named after one says little)
OPENING_CITY_POPULATION = 250_000
# the sector of a generic body's head word ("centre", "foundation"); a more telling type word before it wins
UNKNOWN_BODY_SECTOR = "NGO"
# bodies a legislature forms, named after it ("the Senate Brisk Committee", "the House of Commons trade committee")
LEGISLATIVE_SUB_BODIES = frozenset({"committee", "committees", "subcommittee", "caucus", "panel", "council", "delegation"})
# prepositions after which a gazetteer place tagged as an organisation is the place ("spread to Lyon")
PLACE_PREPOSITIONS = frozenset({"in", "at", "from", "near", "to", "into", "toward", "towards", "outside", "around",
                                "across", "throughout", "inside", "within", "between"})


# words a long form's initials skip ("Centre for Trade and Industry (CTI)")
_INITIALS_SKIPPED = frozenset({"of", "and", "the", "for"})


class OrgEvidenceMixin:
    """Evidence around an organisation's name (mixed into `mentions.Finder`)."""

    def the_registry_names(self) -> list[Cand]:
        """Registry organisations whose own name opens with "The" and ends with a role noun the parser read as a
        common noun ("The Economist reported", "The Observer said"): the organisation, not a role phrase
        ("economist"). Only a capitalised "The" outside any entity starts one; a name ending in another word
        ("The Times") is left alone, since a paper's "The Times" may be itself."""
        doc, found = self.doc, []
        for i in self.scan_starts:
            if doc[i].text != "The" or i + 1 >= len(doc) or i in self.taken:
                continue
            e = i + 1
            while e < len(doc) and e - i <= 4 and e not in self.taken and not doc[e].ent_type_ and doc[e].is_title:
                e += 1
            for end in range(e, i + 1, -1):
                last = doc[end - 1].lower_
                if not (self.reg.agent_sector(last)[0] or last in self.w.person_titles or last in self.w.person_nouns):
                    continue
                r = self.reg.actor(doc[i:end].text, self.date)
                if r is not None and r.kind != "person" and r.name.lower().startswith("the "):
                    found.append(self.registry_cand(i, end, r))
                    self.taken.update((k, found[-1]) for k in range(i, end))
                    break
        return found

    def _person_owner(self, span) -> Cand | None:
        """The person whose organisation the name is said to be ("Chancellor Ana Ruiz's centre-right Union"):
        a political body takes its leader's country (companies, media, schools and churches do not)."""
        doc = self.doc
        owners = [t for t in span.root.children if t.dep_ == "poss" and t.i < span.start]
        if not owners and span.start >= 2 and doc[span.start - 1].tag_ == "POS":
            owners = [doc[span.start - 2]]
        c = self.taken.get(owners[0].i) if owners else None
        return c if c is not None and c.akind == "person" else None

    def name_sector(self, words: list[str]) -> str | None:
        """The sector a type word of an organisation's name gives (words.json `org_name_sector`; "Co." as "co"): its
        last type word's, where a generic body's word ("centre", "foundation": NGO) yields to a more telling type word
        before it ("Ridgeway Health Centre": HLH)."""
        found = [(i, x) for i, w in enumerate(words) if (x := self.w.org_name_sector.get(w.rstrip(".") or w))]
        topic = next((i for i, w in enumerate(words) if w in ("for", "on") and i > 0), len(words))
        # a state's word after "for"/"on" is the body's topic ("the Project on Government Openness", "the Center
        # for Defense Studies"), not its sector
        found = [(i, x) for i, x in found if i < topic or x not in ("GOV", "MIL")]
        named = [w for w in words if w not in self.w.determiners]
        if len(named) >= 2 and named[-1] in LEGISLATIVE_SUB_BODIES and (
                named[0] == "house" or any(x == "LEG" for _, x in found)):
            return "LEG"  # a legislature's committee or council ("House Brisk Committee", "Legislative Council")
        if not found:
            return None
        last_i, last = found[-1]
        if last == UNKNOWN_BODY_SECTOR:
            last = next((x for i, x in reversed(found) if i < last_i and x != UNKNOWN_BODY_SECTOR), last)
        elif words[last_i] in self.w.generic_state_bodies:  # "Lakeview Police Department": POL, not only a state's
            last = next((x for i, x in reversed(found) if i < last_i and x == "POL"), last)
        return last

    def _igo_body(self, ts: int, te: int) -> bool:
        """Does the name [ts, te) open with an intergovernmental organisation's registry name and go on ("the
        United Nations Office for …", "UN Refugee Fund", "African Union Commission")? Then it is one of that
        organisation's bodies."""
        doc = self.doc
        start = ts + (doc[ts].lower_ == "the")
        for k in range(te - 1, start, -1):
            r = self.reg.actor(doc[start:k].text, self.date)
            role = self.role_of(r) if r is not None and r.kind != "person" else None
            if role is not None and role.country == "IGO":
                return True
        return False

    def _international_part(self, words: list[str]) -> list[str]:
        """The words of an organisation's name that can make it international: all of them, but only those
        before its "of/for" complement when its head names a research, civic or business body ("Organization
        of American States" is one; "Center for European Reform", "Institute of International Relations" are
        not); none for a name ending "International" or a faith's civic body ("the Islamic Center of Lyon")."""
        cut = next((i for i, w in enumerate(words) if w in ("of", "for") and i > 0), None)
        head_sector = self.w.org_name_sector.get(words[(cut or len(words)) - 1], "") if words else ""
        if len(words) > 1 and words[-1] == "international" and not set(words[:-1]) & self.w.supranational:
            return []  # "Operation Kell International": a charity's or a company's suffix
        if head_sector in ("NGO", "EDU", "REL") and set(words) & self.w.supranational <= self.w.faith_adjectives:
            return []  # "the Islamic Center of Lyon", "Islamic Society of Ruriton": a faith's, no states' body
        if cut is None:
            return words
        return words[:cut] if head_sector in ("NGO", "EDU", "BUS", "MED") else words

    def _place_after(self, span) -> str | None:
        """The country of a place right after an organisation's name ("the Brisk Institute in Lyon")."""
        doc = self.doc
        if span.end + 1 >= len(doc) or doc[span.end].lower_ != "in" or doc[span.end].head.i not in range(span.start, span.end):
            return None
        obj = next((ch for ch in doc[span.end].children if ch.dep_ == "pobj" and ch.ent_type_ == "GPE"), None)
        if obj is None:
            return None
        text = doc[obj.left_edge.i:obj.i + 1].text
        return self.reg.country(text) or self._place_country(text)

    def _based_in(self, span) -> str | None:
        """The country of the place in a "<Place>-based" modifier right before or opening an organisation's name
        ("the Lyon-based Institute for Farm Studies", "a Ruriton-based charity"), however the NER labelled the place."""
        doc = self.doc
        for k in range(max(span.start - 2, 1), min(span.start + 3, span.end)):
            whole = doc[k].text.rsplit("-", 1)
            if len(whole) == 2 and whole[0] and whole[1].lower() in ("based", "headquartered"):
                return self.reg.country(whole[0]) or self._place_country(whole[0])  # one token: "U.S.-based"
            if doc[k].lower_ not in ("based", "headquartered") or doc[k - 1].text != "-" or doc[k - 1].whitespace_:
                continue
            j = k - 1  # the place's words before the hyphen: "Lyon", "New York" (at most three, no article)
            while j - 1 >= 0 and k - j <= 3 and (doc[j - 1].is_title or doc[j - 1].text.replace(".", "").isupper()) \
                    and doc[j - 1].lower_ not in self.w.determiners:  # also initials: "UK-based", "US-based"
                j -= 1
            text = doc[j:k - 1].text
            if text:
                return self.reg.country(text) or self._place_country(text)
        return None

    def _opening_place(self, span) -> str | None:
        """The country of a gazetteer place that opens a longer organisation name ("Springfield Gazette",
        "Lyon Business School"), not of a country word (the name rule reads those)."""
        words = [t for t in span if t.is_alpha]
        while words and words[0].lower_ in self.w.determiners:
            words = words[1:]
        if len(words) < 2 or not words[0].is_title:
            return None
        for n in (2, 1):
            if len(words) > n and all(t.is_title for t in words[:n]) and not self.reg.country(words[0].text):
                text = " ".join(t.text for t in words[:n])
                c = self._telling_place(text)
                if c is not None:  # the article's own reading of that place first ("RURITOWN, Ky. —" then
                    return self._article_place(c.name) or c.country  # "Ruritown College": Kentucky's, not a capital's)
        return None

    def _article_place(self, text: str) -> str | None:
        """The country the places stage gave a place of exactly that name in this article, if one."""
        if not hasattr(self, "_named_places"):
            full = doc_text(self.doc)  # (Doc.text rebuilds the whole text on every access)
            self._named_places = {norm(full[s:e]): iso for (s, e), iso in self.place_country.items() if iso}
        return self._named_places.get(norm(text))

    def _telling_place(self, text: str, regions: bool = False):
        """The gazetteer place of that name when it says a country: a big city, a capital or a US state; with
        `regions` also another country's first-level region by its own name ("University of Manitoba")."""
        from ..places import resolve
        c = resolve(self.gazetteer, text, set())
        capital = self.reg.capitals.get(norm(text))
        if c is not None and (c.kind == "city" and (c.population >= OPENING_CITY_POPULATION or capital == c.country)
                              or c.kind == "state" and (c.country == "USA" or regions and norm(c.name) == norm(text))):
            return c
        return None

    def _inner_place(self, span) -> str | None:
        """The country of a US state, big city or capital after "of" inside an organisation's longer name
        ("University of Ruriton at Lake Town", "Bank of Ruriton Trust"), not of a country word (the name rule
        reads those) nor after a lower-case word ("the Study of …" is about the place, not in it)."""
        toks = list(span)
        for k in range(2, len(toks)):
            if toks[k - 1].lower_ != "of" or not toks[k - 2].is_title or not toks[k].is_title:
                continue
            run = toks[k:k + 3]
            n = next((j for j, t in enumerate(run) if not t.is_title or not t.is_alpha), len(run))
            for m in range(n, 0, -1):
                text = " ".join(t.text for t in run[:m])
                if self.reg.country(text):
                    break
                c = self._telling_place(text, regions=all(self._place_word(t) for t in run[:m]))
                if c is not None:
                    return c.country
        return None

    def _head_before_country(self, span) -> str:
        """The last word of an organisation's name before a country closing it ("Brisk Foods Canada": "foods")."""
        for n in (3, 2, 1):
            if len(span) > n and self.reg.country(span[len(span) - n:].text):
                return span[len(span) - n - 1].lower_
        return span[-1].lower_

    def _named_place(self, span) -> bool:
        """An ORG entity that is the gazetteer's place after a preposition of place or motion ("met in Niamey",
        "fighting spread to Lyon", "terminals in Lyon and Nantes"), or places joined by "and" anywhere but as a subject,
        possessor or modifier ("a cable linking Crete and Ruriton"): no organisation. Not a modifier alone ("Brookings scholar X": an
        institution named after a town) nor a source ("according to Gallup", also a town)."""
        root = article_names.first_conjunct(span.root)  # "in Lyon and Ruriton": the slot of the first place joined
        parts = [p.strip() for p in span.text.removeprefix("the ").replace(" and ", ",").split(",") if p.strip()]
        slot = root.dep_ == "pobj" and root.head.lower_ in PLACE_PREPOSITIONS and root.head.head.lower_ != "according" \
            or len(parts) > 1 and root.dep_ not in ("nsubj", "nsubjpass", "poss", "compound")
        if not slot or any(t.lower_ in self._person_words() for t in span):
            return False  # "the Kell campaign", "tie it to Kell": a surname the story names a person by
        return bool(parts) and all(self._exact_place(p) for p in parts)

    def _exact_place(self, text: str) -> bool:
        """Is `text` itself a gazetteer place's name ("Lyon"; not "Lyon Star", whose first word is one)?"""
        from ..places import resolve
        c = resolve(self.gazetteer, text, set())
        return c is not None and norm(c.name) == norm(text)

    def _employer_named(self, span) -> bool:
        """Is the name (typed PERSON) a body by where it stands: a news outlet beside its kind noun, or the object
        of "of"/"at" after an officer's title or a job noun ("executive director of Harbor Kell", "an analyst
        at Brightcore"): people hold offices of and work at organisations, not persons."""
        root = span.root
        prep = root.head
        if self._outlet_named(span) or root.dep_ != "pobj" or prep.lower_ not in ("of", "at") or prep.i >= span.start:
            return self._outlet_named(span)
        role = prep.head
        if role.pos_ != "NOUN" or not role.is_lower or role.i >= span.start:
            return False
        return role.lemma_ in self.w.neutral_titles or prep.lower_ == "at" and (
            role.lemma_ in self.w.person_nouns or self.reg.agents.get(role.lemma_) is not None)

    def _outlet_named(self, span) -> bool:
        """Is the name a news outlet by the kind noun it stands beside ("the Ruritanian daily Kell Post", "the
        weekly magazine Kell Nord", "Lantern, the Ruritanian tabloid")? The noun must be the name's own modifier
        or the head it is in apposition to (words.json outlet_kinds)."""
        root, doc = span.root, span.doc
        if any(ch.i < span.start and ch.dep_ in ("compound", "nmod", "amod") and ch.lower_ in self.w.outlet_kinds
               for ch in root.children):
            return True
        before = doc[span.start - 1] if span.start > 0 else None  # "Ruritanian daily X": "daily" under the demonym
        if before is not None and before.lower_ in self.w.outlet_kinds and before.head.i < span.start and \
                before.head.head.i == root.i and before.head.dep_ in ("amod", "compound", "nmod"):
            return True
        return root.dep_ == "appos" and root.head.lower_ in self.w.outlet_kinds and root.head.pos_ in ("NOUN", "ADJ")

    def _type_before(self, span) -> tuple[list[str], str | None]:
        """The words of a kind noun phrase before an organisation's name ("Ruritanian television station
        X", "the news site Y") and the country a demonym there gives."""
        doc = self.doc
        left = [ch for ch in span.root.children if ch.i < span.start and ch.dep_ in ("compound", "nmod", "amod")
                and ch.pos_ in ("NOUN", "ADJ", "PROPN") and not ch.ent_type_ in ("PERSON", "ORG")]
        head = span.root.head
        if not left and span.root.dep_ == "appos" and head.i < span.start and head.lower_ in self.w.outlet_kinds:
            left = [head]  # "the Ruritanian newspaper, Kell Post,": the name is the kind noun's apposition
        if not left:
            return [], None
        s = min(t.left_edge.i for t in left)
        while s > 0 and doc[s - 1].ent_type_ == "NORP" and doc[s - 1].pos_ in ("ADJ", "PROPN"):
            s -= 1  # "Ruritanian daily X" where the parser hung the demonym elsewhere: it is the kind phrase's
        words = [t.lower_ for t in doc[s:span.start] if t.is_alpha]
        return words, self.country_of_tokens(s, span.start)

    def _words_sector(self, words: list[str]) -> str | None:
        """Sector of a kind phrase: its longest known role noun ending it, else any type word in it."""
        known, sec = self.agent(words) if words else (False, None)
        if known and sec:
            return sec
        return next((self.w.org_name_sector.get(w) or self.reg.agents.get(w) for w in reversed(words)
                     if self.w.org_name_sector.get(w) or self.reg.agents.get(w)), None)

    def _party_or_poll_sector(self, words: list[str], root) -> str | None:
        """OPP for a party's body ("the Democratic National Committee": a party adjective opening a name
        whose words hold a body word, words.json party_bodies); BUS for whoever runs a poll ("a Kell poll",
        "Kell's survey", "a poll by Kell", "Kell conducted the poll": pollsters are businesses, words.json
        poll_nouns); NGO for a union's name ("the Kell Workers union")."""
        words = [w for w in words if w != "the"]
        if words and words[0] in self.w.party_adjectives and set(words[1:]) & self.w.party_bodies:
            return "OPP"
        if any(w in self.w.party_adjectives and "of" not in words[i + 1:i + 4] and set(words[i + 1:i + 4]) & self.w.party_bodies
               for i, w in enumerate(words)):
            return "OPP"  # a place's party body: "the Velmora County Republican Committee", "the Senate Democratic Caucus"
        head = root.head
        if root.dep_ in ("compound", "poss") and head.lower_ in self.w.poll_nouns:
            return "BUS"
        if root.dep_ == "pobj" and head.lower_ == "by" and head.head.lower_ in self.w.poll_nouns:
            return "BUS"
        if root.dep_ == "nsubj" and head.lemma_ in ("conduct", "commission") \
                and any(ch.dep_ == "dobj" and ch.lower_ in self.w.poll_nouns for ch in head.children):
            return "BUS"
        if root.dep_ == "compound" and head.lower_ in ("union", "unions"):
            return "NGO"  # "the Kell Workers union": a trade union (NGO, as for labor/trade union)
        if root.dep_ == "compound" and head.lower_ in ("party", "parties"):
            return "OPP"  # "the Kell Freedom League party": a party
        return None

    def _media_cue(self, root) -> str | None:
        """MED for an organisation that reports something ("..., the Daily Star reported"), is told it
        ("she told the Daily Star"), interviews ("in an interview with the Daily Star"), is where someone speaks
        or appears ("said on the Daily Star") or makes a news product ("a Daily Star interview"), not for one that reports figures ("Acme reported a loss")."""
        head = root.head
        if root.dep_ == "nsubj" and head.lemma_ == "report" and not any(ch.dep_ == "dobj" for ch in head.children):
            return "MED"
        if root.dep_ == "dobj" and head.lemma_ == "tell":
            return "MED"
        if root.dep_ == "pobj" and head.lower_ == "with" and head.head.lemma_ == "interview":
            return "MED"  # "said in an interview with Brisk Today": an organisation that interviews is media
        if root.dep_ == "pobj" and head.lower_ == "on" and head.head.lemma_ in self.w.media_verbs:
            return "MED"  # "said on Brisk Today", "appeared on Brisk Today"
        if root.dep_ in ("poss", "compound") and head.lemma_.lower() in self.w.media_products:
            return "MED"  # "a Brisk Today interview", "Brisk Today's editorial"
        return self._trade_cue(root)

    def _names_a_malady(self, span, label: str) -> bool:
        """A drug, a disease or a microbe typed as an organisation or a person ("Aspirin", "BSE", "the Bird Flu";
        `article_names.names_a_malady`) that neither the registry knows nor the article uses as a company."""
        return label in ("ORG", "PERSON") and article_names.names_a_malady(span, self.w.medical_names, self._is_org_word) \
            and self.reg.actor(span.text, self.date) is None and not self._acts_as_company(span)

    def _names_a_thing(self, span, label: str) -> bool:
        """A name the sentence calls a place below a state ("Kampelu, a small village,"; typed ORG or PERSON), a drug
        ("the medication Kellvir", "Kellvir, an antiviral,") or a work ("the film Vellano", "Last Stand, a sitcom,";
        typed ORG; a noun whose first WordNet sense is a communication, not an outlet's or a body's word) — unless another such noun calls it a person ("the
        chairman X"), the registry knows it or the article uses it as a company; or the initials of a thing; or a name
        the article calls a place elsewhere."""
        if label not in ("ORG", "PERSON"):
            return False
        if self._initials_of_a_thing(span, label):
            return True  # "New South Wales (NSW)" … "in NSW"
        w = self.w
        if self._called_a_place(span):
            return True  # "the village of Kampelu" … "Kampelu was quarantined"
        if self._thing_by_form(span, label):
            return True  # "T. b. brucei"; "films including X and Y"; "the storm reached Drenthe and Groningen"
        lemmas = {noun.lemma_.lower() for noun in nonactors.named_nouns(span)}
        if not lemmas or any(x in w.person_titles or x in w.person_nouns for x in lemmas):
            return False
        works = {x for x in lemmas & w.noun_classes.get("communication", frozenset())
                 if x not in w.outlet_kinds and x not in w.media_products and not self._is_org_word(x)}
        drugs = {x for x in lemmas if "drug" in w.medical_names.get(x, ())}  # "the antiviral Kellvir"
        hit = lemmas & (w.place_nouns - {"state", "capital"}) or label == "ORG" and works or drugs \
            or label == "PERSON" and lemmas & w.work_heads  # "his sitcom, Last Stand,": a work typed PERSON
        return bool(hit) and self.reg.actor(span.text, self.date) is None and not self._acts_as_company(span)

    def _thing_by_form(self, span, label: str) -> bool:
        """A platform's name alone on its line (left under an embedded post); unless the registry knows the name, a
        species written with its genus abbreviated, a clock time's zone, a model's code in the plural, a doctrine or
        a fear by its ending, a work listed among works (no title before it: "comments including Rep. X" lists a
        person), a town modifying a noun ("the Lund quarantine station"), or a first-level region typed as a person whose word no person of the article bears (`nonactors`)."""
        if span.text.strip().lower() in self.w.platforms and nonactors.alone_on_line(span):
            return True
        if self.reg.actor(span.text, self.date) is not None:
            return False
        if nonactors.scientific_name(span) or nonactors.time_zone(span) or nonactors.names_a_kind_of_thing(span) \
                or nonactors.listed_work(span, self.w) \
                and not self._person_title_at(span.start) and not self._acts_as_company(span):
            return True
        if nonactors.town_modifying_a_noun(span, self.gazetteer, norm, self.w):
            return True  # "the Lund quarantine station": a town the gazetteer knows
        return label == "PERSON" and nonactors.region_named_as_person(span, self.gazetteer, norm) \
            and not any(t.lower_ in self._person_words() or t.lower_ in self.w.given_gender for t in span)

    def _person_title_at(self, ts: int) -> bool:
        """Does a person's title stand right before token `ts` ("Rep. X", "Dr X")?"""
        return ts > 0 and (self.doc[ts - 1].lower_.rstrip(".") in self.w.person_titles or self._title_before(ts))

    def _called_a_place(self, span) -> bool:
        """Is the name one the article calls a place below a state elsewhere (`article_names.place_names`: "the village
        of Kampelu", "four villages: Kampelu, Ardel and Vost"), and neither the registry knows it, nor is it a word of
        a person's name the article gives, nor is it an active subject here or a company ("Kampelu said": a town's
        council speaking by its town's name; "Kell won Ohio" after "the Kell camp")?"""
        places = article_names.place_names(self.doc, self.w.place_nouns - {"state", "capital"}, self.w.residence_nouns)
        if not places or norm(span.text) not in places or self.reg.actor(span.text, self.date) is not None \
                or any(t.lower_ in self._person_words() for t in span):
            return False  # "the Kell camp" … "Kell won": a person's name the article gives in full
        root = span.root  # an active subject acts ("Kampelu said", "Kell won Ohio" after "the Kell camp")
        return root.dep_ not in ("nsubj", "agent") and not self._acts_as_company(span)

    def _initials_of_a_thing(self, span, label: str) -> bool:
        """Initials the article gives to something that is no actor ("New South Wales (NSW)" a place the places stage
        resolved, "Ruriton fever (RF)" a disease, "liquefied natural gas (LNG)" a common noun phrase in lower case):
        those initials wherever the article writes them ("in NSW"), unless the registry knows them."""
        if label not in ("ORG", "PERSON") or len(span) != 1 or not span.text.replace("-", "").isupper():
            return False
        memo = self.doc.user_data.setdefault("dateline_thing_initials", {})
        if "" not in memo:  # once per parse: every bracketed initials and whether its long form is a thing
            memo[""] = True
            doc = self.doc
            orth = doc.to_array("ORTH").tolist() if len(doc) else []  # the brackets found by their ids, no Tokens
            opening, closing = word_ids(frozenset({"("})), word_ids(frozenset({")"}))
            for i in range(2, len(doc) - 1):
                if orth[i - 1] in opening and orth[i + 1] in closing and doc[i].text.replace("-", "").isupper():
                    memo.setdefault(doc[i].text, self._long_form_is_a_thing(i - 2))
        return memo.get(span.text, False) and self.reg.actor(span.text, self.date) is None

    def _long_form_is_a_thing(self, last: int) -> bool:
        """Is the phrase ending at token `last` (before a bracket), whose words' initials spell the bracketed letters,
        a resolved place, a malady's name (an entity or not) or a common noun phrase in lower case ("liquefied natural
        gas")? Not a dateline's place before a wire's initials ("LYON (BNA)")."""
        doc = self.doc
        letters = [ch for ch in doc[last + 2].text.lower() if ch.isalpha()]
        ent = self.ent_at.get(last)
        start = ent.start if ent is not None and ent.end == last + 1 else self._initials_start(last, len(letters))
        words = [t.lower_ for t in doc[start:last + 1] if t.is_alpha and t.lower_ not in _INITIALS_SKIPPED]
        if [w[0] for w in words[-len(letters):]] != letters:
            return False
        if ent is not None and ent.end == last + 1:
            return (ent.start_char, ent.end_char) in self.place_country \
                or article_names.names_a_malady(ent, self.w.medical_names, self._is_org_word)
        return all(t.is_lower for t in doc[start:last + 1]) and doc[last].pos_ == "NOUN" \
            or article_names.names_a_malady(doc[start:last + 1], self.w.medical_names, self._is_org_word)

    def _initials_start(self, last: int, n_letters: int) -> int:
        """Where a long form of `n_letters` initials ending at token `last` starts: that many words back, the
        joiners between them not counted ("Ruriton Reproductive and Respiratory Virus (RRRV)")."""
        k, n = last, 0
        while k >= 0 and n < n_letters:
            n += self.doc[k].is_alpha and self.doc[k].lower_ not in _INITIALS_SKIPPED
            k -= 1
        return k + 1

    def _is_org_word(self, word: str) -> bool:
        """A word of organisations' names (a type word, a head, a final word, a collective head)?"""
        w = self.w
        return word in w.org_name_sector or word in w.org_final_words or word in w.org_heads or word in w.org_nouns \
            or word in w.collective_heads

    def _acts_as_company(self, span) -> bool:
        """Does the article use the name as a company anywhere: a speaker ("Brisk said", "Brisk announced"), or
        with what only a business has ("Brisk's shareholders")? A drug's brand may be its maker's name."""
        for e in self.ents:
            if e.text == span.text:
                root = e.root
                if root.dep_ in SUBJECT_DEPS and root.head.lemma_.lower() in self.w.media_verbs and _speaks(root.head) \
                        or self._trade_cue(root):
                    return True
        return False

    def _trade_cue(self, root) -> str | None:
        """BUS for an organisation that has what only a business has (words.json business_nouns): "Brisk's
        shareholders", "Brisk stock", "a Brisk store", "shares of Brisk", "the CEO of Brisk"."""
        head = root.head
        if root.dep_ in ("poss", "compound") and head.lemma_.lower() in self.w.business_nouns and head.i > root.i:
            return "BUS"
        if root.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in self.w.business_nouns:
            return "BUS"
        return None

    def _party_cue(self, root) -> str | None:
        """OPP for an organisation that wins, loses or holds seats or an election ("the Civic Alliance won 40
        seats", "Brisk lost the election"; words.json election_verbs and election_nouns): a party."""
        head = root.head
        if root.dep_ != "nsubj" or head.lemma_ not in self.w.election_verbs | {"hold", "gain", "take"}:
            return None
        objects = [ch.lemma_.lower() for ch in head.children if ch.dep_ == "dobj"]
        return "OPP" if any(o in ("seat", "seats") or o in self.w.election_nouns for o in objects) else None

    @staticmethod
    def _predicates(root) -> list:
        """What the sentence says a name is: its noun apposition, or the complement of 'is'."""
        preds = [ch for ch in root.children if ch.dep_ == "appos" and ch.pos_ == "NOUN"]
        if root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_ == "be":
            preds += [a for a in root.head.children if a.dep_ == "attr" and a.pos_ == "NOUN"]
        return preds

    def _predicate_is_person_title(self, root) -> bool:
        """Does the apposition or copula call the name a person ("X, the country's governor,")?"""
        preds = [ch for ch in root.children if ch.dep_ == "appos" and ch.pos_ in ("NOUN", "PROPN")] \
            or self._predicates(root)
        if not preds:
            return False
        p = preds[0]
        low, lemma = p.lower_, p.lemma_.lower()
        person = low in self.w.person_titles or lemma in self.w.person_titles or (
            p.pos_ == "NOUN" and lemma in self.w.person_nouns)  # "X, a local resident,": WordNet's person nouns
        return person and lemma not in self.w.org_nouns \
            and low not in self.w.neutral_titles and lemma not in self.w.neutral_titles

    def _names_a_person_noun(self, root) -> bool:
        """Is the name in apposition to a singular person noun before it ("A local resident, Eda Polk,")?"""
        head = root.head
        low, lemma = head.lower_, head.lemma_.lower()
        return root.dep_ == "appos" and head.i < root.i and head.pos_ == "NOUN" and head.tag_ == "NN" \
            and (lemma in self.w.person_nouns or lemma in self.w.person_titles) and lemma not in self.w.org_nouns \
            and low not in self.w.neutral_titles

    def _predicate_sector(self, root) -> str | None:
        """Sector of what the sentence says an organisation is (copula or apposition), modifiers first."""
        preds = [ch for ch in root.children if ch.dep_ == "appos" and ch.pos_ == "NOUN"]
        if root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_ == "be":
            preds += [a for a in root.head.children if a.dep_ == "attr" and a.pos_ == "NOUN"]
        for p in preds[:1]:
            words = [t.lower_ for t in p.subtree if t.i <= p.i and t.is_alpha]
            found = []
            for w in words:
                sec = self.w.org_name_sector.get(w) or self.reg.agents.get(w)
                if sec:
                    found.append(sec)
            specific = [x for x in found[:-1] if x not in ("BUS", "GOV")]
            if specific:
                return specific[0]
            if found:
                return found[-1]
        return None


def _speaks(verb) -> bool:
    """Is a media verb used of speaking or being shown? "Appear" only with "on" ("appeared on Brisk Today"; a
    disease that "appeared in farms" shows up, it says nothing)."""
    return verb.lemma_.lower() != "appear" or any(ch.dep_ == "prep" and ch.lower_ == "on" for ch in verb.children)
