"""From an argument token in the parse to actor ids, through `ctx.actor_for`.

The actors extractor owns who == who (coreference, descriptions, anonymous
sources); this module only decides which tokens of an argument phrase name
its actors: the head itself, then compounds and adjectives ("senior Front
officials", "Freedonian officials"), "of"-phrases ("representatives of Westmark"),
appositions and possessors. Compound actors ("Westmark and Ostland") are listed.
"""
from __future__ import annotations

from bisect import bisect_left

from spacy.attrs import IDX

from ...record import Actor
from .antecedents import Antecedents, own_subject
from .clauses import predicate_subject
from .participants import Participants
from .sents import sentence_of

QUANTITY_HEADS = frozenset("thousand thousands hundred hundreds dozen dozens number numbers group groups "
                           "some many most all several one two three four five six seven eight nine ten "
                           "million millions crowd crowds".split())
RELATIVE = frozenset({"which", "who", "whom", "that", "whose"})
NOBODY = frozenset({"none", "neither", "nobody", "nothing"})
# Modifiers of an argument head that may name the actor behind it, in the order we trust them.
MODIFIER_DEPS = ("compound", "amod", "nmod", "appos")
OF_PREPS = frozenset({"of", "from"})
RELATIONAL_NOUNS = frozenset("critic opponent supporter victim enemy rival foe detractor admirer target "
                             "survivor ally predecessor successor".split())
UNDERGOING_NOUNS = frozenset({"victim", "target", "survivor"})  # relational nouns whose modifier is their own side
FORCE_SECTORS = frozenset({"MIL", "POL"})  # forces a state sends somewhere


def _partitive(t) -> bool:
    """A pronoun or determiner heading a part of a group: "both of the senators", "each of them"."""
    return t.pos_ in ("PRON", "DET", "NUM") and t.lower_ not in NOBODY and t.lower_ not in RELATIVE and any(
        c.dep_ == "prep" and c.lower_ == "of" and any(o.dep_ == "pobj" for o in c.children) for c in t.children)


# participles that give a described person's name: "a lawyer named Osei", "a man identified as Osei"
NAMING_VERBS = frozenset({"name", "call", "identify"})


class ActorFinder(Participants):
    """Per-article helper: token → actor ids, with a small pronoun fallback (generic participants: `Participants`)."""

    def __init__(self, doc, ctx, lex):
        self.doc, self.ctx, self.lex = doc, ctx, lex
        self.text = ctx.article.text  # == doc.text, without rebuilding it
        kinds = {a.id: a.kind for a in ctx.actors}
        # person mentions in text order, for "he"/"she" when the actors extractor has no coreference yet
        self._persons = sorted((s, aid) for (s, e), aid in ctx.mention_index.items() if kinds.get(aid) == "person")
        self._person_starts = [s for s, _ in self._persons]
        self._kinds = kinds
        self._actor = {a.id: a for a in ctx.actors}
        self._token_starts = doc.to_array(IDX).tolist() if len(doc) else []  # each word's offset, no Token per word
        self._ents = None  # token index -> its entity span, built on first use (`doc.ents` rebuilds every span)
        # a name the NER missed this time ("apologized to Lindqvist"): its word, when it names one actor only
        by_word: dict[str, set[str]] = {}
        for a in ctx.actors:
            for m in a.mentions:
                words = m.text.split()
                if words and words[-1][:1].isupper():
                    by_word.setdefault(words[-1].lower(), set()).add(a.id)
        self._by_word = {w: next(iter(ids)) for w, ids in by_word.items() if len(ids) == 1}
        # a place inside a country stands for that country's state actor ("moving into northern Freedonia")
        states: dict[str, set[str]] = {}
        for a in ctx.actors:
            if a.kind == "state" and a.country:
                states.setdefault(a.country, set()).add(a.id)
        self._state_of = {c: next(iter(ids)) for c, ids in states.items() if len(ids) == 1}
        self._places = [(p.start, p.end, p.country) for p in ctx.places if p.country]
        # countries (and capitals standing for them) named as places: a state no actor stands for yet
        self._state_places = [(p.start, p.end, p.stands_for or p.country, p.name if p.kind == "country" else None)
                              for p in ctx.places if p.stands_for or (p.kind == "country" and p.country)]
        self._quotes = [(q.start, q.end, q.speaker, q.kind) for q in ctx.quotes if q.speaker]
        self._cues = {(q.start, q.end): (q.cue or "").lower() for q in ctx.quotes if q.speaker}
        self.used_fallback = False
        # a social-media platform is where something was said, never a party to it ("on Twitter")
        platforms = lex.platforms
        self._platform_ids = {a.id for a in ctx.actors if a.name.lower() in platforms}
        if self._platform_ids:
            self._persons = [(s, aid) for s, aid in self._persons if aid not in self._platform_ids]
            self._person_starts = [s for s, _ in self._persons]
            self._by_word = {w: aid for w, aid in self._by_word.items() if aid not in self._platform_ids}
        # generic participants ("two suspects", "the attacker", "the state of Montana") become actors
        # only as arguments of an event the extractor keeps: created here as pending, committed by `commit`
        self.generic_ok = False
        self.pending: dict[str, Actor] = {}
        self._generic_span: dict[tuple[int, int], str] = {}
        self._generic_head: dict[str, str] = {}
        nums = [int(a.id[1:]) for a in ctx.actors if a.id[:1] == "a" and a.id[1:].isdigit()]
        self._next = max(nums, default=0) + 1
        self._all_places = [(p.start, p.end, p.country) for p in ctx.places]
        self._towns = [(p.start, p.end) for p in ctx.places if p.kind in ("city", "region")]
        self._antecedents: Antecedents | None = None  # built on the first unresolved pronoun
        self._named_memo: dict[tuple[int, bool], list[str]] = {}
        self._commanded: dict[int, set[str]] = {}  # pronoun index -> `commanded_names`

    # ------------------------------------------------------------------ public
    def actors_of(self, tok, depth: int = 0) -> list[str]:
        """Actor ids named by the phrase headed by `tok`, its conjuncts included."""
        out: list[str] = []
        for t in (tok, *tok.conjuncts):
            for aid in self._one(t, depth) or (self._generic(t) if depth == 0 else []):
                if aid not in out:
                    out.append(aid)
        return out

    def commanding_states(self, ids: list[str]) -> list[str]:
        """The state actors of the armed forces among these actors ('US troops' → the United States)."""
        out = []
        for aid in ids:
            a = self._actor.get(aid)
            if a is not None and a.sector == "MIL" and a.kind != "state" and a.country in self._state_of:
                state = self._state_of[a.country]
                if state not in ids and state not in out:
                    out.append(state)
        return out

    def own_government(self, aid: str, sources: list[str]) -> bool:
        """Is `aid` the state a government official among `sources` serves ("the interior minister warned that
        the government would …")?"""
        state = self.actor(aid)
        if state is None or state.kind != "state" or not state.country:
            return False
        return any((s := self.actor(src)) is not None and s.sector == "GOV" and s.country == state.country
                   for src in sources)

    def actor(self, aid: str):
        """The Actor record of an id, pending generic participants included (None if unknown)."""
        return self._actor.get(aid) or self.pending.get(aid)

    def recipient_of_forces(self, verb, target: list[str], source: list[str]) -> list[str]:
        """'Ostland sent 3,000 troops to Westmark': forces sent are what is sent, not the recipient; the
        to-phrase names who receives them. The target unchanged otherwise."""
        forces = [self.actor(t) for t in target]
        if not forces or not all(a is not None and a.kind == "group" and a.sector in FORCE_SECTORS for a in forces):
            return target
        to = [i for p in verb.children if p.dep_ == "prep" and p.lower_ in ("to", "into")
              for o in p.children if o.dep_ == "pobj" for i in self.actors_of(o) if i not in source]
        return list(dict.fromkeys(to)) or target

    def subnational(self, aid: str) -> bool:
        """Is this a place inside a country ('Ohio', 'the state of Montana'), not a country?"""
        return any(k.startswith("gpe:") and v == aid for k, v in self._generic_head.items())

    def kind_of(self, aid: str) -> str | None:
        a = self._actor.get(aid) or self.pending.get(aid)
        return a.kind if a is not None else None

    def sector(self, aid: str) -> str | None:
        """The sector of an actor of the article (None when unknown)."""
        a = self._actor.get(aid) or self.pending.get(aid)
        return a.sector if a is not None else None

    def state_of(self, country: str) -> str | None:
        """The article's one state actor of this country, if it has exactly one."""
        return self._state_of.get(country)

    def state_at(self, place) -> str | None:
        """The state a place stands for: the article's state actor of its country, else, for a country named
        as a place ("a depot in Ostland"), a pending state actor of that name."""
        if not place.country:
            return None
        return self.state_of(place.country) or (
            self._pending_state(place.start, place.end, place.country, place.name) if place.kind == "country" else None)

    def named_by(self, tok) -> list[str]:
        """The actors the token itself names (its mention, a surname, a place standing for its state, a
        resolved pronoun); [] when it names nobody. Remembered per token: the role filler asks it for every
        word of a sentence, once per candidate there."""
        key = (tok.i, self.generic_ok)
        if key not in self._named_memo:
            self._named_memo[key] = self._named_directly(tok) or []
        return self._named_memo[key]

    def actors_of_head(self, tok) -> list[str]:
        """Actor ids named by the phrase headed by `tok`, without its conjuncts."""
        return list(dict.fromkeys(self._one(tok, 0) or self._generic(tok)))

    def _entity_at(self, tok):
        """The named-entity span holding this token, or None."""
        if self._ents is None:
            self._ents = {i: e for e in self.doc.ents for i in range(e.start, e.end)}
        return self._ents.get(tok.i)

    def span_actor(self, tok) -> str | None:
        """The actor whose mention covers this token (its entity when it is part of one)."""
        if tok.ent_type_:
            ent = self._entity_at(tok)
            if ent is not None:
                aid = self.ctx.actor_for(ent.start_char, ent.end_char)
                if aid:
                    return None if aid in self._platform_ids else aid
        aid = self.ctx.actor_for(tok.idx, tok.idx + len(tok.text))
        return None if aid in self._platform_ids else aid

    def participants_of(self, tok, head_only: bool = False) -> list[str]:
        """Actor ids of the phrase, generic participants included, outside the reading of a candidate."""
        was, self.generic_ok = self.generic_ok, True
        try:
            return self.actors_of_head(tok) if head_only else self.actors_of(tok)
        finally:
            self.generic_ok = was

    def commit(self, used: set[str]) -> None:
        """Add the pending actors that events kept to the article's actors."""
        for aid, actor in self.pending.items():
            if aid in used:
                actor.mentions.sort(key=lambda m: (m.start, m.end))
                self.ctx.actors.append(actor)
                for m in actor.mentions:
                    self.ctx.mention_index.setdefault((m.start, m.end), aid)

    # ------------------------------------------------------------------ internals
    def _one(self, t, depth: int) -> list[str]:
        """Actor ids of the phrase headed by `t` without its conjuncts: the token's own mention, name or
        pronoun first, then the words inside the phrase that name its actor."""
        if t.lower_ in RELATIVE:
            clause = t.head  # "the senator whom Kell refused to endorse": the relative clause's verb may govern
            while clause.dep_ in ("xcomp", "conj") and clause.head != clause:  # the infinitive whose object it is,
                clause = clause.head  # the first of two relative clauses ("which Kell proposed and which Osei opposed")
            if t.lower_ == "whose" and clause.dep_ != "relcl" and clause.head.dep_ == "relcl":
                clause = clause.head  # "Osei, whose criticism of Kell has sharpened": the noun it owns is in the clause
            if clause.dep_ == "relcl":
                t = predicate_subject(clause.head)
        if t.tag_ == "NNS" and t.is_lower and self.kind_of(self.span_actor(t) or "") == "person":
            return []  # "the former envoys" is no one person, whoever the actors extractor took them for
        named = self._appositive_person(t) if t.pos_ == "NOUN" and depth < 3 else []
        if named:
            return named
        direct = self._named_directly(t)
        if direct is not None:
            return direct
        if depth >= 3:
            return []
        return self._named_inside(t, depth)

    def _named_directly(self, t) -> list[str] | None:
        """The actor the token itself names: its mention ("Ostland"), a surname the NER missed, a place
        standing for its state, a pronoun; None when the token itself names nobody."""
        if self._where_of_act(t):
            return []
        aid = self.span_actor(t)
        if aid and t.lemma_.lower() in RELATIONAL_NOUNS and any(
                self.span_actor(o) == aid for c in t.children if c.dep_ == "prep" and c.lower_ in OF_PREPS
                for o in c.children if c.dep_ == "prep" and o.dep_ == "pobj"):
            aid = None  # "supporters of Osei" are not Osei, even where a mention spans both
        if aid and t.pos_ == "PRON" and aid in self.commanded_names(t):
            aid = None  # the actors stage's antecedent is named in the pronoun's own clause: read it again
        if aid and self.kind_of(aid) in ("anonymous", "group"):
            named = self._represented(t)
            if named:  # "the finance ministers of Ostland and Freedonia met": each stands for its state
                return named
        if aid:
            return [aid]
        low = t.lower_
        if t.pos_ == "PROPN" and low in self._by_word:
            return [self._by_word[low]]
        if t.pos_ == "PROPN":
            for ps, pe, country in self._places:
                if ps <= t.idx < pe and country in self._state_of:
                    return [self._state_of[country]]
            if self.generic_ok and t.dep_ != "compound":
                for ps, pe, country, name in self._state_places:
                    if ps <= t.idx < pe:  # "Ostland imposed sanctions …" where the NER saw no entity
                        return [self._pending_state(ps, pe, country, name)]
        if t.pos_ == "PRON" and not _partitive(t):
            return self._pronoun(t)
        return None

    def _appositive_person(self, t) -> list[str]:
        """The person a description names beside it: in apposition ("a minister of the Velna Church, Tom Osei, was
        detained"), also where the parser hung the name on the body the description serves ("a spokesman for the
        Velna Church, Tom Osei, said": a body is no person) or made it a second subject of the verb ("a pastor of
        the Velna Church, Osei was detained"), or gave it in a naming participle ("a lawyer named Tom Osei", "a man
        identified as Osei"). Only a role or person noun; [] otherwise."""
        lemma = t.lemma_.lower()
        if lemma not in self.lex.role_nouns and lemma not in self.lex.person_nouns:
            return []
        bodies = [o for c in t.children if c.dep_ == "prep" and c.lower_ in ("of", "for", "at")
                  for o in c.children if o.dep_ == "pobj" and o.pos_ == "PROPN"
                  and self.kind_of(self.span_actor(o) or "") in ("organization", "state")]
        names = [c for h in (t, *bodies) for c in h.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
        names += [n for c in t.children if c.dep_ == "acl" and c.lemma_.lower() in NAMING_VERBS  # "a lawyer named Osei"
                  for n in (*c.children, *(o for p in c.children if p.lower_ == "as" for o in p.children))
                  if n.dep_ in ("oprd", "pobj") and n.pos_ == "PROPN"]  # "a man identified as Osei"
        if t.dep_ in ("nsubj", "nsubjpass"):
            names += [c for c in t.head.children if c.dep_ == t.dep_ and c.pos_ == "PROPN" and c.i > t.i
                      and t.doc[c.left_edge.i - 1].text == ","]  # "A minister of the Church, Osei was detained"
        for c in names:
            ids = [i for i in self._one(c, 3) if self.kind_of(i) == "person"]
            if ids:
                return ids
        return []

    def relational(self, t) -> bool:
        """Does this noun name someone other than its possessor or of-phrase ('critics of Osei', 'her predecessors'):
        a person noun (WordNet) that is no role acting for them ('officials of Ostland', 'Osei's aides')?"""
        lemma = t.lemma_.lower()
        return lemma in RELATIONAL_NOUNS or (lemma in self.lex.person_nouns and lemma not in self.lex.role_nouns
                                             and t.lower_ not in self.lex.role_nouns)

    def _represented(self, t) -> list[str]:
        """The states and organisations a role noun's of-phrase names ("ministers of Ostland and Freedonia",
        "leaders of the Union"): the people in the role act for them. Empty for relational nouns ("critics of")."""
        low = t.lemma_.lower()
        if low in RELATIONAL_NOUNS or (low not in self.lex.role_nouns and t.lower_ not in self.lex.role_nouns):
            return []
        ids = [i for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for i in self._pobj_actors(c, 1)]
        return [i for i in dict.fromkeys(ids) if self.kind_of(i) in ("state", "organization")]

    def _pronoun(self, t) -> list[str]:
        """A pronoun the actors extractor left unresolved: "we" in a quote is its speaker; "he" in a
        reported clause its reporter ("Osei said he would sue"); outside quotations the antecedent
        `Antecedents` finds ("Ostland … It also called on …", "Varga praised them"); else a person
        earlier in the sentence."""
        low = t.lower_
        if low in self.lex.first_person:
            spk = self._quote_speaker(t.idx)
            return [spk] if spk else []
        # in the speaker's own words "she" and "him" are someone the speaker talks about, never the speaker
        # ('"I support her," Kell said'; reported speech is no such evidence: "Kell said she would sue")
        direct = None if self._object_of_cue(t) else self._quote_speaker(t.idx, direct=True)
        # an object or owner in the speaker's own words skips the speaker for the next antecedent ('"I support her,"
        # Dolan said': another woman); a subject there is left unread (measured held out: the next one was rarely right)
        speaker = direct is not None and t.dep_ not in ("nsubj", "nsubjpass")
        barred = self.commanded_names(t) | ({direct} if speaker else set())
        if direct is not None:
            prev = None
        elif low in self.lex.pronoun_person:
            prev = self._reporter(t, ("person", "organization", "anonymous"))
            if prev is not None and (prev == self._own_subject_actor(t) or prev in barred):
                prev = None  # "Kell said she had met Osei and thanked her": "her" is not Kell
        else:  # "the Union said it was concerned": an organisation or a state reporting about itself
            prev = self._reporter(t, ("organization", "state")) if low in ("it", "its") else None
            prev = None if prev in barred else prev
        if prev is None:
            if self._antecedents is None:
                self._antecedents = Antecedents(self.doc, self.ctx, self._platform_ids)
            prev = self._antecedents.of(t, exclude=barred)
            if direct is not None and prev == direct:
                prev = None
        if prev is None and low in self.lex.pronoun_person:
            prev = self._previous_person(t.idx)
            if prev is not None and (prev == self._own_subject_actor(t) or prev in barred
                                     or not self._antecedents.agrees(prev, t)):
                prev = None  # "his criticism of her": not him
        if prev:
            self.used_fallback = True
            return [prev]
        return []

    def _named_inside(self, t, depth: int) -> list[str]:
        """Actors named by words inside the phrase: "one of these groups, the SDF", "senior Front
        officials", "his critics, which include Acme", "representatives of Westmark", "Osei's aides"."""
        if t.lower_ in NOBODY:
            return []  # "none of the unions condemned it": nobody did
        if t.lemma_.lower() in QUANTITY_HEADS or t.pos_ == "NUM" or _partitive(t):
            # a part of a group stands for the group: "both of the senators", "each of the parties"
            for c in t.children:  # "one of these groups, the SDF,"
                if c.dep_ == "appos":
                    got = self.actors_of(c, depth + 1)
                    if got:
                        return got
            for c in t.children:
                if c.dep_ == "prep" and c.lower_ == "of":
                    return self._pobj_actors(c, depth + 1)
        found: list[str] = []
        # "Kell backers", "Velland critics": a relational noun's modifier names whom they back or criticise, not them
        # (not for those an act befalls: "Front targets" and "Velland victims" are the Front's and Velland's own)
        related = MODIFIER_DEPS[:3] if self.relational(t) and t.lemma_.lower() not in UNDERGOING_NOUNS else ()
        for c in t.children:
            if c.dep_ in MODIFIER_DEPS and c.dep_ not in related and (c.pos_ in ("PROPN", "ADJ", "NOUN") or c.ent_type_):
                # an apposition may be coordinated: "mediators Westmark and Ostland"
                found += self.actors_of(c, depth + 1) if c.dep_ == "appos" else self._one(c, depth + 1)
        if found:
            return found
        for c in t.children:  # "his critics, which include … an environmental group"
            if c.dep_ == "relcl" and c.lemma_.lower() in ("include", "comprise"):
                obj = next((o for o in c.children if o.dep_ in ("dobj", "attr")), None)
                if obj is not None:
                    found += self.actors_of(obj, depth + 1)
        if found:
            return found
        # "critics of the government" are not the government, nor is "the wife of Senator Kell" the senator: a
        # person noun (WordNet) names someone else unless it is a role acting for its of-phrase ("officials of X")
        relational = self.relational(t)
        for c in t.children:
            if c.dep_ == "prep" and c.lower_ in OF_PREPS and not relational:
                found += self._pobj_actors(c, depth + 1)
        if found:
            return found
        if t.lemma_.lower() in self.lex.role_nouns or t.lower_ in self.lex.role_nouns:
            for c in t.children:  # "Osei's aides"; "officials in Ostland", "troops in the capital"
                if c.dep_ == "poss":
                    found += self._one(c, depth + 1)
                elif c.dep_ == "prep" and c.lower_ == "in" and not found:
                    found += self._pobj_actors(c, depth + 1)
        if not found and t.dep_ == "appos" and t.pos_ == "NOUN":
            # "Acme, a union that endorsed Varga": a description in apposition stands for its head's actor
            found = self._one(t.head, depth + 1)
        return found

    def _pobj_actors(self, prep, depth: int) -> list[str]:
        out: list[str] = []
        for c in prep.children:
            if c.dep_ == "pobj":
                out += self.actors_of(c, depth)
        return out

    def _token_at(self, char: int):
        """The token that starts at or covers this character offset."""
        i = bisect_left(self._token_starts, char + 1) - 1
        return self.doc[i] if 0 <= i < len(self.doc) else None

    def _own_subject_actor(self, pron) -> str | None:
        """The actor of the subject of an object pronoun's own clause (`antecedents.own_subject`): a pronoun never
        names it. None for subject and possessive pronouns."""
        subj = own_subject(pron)
        if subj is None:
            return None
        return self.span_actor(subj) or next(iter(self.named_by(subj) if subj.pos_ == "PRON" else ()), None)

    def commanded_names(self, pron) -> set[str]:
        """Actors named by a name after a subject or possessive pronoun inside the phrase it is the subject or owner
        of: none of them is what the pronoun refers to ("they could bomb Ostland" is not Ostland, "he said Kell would
        win" not Kell, "their refusal to brief Ostland" not Ostland). A copula's predicate ("she is Ana Kell") and an
        apposition say who it is: not counted; nor a description ("they invite candidates to address the group" may
        be the group)."""
        if pron.dep_ not in ("nsubj", "nsubjpass", "poss") or pron.lower_ in self.lex.first_person:
            return set()
        if pron.i in self._commanded:
            return self._commanded[pron.i]
        out: set[str] = self._commanded.setdefault(pron.i, set())
        for c in pron.head.children:
            if c.i <= pron.i or c.dep_ in ("attr", "oprd", "appos", "acomp"):
                continue
            for tok in c.subtree:
                if tok.pos_ == "PROPN" and tok.i > pron.i:
                    aid = self.span_actor(tok)
                    if aid:
                        out.add(aid)
        return out

    def _reporter(self, pron, kinds: tuple) -> str | None:
        """'Osei added that he intends …': a pronoun in a reported clause is its reporter (an actor of one of
        these kinds)."""
        cur, crossed = pron.head, False
        for _ in range(5):
            if cur.dep_ == "ccomp":
                crossed = True
            if cur.head == cur:
                break
            cur = cur.head
            if crossed and cur.pos_ in ("VERB", "AUX"):
                subj = next((c for c in cur.children if c.dep_ == "nsubj"), None)
                if subj is not None and subj.pos_ != "PRON":
                    aid = self.span_actor(subj)
                    if aid and self._kinds.get(aid) in kinds:
                        return aid
                    return None
        return None

    def _previous_person(self, char: int) -> str | None:
        """The last person named before this point in the same paragraph."""
        i = bisect_left(self._person_starts, char)
        if i == 0:
            return None
        start, aid = self._persons[i - 1]
        tok = self._token_at(char)
        sent = sentence_of(tok) if tok is not None else None
        if sent is None or start < sent.start_char or "\n" in self.text[start:char]:
            return None  # only within the sentence: further back, leave pronouns to the actors extractor
        return aid

    def _object_of_cue(self, t) -> bool:
        """Is the pronoun the object of its quotation's own cue verb ("Osei criticized her for …": the
        quotes stage may take "her for …" as reported content)? Then it is no word of the quotation."""
        if t.dep_ not in ("dobj", "dative"):
            return False
        cue = next((c for (s, e), c in self._cues.items() if s <= t.idx < e), "")
        return bool(cue) and t.head.lower_ in cue.split()

    def _quote_speaker(self, char: int, direct: bool = False) -> str | None:
        """The speaker of the quotation (with `direct`: of the words in quotation marks) holding `char`."""
        for s, e, spk, kind in self._quotes:
            if s <= char < e and (kind == "direct" or not direct):
                return spk
        return None
