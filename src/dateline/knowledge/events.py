"""The event trigger lexicon (`knowledge/data/plover_triggers.json`)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

LEXICON_FILE = "plover_triggers.json"
DICTIONARY_FILE = "events/dictionary.json"
MODEL_FILE = "events/model.json"
SPEECH_MODEL_FILE = "events/speech_model.json"
SPEECH_ENCODED_FILE = "events/speech_model_encoded.json"
ROLE_MODEL_FILE = "events/role_model.json"
DATE_MODEL_FILE = "events/date_model.json"
CALIBRATION_FILE = "events/calibration.json"
WORDNET_NOUNS_FILE = "events/wordnet_nouns.json"
WORDNET_VERBS_FILE = "events/wordnet_verbs.json"  # verbs of judging people (scripts/build_wordnet_verbs.py)
VALENCE_FILE = "events/valence.json"  # VADER word ratings (scripts/build_valence.py)


def _senses(entry: Any) -> tuple[dict, ...]:
    """A lexicon entry is one sense (a dict) or several (a list of dicts, tried in order)."""
    return tuple(entry) if isinstance(entry, list) else (entry,)


@dataclass(frozen=True)
class Lexicon:
    """Verb and noun lemmas that report PLOVER events, with the cue lists the rules read."""
    verbs: dict[str, tuple[dict, ...]]
    nouns: dict[str, tuple[dict, ...]]
    light_verbs: frozenset[str]
    happen_verbs: frozenset[str]
    agent_nouns: dict[str, str]
    agent_noun_verbs: frozenset[str]
    modality: dict[str, frozenset[str]]
    embedding_verbs: frozenset[str]
    nonpolitical_objects: frozenset[str]
    nonpolitical_complements: frozenset[str]
    role_nouns: frozenset[str]
    pronoun_person: frozenset[str]
    first_person: frozenset[str]
    evaluative_verbs: frozenset[str] = frozenset()
    evaluation_words: dict[str, frozenset[str]] | None = None
    # generic participants ("two suspects", "the attacker", "police") that may stand as event actors,
    # with the sector their noun gives (None when the noun says nothing about it)
    argument_nouns: dict[str, str | None] | None = None
    assailant_nouns: frozenset[str] = frozenset()
    arrest_modes: frozenset[str] = frozenset()
    subnational_heads: frozenset[str] = frozenset()
    platforms: frozenset[str] = frozenset()
    claim_verbs: frozenset[str] = frozenset()
    policy_nouns: frozenset[str] = frozenset()
    epistemic_nouns: frozenset[str] = frozenset()
    violation_verbs: frozenset[str] = frozenset()
    violation_objects: frozenset[str] = frozenset()
    request_nouns: frozenset[str] = frozenset()
    # "the allegations are false": a claim noun judged false is a rejection of whoever made the claim
    claim_nouns: frozenset[str] = frozenset()
    falsity_words: frozenset[str] = frozenset()
    falsity_negated: frozenset[str] = frozenset()  # "not true": judged false when negated
    # common nouns that name a person, a group of people, and an act or a communication (the first WordNet
    # sense: noun.person; noun.group below social group or people; noun.act or noun.communication;
    # scripts/build_wordnet_nouns.py)
    person_nouns: frozenset[str] = frozenset()
    group_nouns: frozenset[str] = frozenset()
    act_nouns: frozenset[str] = frozenset()
    # adjectives of an attitude to someone: "X has been critical of Y" (ACCUSE), "supportive of Y" (events/rated.py)
    attitude_adjectives: dict[str, str] | None = None
    # nouns of something said ("remark", "tirade"): a hostile modifier makes them an accusation (events/rated.py)
    speech_nouns: frozenset[str] = frozenset()
    version: str = ""
    # the field's verb dictionaries compiled by scripts/build_event_lexicon.py, and the learned
    # candidate classifier trained by scripts/train_events.py (None: rules only)
    dictionary: "EventDictionary | None" = None
    model: dict | None = None
    # the evaluative-speech pair model trained by scripts/train_events.py (None: no speech judgements)
    speech_model: dict | None = None
    # the same pairs read with the sentence encoder's vector of the quoted clause too (extract/events/speech.py
    # `judge_all`; only with --speech-encoder and the encoder's weights installed; None: the word model alone)
    speech_encoded: dict | None = None
    role_model: dict | None = None  # extract/events/role_model.py: fills roles the rules leave empty
    date_model: dict | None = None  # extract/events/date_model.py: chooses among the dates the context offers
    # extract/events/calibration.py: the chance that a finished event is right (None: raw confidences stand)
    calibration: dict | None = None
    # lemma -> PLOVER types its trigger senses, evaluation words and bare dictionary patterns give (`word_types`)
    word_types: dict[str, frozenset[str]] | None = None
    # word -> VADER's mean human valence rating (-4 .. +4): strongly rated judgements (triggers._rated_judgement)
    valence: dict[str, float] | None = None
    # events below this confidence are dropped (None: the model's measured default, `event_min_confidence`)
    min_confidence: float | None = None


# American spellings the lexicons are written in -> the British ones news also uses ("mobilisation", "defence")
SPELLINGS = (("ization", "isation"), ("ize", "ise"), ("izing", "ising"), ("yze", "yse"), ("ense", "ence"), ("or", "our"))


def with_spellings(table: dict) -> dict:
    """A lemma table with each entry also under its British spelling, where that is not an entry of its own."""
    out = dict(table)
    for lemma, entry in table.items():
        for us, uk in SPELLINGS:
            if len(lemma) > len(us) + 2 and lemma.endswith(us):
                out.setdefault(lemma[:-len(us)] + uk, entry)
    return out


class EventDictionary:
    """The compiled dictionary (`knowledge/data/events/dictionary.json`)."""

    def __init__(self, data: dict):
        self.cameo = {k: tuple(v) for k, v in data.get("cameo", {}).items()}
        self.synsets = {k: frozenset(v) for k, v in data.get("synsets", {}).items()}
        self.verbs = with_spellings(data.get("verbs", {}))
        self.nouns = with_spellings(data.get("nouns", {}))
        self.compiled: dict = {}  # verb lemma -> its patterns compiled for matching (extract/events/dictionary.py)
        # verbs with at least one reading that PLOVER types (others, e.g. 'say', are never candidates)
        self.typed = frozenset(v for v, rows in self.verbs.items() if any(self.plover(r[0])[0] for r in rows))

    def plover(self, code: str) -> tuple[str | None, str | None]:
        """PLOVER (type, mode) of a CAMEO code, trying its parents ('0231' -> '023' -> '02')."""
        c = code
        while c and c != "---":
            if c in self.cameo:
                return self.cameo[c]
            c = c[:-1]
        return None, None

    def default(self, lemma: str, particles: frozenset = frozenset()) -> tuple[str, str] | None:
        """(code, origin) of the verb's first default entry with these particles."""
        for code, prts, subj, obj, preps, origin in self.verbs.get(lemma, ()):
            if not (subj or obj or preps) and set(prts) == set(particles):
                return code, origin
        return None


def build_lexicon(data: dict) -> Lexicon:
    """A Lexicon from the JSON structure (also used by tests with small hand-made lexicons)."""
    return Lexicon(
        verbs=with_spellings({k: _senses(v) for k, v in data.get("verbs", {}).items()}),
        nouns=with_spellings({k: _senses(v) for k, v in data.get("nouns", {}).items()}),
        light_verbs=frozenset(data.get("light_verbs", ())),
        happen_verbs=frozenset(data.get("happen_verbs", ())),
        agent_nouns=dict(data.get("agent_nouns", {})),
        agent_noun_verbs=frozenset(data.get("agent_noun_verbs", ())),
        modality={k: frozenset(v) for k, v in data.get("modality", {}).items()},
        embedding_verbs=frozenset(data.get("embedding_verbs", ())),
        nonpolitical_objects=frozenset(data.get("nonpolitical_objects", ())),
        nonpolitical_complements=frozenset(data.get("nonpolitical_complements", ())),
        role_nouns=frozenset(data.get("role_nouns", ())),
        pronoun_person=frozenset(data.get("pronoun_person", ())),
        first_person=frozenset(data.get("first_person", ())),
        evaluative_verbs=frozenset(data.get("evaluative_verbs", ())),
        evaluation_words={k: frozenset(v) for k, v in data.get("evaluation_words", {}).items()},
        argument_nouns=dict(data.get("argument_nouns", {})),
        assailant_nouns=frozenset(data.get("assailant_nouns", ())),
        arrest_modes=frozenset(data.get("arrest_modes", ())),
        subnational_heads=frozenset(data.get("subnational_heads", ())),
        platforms=frozenset(data.get("platforms", ())),
        claim_verbs=frozenset(data.get("claim_verbs", ())),
        policy_nouns=frozenset(data.get("policy_nouns", ())),
        epistemic_nouns=frozenset(data.get("epistemic_nouns", ())),
        violation_verbs=frozenset(data.get("violation_verbs", ())),
        violation_objects=frozenset(data.get("violation_objects", ())),
        request_nouns=frozenset(data.get("request_nouns", ())),
        claim_nouns=frozenset(data.get("claim_nouns", ())),
        falsity_words=frozenset(data.get("falsity_words", ())),
        falsity_negated=frozenset(data.get("falsity_negated", ())),
        attitude_adjectives=dict(data.get("attitude_adjectives", {})),
        version=data.get("version", ""),
    )


def _optional_json(source, name: str):
    try:
        return source.read_json(name)
    except FileNotFoundError:
        return None


def load(source=None) -> Lexicon:
    """The trigger lexicon from a DataSource (default: the packaged files, no user overrides), with
    the compiled verb dictionary and the learned classifier when they are packaged."""
    from dataclasses import replace

    from . import PACKAGED
    source = source or PACKAGED
    lex = build_lexicon(source.read_json(LEXICON_FILE))
    dic = _optional_json(source, DICTIONARY_FILE)
    wn = _optional_json(source, WORDNET_NOUNS_FILE) or {}
    lex = replace(lex, dictionary=EventDictionary(dic) if dic else None, model=_optional_json(source, MODEL_FILE),
                  speech_model=_optional_json(source, SPEECH_MODEL_FILE),
                  speech_encoded=_optional_json(source, SPEECH_ENCODED_FILE), role_model=_optional_json(source, ROLE_MODEL_FILE),
                  date_model=_optional_json(source, DATE_MODEL_FILE),
                  calibration=_optional_json(source, CALIBRATION_FILE),
                  valence=(_optional_json(source, VALENCE_FILE) or {}).get("words"),
                  person_nouns=frozenset(wn.get("person", ())), group_nouns=frozenset(wn.get("group", ())),
                  act_nouns=frozenset(wn.get("act", ())), speech_nouns=frozenset(wn.get("speech", ())))
    lex = replace(lex, verbs=_with_judging_verbs(lex, _optional_json(source, WORDNET_VERBS_FILE) or {}))
    return replace(lex, word_types=word_types(lex))


def _with_judging_verbs(lex: Lexicon, derived: dict) -> dict:
    """The hand verbs plus WordNet's verbs of judging people that neither they nor the compiled dictionaries
    know ("excoriated the senator", "taunted the mayor"): read as their type when the object is an actor."""
    known = set(lex.verbs) | (set(lex.dictionary.verbs) if lex.dictionary is not None else set())
    verbs = dict(lex.verbs)
    for etype, lemmas in derived.items():
        if etype == "about":
            continue
        for lemma in lemmas:
            if lemma not in known:
                verbs[lemma] = ({"type": etype, "objects_any_actor": True, "origin": "wordnet"},)
    return verbs


def word_types(lex: Lexicon) -> dict[str, frozenset[str]]:
    """Lemma -> the PLOVER types the trigger lexicon, its evaluation words and the compiled CAMEO verb dictionary
    (bare patterns only) give it. The speech model reads these types, so a judgement word it never saw in training
    still counts when the field's dictionaries know it."""
    out: dict[str, set[str]] = {}
    for table in (lex.verbs, lex.nouns):
        for lemma, senses in table.items():
            # (an idiom's reading — "took a swipe at", "tore into" — says nothing of the bare word)
            out.setdefault(lemma, set()).update(s["type"] for s in senses if s.get("type") and not s.get("idiom"))
    for etype, words in (lex.evaluation_words or {}).items():
        for w in words:
            out.setdefault(w, set()).add(etype)
    dic = lex.dictionary
    if dic is not None:
        for lemma, patterns in dic.verbs.items():
            for code, *rest in patterns:
                if not any(rest[:4]) and code in dic.cameo and dic.cameo[code][0]:
                    out.setdefault(lemma, set()).add(dic.cameo[code][0])
    return {w: frozenset(t) for w, t in out.items()}
