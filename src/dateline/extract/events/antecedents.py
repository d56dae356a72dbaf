"""Third-person pronouns the actors extractor leaves unresolved, resolved for event roles by agreement with
the actors' own mentions (see `Antecedents`)."""
from __future__ import annotations

from bisect import bisect_left

from .. import doc_text
from ..quotes.turns import person_gender
from .sents import sentence_of

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
MORPH_GENDER = {"m": "Masc", "f": "Fem"}
RELATIVE_SUBJECTS = frozenset({"who", "that", "which"})


def own_subject(pron):
    """The subject of the clause an object pronoun belongs to (its coordinated verb's, or the controlling verb's for
    an infinitive, when it has none: "they prepared to charge him"); for a relative pronoun the noun it stands for
    ("Vasko, a recruiter who urged him"); None for subject and possessive pronouns."""
    if pron.dep_ in SUBJECT_DEPS or pron.dep_ == "poss" or pron.lower_.endswith(("self", "selves")):
        return None  # (a reflexive is its own subject: "Kell cast herself as a reformer")
    verb = pron.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
        verb = verb.head
    for _ in range(3):
        subj = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
        if subj is not None:
            return _antecedent(subj, verb)
        if verb.dep_ not in ("conj", "xcomp") or verb.head == verb:
            return None
        obj = next((c for c in verb.head.children if c.dep_ == "dobj"), None) if verb.dep_ == "xcomp" else None
        if obj is not None:
            return obj  # "Kell urged Osei to support him": Osei would act
        verb = verb.head
    return None


def _antecedent(subj, verb):
    """A relative pronoun subject stands for the noun its clause hangs on (the name a description in apposition
    describes); any other subject is itself."""
    if subj.lower_ not in RELATIVE_SUBJECTS or verb.dep_ != "relcl":
        return subj
    noun = verb.head
    return noun.head if noun.dep_ == "appos" else noun


class Antecedents:
    """Third-person pronouns the actors extractor leaves unresolved (objects such as "him" and "them",
    "it" and "they" it found no antecedent for) → the actor they most likely refer to, read from the
    actors' own mentions and the parse: agreement from the pronoun's morphology (number, gender,
    neuter); in its own sentence the last agreeing subject before it, else the last agreeing mention;
    in an earlier sentence (persons up to three back, groups and organisations one, never past a
    paragraph) the first agreeing subject, else the last agreeing mention; never the pronoun's own
    clause subject for an object pronoun ("Varga praised him" is not Varga praising himself), never an
    actor its own verb takes as object for a subject pronoun ("it called on Ostland" is not Ostland).
    """

    def __init__(self, doc, ctx, skip_ids: set[str]):
        self.doc = doc
        self.text = doc_text(doc, ctx)  # spaCy rebuilds Doc.text from its tokens on every access
        self.kind = {a.id: a.kind for a in ctx.actors}
        self.gender: dict[str, str] = {}
        self.subject: dict[int, bool] = {}
        rows = sorted((m.start, m.end, a.id, m.kind) for a in ctx.actors if a.id not in skip_ids for m in a.mentions)
        self.mentions = rows
        self.starts = [r[0] for r in rows]
        for s, e, aid, mkind in rows:
            span = doc.char_span(s, e, alignment_mode="expand")
            if span is None or not len(span):
                continue
            self.subject[s] = span.root.dep_ in SUBJECT_DEPS
            g = span.root.morph.get("Gender") if mkind == "pronoun" else None
            if g and g[0] in ("Masc", "Fem"):  # a person's gender from the pronouns already resolved to it
                self.gender.setdefault(aid, g[0])
        # else from a title or the given name ("Ms. Voss", "Anna Kell"), as the quotes stage reads it
        words = getattr(ctx.knowledge, "actor_words", None)
        if words is not None:
            for a in ctx.actors:
                if a.kind == "person" and a.id not in self.gender:
                    g = person_gender(a, words, self.text)
                    if g:
                        self.gender[a.id] = MORPH_GENDER[g]

    def of(self, pron, exclude=frozenset()) -> str | None:
        """The actor id `pron` refers to, or None when no actor agrees with it nearby (the actors in `exclude` are
        skipped: the speaker of the words it stands in, the names its own clause gives)."""
        morph = pron.morph
        if morph.get("Person") != ["3"]:
            return None
        gender = (morph.get("Gender") or [None])[0]
        plural = morph.get("Number") == ["Plur"]
        lo, hi = self._own_subject(pron)
        # an object pronoun never names its own clause's subject, wherever else that actor is named ("Kell said he
        # had met Osei and thanked him": not Kell)
        root = own_subject(pron)
        bound = set(exclude) | self._clause_objects(pron) | (
            {aid for s, e, aid, _ in self._between(lo, hi) if s <= root.idx < e} if root is not None else set())
        for i, sent in enumerate(self._window(pron, 1 if plural or gender == "Neut" else 3)):
            end = pron.idx if i == 0 else sent.end_char
            found = [(s, aid) for s, e, aid, _ in self._between(sent.start_char, end)
                     if not lo <= s < hi and aid not in bound and self._agrees(aid, plural, gender)]
            if found:
                if gender in ("Masc", "Fem"):  # a person known to be "she" before one whose gender is unknown
                    found = [f for f in found if self.gender.get(f[1]) == gender] or found
                subj = [f for f in found if self.subject.get(f[0])]
                if i == 0:
                    return (subj or found)[-1][1]
                return subj[0][1] if subj else found[-1][1]
        return None

    def _window(self, pron, back: int) -> list:
        """The pronoun's sentence and up to `back` sentences before it in the same paragraph (a piece the
        parser split at a wrapped line, starting in lower case, does not count as a sentence)."""
        out = [sentence_of(pron)]
        counted = 0
        while counted < back and out[-1].start > 0:
            prev = sentence_of(self.doc[out[-1].start - 1])
            if "\n\n" in self.text[prev.end_char - 1:out[-1].start_char + 1]:
                break  # a blank line ends a paragraph (single line breaks may only wrap lines)
            out.append(prev)
            if not prev.text[:1].islower():
                counted += 1
        return out

    def _clause_objects(self, pron) -> set[str]:
        """Actors named as objects of a subject pronoun's own verb ("it called on Ostland" is not Ostland)."""
        if pron.dep_ not in SUBJECT_DEPS:
            return set()
        out = set()
        for c in pron.head.children:
            if c.dep_ in ("dobj", "dative", "prep", "attr") and c.i > pron.i:
                lo, hi = c.left_edge.idx, c.right_edge.idx + len(c.right_edge.text)
                out |= {aid for _, _, aid, _ in self._between(lo, hi)}
        return out

    @staticmethod
    def _own_subject(pron) -> tuple[int, int]:
        """Character range of the subject of the clause an object pronoun belongs to ((0, 0) for subjects)."""
        if pron.dep_ == "pobj" and pron.head.head.pos_ == "NOUN":  # "his criticism of her": not his
            poss = next((c for c in pron.head.head.children if c.dep_ == "poss"), None)
            if poss is not None:
                return poss.idx, poss.idx + len(poss.text)
        subj = own_subject(pron)  # (a relative clause's noun holds the pronoun: up to the pronoun only)
        end = min(subj.right_edge.idx + len(subj.right_edge.text), pron.idx) if subj is not None else 0
        return (subj.left_edge.idx, end) if subj is not None else (0, 0)

    def _between(self, lo: int, hi: int):
        i = bisect_left(self.starts, lo)
        while i < len(self.mentions) and self.mentions[i][0] < hi:
            yield self.mentions[i]
            i += 1

    def agrees(self, aid: str, pron) -> bool:
        """Can this actor be what the pronoun refers to (number, gender, neuter)?"""
        gender = (pron.morph.get("Gender") or [None])[0]
        return self._agrees(aid, pron.morph.get("Number") == ["Plur"], gender)

    def _agrees(self, aid: str, plural: bool, gender: str | None) -> bool:
        kind = self.kind.get(aid)
        if gender == "Neut":
            return kind in ("organization", "state", "group")
        if plural:
            return kind in ("group", "state", "organization")
        if kind not in ("person", "anonymous"):
            return False
        known = self.gender.get(aid)
        return known is None or gender is None or known == gender
