"""What the sentence says a person is: an apposition ("X, a Kenyan lawyer,"), a relative or copular predicate ("X, who
was an envoy", "X is a Turkish national"), a role held "as", and "X of Nigeria" — the titles, office, sector, country
and affiliation they give (mixed into `titles.TitlesMixin`, whose `person` reads them through `_right_context`).
"""
from __future__ import annotations

from .cands import Cand, hyphen_word, relative_predicates

# how far (in tokens from its start) an apposition is read to its comma for an organisation the parser hung
# elsewhere ("X, an assistant professor in public policy at the University of Ruriton at Lake Town,")
APPOSITION_REACH = 20


class PersonPredicatesMixin:
    """What the sentence predicates of a person (a base of `titles.TitlesMixin`; `mentions.Finder` holds the parse and
    the registry)."""

    def _person_predicates(self, c: Cand, te: int) -> list:
        """(noun, is it a mention?) for what the sentence predicates of the name ending at `te`:
        an apposition ("X, a Kenyan lawyer," → lawyer, True), "X, who was an envoy" and "X is a
        Turkish national" (→ envoy / national, False). A quoted title after a dash is none."""
        doc = self.doc
        root = doc[c.ts:te].root if c.ts < te else doc[te - 1]
        if root.i < te - 1 and doc[te - 1].head.i >= te:
            root = doc[te - 1]
        preds = []
        tag_end = self._party_tag_close(te) or -1  # "X (D-Ill.)": the state is no apposition
        for tok in root.children:
            if tok.dep_ == "appos" and tok.i >= te and tok.i > tag_end and tok.pos_ in ("NOUN", "PROPN") and tok.ent_type_ != "PERSON" \
                    and not any(t.is_quote for t in doc[max(0, tok.left_edge.i - 1):tok.i]):
                preds.append((tok, True))
            elif tok.dep_ == "relcl" and (tok.lemma_ == "be" or tok.lemma_ in self.w.job_verbs):  # "who served as Y"
                preds.extend((a, False) for a in relative_predicates(tok))
        if root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_ == "be":
            preds.extend((a, False) for a in root.head.children if a.dep_ == "attr" and a.i > root.i)
        job = root.head.lemma_ in self.w.job_verbs  # "X worked as a geologist for Y"; "X spoke as the party's nominee"
        if root.dep_ == "nsubj" and (job or not any(ch.dep_ == "dobj" and ch.pos_ in ("PRON", "PROPN") for ch in root.head.children)):
            preds.extend((o, False) for p in root.head.children if p.dep_ == "prep" and p.lower_ == "as" for o in p.children
                         if o.dep_ == "pobj" and o.pos_ == "NOUN" and (job or self.is_title_word(o)))
        return preds

    def _predicate_span(self, tok, te: int, as_mention: bool) -> tuple[int, int, bool] | None:
        """Token range [s, e) of a predicate noun with a short complement ("a spokesman for the
        league", "affiliated with the party"), and whether it is a mention (an apposition of at most
        8 words); None when it is too long or starts inside the name."""
        doc = self.doc
        s, e = tok.left_edge.i, tok.i + 1
        for ch in tok.rights:
            if ch.dep_ in ("prep", "acl") and ch.right_edge.i - s < 9:
                e = max(e, ch.right_edge.i + 1)
        for ch in tok.rights:  # "the former senator and presidential candidate": one description
            if ch.dep_ == "conj" and ch.pos_ == "NOUN" and ch.right_edge.i - s < 9 and tok.i < ch.i:
                e = max(e, ch.right_edge.i + 1)
        while e > s and doc[e - 1].is_punct:
            e -= 1
        mention = as_mention and e - s <= 8  # a long apposition is read, but is no mention of its own
        if not mention:
            e = tok.i + 1
            for ch in tok.rights:
                if ch.dep_ == "prep" and ch.lower_ in ("of", "for", "with", "at") and ch.right_edge.i - s < 12:
                    e = ch.right_edge.i + 1
                    break
        if e - s > 12 or s <= te - 1:
            return None
        return s, e, mention

    def _principal_sector(self, tok) -> str | None:
        """The sector of the person a sectorless role serves, named by a role noun in its for/to-phrase ("a
        spokesperson for the provincial governor" -> GOV by the office; "an aide to the police chief" -> POL), else
        None (an organisation there is the affiliation, read elsewhere)."""
        for p in tok.children:
            if p.dep_ != "prep" or p.lower_ not in ("for", "to"):
                continue
            for obj in (ch for ch in p.children if ch.dep_ == "pobj" and ch.pos_ == "NOUN" and not ch.ent_type_):
                words = [t.lower_ for t in obj.subtree if t.i <= obj.i and t.is_alpha and t.dep_ != "det"]
                known, sec = self.agent(words)
                if sec:
                    return sec
                if self.office_in(" ".join(words)):
                    return "GOV"
        return None

    def _apply_predicate(self, c: Cand, tok, s: int, e: int, mention: bool) -> None:
        """Titles, office, sector, country and affiliation from a predicate noun phrase [s, e):
        "X, a Kenyan opposition lawyer," → KEN (apposition), the modifier's sector; the phrase is a
        description mention of X when `mention`."""
        doc = self.doc
        if mention:
            desc = self.cand(s, e, "description", "person", head=tok.lemma_.lower())
            self.consumed.update(range(s, e))
            c.extra.append(desc)
        words = self._title_words(list(range(s, tok.i + 1)))  # "front-runner" one word
        known, sec = self.agent(words)
        if not known and words and words[-1] in self.w.title_sectors:  # "X, the moderator of …": the title's sector
            known, sec = True, self.w.title_sectors[words[-1]]
        if not sec and tok.lower_ not in self.w.neutral_titles:  # "an opposition candidate": the modifier's sector
            sec = next((x for w in reversed(words[:-1]) for k, x in [self.reg.agent_sector(w)] if k and x), None)
        if not c.titles:
            c.titles = {tok.lemma_.lower(), tok.lower_} if not words or words[-1] == tok.lower_ else {words[-1]}
        if c.office is None:
            c.office = self.office_in(" ".join(words))
        if c.sector is None:
            whole = len(words) > 1 and " ".join(words[-2:]) in self.reg.agents  # "chief executive": a role of its own
            if sec and (tok.lower_ not in self.w.neutral_titles or whole):
                c.sector = sec
            elif c.office:
                c.sector = "GOV"
            else:  # "X, a spokesman for the Kell campaign,": the entourage's sector (OPP)
                c.sector = next((self.w.entourage[t.lower_] for t in doc[s:e] if self.w.entourage.get(t.lower_)), None)
            if c.sector is None:  # "X, spokesperson for the provincial governor,": the office's or role's sector
                c.sector = self._principal_sector(tok)
            if c.sector is None:  # "X, a veterinarian,": a role word the agents dictionary lacks (a last resort)
                c.role_sector = c.role_sector or self.learned_role(words)
        k = e  # the apposition runs to its comma even where the parser hung the rest elsewhere
        while k < len(doc) and k < s + APPOSITION_REACH and not (doc[k].is_punct and hyphen_word(doc[k]) is None) \
                and (doc[k].pos_ not in ("VERB", "AUX") or hyphen_word(doc[k]) is not None):  # "far-right", "Lyon-based"
            k += 1
        # not a place or body the description is about ("an expert on the war in Ruritania")
        about = self._about_start(s, e)
        if c.country is None:
            c.country = self.country_of_tokens(s, about) or self.modifier_place(s, min(tok.i, about), tok.lower_ in self.w.residence_nouns) \
                or self.office_place(tok)  # "X, the mayor of Ruritown,": the town typed as an organisation
            c.csource = "apposition" if c.country else None
        if c.country is None and c.reg is None:  # "X, the Republican nominee,": the party's country (weak)
            c.country, c.csource = self._party_country(doc[s:tok.i])
            c.country_weak = c.country is not None
        aff = self._affiliation_in(s, about) or (self._organisation_in(e, k) if k < len(doc) and doc[k].text in (",", ".")
                                             else None)  # to its comma or its sentence's end
        verb = tok.head.head if tok.dep_ == "pobj" and tok.head.head.lemma_ in self.w.job_verbs else None
        for p in (verb.children if aff is None and verb is not None else ()):  # "worked as a geologist for Y"
            if p.dep_ == "prep" and p.lower_ in ("for", "at", "with") and p.i > tok.i:
                aff = aff or self._affiliation_in(p.i + 1, p.right_edge.i + 1)
        if aff is not None and c.affiliation is None:
            c.affiliation = aff
        if c.sector is None and c.affiliation is None and tok.lemma_.lower() not in self.w.legislator_titles \
                and self._party_modifier(doc[s:tok.i]):
            c.sector = "OPP"  # "X, a Republican strategist,": a role of no sector in a party's service, no body's

    def _current_role(self, tok):
        """The role joined to a former one ("the former senator and presidential candidate" -> candidate), or
        None: a former office gives way to what the person is now."""
        if not any(ch.lower_ in ("former", "ex", "onetime", "erstwhile") for ch in tok.lefts):
            return None
        return next((ch for ch in tok.rights if ch.dep_ == "conj" and ch.pos_ == "NOUN"
                     and not any(g.lower_ in ("former", "ex") for g in ch.lefts)), None)

    def _right_context(self, c: Cand, te: int) -> None:
        """What the sentence says the person is: apposition ("X, a commentator affiliated with
        Hamas,"), relative or copular predicate ("X, who was Trump's Special Envoy", "X is a
        Turkish national") and "X of Nigeria"."""
        doc = self.doc
        for tok, as_mention in self._person_predicates(c, te)[:1]:
            if tok.pos_ not in ("NOUN", "PROPN") or (tok.ent_type_ == "PERSON" and not as_mention):
                continue
            span = self._predicate_span(tok, te, as_mention)
            now = self._current_role(tok) if span is not None else None
            if now is not None:  # "X, the former senator and presidential candidate,": what X is now decides
                self._apply_predicate(c, now, span[0], span[1], False)
            if span is not None:
                self._apply_predicate(c, tok, *span)
                c.titles.update([tok.lemma_.lower()] if tok.head.lower_ == "as" else [])  # a role held "as": a title
            if now is not None:
                c.titles.add(tok.lemma_.lower())  # the former office is still a title of theirs
        if te + 1 < len(doc) and doc[te].lower_ == "of" and (doc[te + 1].ent_type_ in ("GPE", "ORG") or doc[te + 1].is_title):
            aff = self._affiliation_in(te + 1, min(len(doc), te + 6))
            if aff is not None and c.affiliation is None:
                c.affiliation = aff
        self.where_from(c, te)
