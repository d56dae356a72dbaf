"""Names that are no actors: a law, treaty, event, work or building by its head word, a venue, a meeting of no
body, a platform something is posted on, a headline's fragment the body never names (mixed into `names.NamesMixin`,
whose `classify_name` asks `_no_actor` first).
"""
from __future__ import annotations

import re

from ...knowledge.registry import norm
from .. import doc_text
from . import article_names, nonactors
from .cands import SUBJECT_DEPS


class NameFiltersMixin:
    """Names that are no actors (a base of `names.NamesMixin`; `mentions.Finder` holds the parse and the registry)."""

    def _no_actor(self, span, label: str) -> bool:
        """`_not_an_actor`, and then its words are no role noun phrase either ("the Oval Office")."""
        if self._not_an_actor(span, label):
            self.consumed.update(range(span.start, span.end))
            return True
        return False

    def _not_an_actor(self, span, label: str) -> bool:
        """Names that are no actors: a law, treaty, event, work or building by its head word ("the Clean
        Water Act", "the Democratic National Convention", "Hale Tower"); a platform something is posted on
        ("wrote on Twitter"); a headline's fragment the body never names ("Mayor Slams Rival Over Budget")."""
        low_words = [t.lower_ for t in span if t.is_alpha]
        k = norm(span.text)
        if nonactors.thing_head(low_words, self.w) in self.w.non_actor_heads and label in ("ORG", "FAC", "PERSON", "NORP") \
                and self.reg.actor(span.text, self.date) is None and not self._igo_body(span.start, span.end):
            return True  # "the Kell Plan"; not "the UN Development Programme", an intergovernmental body
        root = span.root
        if root.dep_ in ("compound", "amod", "nmod") and root.head.i >= span.end \
                and root.head.lower_ in self.w.thing_name_heads \
                and not any(w in self.w.org_name_sector or w in self.w.org_final_words for w in low_words) \
                and self.reg.actor(span.text, self.date) is None:
            return True  # "its Countering Harm program", "the Brisk Relief fund": the name of a thing
        if (k in self.w.non_actor_names or label in ("ORG", "PERSON") and k in self._law_names()
                and k not in self._person_words() and (label == "ORG" or root.dep_ not in SUBJECT_DEPS)) \
                and self.reg.actor(span.text, self.date) is None:
            return True  # "TTIP"; "the Brisk-Hale Act" … "Brisk-Hale"
        if (k in self._venue_names() or nonactors.initials_known(span, self.w.non_actor_names)
                or self._meeting_of_no_body(span, low_words)) and self.reg.actor(span.text, self.date) is None:
            return True  # "in the Oval Office"; "the Transatlantic Brisk Partnership (TBP)"; "the Brisk Summit"
        if label == "PERSON" and any(article_names.is_code(t.text) for t in span) or nonactors.names_a_storm(span, (
                self.w.weather_event_words)) or self._names_a_malady(span, label) or self._names_a_thing(span, label):
            return True  # "COVID-19", "H1N1": a code names no person; "Hurricane Ana", no one; "Aspirin", "BSE"
        if nonactors.posted_on_platform(span, self.w.platforms) or nonactors.in_author_bio(span, self.w):
            return True  # "wrote on Twitter", "took to Twitter"; "Ana Kell, a fellow at …, is the author of …"
        if nonactors.is_platform_medium(span, self.w.platforms) or nonactors.is_product(span, label) \
                or nonactors.in_reporting_credit(span, self.w) \
                or (label != "PERSON" and nonactors.is_place_of(span, self.w.place_nouns)) \
                or nonactors.in_credit_line(span, label) or nonactors.in_wire_tag(span) or nonactors.is_markup(span) \
                or label == "ORG" and nonactors.names_an_idea(span, self.w.noun_classes) and self.reg.actor(span.text, self.date) is None:
            return True
        if self._rank_before_a_name(span):
            return True  # "Army Pvt" of "Army Pvt. Ana Kell": the service and the rank, no body or person
        if span.end_char <= self.headline_end and self.reg.actor(span.text, self.date) is None:
            return not self._named_in_body(span, label)
        return False

    def _rank_before_a_name(self, span) -> bool:
        """Does the name end in an abbreviated title ("Pvt", "Cpl", "Sen") with a proper name right after its
        period? The NER then took the title, and the service before it, for a name of its own."""
        doc, last = span.doc, span[-1]
        if last.is_upper or last.lower_.rstrip(".") + "." not in self.w.title_abbreviations:
            return False
        j = span.end + (span.end < len(doc) and doc[span.end].text == "." and not last.text.endswith("."))
        return j < len(doc) and doc[j].pos_ == "PROPN" and doc[j].is_title

    def _named_in_body(self, span, label: str) -> bool:
        """Does the body name what a headline names: its words, or — for a person's given name and surname
        ("Ann Coulter" in the headline, "Coulter" in the body) — the surname? Not a headline's phrase that only
        ends in a surname ("Garner Blasts Clinton"). A headline's speaker label counts as named."""
        body = doc_text(self.doc)[self.headline_end:]
        words = span.text.split()
        if span.text in body or (span.end < len(self.doc) and self.doc[span.end].text == ":"
                                 and not any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", body) for w in words)):
            return True  # "Kell: Budget talks will fail" names its speaker, whom the body may never name
        return label == "PERSON" and len(words) == 2 and self.w.name_gender(span.text) is not None \
            and re.search(rf"(?<!\w){re.escape(words[-1])}(?!\w)", body) is not None

    def _venue_names(self) -> frozenset:
        """Names the article uses only as places (computed once per article)."""
        if not hasattr(self, "_venues"):
            self._venues = nonactors.venue_names(self.ents, self.w.venue_heads, norm, self.reg.demonym,
                                                 self.w.ground_heads)
        return self._venues

    def _meeting_of_no_body(self, span, low_words) -> bool:
        """A meeting named by its topic or place, not by a body that holds it ("the Nuclear Security Summit";
        "the G20 Summit" is the body, see `classify`)."""
        if len(low_words) < 2 or low_words[-1] not in self.w.meeting_words:
            return False
        host = self.reg.actor(span.doc[span.start:span.end - 1].text, self.date)
        return host is None or host.kind == "person"

    def _law_names(self) -> frozenset:
        """Names the article gives as a law's or treaty's (computed once per article)."""
        if not hasattr(self, "_laws"):
            self._laws = nonactors.law_names(self.ents, self.w.law_heads, norm)
        return self._laws

    def _person_words(self) -> frozenset:
        """Words of the article's multi-word person names (computed once per article)."""
        if not hasattr(self, "_pwords"):
            self._pwords = nonactors.person_name_words(self.ents)
        return self._pwords
