"""Finding actor mentions: named entities (repaired), titles, appositions, role noun phrases, pronouns.

`Finder` holds one article's parse and the registry; its rules live in five mixins by responsibility:
`names.py` (NER repair and classification; `name_filters.py`, the names that are no actors), `orgs.py` (what surrounds
an organisation's name), `titles.py` (persons, titles, offices; `person_predicates.py`, appositions), `origins.py`
(where a person is from), `nominals.py` (role noun phrases and pronouns). Candidates are `cands.Cand`; `resolve.py`
groups them.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span

from ...knowledge.actor_words import ActorWords
from ...knowledge.actor_words import load as load_actor_words
from ...knowledge.registry import Registry, RegistryActor
from .. import doc_text, entities
from .cands import _POS_IDS, CLAUSE_DEPS, SUBJECT_DEPS, Cand, headline_end, hyphen_word, is_subject, word_ids
from .demonyms import DemonymsMixin
from .lists import ListsMixin
from .names import NamesMixin
from .nominals import NominalsMixin
from .orgs import OrgEvidenceMixin
from .origins import OriginsMixin
from .staff import StaffMixin
from .titles import TitlesMixin
from .unknown_states import UnknownStatesMixin

__all__ = ["Cand", "Finder", "LazyTokens"]


@lru_cache(maxsize=1)
def _clause_dep_ids() -> tuple[int, frozenset]:
    """The string ids of "poss" and of the clause-opening dependencies (`cands.clause_depth`'s words)."""
    return next(iter(word_ids(frozenset({"poss"})))), word_ids(frozenset(CLAUSE_DEPS))


class LazyTokens:
    """The parse's Token objects by index, each made the first time it is asked for and kept (as `list(doc)` would
    hold it, without making a Token for every word of the article: the scans read the integer arrays first)."""

    __slots__ = ("doc", "made")

    def __init__(self, doc):
        self.doc = doc
        self.made: list = [None] * len(doc)

    def __len__(self) -> int:
        return len(self.made)

    def __getitem__(self, i: int):
        if type(i) is slice:
            return [self[k] for k in range(*i.indices(len(self.made)))]
        tok = self.made[i]
        if tok is None:
            tok = self.made[i] = self.doc[i if i >= 0 else i + len(self.made)]
        return tok

    def __iter__(self):
        return (self[i] for i in range(len(self.made)))


class Finder(NamesMixin, DemonymsMixin, OrgEvidenceMixin, TitlesMixin, ListsMixin, OriginsMixin, NominalsMixin,
             UnknownStatesMixin, StaffMixin):
    """Per-article mention finder; holds the article's parse and the registry (nothing across articles)."""

    def __init__(self, doc, reg: Registry, date: str | None, skip_char, places=(), gazetteer=None,
                 words: ActorWords | None = None):
        """Read the parse once into integer arrays (sentence starts, lower-case ids, POS, title case)."""
        self.doc = doc
        self.w = words if words is not None else load_actor_words()
        self.gazetteer = gazetteer if gazetteer is not None else {}
        self.reg = reg
        self.date = date
        self.skip_char = skip_char  # (start, end) -> bool: byline/credit spans
        self.taken: dict[int, Cand] = {}  # token index → name candidate covering it
        self.consumed: set[int] = set()   # tokens used as titles of a name, or in a name of no actor
        self.ents = list(entities(doc))
        self.tokens = LazyTokens(doc)  # a word's Token, made when first asked (the same one after that)
        self.place_country = {(p.start, p.end): p.country for p in places}
        self.ent_at = {i: e for e in self.ents for i in range(e.start, e.end)}
        # one pass over cheap integer arrays; Token objects only for the few candidates
        arr = doc.to_array(["SENT_START", "LOWER", "POS", "IS_TITLE", "LEMMA", "ENT_IOB", "IS_UPPER", "LENGTH",
                            "IDX"]) if len(doc) else []
        cols = [arr[:, k].tolist() for k in range(9)] if len(doc) else [[] for _ in range(9)]  # plain ints, not rows
        starts, lower, pos, title, lemma, iob, upper, length, idx = cols
        self.sent_of: list[int] = []
        self.sent_first: list[int] = []
        si, first = -1, 0
        for i, start in enumerate(starts):
            if i == 0 or start == 1:
                si += 1
                first = i
            self.sent_of.append(si)
            self.sent_first.append(first)
        self.lower_ids = lower
        self.pos_ids = pos
        self.title_flags = [bool(x) for x in title]
        self.upper_flags = upper
        self.char_starts = idx
        self.char_ends = [i + n for i, n in zip(idx, length)]  # where each word ends in the text
        self.lemma_ids = lemma
        # capitalised tokens outside entities: where the registry scan may start
        self.scan_starts = [i for i in range(len(iob)) if iob[i] == 2 and ((upper[i] and length[i] > 1) or title[i])]
        self.text = doc_text(doc) if len(doc) else ""
        self.headline_end = headline_end(self.text)
        self._heads: list[int] | None = None  # each word's head and dependency, read when first asked
        self._deps: list[int] = []
        self._title_word_at: dict[int, bool] = {}  # is_title_word's answer per word index

    # ------------------------------------------------------------ helpers
    def titled_tokens(self, proper_only: bool = False) -> list:
        """The title-case words' Tokens in text order (with `proper_only`, the proper nouns' only): every word a
        whole-article scan whose test asks for title case can keep, without a Token for each other word."""
        propn, pos = _POS_IDS["PROPN"], self.pos_ids
        return [self.tokens[i] for i in self._title_positions() if not proper_only or pos[i] == propn]

    def cand(self, ts, te, mkind, akind, **kw) -> Cand:
        """A candidate over tokens [ts, te); a country given with it is marked by its source (state, metonym,
        name)."""
        doc = self.doc
        inside = 0 <= ts < te <= len(doc)
        span = Span(doc, ts, te) if inside else doc[ts:te]  # doc[ts:te] without spaCy's slice normalising
        root = span.root
        if kw.get("country") and "csource" not in kw:
            kw["csource"] = "metonym" if mkind == "metonym" else "state" if akind == "state" else "name"
        start, end = span.start_char, span.end_char
        text = self.words_text(ts, te) if inside else span.text
        return Cand(ts, te, start, end, text, mkind, akind, sent=self.sent_of[ts] if ts < len(self.sent_of) else 0,
                    subject=is_subject(root), depth=self._clause_depth(root), **kw)

    def words_text(self, i: int, j: int) -> str:
        """`doc[i:j].text`: for 0 <= i < j <= len(doc) cut from the text by the words' offsets (no Span made)."""
        if 0 <= i < j <= len(self.char_ends):
            return self.text[self.char_starts[i]:self.char_ends[j - 1]]
        return self.doc[i:j].text

    def _clause_depth(self, root) -> int:
        """`cands.clause_depth(root)`, walking the parse's head and dependency columns (read once per article)
        instead of a Token per word on the way up."""
        if self._heads is None:
            arr = self.doc.to_array(["HEAD", "DEP"])  # unsigned: a head before its word wraps round
            self._heads = [i + rel for i, rel in enumerate(arr[:, 0].astype("int64").tolist())]
            self._deps = arr[:, 1].tolist()
        heads, deps, ids = self._heads, self._deps, _clause_dep_ids()
        i = root.i
        depth = 1 if deps[i] == ids[0] else 0
        while heads[i] != i:
            if deps[i] in ids[1]:
                depth += 1
            i = heads[i]
        return depth

    def country_of_tokens(self, ts, te) -> str | None:
        """A country named or implied (demonym, country name, or a place's country) in [ts, te)."""
        doc, reg, title, upper = self.doc, self.reg, self.title_flags, self.upper_flags
        for n in (3, 2, 1):
            for i in range(ts, te - n + 1):
                if n == 1 and not (title[i] or upper[i]):
                    continue
                ent = self.ent_at.get(i)
                if ent is not None and (ent.start < i or ent.end > i + n) and ent.label_ in ("GPE", "LOC", "ORG", "FAC"):
                    # "Jersey" inside "New Jersey" (or "New Jersey Transit"), "China" inside "South China
                    # Morning Post"; but an organisation's name may open with its country or end with
                    # "of/in <country>": "Turkish Foreign Ministry", "Democratic Rally in Cyprus"
                    opens = all(t.is_lower or t.is_punct for t in doc[ent.start:i])  # "the anti-war Danish …"
                    after_prep = i > ent.start and doc[i - 1].lower_ in ("of", "in", "for") and i + n == ent.end
                    if not (ent.label_ == "ORG" and (opens or after_prep or self._country_before_type(i, i + n)
                                                     or self._country_closing(ent, i, i + n))):
                        continue
                iso = reg.demonym(self.words_text(i, i + n))
                if iso and not self._language_adjective(i, i + n):
                    return self._hyphened_demonym(i, i + n, te) or iso
        for ent in self.ents:  # "New Jersey Governor", "London mayor": the place's country
            if ent.label_ == "GPE" and ent.start >= ts and ent.end <= te:
                iso = self._place_country(ent.text)
                if iso:
                    return iso
        return self._place_after_in(ts, te)

    def _place_after_in(self, ts, te) -> str | None:
        """A place after "in" that the NER gave another label ("head of forensics in eastern Ruriton", the city
        tagged as a language): the gazetteer's country of its proper-noun words."""
        doc = self.doc
        for t in doc[ts:te]:
            if t.dep_ == "pobj" and t.head.lower_ == "in" and t.pos_ == "PROPN" and t.ent_type_ not in ("GPE", "PERSON"):
                k = t.i
                while k - 1 > t.head.i and doc[k - 1].pos_ == "PROPN" and doc[k - 1].dep_ == "compound":
                    k -= 1
                iso = self._place_country(doc[k:t.i + 1].text)
                if iso:
                    return iso
        return None

    def _language_adjective(self, i: int, j: int) -> bool:
        """Is the demonym at tokens [i, j) joined by a hyphen to a language word ("a Spanish-language network",
        "an Arabic-speaking channel")? It names a language, not a country."""
        doc = self.doc
        h = next((k for k in range(i + 1, min(j + 1, len(doc) - 1)) if doc[k].text == "-"), None)
        return h is not None and not doc[h - 1].whitespace_ and doc[h + 1].lower_ in (
            "language", "languages", "speaking", "speakers")

    def _hyphened_demonym(self, i: int, j: int, te: int) -> str | None:
        """The second demonym of a hyphened pair whose first is tokens [i, j) ("Ruritanian-American": American;
        the first names an origin, the second the nationality); None when there is no such pair
        ("Ruritanian-born")."""
        doc = self.doc
        h = next((k for k in range(i + 1, min(j + 1, te)) if doc[k].text == "-"), None)
        if h is None or h + 1 >= te or doc[h - 1].whitespace_ or doc[h].whitespace_:
            return None
        return self.reg.demonym(doc[h + 1].text)

    def _after_office_country(self, ts: int, te: int) -> int:
        """Where the name starts in a PERSON entity that opens with the country of an "of" title before it
        ("Prime Minister of Ruritania Ana Kell" tagged "Ruritania Ana Kell", as a person or an organisation): after
        the country's words, when two title-case words are left for the name."""
        doc = self.doc
        if ts < 2 or doc[ts - 1].lower_ != "of" or not self.is_title_word(doc[ts - 2]):
            return ts
        for n in (3, 2, 1):
            if te - ts - n >= 2 and all(t.is_title for t in doc[ts + n:te]) and self.reg.country(doc[ts:ts + n].text):
                return ts + n
        return ts

    def _country_closing(self, ent, i: int, j: int) -> bool:
        """Tokens [i, j) close an organisation's name after a word of its own, no place-forming word: a country
        branch's name ("Brisk Foods Canada", "Kell Motors UK"; not "Papua New Guinea")."""
        doc = self.doc
        return j == ent.end and i - 1 >= ent.start and doc[i - 1].is_alpha and not doc[i - 1].is_lower \
            and doc[i - 1].lower_ not in ("new", "north", "south", "east", "west", "upper", "lower") \
            and not self.reg.country(doc[i - 1:j].text)

    def _country_before_type(self, i: int, j: int) -> bool:
        """Tokens [i, j) stand right before an organisation's type word, after no place-forming word: the
        name's country ("Kell Ruritania Institute"; not "New Ruritania Bank", a place's name)."""
        doc = self.doc
        return j < len(doc) and doc[j].lower_ in self.w.org_name_sector and self.w.org_name_sector[doc[j].lower_] \
            and not (i > 0 and doc[i - 1].lower_ in ("new", "north", "south", "east", "west", "upper", "lower"))

    def role_of(self, r: RegistryActor | None):
        """The registry role the actor holds on the article's date ("president" of USA on 2019-05-01)."""
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

    def learned_role(self, words: list[str]) -> str | None:
        """The learned sector of the role word ending a title or an apposition that the agents dictionary lacks
        ("chief veterinarian" -> HLH, "police inspector" -> POL; words `role_sectors`), else None. A title the word
        lists keep neutral ("officer": army, police or a firm's) gives none."""
        for n in (2, 1):
            role = " ".join(words[-n:]) if len(words) >= n else ""
            if role and role not in self.reg.agents and role in self.w.role_sectors and role not in self.w.neutral_titles:
                return self.w.role_sectors[role]
        return None

    def is_title_word(self, tok) -> bool:
        """A person's title word ("Ambassador", "spokeswoman", "Sen."), abbreviations written out. Answered once
        per word of the article's parse (the rules ask again for the same word)."""
        if tok.doc is not self.doc:
            return self._is_title_word(tok)
        known = self._title_word_at.get(tok.i)
        if known is None:
            known = self._title_word_at[tok.i] = self._is_title_word(tok)
        return known

    def _is_title_word(self, tok) -> bool:
        """`is_title_word`, worked out from the word, its lemma and the words around it."""
        if tok.pos_ == "VERB" and tok.is_lower:
            return False  # "the city will host X": a verb, no title
        low = self.w.title(tok.lower_)
        lemma = self.w.title(tok.lemma_)
        if low in self.w.person_titles or lemma in self.w.person_titles or (
                tok.pos_ in ("NOUN", "PROPN") and (self.reg.agents.get(low) is not None or self.reg.agents.get(lemma) is not None)):
            return True
        whole = hyphen_word(tok)  # "front-runner", parsed as "front", "-", "runner"
        if whole is not None and (whole in self.w.person_titles or self.reg.agents.get(whole) is not None):
            return True
        # the end of a two-word role ("running mate", "campaign manager")
        return tok.pos_ == "NOUN" and tok.i > 0 and self.reg.agents.get(f"{tok.doc[tok.i - 1].lower_} {low}") is not None

    def bracketed_employers(self, cands: list[Cand]) -> None:
        """A title after an organisation's initials in brackets is the organisation's: "the Brisk Union (BU)
        head Ann Kell" (the bracket had cut the title off its organisation)."""
        doc = self.doc
        for c in cands:
            j = c.ts - 1
            if c.akind != "person" or c.affiliation is not None or not c.titles or j < 3 or doc[j].text != ")" \
                    or doc[j - 2].text != "(":
                continue
            org = self.taken.get(j - 1) or self.taken.get(j - 3)
            if org is not None and org is not c and org.akind in ("organization", "group"):
                c.affiliation = org

    def shared_title_country(self, cands: list[Cand]) -> None:
        """A state office after a coordinated name whose title names its country is that country's: "Ruritanian
        president Ann Kell and energy minister Tom Lund" (Lund is Ruritania's minister). Only an office with no
        country of its own, right after "and" or a comma."""
        doc = self.doc
        persons = sorted((c for c in cands if c.akind == "person" and c.mkind == "name"), key=lambda c: c.ts)
        for a, b in zip(persons, persons[1:]):
            between = doc[a.te:b.ts]
            if not 0 < len(between) <= 2 or not all(t.text == "," or t.lower_ == "and" for t in between) \
                    or not (b.office or b.titles and b.sector in ("GOV", "MIL", "POL", "JUD")) or b.country is not None \
                    or b.reg is not None or b.affiliation is not None:
                continue
            iso = self.country_of_tokens(a.ts, a.name_ts) if a.name_ts is not None and a.name_ts > a.ts else None
            if iso and iso not in ("IGO", "NGO", "MNC"):
                b.country, b.csource, b.country_weak = iso, "title", False
