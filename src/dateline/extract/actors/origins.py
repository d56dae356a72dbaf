"""Where a person is from, by what the sentence around the name says (mixed into `mentions.Finder`).

A place modifying the name's noun phrase ("Ruriton councillor X", where no title word was recognised), "X of
Ruriton", "X, originally from Ruritania,", "X, who lived in Ruriton,", a home country ("returning to his home
country of Ruritania") and a country left ("X fled Ruritania"). Each is evidence in the text, recorded with its
`country_source` ("title", "of", "place").
"""
from __future__ import annotations

from ...knowledge.registry import norm
from ..sentences import sentence_of
from .cands import Cand

# dependencies that join words before a name into its noun phrase ("Ruriton Alderman X": compound, compound)
_PREMODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})
# a town named before a role gives its country when it has this many people (small towns share their names
# across countries); a first-level region or a county always does, and so does a town of any size before a
# noun of living somewhere ("a Ruritown resident")
ROLE_PLACE_POPULATION = 15_000


# [word classes, the union of their nouns]: the packaged word lists are loaded once per process
_ALL_NOUNS: list = []

class OriginsMixin:
    """Where a person is from (mixed into `mentions.Finder`, which holds the parse, the registry and the places)."""

    def where_from(self, c: Cand, te: int) -> None:
        """Fill a person's missing country from the place words around the name (see the module's note)."""
        if c.country is None:
            self._place_premodifier(c, te)
        if c.country is None:
            self._origin(c, te)
        if c.country is None:
            self._home_country(c, te)

    def _place_premodifier(self, c: Cand, te: int) -> None:
        """A place inside the words that modify the name, joined to it by the parse's compound chain:
        "Ruriton Alderman X", "Ruriton-born writer X" when no title word was read (`title`, as "Boston Mayor X")."""
        doc = self.doc
        root = doc[c.ts:te].root if c.ts < te else doc[te - 1]
        first = self.sent_first[c.ts] if c.ts < len(doc) else 0
        i, chain = c.ts - 1, {root.i}
        while i >= first and doc[i].dep_ in _PREMODIFIER_DEPS and doc[i].head.i in chain | set(range(i + 1, te)):
            chain.add(i)
            ent = self.ent_at.get(i)
            if ent is not None and ent.label_ == "GPE" and ent.start >= first:
                iso = self.reg.country(ent.text) or self._place_country(ent.text)
                if iso:
                    c.country, c.csource = iso, "title"
                return
            i -= 1

    def modifier_place(self, ts: int, te: int, any_size: bool = False) -> str | None:
        """The country of a place the NER left untagged or mislabelled among a role's modifiers [ts, te): a run of
        up to three title-case proper nouns that is exactly the gazetteer's name of a first-level region, a county
        or a town ("Ruriton Premier X", "Ruritown MLA X", "a Ruritown resident"; see ROLE_PLACE_POPULATION). Not a
        title word, a common noun ("Bay"), a registry actor ("Apple"), a country (the country rules read those), a
        word of another name ("Martin Kell's deputy") or of a hyphened word ("Abu-Kell's nephew"): the whole run only."""
        doc, i = self.doc, ts
        while i < te:
            j = i
            while j < te and self._place_word(doc[j]):
                j += 1
            if i < j <= i + 3:
                iso = self._role_place(doc[i:j].text, any_size)
                if iso:
                    return iso
            i = max(j, i + 1)
        return None

    def after_place_title(self, ts: int, te: int) -> int:
        """Where the name starts in an entity opening with a place and a title ("Ruriton Premier Ana Kell" tagged as
        one person or organisation): after the title words when title-case words are left; `te` when the entity is
        only the place and the title ("Ruritown MLA", the name tagged apart: no name of its own), or only title
        words before a name tagged apart ("Alderman" "Ana Kell"); else `ts`."""
        doc, j = self.doc, ts
        if all(self.is_title_word(t) for t in doc[ts:te]) and te < len(doc) and doc[te].ent_iob_ == "B" \
                and doc[te].ent_type_ == "PERSON" and doc[ts].is_title:
            return te  # "Alderman" tagged apart from the name after it: the name's title, no name of its own
        while j < te and j - ts < 3 and self._place_word(doc[j]):
            j += 1
        k = j  # the title: title words, and a field's nouns before one ("Ruriton Finance Minister"), not a body's
        while k < te and (self.is_title_word(doc[k]) or doc[k].lower_ in self.w.title_adj or doc[k].lower_ in self._common_nouns):
            k += 1  # "Ruriton Media", "Ruriton University" are bodies: their head is no person's title
        if j == ts or not any(self.w.title(t.lower_) in self.w.person_titles for t in doc[j:k]) or not self.modifier_place(ts, j):
            return ts
        return k if k == te or all(t.is_title for t in doc[k:te]) else ts

    def residence_place(self, span) -> bool:
        """Is an entity the NER typed as a name the gazetteer's place modifying the role after it: a town of any size
        before a noun of living somewhere ("a Ruritown resident"), a region, county or town of ROLE_PLACE_POPULATION
        before a person's title ("Ruriton Finance Minister X"), or after a title's "of" ("the mayor of Ruritown")? A
        place, no actor (the role takes its country)."""
        doc, e = self.doc, span.end
        if self.is_office_place(span):
            return True
        if e >= len(doc) or span.root.dep_ != "compound":
            return False
        if doc[e].lower_ in self.w.residence_nouns:
            return self._role_place(span.text, True) is not None
        for k in range(e, min(len(doc), e + 4)):
            t = doc[k]
            if not (self.is_title_word(t) or t.lower_ in self.w.title_adj or t.is_title and t.lower_ in self._common_nouns):
                return False
            if self.w.title(t.lower_) in self.w.person_titles:
                return self._role_place(span.text, False) is not None
        return False

    def office_place(self, head) -> str | None:
        """The country of the place a role's "of" names when the NER left it untagged or typed it as a name ("X,
        the mayor of Ruritown,": the town tagged ORG): the gazetteer's region, county or town of
        ROLE_PLACE_POPULATION by exactly that name, after a person's title word."""
        if not self.is_title_word(head):
            return None
        obj = next((o for p in head.children if p.dep_ == "prep" and p.lower_ == "of" and p.i > head.i
                    for o in p.children if o.dep_ == "pobj" and o.pos_ == "PROPN"), None)
        if obj is None or obj.ent_type_ == "GPE":  # a tagged place: the country rules read it
            return None
        words = self.doc[obj.left_edge.i:obj.i + 1]
        if not all(t.lower_ == "the" or t.is_title for t in words):
            return None
        words = words[1:] if words[0].lower_ == "the" else words
        ok = all(t.is_title and t.is_alpha and t.pos_ == "PROPN" and not self.is_title_word(t) for t in words)
        return self._role_place(words.text, False) if ok and len(words) else None

    def is_office_place(self, span) -> bool:
        """Is an entity the place a person's title is of ("the mayor of Ruritown", the town typed as an
        organisation)? A place, no actor."""
        root = span.root
        return root.dep_ == "pobj" and root.head.lower_ == "of" and root.i == span.end - 1 \
            and self.office_place(root.head.head) is not None

    def _place_word(self, tok) -> bool:
        """Can the token be a word of a place's name before a role (see `modifier_place`)?"""
        doc = self.doc
        if not (tok.is_title and tok.is_alpha and tok.pos_ == "PROPN") or self.is_title_word(tok) or tok.i in self.taken:
            return False
        if tok.i > 0 and doc[tok.i - 1].text == "-" and not doc[tok.i - 1].whitespace_ or not tok.whitespace_ \
                and tok.i + 1 < len(doc) and doc[tok.i + 1].text == "-":
            return False
        return tok.lower_ not in self._common_nouns and tok.lower_ not in self.w.title_adj

    @property
    def _common_nouns(self) -> frozenset:
        """Every noun of the WordNet classes (the union is built once per word lists, not per article)."""
        classes = self.w.noun_classes
        if _ALL_NOUNS and _ALL_NOUNS[0] is classes:
            return _ALL_NOUNS[1]
        _ALL_NOUNS[:] = [classes, frozenset().union(*classes.values())]
        return _ALL_NOUNS[1]

    def _role_place(self, text: str, any_size: bool) -> str | None:
        """The country of the gazetteer's place named exactly `text` (see `modifier_place`), or None."""
        from ..places import resolve
        if self.reg.country(text) or self.reg.demonym(text) or self.reg.actor(text, self.date) is not None:
            return None
        context = {iso for iso in self.place_country.values() if iso}
        c = resolve(self.gazetteer, text, context)
        if c is None or norm(c.name) != norm(text):
            return None
        if c.kind in ("state", "county") or c.kind == "city" and (any_size or c.population >= ROLE_PLACE_POPULATION):
            return c.country
        return None

    def _home_country(self, c: Cand, te: int) -> None:
        """ "X was returning to his home country of Ruritania", "X left for her homeland, Ruritania": a
        possessive pronoun's home later in the name's sentence, no other name between (`place`)."""
        doc = self.doc
        root = doc[c.ts:te].root if c.ts < te else doc[te - 1]
        if root.dep_ not in ("nsubj", "nsubjpass"):
            return
        end = sentence_of(root).end
        for k in range(te, min(end, te + 25)):
            if k in self.taken and self.taken[k] is not c and self.taken[k].akind == "person":
                return
            if doc[k].lower_ not in ("his", "her"):
                continue
            rest = [t.lower_ for t in doc[k + 1:k + 4]]
            phrase = next((p for p in self.w.home_phrases if rest[:len(p.split())] == p.split()), None)
            if phrase is None:
                continue
            j = k + 1 + len(phrase.split())
            while j < end and doc[j].lower_ in ("of", ",", "the"):
                j += 1
            ent = self.ent_at.get(j)
            iso = (self.reg.country(ent.text) or self._place_country(ent.text)) if ent is not None and ent.label_ == "GPE" else None
            if iso:
                c.country, c.csource = iso, "place"
            return

    def _origin(self, c: Cand, te: int) -> None:
        """Where the sentence says the person comes from or lives: "X, originally from Ruritania,", "X, who
        lived in Ruritania," "X, based in Ruriton," "X, a baker who lives in Ruriton," (the place's country; `place`); "X of
        Ruriton", "X, 45, of Ruriton" (`of`: the issue's "X of Y", a place right after the name or its age; an
        organisation there is an affiliation instead)."""
        doc = self.doc
        root = doc[c.ts:te].root if c.ts < te else doc[te - 1]
        preps = [ch for ch in root.children if ch.dep_ == "prep" and ch.i >= te
                 and (ch.lower_ == "from" or (ch.lower_ == "of" and all(t.is_punct or t.like_num for t in doc[te:ch.i])))]
        heads = [root] + [ap for ap in root.children if ap.dep_ == "appos" and ap.i >= te]
        for rel in (r for h in heads for r in h.children):  # "X, who lived in …", "X, a shopkeeper who lives in …"
            if rel.dep_ in ("relcl", "acl") and rel.i >= te and rel.lemma_.lower() in self.w.origin_verbs:
                preps += [ch for ch in rel.children if ch.dep_ == "prep" and ch.lower_ in ("in", "from")]
        objs = [(prep, next((ch for ch in prep.children if ch.dep_ == "pobj" and (ch.ent_type_ == "GPE" or ch.pos_ == "PROPN"
                                                                                or ch.lemma_.lower() in self.w.place_nouns)),
                            None)) for prep in preps] + [(None, obj) for obj in self._represented(heads, te)]
        for prep, obj in objs:
            if obj is None:
                continue
            iso = self._object_place(obj)
            if iso is None and obj.pos_ == "NOUN":  # "from the Ruritown suburb of Lund": the place the noun names
                named = [o for p in obj.children if p.dep_ == "prep" and p.lower_ in ("of", "in", "near")
                         for o in p.children if o.dep_ == "pobj"] + [ch for ch in obj.children if ch.dep_ == "compound"]
                iso = next((x for x in map(self._object_place, named) if x), None)
            if iso:
                c.country, c.csource = iso, "of" if prep is not None and prep.lower_ == "of" else "place"
                return
        self._migration(c, root)

    def _object_place(self, obj) -> str | None:
        """The country of a place a preposition's object (or a place noun's modifier) names: a tagged place, or a town
        the NER missed by the gazetteer, exactly ("X, who lives in Ruritown,"; "of Ruritown University" is no town),
        which is then no actor of that name ("Mayor X of Ruritown", the town tagged as a person)."""
        doc = self.doc
        words = doc[obj.left_edge.i:obj.i + 1]
        if obj.ent_type_ == "GPE":
            return self.reg.country(words.text) or self._place_country(words.text)
        if obj.pos_ != "PROPN" or not all(self._place_word(t) for t in words):
            return None
        iso = self._role_place(words.text, True)
        if iso:
            self.place_country[(words[0].idx, obj.idx + len(obj))] = iso
        return iso

    def _represented(self, heads, te: int) -> list:
        """The place a relative clause says the person represents ("X, who represents Ruriton in the Senate,", "…
        who represents Ruriton's 5th district"): its object, or the object's possessor, named as a place."""
        out = []
        for rel in (r for h in heads for r in h.children):
            if rel.dep_ in ("relcl", "acl") and rel.i >= te and rel.lemma_.lower() in self.w.representing_verbs:
                for obj in (ch for ch in rel.children if ch.dep_ == "dobj"):
                    poss = next((ch for ch in obj.children if ch.dep_ == "poss"), None)
                    out += [t for t in (obj, poss) if t is not None and t.ent_type_ == "GPE"]
        return out

    def _migration(self, c: Cand, root) -> None:
        """The country a subject left: "X fled Ruritania", "X came to Lyon from Ruritania in 2011" (a country
        named as such; "came from Lyon" says where a trip began, not where X is from)."""
        verb = root.head
        if root.dep_ != "nsubj" or verb.lemma_.lower() not in self.w.migration_verbs:
            return
        objs = [ch for ch in verb.children if ch.dep_ == "dobj" and verb.lemma_.lower() in ("flee", "escape")]
        objs += [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "from" for o in p.children
                 if o.dep_ == "pobj"]
        for obj in objs:
            iso = self.reg.country(self.doc[obj.left_edge.i:obj.i + 1].text) if obj.ent_type_ == "GPE" else None
            if iso:
                c.country, c.csource = iso, "place"
                return
