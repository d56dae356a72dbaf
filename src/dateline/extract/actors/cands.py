"""Mention candidates and the cheap token tests the finders share.

A `Cand` is a span plus what its own words say about who it is (kind,
country and where that came from, sector, office, registry entry);
`resolve.py` groups candidates into actors.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ...knowledge.actor_words import ActorWords
from ...knowledge.registry import Registry, RegistryActor, fold

SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj", "agent"}


def is_subject(root) -> bool:
    """Is the token a subject, or a name in apposition to one ("His cousin Jim York, 40, cited …": York is who
    acts, the sentence's subject for what a later "he" points back to)?"""
    while root.dep_ == "appos" and root.head.i != root.i:
        root = root.head
    return root.dep_ in SUBJECT_DEPS


# dependencies that open a clause under another: a subject below one is less prominent than the main clause's
CLAUSE_DEPS = {"ccomp", "xcomp", "advcl", "relcl", "acl", "csubj", "pcomp"}


def clause_depth(root) -> int:
    """How far down a mention sits: clauses between its word and the sentence's root, plus one for a possessor
    ("When a reporter asked Kell …, Kell deflected": the main clause's Kell is 0, the reporter 1; "His aide, Lee,
    said": "His" 1, Lee 0)."""
    depth = 1 if root.dep_ == "poss" else 0
    tok = root
    while tok.head.i != tok.i:
        if tok.dep_ in CLAUSE_DEPS:
            depth += 1
        tok = tok.head
    return depth
# a US party tag's inside: "D-Ore.", "R - Texas", "I-VT", "R"
_PARTY_TAG = re.compile(r"\s*([RDI])\s*(?:[-\u2013,]\s*([A-Z][A-Za-z. ]{0,16}))?\s*")

NAME_LABELS = {"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"}


def word_ids(words: frozenset) -> frozenset:
    """spaCy's (deterministic) string hashes of a word set, to test tokens without building them."""
    return _word_ids(words)


@lru_cache(maxsize=64)
def _word_ids(words: frozenset) -> frozenset:
    """The string hashes of a word set (cached: the sets are few and fixed per process)."""
    from spacy.strings import get_string_id
    return frozenset(get_string_id(w) for w in words)


def noun_ids(reg: Registry, aw: ActorWords) -> frozenset:
    """Hashes of every word that can head a role noun phrase (registry agents, titles, body nouns)."""
    key = (id(reg), id(aw))
    ids = _NOUN_IDS.get(key)
    if ids is None:  # precompiled once per registry and word set (a process holds one or two)
        words = {w for w in reg.agents if " " not in w} | aw.person_titles | aw.org_nouns | aw.stands_for \
            | aw.source_nouns | set(aw.entourage) | set(aw.staff_roles) | aw.candidate_titles
        ids = _NOUN_IDS[key] = word_ids(frozenset(words))
    return ids


_NOUN_IDS: dict[tuple[int, int], frozenset] = {}


def role_sector(reg: Registry, aw: ActorWords, tok, low: str, lemma: str, candidate: str) -> tuple[bool, str | None]:
    """Is the noun (`low`, `lemma`: its words) a role word, and its sector: the registry's agents by form, else by
    lemma; a candidacy word no agent lists ("the challenger", "the hopeful") only definite and singular, with the
    candidate's sector (it then names the candidate named before; "a challenger" or "challengers" are no actor)."""
    known, sec = reg.agent_sector(low)
    if not known:
        known, sec = reg.agent_sector(lemma)
    if not known and lemma in aw.candidate_titles:
        return tok.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ in aw.determiners for c in tok.lefts), candidate
    return known, sec


class _PosIds(dict):
    def __missing__(self, name):
        """spaCy's symbol id of a part-of-speech name ("NOUN"), looked up once."""
        from spacy.symbols import IDS
        self[name] = IDS[name]
        return self[name]


_POS_IDS = _PosIds()


@dataclass
class Cand:
    """One mention candidate and what its own text says about the actor."""
    ts: int                       # token span
    te: int
    start: int                    # char span
    end: int
    text: str
    mkind: str                    # name | description | pronoun | nominal | demonym | metonym
    akind: str                    # person | organization | state | group | anonymous
    name: str = ""
    country: str | None = None
    sector: str | None = None
    reg: RegistryActor | None = None
    office: str | None = None
    titles: set = field(default_factory=set)
    head: str = ""                # head noun (descriptions, nominals)
    sent: int = 0
    subject: bool = False
    depth: int = 0                # clause_depth of its word: the main clause's subject is the most prominent
    definite: bool = False
    plural: bool = False
    needs_antecedent: bool = False
    affiliation: "Cand | None" = None
    key: str | None = None
    country_weak: bool = False    # country only guessed (e.g. from a name-internal word)
    csource: str | None = None    # where `country` came from (Actor.country_source)
    extra: list = field(default_factory=list)   # apposition descriptions of this name
    name_ts: int | None = None    # first token of the name proper (after its title)
    poss_pron: str | None = None  # "his" in "his critics"
    owner_cand: "Cand | None" = None  # the person owning an entourage group
    owner: "Cand | None" = None
    stands_for: bool = False      # "Israeli officials" stands for Israel
    state_of_person: "Cand | None" = None
    no_fallback: bool = False     # never the article's main country ("world leaders", "sources")
    own_sector: bool = False      # no sector from the affiliation: a role noun of none ("club striker X")
    role_sector: str | None = None  # a role word's learned sector, used only when nothing else gives one
    neuter: bool = False          # "it"
    from_ent: bool = False
    campaign: bool = False        # the text names this person's campaign ("the Kell campaign manager")
    party_member: bool = False    # "the Ruriton Republican": a definite party member, resolved as a description
    own_words: str = ""           # a quantified group's words without the quantifier ("experts" in "some experts")


def hyphen_word(tok) -> str | None:
    """The whole hyphenated word a token is part of, lower-cased ("front-runner" for "front", "-" or
    "runner"), or None for a token with a space on both sides."""
    doc, i = tok.doc, tok.i
    if tok.whitespace_ and (i == 0 or doc[i - 1].whitespace_):
        return None
    s = e = i
    while s > 0 and not doc[s - 1].whitespace_ and (doc[s].text == "-" or doc[s - 1].text == "-"):
        s -= 1
    while e < len(doc) - 1 and not doc[e].whitespace_ and (doc[e].text == "-" or doc[e + 1].text == "-"):
        e += 1
    return doc[s:e + 1].text.lower() if e > s else None


# words a title-case headline leaves in lower case ("Stars Back Kell on the Budget")
_HEADLINE_SMALL = frozenset("a an the and or but for nor of on in to at by up as is vs via from with into over off out "
                            "per".split())


def headline_end(text: str) -> int:
    """End of the article's opening headline, 0 when it opens with prose. A headline is a first line of at
    most 25 words in title case: every word of five letters or more capitalised, at least three of them
    ("Senator Vows To Block New Dam Plan"; not "Chancellor Olaf Brandt met the unions on Tuesday."); a short one
    ("Hawks Split", "Stars Back Kell") when a blank line follows it and every word but the small ones is
    capitalised."""
    end = text.find("\n")
    first = text[:end] if end > 0 else ""
    words = [w for w in first.split() if w[:1].isalpha()]
    long = [w for w in words if len(w.strip(".,:;!?'\"")) >= 5]
    if 2 <= len(words) <= 25 and len(long) < 3 and text[end + 1:end + 4].lstrip(" \t\r").startswith("\n"):
        big = [w for w in words if w.lower() not in _HEADLINE_SMALL]
        return end if big and all(w[0].isupper() for w in big) else 0
    if not 2 <= len(words) <= 25 or len(long) < 3:
        return 0
    return end if all(w[0].isupper() for w in long) else 0


@lru_cache(maxsize=1 << 14)
def _tokens(name: str) -> tuple[str, ...]:
    """A name's folded words ("Al-Madhoun's" -> ("al", "madhoun")). Memoised (a pure function of the string):
    `Resolver.key_name` asks it for every earlier person at each person mention."""
    return tuple(fold(name).replace("-", " ").replace(".", " ").replace("'s", " ").split())


def registry_entry(cs: list) -> RegistryActor | None:
    """The registry entry of an actor's mentions — but not one only a bare surname found when the article's
    full name has another given name ("Ray Johnson" … "Johnson" is not the registry's "Boris Johnson"; a
    spelling variant "Bashir Assad" still is "Bashar al-Assad")."""
    reg = next((c.reg for c in cs if c.reg is not None), None)
    if reg is None or any(c.reg is reg and len(_tokens(c.name)) > 1 for c in cs):
        return reg
    given = {t[0][:3] for t in map(_tokens, (reg.name, *reg.aliases)) if len(t) > 1}
    full = [_tokens(c.name) for c in cs if c.mkind == "name" and c.akind == "person" and len(_tokens(c.name)) > 1]
    return None if full and not any(t[0][:3] in given for t in full) else reg


def role_comma(doc, te: int) -> int | None:
    """The comma that ends a role phrase at token te, past a short lowercase complement ("head of policy,")."""
    j = te
    while j < len(doc) and j - te <= 4 and doc[j].is_lower and doc[j].pos_ in ("ADP", "DET", "ADJ", "NOUN"):
        j += 1
    return j if j < len(doc) and doc[j].text == "," else None


def introduced_name(doc, c: Cand, persons: list) -> bool:
    """Does the role phrase `c` introduce the name after its comma ("Brisk's head of policy, Ann Kell,"; not a
    list "The president, Ann Kell and Bo Marsh")? Then it is that person's mention (c.key set)."""
    comma = role_comma(doc, c.te)
    nxt = next((p for p in persons if p.mkind == "name" and p.ts == comma + 1), None) if comma else None
    if nxt is None or c.plural or not nxt.key or role_comma(doc, nxt.te) != nxt.te \
            or doc[min(nxt.te + 1, len(doc) - 1)].lower_ in ("and", "or"):
        return False
    c.key = nxt.key
    return True


# entity types whose tokens are no bare surname the NER missed (a DATE may be one: "Ana Day … Day said")
_NAMED_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW"})


def missed_surnames(doc, people: list, taken, tokens=None) -> list[int]:
    """Tokens the NER left out that repeat the surname of a person named in full before them, as a clause's subject
    or a possessor ("Ana Fields said … Fields added", "Fields's lawyer"): the person again."""
    first: dict[str, int] = {}
    for c in people:
        words = c.name.split()
        if c.akind == "person" and c.mkind == "name" and len(words) > 1 and words[-1][:1].isupper():
            first.setdefault(words[-1].lower(), c.te)
    out = []
    for t in tokens if tokens is not None else doc:
        if first.get(t.lower_, len(doc)) <= t.i and t.i not in taken and t.is_title and t.is_alpha \
                and t.ent_type_ not in _NAMED_TYPES and t.dep_ in ("nsubj", "nsubjpass", "poss"):
            out.append(t.i)
    return out


def missed_full_names(doc, taken, given_names, tokens=None) -> list[tuple[int, int]]:
    """Names the NER left out as a clause's subject: a run of two or three title-case proper nouns outside any
    name entity whose first word is a known given name ("Ana Ruiz wrote in the Courier that …"; "Brisk's Ana Ruiz
    said", the whole typed WORK_OF_ART): a person."""
    out = []
    for t in tokens if tokens is not None else doc:
        if t.dep_ not in ("nsubj", "nsubjpass") or t.pos_ != "PROPN" or not t.is_title or t.ent_type_ in NAME_LABELS \
                or t.i in taken:
            continue
        s = t.i
        while s > 0 and t.i - s < 2 and doc[s - 1].pos_ == "PROPN" and doc[s - 1].is_title and doc[s - 1].dep_ == "compound" \
                and doc[s - 1].ent_type_ not in NAME_LABELS and s - 1 not in taken:
            s -= 1
        if s < t.i and doc[s].lower_ in given_names:
            out.append((s, t.i + 1))
    return out


def relative_predicates(verb) -> list:
    """The nouns a relative clause says its antecedent is: "X, who was an envoy" (the attribute) and "X, who served
    as ambassador to Y" (the object of "as" after a verb of holding a post)."""
    if verb.lemma_ == "be":
        return [a for a in verb.children if a.dep_ == "attr"]
    return [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "as" for o in p.children
            if o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN")]
