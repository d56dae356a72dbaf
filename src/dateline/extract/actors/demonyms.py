"""Demonyms among the named entities: the state they stand for ("the Israelis said", "Ruritanian strikes"), a
registry group, a named group of people ("Muslims", "Republicans") — or no actor ("Israeli officials" is the role
phrase's; "he is American" names a nationality, not the state acting). A demonym on a thing ("Mexican goods", "a
Peruvian plane") stays the state's: the events stage reads it as the state's property (tariffs on, shooting down).
"""
from __future__ import annotations

from ...knowledge.registry import norm
from .cands import SUBJECT_DEPS, Cand


class DemonymsMixin:
    """NORP entities (mixed into `mentions.Finder`, which holds the parse, the registry and the word classes)."""

    def _classify_norp(self, span, r, iso) -> Cand | None:
        """A NORP entity: a demonym standing for its state ("the Israelis said"), a registry group, or a
        named group; not a modifier of a role noun or a name ("Israeli officials", "Saudi Press Agency")."""
        doc, reg = self.doc, self.reg
        ts, te, text, root = span.start, span.end, span.text, span.root
        k = norm(text)
        iso = reg.demonyms.get(k) or iso
        if iso:
            head = root.head
            if root.dep_ in ("amod", "compound", "nmod") and head.pos_ in ("NOUN", "PROPN") and head.i >= te:
                if self._is_role_noun(head):
                    return None  # "Israeli officials": the nominal finder takes the whole phrase
                if head.ent_type_ and head.ent_type_ in ("ORG", "PERSON"):
                    return None  # part of a name ("Saudi Press Agency")
            if root.dep_ == "acomp" or root.dep_ == "attr" and not root.tag_.endswith("S"):
                return None  # "he is American", "being an American": a nationality, not the state
            if self._people_of(span):
                return self.cand(ts, te, "name", "group", name=text, country=iso, sector="CVL", csource="demonym")
            return self.cand(ts, te, "demonym", "state", name=reg.countries[iso].name, country=iso, sector="GOV")
        if r is not None:
            return self.registry_cand(ts, te, r)
        if root.dep_ in ("amod", "compound", "nmod") or text[:1].islower():
            return None  # "African economies", "pan-African": an adjective, not an actor
        if not root.tag_.endswith("S"):
            # one member, not the group: "X, a Republican,", "he is a Catholic", "a Democrat in the senate" (a
            # person's description; the plural names the group). Session 15 measured the reading that made
            # such words groups (labels_s12 non-actors 6 -> 7, labels_s13 country 0.816 -> 0.812)
            return self._party_description(span)
        # a party's members ("Republicans", "the Tories") are the party's side (OPP); a faith's ("Catholics") a
        # religious group (REL); any other people named by who they are ("Mississippians", "Kurds") civilians (CVL)
        low = root.lower_
        member = next((w for w in (root.lemma_.lower(), low[:-3] + "y" if low.endswith("ies") else low[:-1])
                       if w in self.w.party_members), None)
        if member is None:
            return self.cand(ts, te, "name", "group", name=text, sector=self._faith_sector(root) or "CVL")
        us = self.w.party_members[member] == "USA" and self._us_context()  # as for "a Republican, X"
        return self.cand(ts, te, "name", "group", name=text, sector="OPP", country="USA" if us else None,
                         **({"csource": "party"} if us else {}))

    def _faith_sector(self, root) -> str | None:
        """REL for a group named by its faith ("Catholics marched", "many Protestants"): the agents dictionary's reading
        of the faiths it lists ("muslims", "hindus"), and WordNet's religious persons for the others (words
        `faith_members`); a population of civilians otherwise (None)."""
        low, lemma = root.lower_, root.lemma_.lower()
        if self.reg.agent_sector(low)[1] == "REL" or lemma in self.w.faith_members \
                or low.endswith("s") and low[:-1] in self.w.faith_members:
            return "REL"
        return None

    def _people_of(self, span) -> bool:
        """A plural demonym without an article is the people, not the state ("Ruritanians voted", "many
        Ruritanians fear …": civilians of that country); "the Ruritanians said" stands for the state."""
        root = self.doc[span.end - 1]
        return root.tag_ in ("NNPS", "NNS") and root.lower_.endswith("s") and span.start > 0 \
            and self.doc[span.start - 1].lower_ != "the" or span.start == 0 and root.tag_ in ("NNPS", "NNS")

    def _party_description(self, span) -> Cand | None:
        """ "the Ruriton Republican", "the Democrat": a definite party member, the person named before (AP style:
        "Sen. X said … The Ruriton Republican added …"); resolved as a description (`keys._add_description`).
        An indefinite one who acts ("a Ruriton Democrat said") is an anonymous party member (OPP)."""
        doc, root = self.doc, span.root
        low = root.lower_
        if root.dep_ in ("amod", "compound", "nmod", "attr", "appos") or low not in self.w.party_members:
            return None
        s = span.start
        while s > 0 and doc[s - 1].ent_type_ == "GPE" and doc[s - 1].dep_ in ("compound", "nmod", "amod"):
            s -= 1  # "the Kentucky Republican"
        us = self.w.party_members[low] == "USA" and self._us_context()
        if s > 0 and doc[s - 1].lower_ in ("a", "an") and root.dep_ in SUBJECT_DEPS:  # "a Nevada Democrat said"
            c = self.cand(s - 1, span.end, "description", "anonymous", head=low, sector="OPP",
                          country="USA" if us else None, **({"csource": "party"} if us else {}))
            c.country_weak, c.party_member = True, True
            return c
        if s == 0 or doc[s - 1].lower_ != "the":
            return None
        c = self.cand(s - 1, span.end, "description", "person", head=low, definite=True,
                      country="USA" if us else None, **({"csource": "party"} if us else {}))
        c.country_weak, c.needs_antecedent, c.party_member = True, True, True
        return c

