"""Generic participants the actors extractor does not list ("two suspects", "the attacker", "the state of Montana",
"several provinces"): pending actors of the events stage, created while an event's roles are read and committed
only for the events it keeps (`ActorFinder.commit`)."""
from __future__ import annotations

from ...record import Actor, Mention

DEFINITE = frozenset({"the", "these", "those", "this", "that"})
NO_REFERENT = frozenset({"no", "any", "every", "each", "neither", "either"})
COLLECTIVE = frozenset({"people", "police", "leadership", "troops", "gunmen", "policemen"})
SPAN_DEPS = frozenset({"det", "nummod", "amod", "compound", "quantmod", "nmod"})
ARMED_SECTORS = frozenset({"REB", "MIL", "POL"})
COUNTING = frozenset("several many some numerous multiple various".split())
NOBODY = frozenset({"none", "neither", "nobody", "nothing"})
OF_EXTENDED = frozenset("thousand thousands hundreds crowd crowds supporter opponent critic".split())


# irregular plural endings the tagger's lemmatizer leaves as they are ("schoolchildren", "businessmen")
IRREGULAR_PLURALS = (("children", "child"), ("women", "woman"), ("men", "man"))


def singular(t) -> str:
    """The token's lemma, with an irregular plural ending made singular ("schoolchildren" -> "schoolchild")."""
    lemma = t.lemma_.lower()
    if t.tag_ == "NNS" and lemma == t.lower_:
        for plural, one in IRREGULAR_PLURALS:
            if lemma.endswith(plural):
                return lemma[: -len(plural)] + one
    return lemma


def _group_of_part(t):
    """The plural noun a part is taken from ("all of the former envoys", "two of the suspects"), else None."""
    if t.pos_ not in ("PRON", "DET", "NUM") or t.lower_ in NOBODY:
        return None
    return next((o for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children
                 if o.dep_ == "pobj" and o.tag_ == "NNS"), None)


class Participants:
    """The generic-participant half of `ActorFinder` (it sets `doc`, `ctx`, `lex`, `text`, `generic_ok`,
    `pending`, `_generic_span`, `_generic_head`, `_next`, `_all_places`)."""

    def _where_of_act(self, t) -> bool:
        """A city or region named as the modifier of an event noun says where the act happened ("the Velna
        bombing", "killed in the Velna attacks"), not who did it or underwent it: no actor, not even the state a
        capital stands for elsewhere ("Velna said"). `_towns`: the (start, end) of the article's cities and regions."""
        if t.dep_ != "compound" or t.head.pos_ != "NOUN" or t.head.lemma_.lower() not in self.lex.nouns:
            return False
        return any(s <= t.idx < e for s, e in self._towns)

    def _generic(self, t) -> list[str]:
        """A pending actor for a generic participant the actors extractor does not list: a person noun
        ("two suspects", "the attacker", "several thousand people") or a sub-national government
        ("the state of Montana"). Only while reading an event's roles (`generic_ok`)."""
        if not self.generic_ok or self._where_of_act(t):
            return []
        found = self._generic_head_word(_group_of_part(t) or t)  # "all of the former envoys": the envoys
        if found is None or isinstance(found, list):
            return found or []
        t, key, sector, collective = found
        lefts = [c for c in t.lefts if c.dep_ in SPAN_DEPS]
        if any(c.dep_ == "det" and c.lower_ in NO_REFERENT for c in lefts):
            return []  # "no suspect was arrested": nobody to name
        return [self._pending_participant(t, key, sector, collective, lefts)]

    def _generic_head_word(self, t):
        """The word naming a generic participant and its sector: (token, key, sector, collective); a list
        of actor ids when it is a sub-national government ("the state of Montana", "Sixteen states
        sued …"); None when the phrase names no participant."""
        nouns = self.lex.argument_nouns or {}
        low, lemma = t.lower_, t.lemma_.lower()
        if lemma in self.lex.subnational_heads and t.pos_ == "NOUN":
            of = next((c for c in t.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            gpe = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
            if gpe is not None and gpe.ent_type_ == "GPE":
                return self._subnational(gpe)
            counted = t.tag_ == "NNS" and any(c.dep_ in ("nummod", "amod", "det") and (
                c.pos_ == "NUM" or c.lower_ in COUNTING) for c in t.children)
            if not counted or self.generic_ok == "subnational":
                return None
            nouns = {**nouns, lemma: "GOV"}  # "several provinces": a collective of governments
        if t.pos_ == "PROPN" and t.ent_type_ == "GPE":
            return self._subnational(t)
        if self.generic_ok == "subnational" and lemma not in self.lex.subnational_heads:
            return None
        key = low if low in nouns else lemma
        if t.pos_ == "NOUN" and key not in nouns:
            extra = self._role_noun(t)
            if extra is not None:
                nouns = {**nouns, key: extra or None}
        collective = False
        if t.pos_ == "NOUN" and key not in nouns:
            # "rebel positions", "militant hideouts", "police stations": a place of an armed group is that group
            mod = next((c for c in t.children if c.dep_ in ("compound", "amod") and c.i < t.i
                        and nouns.get(c.lemma_.lower()) in ARMED_SECTORS), None)
            if mod is None:
                return None
            t, key, collective = mod, mod.lemma_.lower(), True
        if t.pos_ not in ("NOUN", "ADJ") or key not in nouns:
            return None
        return t, key, nouns[key] or self._sector_of_word(t), collective

    def _sector_of_word(self, t) -> str | None:
        """A participant word's sector the lexicon leaves open: the registry's agent sector ("women" CVL), the learned one of a
        role word ("veterinarians"), else CVL for a person noun that is no title, office or source noun ("two teenagers")."""
        words, registry, lemma = getattr(self.ctx.knowledge, "actor_words", None), self.ctx.knowledge.registry, singular(t)
        for w in (t.lower_, lemma):
            if (got := registry.agent_sector(w))[0] and got[1]:
                return got[1]
        if words is None:
            return None
        if lemma not in words.neutral_titles and words.role_sectors.get(lemma):
            return words.role_sectors[lemma]
        if lemma in words.person_titles or lemma in words.offices or lemma in words.source_nouns:
            return None
        return "CVL" if lemma in self.lex.person_nouns and lemma not in self.lex.group_nouns else None

    def _role_noun(self, t):
        """A collective head with a modifier of no known sector ("farm unions", "advocacy groups"), which the
        actors extractor lists only when the modifier gives a sector: "" (a participant without a sector),
        else None. (Role nouns of the registry's agent dictionary are actors of the actors extractor.)"""
        words = getattr(self.ctx.knowledge, "actor_words", None)
        if words is not None and t.lower_ in words.collective_heads and any(
                c.dep_ in ("amod", "compound") for c in t.children):
            return ""
        lemma = singular(t)
        group = lemma in self.lex.group_nouns and lemma not in self.lex.nouns  # a meeting or a rally is an event
        # "three councillors", "all of the councillors": no one person
        counted = t.tag_ == "NNS" and (any(c.dep_ == "nummod" for c in t.children) or _group_of_part(t.head.head) == t)
        if (lemma in self.lex.person_nouns or group) and (counted or not (words is not None and (
                lemma in words.person_titles or lemma in words.offices or lemma in words.source_nouns))):
            # "the defendant", "two ranchers", "a court", "the coalition": a person or a group of people the
            # text does not name (WordNet's person and group nouns)
            return ""
        return None

    def _pending_participant(self, t, key: str, sector, collective: bool, lefts: list) -> str:
        """The pending actor of the participant phrase headed by `t` ("two suspects … the suspects" is
        one actor), with this phrase as a nominal mention."""
        low, lemma = t.lower_, t.lemma_.lower()
        start = min([c.left_edge.i for c in lefts] + [t.i])
        end = t.i + 1
        if lemma in OF_EXTENDED or low in OF_EXTENDED:  # "thousands of people", "supporters of the opposition"
            of = next((c for c in t.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            pobj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
            if pobj is not None:
                end = pobj.i + 1 + sum(1 for c in pobj.rights if c.dep_ == "compound")
        span = self.doc[start:end]
        s, e = span.start_char, span.end_char
        definite = any(c.dep_ == "det" and c.lower_ in DEFINITE for c in lefts)
        aid = self._generic_span.get((s, e))
        if aid is None and (definite or not lefts):
            aid = self._generic_head.get(lemma)
        if aid is None:
            words = [w for w in span if not (w.i == start and w.dep_ == "det")]
            name = self.text[words[0].idx:e] if words else span.text
            kind = "group" if collective or t.tag_ in ("NNS", "NNPS") or key in COLLECTIVE else "anonymous"
            aid = f"a{self._next}"
            self._next += 1
            country = self._phrase_country(t)  # "protesters in Velna": evidence, never the story's main country
            self.pending[aid] = Actor(id=aid, name=name, kind=kind, country=country, sector=sector,
                                      country_source="place" if country else None)
            self._generic_head.setdefault(lemma, aid)
        actor = self.pending.get(aid)
        if actor is not None and not any(m.start == s for m in actor.mentions):
            actor.mentions.append(Mention(s, e, self.text[s:e], kind="nominal"))
        self._generic_span[(s, e)] = aid
        return aid

    def _phrase_country(self, t) -> str | None:
        """The country of a place named inside the participant's own phrase ("farmers from Velna")."""
        lo, hi = t.left_edge.idx, t.right_edge.idx + len(t.right_edge)
        return next((c for ps, pe, c in self._all_places if lo <= ps and pe <= hi and c), None)

    def _pending_state(self, s: int, e: int, country: str, name: str | None) -> str:
        """The pending state actor of a country named at text[s:e] (its name, or the capital's text)."""
        aid = self._generic_span.get((s, e)) or self._generic_head.get("state:" + country)
        if aid is None:
            aid = f"a{self._next}"
            self._next += 1
            self.pending[aid] = Actor(id=aid, name=name or self.text[s:e], kind="state", country=country,
                                      sector="GOV", country_source="place")
            self._generic_head["state:" + country] = aid
        actor = self.pending[aid]
        if not any(m.start == s for m in actor.mentions):
            actor.mentions.append(Mention(s, e, self.text[s:e], kind="name"))
        self._generic_span[(s, e)] = aid
        return aid

    def _subnational(self, tok) -> list[str]:
        """'sued the state of Montana': a place inside a country, named as a party, is its government."""
        ent = self._entity_at(tok)
        if ent is None:
            return []
        s, e = ent.start_char, ent.end_char
        country = next((c for ps, pe, c in self._all_places if ps <= s < pe), None)
        if not country:
            return []
        aid = self._generic_span.get((s, e)) or self._generic_head.get("gpe:" + ent.text.lower())
        if aid is None:
            aid = f"a{self._next}"
            self._next += 1
            self.pending[aid] = Actor(id=aid, name=ent.text, kind="state", country=country, sector="GOV",
                                      country_source="place")
            self._generic_head["gpe:" + ent.text.lower()] = aid
        actor = self.pending[aid]
        if not any(m.start == s for m in actor.mentions):
            actor.mentions.append(Mention(s, e, self.text[s:e], kind="name"))
        self._generic_span[(s, e)] = aid
        return [aid]
