"""Finding actor mentions: named entities (repaired), titles, appositions, role noun phrases, pronouns.

Each finder returns `Cand`idates: a span plus what the text says about who
it is (kind, country, sector, office, registry entry). `resolve.py` groups
them into actors.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ...knowledge.actor_words import ActorWords
from ...knowledge.actor_words import load as load_actor_words
from ...knowledge.registry import Registry, RegistryActor, norm

SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj", "agent"}
# a US party tag's inside: "D-Ore.", "R - Texas", "I-VT", "R"
_PARTY_TAG = re.compile(r"\s*([RDI])\s*(?:[-\u2013,]\s*([A-Z][A-Za-z. ]{0,16}))?\s*")

NAME_LABELS = {"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"}


def word_ids(words: frozenset) -> frozenset:
    """spaCy's (deterministic) string hashes of a word set, to test tokens without building them."""
    return _word_ids(words)


@lru_cache(maxsize=64)
def _word_ids(words: frozenset) -> frozenset:
    from spacy.strings import get_string_id
    return frozenset(get_string_id(w) for w in words)


def noun_ids(reg: Registry, aw: ActorWords) -> frozenset:
    """Hashes of every word that can head a role noun phrase (registry agents, titles, body nouns)."""
    key = (id(reg), id(aw))
    ids = _NOUN_IDS.get(key)
    if ids is None:  # precompiled once per registry and word set (a process holds one or two)
        words = {w for w in reg.agents if " " not in w} | aw.person_titles | aw.org_nouns | aw.stands_for \
            | aw.source_nouns | set(aw.entourage)
        ids = _NOUN_IDS[key] = word_ids(frozenset(words))
    return ids


_NOUN_IDS: dict[tuple[int, int], frozenset] = {}


class _PosIds(dict):
    def __missing__(self, name):
        from spacy.symbols import IDS
        self[name] = IDS[name]
        return self[name]


_POS_IDS = _PosIds()


@dataclass
class Cand:
    """One mention candidate and what its own text says about the actor."""
    ts: int                       # token span
    te: int
    start: int                    # char span
    end: int
    text: str
    mkind: str                    # name | description | pronoun | nominal | demonym | metonym
    akind: str                    # person | organization | state | group | anonymous
    name: str = ""
    country: str | None = None
    sector: str | None = None
    reg: RegistryActor | None = None
    office: str | None = None
    titles: set = field(default_factory=set)
    head: str = ""                # head noun (descriptions, nominals)
    sent: int = 0
    subject: bool = False
    definite: bool = False
    plural: bool = False
    needs_antecedent: bool = False
    affiliation: "Cand | None" = None
    key: str | None = None
    country_weak: bool = False    # country only guessed (e.g. from a name-internal word)
    csource: str | None = None    # where `country` came from (Actor.country_source)
    extra: list = field(default_factory=list)   # apposition descriptions of this name
    name_ts: int | None = None    # first token of the name proper (after its title)
    poss_pron: str | None = None  # "his" in "his critics"
    owner_cand: "Cand | None" = None  # the person owning an entourage group
    owner: "Cand | None" = None
    stands_for: bool = False      # "Israeli officials" stands for Israel
    state_of_person: "Cand | None" = None
    no_fallback: bool = False     # never the article's main country ("world leaders", "sources")
    neuter: bool = False          # "it"
    from_ent: bool = False


def headline_end(text: str) -> int:
    """End of the article's opening headline, 0 when it opens with prose. A headline is a first line of at
    most 25 words in title case: every word of five letters or more capitalised, at least three of them
    ("Senator Vows To Block New Dam Plan"; not "Chancellor Olaf Brandt met the unions on Tuesday.")."""
    end = text.find("\n")
    first = text[:end] if end > 0 else ""
    words = [w for w in first.split() if w[:1].isalpha()]
    long = [w for w in words if len(w.strip(".,:;!?'\"")) >= 5]
    if not 2 <= len(words) <= 25 or len(long) < 3:
        return 0
    return end if all(w[0].isupper() for w in long) else 0


def _span_text(doc, ts, te):
    return doc[ts:te].text if te > ts else ""


class Finder:
    """Per-article mention finder; holds the article's parse and the registry (nothing across articles)."""

    def __init__(self, doc, reg: Registry, date: str | None, skip_char, places=(), gazetteer=None,
                 words: ActorWords | None = None):
        self.doc = doc
        self.w = words if words is not None else load_actor_words()
        self.gazetteer = gazetteer if gazetteer is not None else {}
        self.reg = reg
        self.date = date
        self.skip_char = skip_char  # (start, end) -> bool: byline/credit spans
        self.taken: dict[int, Cand] = {}  # token index → name candidate covering it
        self.consumed: set[int] = set()   # tokens used as titles of a name
        self.ents = list(doc.ents)
        self.place_country = {(p.start, p.end): p.country for p in places}
        self.ent_at = {i: e for e in self.ents for i in range(e.start, e.end)}
        # one pass over cheap integer arrays; Token objects only for the few candidates
        arr = doc.to_array(["SENT_START", "LOWER", "POS", "IS_TITLE", "LEMMA", "ENT_IOB", "IS_UPPER", "LENGTH"]) \
            if len(doc) else []
        self.sent_of: list[int] = []
        self.sent_first: list[int] = []
        si, first = -1, 0
        for i, row in enumerate(arr):
            if i == 0 or row[0] == 1:
                si += 1
                first = i
            self.sent_of.append(si)
            self.sent_first.append(first)
        self.lower_ids = [int(r[1]) for r in arr]
        self.pos_ids = [int(r[2]) for r in arr]
        self.title_flags = [bool(r[3]) for r in arr]
        self.lemma_ids = [int(r[4]) for r in arr]
        # capitalised tokens outside entities: where the registry scan may start
        self.scan_starts = [i for i, r in enumerate(arr) if r[5] == 2 and ((r[6] and r[7] > 1) or r[3])]
        self.headline_end = headline_end(doc.text if len(doc) else "")

    # ------------------------------------------------------------ helpers
    def cand(self, ts, te, mkind, akind, **kw) -> Cand:
        doc = self.doc
        span = doc[ts:te]
        root = span.root
        if kw.get("country") and "csource" not in kw:
            kw["csource"] = "metonym" if mkind == "metonym" else "state" if akind == "state" else "name"
        return Cand(ts, te, span.start_char, span.end_char, span.text, mkind, akind,
                    sent=self.sent_of[ts] if ts < len(self.sent_of) else 0, subject=root.dep_ in SUBJECT_DEPS, **kw)

    def country_of_tokens(self, ts, te) -> str | None:
        """A country named or implied (demonym, country name, or a place's country) in [ts, te)."""
        doc, reg = self.doc, self.reg
        for n in (3, 2, 1):
            for i in range(ts, te - n + 1):
                if n == 1 and not (doc[i].is_title or doc[i].is_upper):
                    continue
                ent = self.ent_at.get(i)
                if ent is not None and (ent.start < i or ent.end > i + n) and ent.label_ in ("GPE", "LOC", "ORG", "FAC"):
                    # "Jersey" inside "New Jersey" (or "New Jersey Transit"), "China" inside "South China
                    # Morning Post"; but an organisation's name may open with its country or end with
                    # "of/in <country>": "Turkish Foreign Ministry", "Democratic Rally in Cyprus"
                    opens = i == ent.start or (i == ent.start + 1 and doc[ent.start].lower_ == "the")
                    after_prep = i > ent.start and doc[i - 1].lower_ in ("of", "in", "for") and i + n == ent.end
                    if not (ent.label_ == "ORG" and (opens or after_prep)):
                        continue
                iso = reg.demonym(doc[i:i + n].text)
                if iso:
                    return iso
        for ent in self.ents:  # "New Jersey Governor", "London mayor": the place's country
            if ent.label_ == "GPE" and ent.start >= ts and ent.end <= te:
                iso = self._place_country(ent.text)
                if iso:
                    return iso
        return None

    def role_of(self, r: RegistryActor | None):
        if r is None:
            return None
        return r.role_at(self.date)

    def office_in(self, text_lower: str) -> str | None:
        """The state office a title names; "Senate President" or "Bank president" name none."""
        t = f" {text_lower.replace('-', ' ')} "
        for k in self.w.office_keys:
            key = f" {k.replace('-', ' ')} "
            at = t.find(key)
            if at >= 0:
                before = t[:at].split()
                if before and (before[-1] in self.w.org_name_sector or before[-1] in self.w.body_words):
                    return None
                return self.w.offices[k]
        return None

    def agent(self, words: list[str]) -> tuple[bool, str | None]:
        """Sector of the longest known role noun ending the phrase ("riot police", "officials")."""
        for n in range(min(3, len(words)), 0, -1):
            known, sector = self.reg.agent_sector(" ".join(words[-n:]))
            if known:
                return True, sector
        return False, None

    def is_title_word(self, tok) -> bool:
        """A person's title word ("Ambassador", "spokeswoman", "Sen."), abbreviations written out."""
        low = self.w.title(tok.lower_)
        lemma = self.w.title(tok.lemma_)
        return low in self.w.person_titles or lemma in self.w.person_titles or (
            tok.pos_ in ("NOUN", "PROPN") and (self.reg.agents.get(low) is not None or self.reg.agents.get(lemma) is not None))

    # ------------------------------------------------------------ names
    def names(self) -> list[Cand]:
        out: list[Cand] = []
        doc, reg = self.doc, self.reg
        # "Presidents Muhammadu Buhari": a name after a title that the NER missed
        titles = word_ids(frozenset(self.w.person_titles | {"presidents", "ministers"} | set(self.w.title_abbreviations)))
        for i, low in enumerate(self.lower_ids):
            if not (self.title_flags[i] and low in titles):
                continue
            tok = doc[i]
            if not tok.ent_type_:
                j = tok.i + 1
                while j < len(doc) and doc[j].pos_ == "PROPN" and doc[j].is_title and not doc[j].ent_type_ \
                        and j not in self.taken and j - tok.i <= 4:
                    j += 1
                if j - tok.i >= 3 and not self.skip_char(tok.idx, doc[j - 1].idx) and not (
                        tok.idx < self.headline_end and doc[tok.i + 1:j].text not in doc.text[self.headline_end:]):
                    c = self.person(tok.i + 1, j, None)
                    out.append(c)
                    for i in range(c.ts, c.te):
                        self.taken[i] = c
        self.extended: set[int] = set()
        for ent in self.ents:
            if ent.label_ not in NAME_LABELS or self.skip_char(ent.start_char, ent.end_char):
                continue
            ts, te = ent.start, ent.end
            for i in range(ts, te):  # "Donald Trump's Envoy" → "Donald Trump"; "Free Trade Area (AfCFTA"
                if doc[i].tag_ == "POS" or doc[i].text in ("'s", "\u2019s", "("):
                    if doc[i].text != "(" and i > ts and i + 1 < te and ent.label_ in ("ORG", "FAC", "NORP") and (
                            doc[i - 1].lower_ in self.w.collective_possessors or reg.actor(ent.text, self.date) is not None):
                        continue  # "People's Liberation Army", "Workers' Party": the possessive is in the name
                    te = i
                    break
            while te > ts and (doc[te - 1].is_punct or doc[te - 1].pos_ in ("ADP", "DET", "CCONJ")):
                te -= 1
            if ent.label_ in ("ORG", "PERSON"):  # "Associated Press of bank": a name ends before lowercase words
                for i in range(ts + 1, te - 1):
                    if doc[i].pos_ == "ADP" and all(t.is_lower and t.is_alpha for t in doc[i + 1:te]):
                        te = i
                        break
            if te <= ts:
                continue
            if self._office_object(ts, te):
                continue  # "Secretary of State Mike Pompeo": "State" is part of the title
            if any(i in self.extended for i in range(ts, te)) and te - 1 <= max(self.extended):
                continue  # inside a name already extended over it
            if ent.label_ in ("ORG", "FAC"):
                te2 = self._extend_name(ts, te)  # "Puerto Rico Center" + "for Investigative Journalism"
                self.extended.update(range(te, te2))
                te = te2
            c = self.classify_name(ent.label_, ts, te)
            if c is not None:
                out.append(c)
                for i in range(c.ts, c.te):
                    self.taken[i] = c
        # this article's own organisation names, also without a corporate suffix
        # ("ABS-CBN Corporation" … "ABS-CBN's franchise")
        self.local = {}
        for c in out:
            if c.akind in ("organization", "group") and c.reg is None and c.mkind == "name":
                self.local.setdefault(norm(c.name), c)
                words = c.name.split()
                if len(words) > 1 and words[-1].lower() in self.w.corporate:
                    short = " ".join(words[:-1])
                    if any(ch.isupper() for ch in short[1:]) or len(words) > 2:
                        self.local.setdefault(norm(short), c)
        self._distribute_titles(out)
        out.extend(self._registry_scan())
        for c in out:  # titles naming an organisation found only by the scan ("ABS-CBN CEO Carlo Katigbak")
            nts = c.name_ts
            if c.akind == "person" and c.affiliation is None and nts is not None and nts > c.ts:
                c.affiliation = self._affiliation_in(c.ts, nts, exclude=c)
        out.sort(key=lambda c: c.ts)
        return out

    def _registry_scan(self) -> list[Cand]:
        """Registry organisations and groups the NER missed ("ABS-CBN's franchise", "an AU summit")."""
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
                        r is not None and r.kind != "person" and e - i > 1):
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
            if isinstance(r, Cand):
                c = self.cand(i, e, "name", r.akind, name=r.name, country=r.country, sector=r.sector,
                              country_weak=r.country_weak, csource=r.csource)
            else:
                c = self.registry_cand(i, e, r)
            found.append(c)
            for k in range(i, e):
                self.taken[k] = c
            done = e - 1
        return found

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
        doc, reg, date = self.doc, self.reg, self.date
        span = doc[ts:te]
        text = span.text
        low_words = [t.lower_ for t in span]
        k = norm(text)
        if not k or self._not_an_actor(span, label):
            return None
        # "the People of Gaza": a population, not a place
        if len(span) >= 3 and low_words[-len(span)] in ("people", "the") and "of" in low_words[:3] and "people" in low_words[:2]:
            j = low_words.index("of")
            iso = reg.country(doc[ts + j + 1:te].text) or self._place_country(doc[ts + j + 1:te].text)
            return self.cand(ts, te, "name", "group", name=text[4:] if text.lower().startswith("the ") else text,
                             country=iso, sector="CVL", csource="of" if iso else None)
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
        if label == "PERSON" and any(w in self.w.person_titles for w in low_words) and all(
                w in self.w.person_titles or w in self.w.descriptive_name_words or w in self.w.title_adj for w in low_words):
            # "the Secretary of State": a description, not a name
            c = self.cand(ts, te, "description", "person", head=low_words[-1],
                          definite=ts > 0 and doc[ts - 1].lower_ in self.w.determiners or low_words[0] in self.w.determiners)
            c.office = self.office_in(" ".join(low_words))
            c.titles = set(low_words)
            c.needs_antecedent = True
            c.from_ent = True
            return c
        if label == "PERSON":
            if iso and r is None:
                return self.cand(ts, te, "name", "state", name=reg.countries[iso].name, country=iso, sector="GOV")
            if r is None and all(reg.agents.get(w) is not None or w in self.w.person_titles for w in low_words):
                return None  # "Hostages": a role noun spaCy took for a name
            if r is None and root.dep_ == "pobj" and not self._title_before(ts) and (
                    root.head.lower_ in ("in", "near", "inside", "outside", "throughout", "across")
                    or root.head.lower_ in ("at", "from", "to") and self._place_country(text)):
                return None  # "an attack in Maidan Shahr": a place spaCy took for a person
            if r is None and root.dep_ == "compound" and root.head.lemma_.lower() in self.w.place_nouns:
                return None  # "the Tsuen Wan district", "Maidan Wardak province"
            return self.person(ts, te, r)
        if label == "NORP":
            iso = reg.demonyms.get(k) or iso
            if iso:
                head = root.head
                if root.dep_ in ("amod", "compound", "nmod") and head.pos_ in ("NOUN", "PROPN") and head.i >= te:
                    if self._is_role_noun(head):
                        return None  # "Israeli officials": the nominal finder takes the whole phrase
                    if head.ent_type_ and head.ent_type_ in ("ORG", "PERSON"):
                        return None  # part of a name ("Saudi Press Agency")
                return self.cand(ts, te, "demonym", "state", name=reg.countries[iso].name, country=iso, sector="GOV")
            if r is not None:
                return self.registry_cand(ts, te, r)
            if root.dep_ in ("amod", "compound", "nmod") or text[:1].islower() or not root.tag_.endswith("S") \
                    and set(low_words) & self.w.supranational | {"north", "south", "western", "eastern", "american"}:
                return None  # "African economies", "pan-African": an adjective, not an actor
            return self.cand(ts, te, "name", "group", name=text, sector=None)
        if iso and label in ("GPE", "ORG"):
            resolved = self.place_country.get((span.start_char, span.end_char))
            if resolved and resolved != iso:
                return None  # "Georgia" next to Atlanta: a US state, a place rather than an actor
            return self.cand(ts, te, "name", "state", name=reg.countries[iso].name, country=iso, sector="GOV")
        if met:
            return self.cand(ts, te, "metonym", "state", name=reg.countries[met[0]].name, country=met[0],
                             sector=met[1])
        if r is not None and (label in ("ORG", "FAC") or r.kind in ("group", "organization") or label == "GPE"):
            if r.kind == "person" and label != "ORG":
                return None
            return self.registry_cand(ts, te, r)
        if label == "GPE":
            cap = reg.capitals.get(k)
            if cap and (root.dep_ in SUBJECT_DEPS or root.dep_ == "poss"):
                return self.cand(ts, te, "metonym", "state", name=reg.countries[cap].name, country=cap, sector="GOV")
            return None
        if label == "ORG" and r is None and root.dep_ == "conj" and root.head.i in self.taken \
                and self.taken[root.head.i].akind == "person" and all(t.is_title for t in span):
            p = self.person(ts, te, None)  # "Presidents Muhammadu Buhari of Nigeria and Patrice Talon of Benin"
            head = self.taken[root.head.i]
            p.titles |= head.titles
            p.office = p.office or head.office
            p.sector = p.sector or head.sector
            return p
        if label == "ORG" and r is None and (text.removeprefix("the ")[:1].islower() or (
                root.dep_ == "pobj" and root.head.lower_ in ("in", "at", "from", "near") and self._place_country(text))):
            return None  # "intra-Africa", "met in Niamey": not organisations
        if label == "ORG" and k in self.w.skip_orgs:
            return None
        if label == "ORG" and r is None:
            inner = ts
            while inner < te and (doc[inner].lower_ in self.w.determiners or doc[inner].lower_ in self.w.title_adj
                                  or (self.is_title_word(doc[inner]) and doc[inner].lower_ not in self.w.org_name_sector)):
                inner += 1
            if inner > ts and 2 <= te - inner <= 3 and all(t.is_title for t in doc[inner:te]) \
                    and not any(t.lower_ in self.w.org_name_sector or t.lower_ in self.w.org_nouns for t in doc[inner:te]) \
                    and any(t.lower_ in self.w.person_titles for t in doc[ts:inner]):
                return self.person(ts, te, None)  # "the Presidential Spokesperson Harry Roque" tagged ORG
        if label == "ORG":
            if len(span) == 1 and text.isupper() and len(text) >= 4 and r is None and \
                    not (te < len(doc) and doc[te].text == ")"):
                return None  # shouted words ("it is OVER", "you are DEAD") that spaCy takes for acronyms
            if self._title_before(ts) and len(span) <= 3 and all(t.is_title for t in span) and not any(w in self.w.org_name_sector for w in low_words):
                return self.person(ts, te, None)  # "Ambassador ... Nikki Haley" tagged ORG
            return self.organization(ts, te)
        return None

    def _not_an_actor(self, span, label: str) -> bool:
        """Names that are no actors: a law, treaty, event, work or building by its head word ("the Clean
        Water Act", "the Democratic National Convention", "Hale Tower"); a platform something is posted on
        ("wrote on Twitter"); a headline's fragment the body never names ("Mayor Slams Rival Over Budget")."""
        low_words = [t.lower_ for t in span if t.is_alpha]
        if low_words and low_words[-1] in self.w.non_actor_heads and label in ("ORG", "FAC", "PERSON", "NORP") \
                and self.reg.actor(span.text, self.date) is None:
            return True
        root = span.root
        if span.text.lower() in self.w.platforms and root.dep_ == "pobj" \
                and root.head.lower_ in ("on", "via", "across", "through", "in"):
            return True
        if span.end_char <= self.headline_end and self.reg.actor(span.text, self.date) is None:
            return span.text not in self.doc.text[self.headline_end:]
        return False

    def _title_before(self, ts) -> bool:
        """Is a person's title within the few tokens before `ts` ("Ambassador to the United Nations")?"""
        doc = self.doc
        for i in range(ts - 1, max(self.sent_first[ts], ts - 7) - 1, -1):
            t = doc[i]
            if t.is_punct or t.pos_ == "VERB":
                return False
            if t.lower_ in self.w.person_titles and t.lower_ not in self.w.org_name_sector:
                return True
        return False

    def _place_country(self, text: str) -> str | None:
        from ..places import resolve
        c = resolve(self.gazetteer, text, set())
        return c.country if c else None

    def _is_role_noun(self, tok) -> bool:
        low, lemma = tok.lower_, tok.lemma_.lower()
        return (low in self.reg.agents or lemma in self.reg.agents or low in self.w.person_titles or lemma in self.w.person_titles
                or low in self.w.stands_for or lemma in self.w.org_nouns)

    def registry_cand(self, ts, te, r: RegistryActor) -> Cand:
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
        sector = None
        for w in reversed(words):
            if w in self.w.org_name_sector:
                sector = self.w.org_name_sector[w]
                if sector:
                    break
        country = self.country_of_tokens(ts, te)
        if country is None and set(words) & self.w.supranational:
            country = "IGO"  # "African Continental Free Trade Area", "African Export–Import Bank"
            sector = sector if sector in ("JUD", "HLH", "MED") else "IGO"
        if words and words[0] in ("national", "federal", "state", "royal", "ministry", "department") and sector in (None, "NGO"):
            sector = "GOV"
        if country is None:  # "Brazil's National Institute…", "Election Commission of Thailand"
            poss = [c for c in span.root.children if c.dep_ == "poss"]
            if ts >= 2 and doc[ts - 1].tag_ == "POS":
                country = self.reg.demonym(doc[self._ent_start(ts - 2):ts - 1].text)
            elif poss:
                country = self.reg.demonym(doc[poss[0].left_edge.i:poss[0].i + 1].text)
        text = span.text
        name = text[4:] if text.lower().startswith("the ") else text
        if self._predicate_is_person_title(span.root) and 2 <= len(span) <= 4 and all(t.is_title for t in span) \
                and not any(w in self.w.org_name_sector or w in self.w.org_nouns or w in self.w.corporate for w in words):
            return self.person(ts, te, None)  # "Ricardo Rosselló Nevares, Puerto Rico's governor," tagged ORG
        pred = self._predicate_sector(span.root)
        if pred:  # "X Corporation is the largest television and radio broadcasting company" → MED
            sector = pred
        return self.cand(ts, te, "name", "group" if sector == "REB" else "organization", name=name,
                         country=country, sector=sector, country_weak=country is not None)

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
        return (low in self.w.person_titles or lemma in self.w.person_titles) and lemma not in self.w.org_nouns \
            and low not in self.w.neutral_titles and lemma not in self.w.neutral_titles

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

    def _ent_start(self, i: int) -> int:
        tok = self.doc[i]
        if tok.ent_iob_ in ("I", "B"):
            while i > 0 and self.doc[i].ent_iob_ == "I":
                i -= 1
        return i

    # ------------------------------------------------------------ persons
    def person(self, ts, te, r: RegistryActor | None) -> Cand:
        doc = self.doc
        # spaCy sometimes puts the title inside the name: "Crown Prince Mohammad bin Salman"
        inner = ts
        while inner < te - 1 and (self.is_title_word(doc[inner]) or doc[inner].lower_ in self.w.title_adj
                                  or doc[inner].lower_ in self.w.determiners):
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
        c.titles = {doc[i].lemma_.lower() for i in title_tokens} | {self.w.title(doc[i].lower_) for i in title_tokens}
        for i in range(tstart, ts):
            self.consumed.add(i)
        title_text = " ".join(self.w.title(doc[i].lower_) for i in title_tokens)
        c.office = self.office_in(title_text)
        if c.office == "foreign minister" and "secretary of state" in title_text and any(
                doc[i].ent_type_ == "GPE" and not self.reg.country(doc[i].text) and self._place_country(doc[i].text)
                for i in title_tokens):
            c.office = None  # "Montana Secretary of State": a state's officer, not a foreign minister
        # country and sector from the title ("French President", "Houthi military spokesperson")
        if title_tokens:
            c.country = self.country_of_tokens(title_tokens[0], title_tokens[-1] + 1)
            c.csource = "title" if c.country else None
            words = [self.w.title(doc[i].lower_) for i in title_tokens
                     if doc[i].is_alpha or doc[i].lower_ in self.w.title_abbreviations]
            ranked = [w for w in reversed(words) if w in self.w.person_titles] + list(reversed(words))
            known2, sec2 = self.agent(words) if len(words) > 1 else (False, None)
            if known2 and sec2 and len(words) > 1 and " ".join(words[-2:]) in self.reg.agents:
                ranked = []
                c.sector = sec2  # "Solicitor General", "presidential spokesperson"
            for w in ranked:
                known, sec = self.reg.agent_sector(w)
                if w in self.w.neutral_titles:
                    continue
                if known and sec:
                    c.sector = sec
                    break
            if c.sector is None and (c.office or any(w in ("president", "minister", "ambassador", "envoy", "king",
                                                             "prince", "princess", "chancellor", "secretary")
                                                     for w in words)):
                c.sector = "GOV"
            aff = self._affiliation_in(title_tokens[0], title_tokens[-1] + 1)
            if aff is not None:
                c.affiliation = aff
        if possessor is not None:
            c.affiliation = c.affiliation or possessor
        self._right_context(c, te)
        self._left_apposition(c)
        self._party_tag(c, te)
        self._role_cues(c)
        return c

    def _party_tag(self, c: Cand, te: int) -> None:
        """A US politician's party tag after the name: "Sen. Ann Hale (D-Ore.)", "Rep. Bo Kim (R-Texas)",
        "Gov. Al Tran (R)": the United States (a bare party letter only after a title); a legislator's title
        or a state in the tag gives LEG."""
        doc = self.doc
        if te + 2 >= len(doc) or doc[te].text != "(":
            return
        close = next((k for k in range(te + 1, min(len(doc), te + 8)) if doc[k].text == ")"), None)
        if close is None:
            return
        m = _PARTY_TAG.fullmatch(doc[te + 1:close].text)
        if m is None or (m.group(2) and m.group(2).strip() not in self.w.us_state_abbreviations) \
                or (not m.group(2) and not c.titles):
            return
        if c.reg is None and (c.country is None or c.country_weak):
            c.country, c.csource, c.country_weak = "USA", "party", False
        words = {self.w.title(t).rstrip(".") for t in c.titles}
        if c.sector is None and c.reg is None:
            c.sector = "LEG" if words & self.w.legislator_titles or (m.group(2) and not words) else None
        if hasattr(self, "extended"):
            self.extended.update(range(te, close + 1))  # "(D-Ore.)" is no organisation or place of its own

    def _left_apposition(self, c: Cand) -> None:
        """A role before the name and a comma: "The Labour Party's leader, Jeremy Corbyn", "a Republican,
        Mark Amodei"."""
        doc = self.doc
        ts = c.ts
        if ts < 2 or doc[ts - 1].text != "," or c.titles:
            return
        root = doc[ts:c.te].root
        head = root.head
        def fits(t):
            return t.lower_ in self.w.party_members or t.lower_.rstrip("s") in self.w.party_members or self.is_title_word(t)

        if root.dep_ != "appos" or head.i >= ts or not fits(head):
            # the parser missed the apposition: the title word that opens the phrase before the comma
            # ("the president of the Tunisian League …, Jamel Msallem"), else the noun right before it
            k = ts - 2
            while k > self.sent_first[ts] and not (doc[k - 1].is_punct and doc[k - 1].tag_ != "POS"):
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
        c.titles = {head.lemma_.lower(), low}
        words = [t.lower_ for t in doc[s:head.i + 1] if t.is_alpha]
        known, sec = self.agent(words)
        if sec and low not in self.w.neutral_titles and c.sector is None:
            c.sector = sec
        e = ts - 1  # the whole noun phrase: "the president of the Tunisian League for …"
        if c.country is None:
            c.country = self.country_of_tokens(s, e)
            c.csource = "apposition" if c.country else None
        if c.affiliation is None:  # an organisation before a state ("the director of Argentina's Amnesty …")
            orgs = [self.taken[i] for i in range(s, e) if i in self.taken and self.taken[i] is not c
                    and self.taken[i].akind in ("organization", "group")]
            c.affiliation = orgs[-1] if orgs else self._affiliation_in(s, e, exclude=c)

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
            between = doc[prev.te:c.ts]
            if src is None or not 0 < len(between) <= 2 or c.reg is not None \
                    or not all(t.text == "," or t.lower_ == "and" for t in between):
                continue
            heirs.add(id(c))
            c.titles = c.titles | src.titles
            c.sector = c.sector or src.sector
            if c.country is None and src.country is not None:
                c.country, c.country_weak, c.csource = src.country, src.country_weak, src.csource
            c.affiliation = c.affiliation or src.affiliation

    def _legislative_context(self, i: int) -> bool:
        """The sentence of token i or one of the three before it speaks of a legislature or legislators."""
        sents = list(self.doc.sents) if not hasattr(self, "_sents") else self._sents
        self._sents = sents
        k = next((n for n, s in enumerate(sents) if s.start <= i < s.end), 0)
        return any(t.lower_ in self.w.legislature_words for s in sents[max(0, k - 3):k + 1] for t in s)

    def _us_context(self) -> bool:
        if not hasattr(self, "_us"):
            self._us = any(ent.label_ in ("GPE", "NORP") and (self.reg.country(ent.text) == "USA"
                                                             or self.reg.demonym(ent.text) == "USA")
                           for ent in self.ents)
        return self._us

    def _role_cues(self, c: Cand) -> None:
        """Country and sector a person's title gives when the registry has no entry: a legislator's title
        (LEG), a party membership (OPP, LEG for a legislator), US-specific titles and parties (USA)."""
        words = {w.lower().rstrip(".") for w in c.titles}
        legislator = bool(words & self.w.legislator_titles)
        party = next((w for w in words if w in self.w.party_members or w.rstrip("s") in self.w.party_members), None)
        if c.sector is None and c.reg is None:
            if legislator:
                c.sector = "LEG"
            elif party:  # "a Republican, Mark Amodei" among House members: a legislator
                c.sector = "LEG" if self._legislative_context(c.ts) else "OPP"
        if c.country is None and c.reg is None and self._us_context() and (
                words & self.w.us_titles or (party and self.w.party_members.get(party.rstrip("s"), self.w.party_members.get(party)) == "USA")):
            c.country, c.csource = "USA", "party"
            c.country_weak = True

    def title_left(self, ts) -> tuple[int, Cand | None]:
        """Start of the title before a name ("U.S. President", "Envoy for Hostage Affairs"), and a possessor."""
        doc = self.doc
        sent_start = self.sent_first[ts]
        i = ts - 1
        keep = ts
        possessor = None
        has_title = False
        while i >= sent_start:
            t = doc[i]
            low = t.lower_
            if t.tag_ == "POS" or low in ("'s", "\u2019s"):
                possessor = self.taken.get(i - 1)
                break
            if low in self.w.connectors and i > sent_start:
                i -= 1
                continue
            if low == "and" and i > sent_start and doc[i + 1].pos_ == "NOUN" and doc[i + 1].is_lower \
                    and doc[i - 1].pos_ == "NOUN" and doc[i - 1].is_lower:
                i -= 1  # "trade and industry commissioner"
                continue
            if low == "the":
                if i > sent_start and doc[i - 1].lower_ in ("of", "to", "for") and not has_title:
                    i -= 1
                    continue
                if has_title:
                    keep = i
                break
            if i in self.taken and self.taken[i].akind == "person":
                break
            if t.ent_type_ in ("DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"):
                break
            if t.is_punct and t.text not in (".",):
                break
            if self.is_title_word(t) or low in self.w.title_adj or (t.is_title or t.is_upper) and t.pos_ in ("PROPN", "ADJ", "NOUN"):
                if self.is_title_word(t):
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
        if not has_title:
            return ts, possessor if possessor and possessor.te == ts - 1 and False else None
        while keep < ts and doc[keep].lower_ in self.w.connectors:
            keep += 1
        return keep, possessor

    def _affiliation_in(self, ts, te, exclude: "Cand | None" = None) -> Cand | None:
        for i in range(ts, te):
            c = self.taken.get(i)
            if c is not None and c is not exclude and (c.reg is not None or c.akind in ("state", "person")):
                return c
        doc = self.doc
        for n in (6, 5, 4, 3, 2, 1):  # registry organisations the NER missed ("AU trade … commissioner")
            for i in range(ts, te - n + 1):
                if not all(t.pos_ == "PROPN" or t.is_upper or t.text in ("-", "\u2013") for t in doc[i:i + n]):
                    continue
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

    def _right_context(self, c: Cand, te: int) -> None:
        """What the sentence says the person is: apposition ("X, a commentator affiliated with
        Hamas,"), relative or copular predicate ("X, who was Trump's Special Envoy", "X is a
        Turkish national") and "X of Nigeria"."""
        doc = self.doc
        root = doc[c.ts:te].root if c.ts < te else doc[te - 1]
        if root.i < te - 1 and doc[te - 1].head.i >= te:
            root = doc[te - 1]
        preds = []  # (noun token, add as mention?)
        for tok in root.children:
            if tok.dep_ == "appos" and tok.i >= te and tok.pos_ in ("NOUN", "PROPN") and tok.ent_type_ != "PERSON" \
                    and not any(t.is_quote for t in doc[max(0, tok.left_edge.i - 1):tok.i]):
                preds.append((tok, True))  # not a quoted title: '- Judge Victor Marrero, "Decision and Order"'
            elif tok.dep_ == "relcl" and tok.lemma_ == "be":
                preds.extend((a, False) for a in tok.children if a.dep_ == "attr")
        if root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_ == "be":
            preds.extend((a, False) for a in root.head.children if a.dep_ == "attr" and a.i > root.i)
        for tok, as_mention in preds[:1]:
            if tok.pos_ not in ("NOUN", "PROPN") or (tok.ent_type_ == "PERSON" and not as_mention):
                continue
            s = tok.left_edge.i
            e = tok.i + 1
            # a short complement: "for the PMF", "affiliated with Hamas", "of Iran's Quds Force"
            for ch in tok.rights:
                if ch.dep_ in ("prep", "acl") and ch.right_edge.i - s < 9:
                    e = max(e, ch.right_edge.i + 1)
            while e > s and doc[e - 1].is_punct:
                e -= 1
            if not as_mention:
                e = tok.i + 1
                for ch in tok.rights:
                    if ch.dep_ == "prep" and ch.lower_ in ("of", "for", "with", "at") and ch.right_edge.i - s < 12:
                        e = ch.right_edge.i + 1
                        break
            if e - s > (8 if as_mention else 12) or s <= te - 1:
                continue
            if as_mention:
                desc = self.cand(s, e, "description", "person", head=tok.lemma_.lower())
                self.consumed.update(range(s, e))
                c.extra.append(desc)
            words = [t.lower_ for t in doc[s:tok.i + 1] if t.is_alpha]
            known, sec = self.agent(words)
            if not sec and tok.lower_ not in self.w.neutral_titles:  # "an opposition candidate": the modifier's sector
                sec = next((x for w in reversed(words[:-1]) for k, x in [self.reg.agent_sector(w)] if k and x), None)
            if not c.titles:
                c.titles = {tok.lemma_.lower(), tok.lower_}
            if c.office is None:
                c.office = self.office_in(" ".join(words))
            if c.sector is None:
                if sec and tok.lower_ not in self.w.neutral_titles:
                    c.sector = sec
                elif c.office:
                    c.sector = "GOV"
            if c.country is None:
                c.country = self.country_of_tokens(s, e)
                c.csource = "apposition" if c.country else None
            aff = self._affiliation_in(s, e)
            if aff is not None and c.affiliation is None:
                c.affiliation = aff
        if te + 1 < len(doc) and doc[te].lower_ == "of" and doc[te + 1].ent_type_ in ("GPE", "ORG"):
            aff = self._affiliation_in(te + 1, min(len(doc), te + 6))
            if aff is not None and c.affiliation is None:
                c.affiliation = aff

    # ------------------------------------------------------------ role noun phrases
    def nominals(self, in_quote=lambda pos: False) -> list[Cand]:
        doc, reg = self.doc, self.reg
        out = []
        wanted = noun_ids(reg, self.w)
        noun, propn = _POS_IDS["NOUN"], _POS_IDS["PROPN"]
        for i, pos in enumerate(self.pos_ids):
            if pos != noun and pos != propn:
                continue
            if self.lower_ids[i] not in wanted and self.lemma_ids[i] not in wanted:
                continue
            tok = doc[i]
            if tok.i in self.taken or tok.i in self.consumed:
                continue
            if tok.dep_ in ("compound",) and tok.head.i > tok.i and tok.head.pos_ in ("NOUN", "PROPN"):
                continue
            low, lemma = tok.lower_, tok.lemma_.lower()
            if tok.dep_ in ("attr", "oprd") or (tok.dep_ == "pobj" and tok.head.lower_ == "as"):
                continue  # "designated as a terrorist organization": a predicate, not a mention
            known_low, sec = reg.agent_sector(low)
            if not known_low:
                known_low, sec = reg.agent_sector(lemma)
            is_title = low in self.w.person_titles or lemma in self.w.person_titles
            is_org = lemma in self.w.org_nouns or low in self.w.org_nouns
            if low in self.w.source_nouns:
                if not in_quote(tok.idx):  # "Sources report", "Experts attribute", "anonymous sources"
                    s_ = min((ch.left_edge.i for ch in tok.lefts if ch.dep_ in ("amod", "compound", "det")),
                             default=tok.i)
                    c = self.cand(s_, tok.i + 1, "nominal", "group", head=lemma, plural=True)
                    c.no_fallback = True
                    out.append(c)
                continue
            if low in self.w.entourage and any(ch.dep_ == "poss" for ch in tok.lefts) or (
                    low in self.w.entourage and any(ch.dep_ == "prep" and ch.lower_ == "of" for ch in tok.rights)):
                c = self.entourage(tok)
                if c is not None:
                    out.append(c)
                continue
            if not (known_low or is_title or is_org):
                continue
            if low in ("people", "person", "representatives", "officials", "official", "spokesman", "man", "woman", "men", "women", "group", "groups", "member", "members",
                       "leader", "leaders", "head", "office", "force", "state", "country", "nation", "union",
                       "station", "court", "bank", "party", "parties", "network", "department", "media") \
                    and not self._has_modifier(tok) and not any(ch.dep_ == "det" and ch.lower_ in self.w.determiners
                                                                for ch in tok.children):
                continue
            if self.skip_char(tok.idx, tok.idx + len(tok)):
                continue
            c = self.nominal(tok, sec, is_title, is_org)
            if c is not None:
                out.append(c)
        return out

    def entourage(self, tok) -> Cand | None:
        """"His associates", "Navalny's family", "Associates of Navalny": a group owned by a person."""
        doc = self.doc
        owner = None
        poss = [ch for ch in tok.lefts if ch.dep_ == "poss"]
        s, e = tok.i, tok.i + 1
        if poss:
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

    def _has_modifier(self, tok) -> bool:
        return any(ch.dep_ in ("amod", "compound", "poss", "nmod") for ch in tok.lefts)

    def nominal(self, tok, noun_sector, is_title, is_org) -> Cand | None:
        doc, reg = self.doc, self.reg
        left = [ch for ch in tok.lefts if ch.dep_ in ("det", "amod", "compound", "nmod", "poss", "nummod",
                                                       "quantmod", "advmod", "predet")]
        s = min((ch.left_edge.i for ch in left), default=tok.i)
        # never cross punctuation or a verb
        for i in range(tok.i - 1, s - 1, -1):
            if (doc[i].is_punct and doc[i].text not in ("-", "\u2019s", "'s")) or doc[i].pos_ == "VERB":
                s = i + 1
                break
        e = tok.i + 1
        words = [t.lower_ for t in doc[s:e]]
        det = doc[s].lower_ if s < e else ""
        plural = tok.tag_ in ("NNS", "NNPS")
        # modifiers: names already found inside the phrase, demonyms, possessors
        aff = None
        for i in range(s, tok.i):
            if i in self.taken:
                aff = self.taken[i]
        if tok.i - s >= 2:  # "a Kataeb Hezbollah official": the registry knows the whole modifier
            for a in range(s, tok.i - 1):
                if doc[a].pos_ != "PROPN":
                    continue
                r = reg.actor(doc[a:tok.i].text, self.date)
                if r is not None and r.kind != "person":
                    aff = self.registry_cand(a, tok.i, r)
                    break
        poss = [ch for ch in tok.lefts if ch.dep_ == "poss"]
        poss_pron = poss[0].lower_ if poss and poss[0].pos_ == "PRON" else None
        if poss_pron and poss_pron not in self.w.sing_pronouns | self.w.plural_pronouns:
            return None  # "our people", "my watch": the speaker's, resolved by the quote
        country, csource = None, None
        if aff is None:
            country = self.country_of_tokens(s, tok.i)
            csource = "demonym" if country else None
        phrase_sector = self.agent([w for w in words if w.isalpha()])[1] or noun_sector
        if aff is None:  # "representatives of the terrorist organization", "leaders of Hamas"
            for ch in tok.rights:
                if ch.dep_ == "prep" and ch.lower_ == "of":
                    for ob in ch.children:
                        if ob.dep_ == "pobj" and ob.i in self.taken and self.taken[ob.i].akind != "person" \
                                and (tok.lower_ in self.w.stands_for or tok.lemma_.lower() in ("leader", "member")):
                            aff = self.taken[ob.i]
                            e = self.taken[ob.i].te
        if aff is None and country is None:
            for ch in tok.rights:
                if ch.dep_ == "prep" and ch.lower_ in ("in", "from"):
                    for ob in ch.children:
                        if ob.dep_ == "pobj" and ob.ent_type_ in ("GPE", "LOC"):
                            country = self.reg.demonym(ob.text) or self._place_country(ob.text)
                            csource = "place" if country else None
        c = self.cand(s, e, "nominal", "group", head=tok.lemma_.lower(), plural=plural)
        c.sector = phrase_sector if tok.lower_ not in self.w.neutral_titles else None
        if c.sector is None and (tok.lower_ in self.w.neutral_titles or tok.lower_ in self.w.collective_heads):
            # "Hospital officials", "police spokesman", "student groups": the modifier's sector
            for ch in tok.lefts:
                if ch.dep_ in ("compound", "amod", "nmod") and ch.i not in self.taken:
                    known, sec = self.reg.agent_sector(ch.lower_)
                    if known and sec:
                        c.sector = sec
        if c.sector is None and aff is None and tok.lemma_.lower() == "official":
            c.sector = "GOV"  # "an Israeli official": a state's official
        c.country = country if country else (aff.country if aff else None)
        c.csource = csource if country else ("affiliation" if c.country else None)
        c.affiliation = aff
        c.office = self.office_in(" ".join(words))
        c.titles = {tok.lemma_.lower(), tok.lower_}
        c.definite = det in self.w.determiners or bool(poss)
        c.poss_pron = poss_pron
        lem = tok.lemma_.lower()
        if (lem in self.w.stands_for or tok.lower_ in self.w.stands_for) and (aff is not None or country):
            if aff is not None and aff.akind == "person":
                # "the Trump administration": the state the leader governs
                c.state_of_person = aff
            c.mkind = "nominal"
            c.stands_for = True
            c.akind = "state" if aff is None or aff.akind == "state" else aff.akind
            return c
        if c.definite and not poss_pron and (lem in self.w.state_nouns) and aff is None and not country:
            c.mkind = "description"
            c.akind = "state"
            c.needs_antecedent = True
            return c
        if c.definite and not poss_pron and (is_title or c.office) and not is_org \
                and (aff is None or aff.akind in ("state", "organization", "group", "person")):
            c.mkind = "description"
            c.akind = "person"
            c.needs_antecedent = True
            return c
        if c.definite and not poss_pron and aff is None and (is_title or is_org or c.office):
            c.mkind = "description"
            c.akind = "organization" if is_org and not is_title else "person"
            c.needs_antecedent = True
            return c
        if poss_pron:
            c.mkind = "description"
            c.akind = "group" if plural else ("organization" if is_org else "anonymous")
            c.needs_antecedent = False
            return c
        if not plural and det in self.w.indefinite | {"a", "an"} and (is_title or noun_sector or is_org):
            c.mkind = "description"
            c.akind = "organization" if is_org and not is_title else "anonymous"
            return c
        if not plural and not det and is_title and lem not in self.w.org_nouns:
            return None  # "former London mayor", "as president": a role, not an actor
        if any(w in ("world", "international", "global", "foreign") for w in words[:-1]) or (tok.lower_ == "media" and "state" not in words):
            c.no_fallback = True  # "world leaders": no one country
            if lem == "leader" and c.sector is None:
                c.sector = "GOV"
        if plural or noun_sector:
            c.mkind = "nominal"
            c.akind = "group"
            if not (c.sector or aff or country):
                return None
            return c
        return None

    # ------------------------------------------------------------ pronouns
    def pronouns(self, in_quote) -> list[Cand]:
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
