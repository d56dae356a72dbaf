"""States that no dictionary knows, recognised from the article's own evidence.

A story may name a state that neither the registry nor the gazetteer holds (a new or a small state, a
territory spelled unusually, an invented state in a test): "Ostrania expelled the Kelvarian ambassador". The
NER types such a name GPE, PERSON or ORG, or not at all, and the actor rules that need a known country dropped
it or made it an organisation. A name (one or two capitalised words that no dictionary knows) is a state when
the article gives evidence of it:

- the NER types it GPE (a place or a state) wherever it is named, neither dictionary knows the place, and it
  acts or is acted on as a party: a subject, a possessor, a verb's object, the object of "to", "with", "by",
  "against" or "between" ("Ostrania recalled its envoy", "talks with Ostrania");
- it owns something only a state has, or is that thing's "of" object ("Ostrania's parliament", "the army of
  Ostrania"; words.json `state_signs`);
- the article also uses its demonym ("Ostrania" … "the Ostranian army"; words.json `demonym_suffixes`).

Such a state is an actor of kind "state", sector GOV, with no country code (there is none to give) and never
the article's main country; its key is "u:<name>". Named as a place ("in Ostrania") it is no actor, as a known
state is not. A role phrase whose modifier is its demonym stands for it as "Israeli officials" stand for Israel.
"""
from __future__ import annotations

from numpy import flatnonzero
from spacy.attrs import ORTH
from spacy.symbols import PROPN

from ...knowledge.registry import norm
from .cands import SUBJECT_DEPS, Cand

_VOWELS = frozenset("aeiouy")
_NAME_LABELS = ("GPE", "PERSON", "ORG")
_PARTY_PREPOSITIONS = ("to", "with", "by", "against", "between")


class UnknownStatesMixin:
    """Unknown states (mixed into `mentions.Finder`, which holds the parse, the registry and the word classes)."""

    def unknown_states(self) -> dict[str, str]:
        """norm(name) -> the name as written, for every state the article names that no dictionary knows
        (computed once per article)."""
        found = getattr(self, "_unknown_states", None)
        if found is not None:
            return found
        found = {}
        title_words = {self.tokens[i].text for i in self._title_positions() if self.tokens[i].is_alpha}
        for span, label in self._state_like_spans():
            k = norm(span.text)
            if k in found or not self._unknown_name(span):
                continue
            if self._owns_state_sign(span) or self._demonyms_of(span.text) & title_words or \
                    label == "GPE" and self._gpe_party(span):
                found[k] = span.text
        self._unknown_states = found
        return found

    def unknown_state(self, span) -> Cand | None:
        """A candidate for the unknown state `span` names, or None."""
        name = self.unknown_states().get(norm(span.text))
        if name is None:
            return None
        return self._unknown_cand(span.start, span.end, "name", name)

    def unknown_demonym_state(self, ts: int, te: int) -> Cand | None:
        """The unknown state whose demonym modifies a role phrase in [ts, te) ("the Ostranian army"), or None."""
        names = self.unknown_states()
        if not names:
            return None
        for i in range(ts, te):
            word = self.doc[i].text
            if not (self.doc[i].is_title and self.doc[i].is_alpha):
                continue
            for name in names.values():
                if " " not in name and word in self._demonyms_of(name):
                    return self._unknown_cand(i, i + 1, "demonym", name)
        return None

    def _unknown_cand(self, ts: int, te: int, mkind: str, name: str) -> Cand:
        c = self.cand(ts, te, mkind, "state", name=name, sector="GOV", no_fallback=True)
        c.key = "u:" + name
        return c

    def _state_like_spans(self):
        """(span, NER label or "") of every entity of one or two capitalised words, and of every capitalised
        proper noun outside an entity."""
        doc = self.doc
        for ent in self.ents:
            span = ent[1:] if len(ent) > 1 and ent[0].lower_ == "the" else ent
            if ent.label_ in _NAME_LABELS and 1 <= len(span) <= 2 and all(t.is_alpha and t.is_title for t in span):
                yield span, ent.label_
        pos, first = self.pos_ids, self.sent_first
        for i in self._title_positions():  # (the title-case and POS arrays first: a Token per word costs more)
            if pos[i] == PROPN and i > first[i] and not self.tokens[i].ent_type_ and self.tokens[i].is_alpha:
                yield doc[i:i + 1], ""

    def _title_positions(self) -> list[int]:
        """Positions of the title-case words (once per article)."""
        found = getattr(self, "_titled", None)
        if found is None:
            found = self._titled = [i for i, title in enumerate(self.title_flags) if title]
        return found

    def _unknown_name(self, span) -> bool:
        """Does no dictionary know the name (no registry actor, country, demonym, capital or metonym, no place
        of the gazetteer, no given name), and does the article not use it as a person's surname?"""
        text, reg = span.text, self.reg
        k = norm(text)
        if len(text) < 4 or reg.country(text) or reg.demonym(text) or reg.actor(text, self.date) is not None \
                or k in reg.capitals or k in reg.metonyms or self._place_country(text):
            return False
        if self.place_country.get((span.start_char, span.end_char)):
            return False
        words = [t.lower_ for t in span]
        if words[0] in self.w.given_gender or any(w in self.w.person_titles or w in self.w.org_name_sector
                                                  or w in self.w.org_final_words for w in words):
            return False
        if k in self.w.non_actor_names:
            return False  # a religion or a law ("Islam" … "Islamic")
        # "Ana Kell … Kell": a surname
        return not any(i != span.end - 1 for i in self._after_proper_names().get(span[-1].text, ()))

    def _after_proper_names(self) -> dict[str, list[int]]:
        """Word -> the positions where it follows a capitalised proper noun inside a sentence (once per article)."""
        found = getattr(self, "_after_proper", None)
        if found is None:
            pos, first, found = self.pos_ids, self.sent_first, {}
            for k in self._title_positions():  # word k + 1 follows the title-case word k
                i = k + 1
                if i < len(first) and i > first[i] and pos[k] == PROPN:
                    found.setdefault(self.tokens[i].text, []).append(i)
            self._after_proper = found
        return found

    def _gpe_party(self, span) -> bool:
        """Is every entity of these words typed GPE, and is one of them named as a party (not as a place)?"""
        same = [e for e in self.ents if e.text == span.text or e.text == "the " + span.text]
        if any(e.label_ != "GPE" or self._media_cue(e.root) for e in same):
            return False  # "Zorbo" an ORG or a PERSON elsewhere, "Zorbo's shareholders", "told Zorbo"
        for e in same:
            root = e.root
            if root.dep_ in SUBJECT_DEPS or root.dep_ in ("poss", "dobj") or root.dep_ == "pobj" and \
                    root.head.lower_ in _PARTY_PREPOSITIONS:
                return True
        return False

    def _owns_state_sign(self, span) -> bool:
        """Does the article make the name the owner or the "of" object of something only a state has ("Ostrania's
        parliament", "the foreign minister of Ostrania")? Any mention of the same words counts."""
        doc = self.doc
        orth = getattr(self, "_orth", None)
        if orth is None:  # once per article: each word's spelling as an id (a Token's text per word costs more)
            orth = self._orth = doc.to_array(ORTH)
        words = [t.orth for t in span]
        n = len(words)
        for i in flatnonzero(orth == words[0]).tolist():
            if i > len(doc) - n or orth[i:i + n].tolist() != words:
                continue
            root = doc[i + n - 1]
            if root.dep_ == "poss":
                heads = [root.head]
            elif root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.pos_ in ("NOUN", "PROPN"):
                heads = [root.head.head]
            elif root.dep_ == "nsubj":  # "Ostrania recalled its ambassador": the subject's own
                heads = [t.head for t in root.head.subtree if t.lower_ == "its" and t.dep_ == "poss"
                         and root.head in (t.head.head, t.head.head.head)]
            else:
                continue
            if any(self._is_state_sign(h) for h in heads):
                return True
        return False

    def _is_state_sign(self, head) -> bool:
        """Is the noun (with its modifiers) something only a state has ("parliament", "foreign ministry")?"""
        signs = self.w.state_signs
        phrase = " ".join([t.lower_ for t in head.lefts if t.dep_ in ("amod", "compound")] + [head.lower_])
        return head.lower_ in signs or any(phrase.endswith(s) for s in signs if " " in s)

    def _demonyms_of(self, name: str) -> set[str]:
        """The demonyms a state's name may take ("Ostrania" -> "Ostranian", "Ostraniaic", …; "Qadra" -> "Qadri")."""
        if " " in name or len(name) < 4:
            return set()
        bases = [name] + ([name[:-1]] if name[-1].lower() in _VOWELS else [])
        return {b + s for b in bases for s in self.w.demonym_suffixes if len(b) >= 4 and b + s != name}
