"""Where a person is from, by what the sentence around the name says (mixed into `mentions.Finder`).

A place modifying the name's noun phrase ("Ruriton councillor X", where no title word was recognised), "X of
Ruriton", "X, originally from Ruritania,", "X, who lived in Ruriton,", a home country ("returning to his home
country of Ruritania") and a country left ("X fled Ruritania"). Each is evidence in the text, recorded with its
`country_source` ("title", "of", "place").
"""
from __future__ import annotations

from ..sentences import sentence_of
from .cands import Cand

# dependencies that join words before a name into its noun phrase ("Ruriton Alderman X": compound, compound)
_PREMODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})


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
        objs = [(prep, next((ch for ch in prep.children if ch.dep_ == "pobj" and ch.ent_type_ == "GPE"), None))
                for prep in preps] + [(None, obj) for obj in self._represented(heads, te)]
        for prep, obj in objs:
            if obj is None:
                continue
            ent = doc[obj.left_edge.i:obj.i + 1].text
            iso = self.reg.country(ent) or self._place_country(ent)
            if iso:
                c.country, c.csource = iso, "of" if prep is not None and prep.lower_ == "of" else "place"
                return
        self._migration(c, root)

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
