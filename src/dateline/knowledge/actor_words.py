"""The actors' closed word classes (`knowledge/data/actors/words.json`), loaded into `Knowledge.actor_words`.

Titles and their offices, organisation type words and their sectors,
collective nouns, pronouns, title abbreviations, the head words of things
that are not actors (laws, treaties, events, works, buildings) and the
platforms that are a medium when something is posted "on" them. Grammar of
naming, not knowledge of particular actors: that is the registry.

>>> w = load()
>>> w.offices["premier"], "senator" in w.person_titles, w.title_abbreviations["sen."]
('prime minister', True, 'senator')
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

NAME = "actors/words.json"
GENDER_NAME = "actors/given_name_gender.json"
HEADS_NAME = "actors/org_heads.json"
PERSON_NOUNS_NAME = "events/wordnet_nouns.json"  # scripts/build_wordnet_nouns.py (WordNet 3.0)
CLASSES_NAME = "actors/noun_classes.json"  # WordNet 3.0 first-sense classes of single-word nouns
MODEL_NAME = "actors/nonactor_model.json"  # scripts/train_nonactors.py
COUNTRY_MODEL_NAME = "actors/article_country_model.json"  # eval/actors/train_article_country.py
PERSON_COUNTRY_NAME = "actors/person_country_model.json"  # eval/actors/train_person_country.py
SECTOR_MODEL_NAME = "actors/sector_model.json"  # eval/actors/train_sector_guess.py
PEOPLE_NAME = "actors/people.json"  # scripts/build_public_actors.py (public people's roles mined from news text)
BODIES_NAME = "actors/bodies.json"  # scripts/build_public_actors.py (named bodies' sectors mined from news text)
VENUE_NAME = "actors/venue_heads.json"  # scripts/build_venue_heads.py (WordNet 3.0 structures and facilities)
MEDICAL_NAME = "actors/medical_names.json"  # eval/actors/build_medical_names.py (WordNet 3.0 drugs, diseases, microbes)
FAITH_NAME = "actors/faith_members.json"  # scripts/build_faith_members.py (WordNet 3.0 religious persons)
ROLE_SECTORS_NAME = "actors/role_sectors.json"  # eval/actors/build_role_sectors.py (WordNet 3.0 role nouns' sectors)


def _set(data: dict, key: str) -> frozenset:
    return frozenset(w.lower() if isinstance(w, str) else w for w in data.get(key, []))


def _map(data: dict, key: str) -> dict:
    return {k.lower(): v for k, v in data.get(key, {}).items()}


@dataclass(frozen=True)
class ActorWords:
    """Word classes by role in the actor rules (see the `_<name>` notes in the data file)."""
    offices: dict[str, str]
    person_titles: frozenset
    neutral_titles: frozenset
    org_nouns: frozenset
    collective_heads: frozenset
    collective_possessors: frozenset
    meeting_words: frozenset
    stands_for: frozenset
    state_nouns: frozenset
    org_name_sector: dict[str, Any]
    sing_pronouns: frozenset
    plural_pronouns: frozenset
    determiners: frozenset
    indefinite: frozenset
    generic_determiners: frozenset
    hypothetical_modifiers: frozenset
    quantifier_pronouns: frozenset
    irrealis_marks: frozenset
    title_adj: frozenset
    supranational: frozenset
    body_words: frozenset
    descriptive_name_words: frozenset
    party_members: dict[str, Any]
    legislator_titles: frozenset
    legislature_words: frozenset
    us_titles: frozenset
    skip_orgs: frozenset
    it_verbs_skip: frozenset
    corporate: frozenset
    source_nouns: frozenset
    entourage: dict[str, Any]
    place_nouns: frozenset
    connectors: frozenset
    pronoun_gender: dict[str, str]
    title_gender: dict[str, str]
    generic_org: frozenset
    sub_bodies: frozenset
    generic_org_sectors: dict[str, frozenset]
    title_abbreviations: dict[str, str]
    us_state_abbreviations: frozenset
    non_actor_heads: frozenset
    platforms: frozenset
    office_keys: tuple = field(default=())
    party_adjectives: dict[str, str] = field(default_factory=dict)
    origin_verbs: frozenset = field(default=frozenset())
    representing_verbs: frozenset = field(default=frozenset())  # "X, who represents Ruriton,"
    topic_prepositions: frozenset = field(default=frozenset())  # "an expert on …": a place after it is a topic
    faith_adjectives: frozenset = field(default=frozenset())  # "Islamic Center": a faith, no region of states
    posting_titles: frozenset = field(default=frozenset())  # "envoy to X": X hosts the person, does not employ them
    staff_roles: frozenset = field(default=frozenset())  # "an aide to X", "X's adviser Y": X is whom they serve
    job_verbs: frozenset = field(default=frozenset())
    us_style_abbreviations: frozenset = field(default=frozenset())
    home_phrases: frozenset = field(default=frozenset())
    residence_nouns: frozenset = field(default=frozenset())  # "a Ruritown resident": a town of any size places them
    title_sectors: dict[str, str] = field(default_factory=dict)  # titles the registry's agent nouns lack: "justice" JUD
    org_final_words: frozenset = field(default=frozenset())
    migration_verbs: frozenset = field(default=frozenset())
    thing_name_heads: frozenset = field(default=frozenset())
    party_bodies: frozenset = field(default=frozenset())
    poll_nouns: frozenset = field(default=frozenset())
    non_actor_names: frozenset = field(default=frozenset())
    question_openers: frozenset = field(default=frozenset())
    law_heads: frozenset = field(default=frozenset())
    candidacy_nouns: frozenset = field(default=frozenset())
    election_nouns: frozenset = field(default=frozenset())
    election_verbs: frozenset = field(default=frozenset())
    campaign_verbs: frozenset = field(default=frozenset())
    run_for_objects: frozenset = field(default=frozenset())  # "running for office": a candidacy
    candidate_titles: frozenset = field(default=frozenset())  # "X, a presidential candidate,": runs now
    faith_members: frozenset = field(default=frozenset())  # "muslim", "baptist": a group named so is REL (WordNet)
    venue_heads: frozenset = field(default=frozenset())
    vessel_heads: frozenset = field(default=frozenset())      # "ship", "ferry" (actors/venue_heads.json, WordNet)
    ground_heads: frozenset = field(default=frozenset())      # "street", "park", "farm" (actors/venue_heads.json)
    work_heads: frozenset = field(default=frozenset())        # "film", "sitcom", "series" (actors/venue_heads.json)
    vessel_prefixes: frozenset = field(default=frozenset())   # "MV", "HMS": a ship's name follows (case kept)
    media_products: frozenset = field(default=frozenset())
    media_verbs: frozenset = field(default=frozenset())
    outlet_kinds: frozenset = field(default=frozenset())  # "the daily X", "the weekly X": X is a news outlet
    business_nouns: frozenset = field(default=frozenset())  # "X's shareholders", "shares of X": X is a company
    state_signs: frozenset = field(default=frozenset())  # "X's parliament", "the army of X": X is a state
    demonym_suffixes: tuple = field(default=())
    bare_title_sectors: dict[str, str] = field(default_factory=dict)  # "Officer X" alone: POL
    generic_state_bodies: frozenset = field(default=frozenset())  # "department": yields to "Police" before it  # "Ostrania" -> "Ostranian": endings of a state's demonym
    people: dict = field(default_factory=dict)  # lower-case full name -> {sector, country, first, last}
    bodies: dict = field(default_factory=dict)  # normalised body name -> {sector, country} (actors/bodies.json)
    weather_event_words: frozenset = field(default=frozenset())  # "Hurricane Ana": a storm's name, no actor
    given_gender: dict[str, str] = field(default_factory=dict)  # "anna" → "f" (actors/given_name_gender.json)
    # last word of an organisation's name → sector, learned from the registry (actors/org_heads.json,
    # scripts/build_org_heads.py): "capital" → BUS; `org_name_sector` (hand-picked) wins where both have a word
    org_heads: dict[str, str] = field(default_factory=dict)
    # common nouns whose first WordNet sense is a person ("resident", "surgeon"; events/wordnet_nouns.json)
    person_nouns: frozenset = field(default=frozenset())
    # opt-in: a person with no evidence may take the article's main country (off: issue 10, no default for people)
    person_article_country: bool = False
    # a short line opening or closing with one of these credits the story's reporters ("Contributing: X.")
    credit_line_openers: tuple = field(default=())
    credit_line_closers: tuple = field(default=())
    # WordNet lexicographer class of a noun's first sense ("accord" -> "communication"; actors/noun_classes.json,
    # scripts/build_venue_heads.py) and the learned non-actor model (actors/nonactor_model.json,
    # scripts/train_nonactors.py; extract/actors/learned.py)
    noun_classes: dict[str, frozenset] = field(default_factory=dict)
    nonactor_model: dict = field(default_factory=dict)
    # the learned main-country decision for actors no evidence places (extract/actors/article_country.py)
    article_country_model: dict = field(default_factory=dict)
    person_country_model: dict = field(default_factory=dict)  # a person's country among the context's (person_country.py)
    # the learned last-resort sector for persons and bodies with a default one (extract/actors/sector_guess.py)
    sector_model: dict = field(default_factory=dict)
    # drugs, diseases and microbes by kind ("aspirin" -> {"drug"}, "bse" -> {"disease"}; actors/medical_names.json,
    # eval/actors/build_medical_names.py): names that are never actors
    medical_names: dict[str, frozenset] = field(default_factory=dict)
    # role nouns the agents dictionary lacks, with the sector of their WordNet neighbours ("veterinarian" -> HLH;
    # actors/role_sectors.json, eval/actors/build_role_sectors.py): a person's sector when nothing else gives one
    role_sectors: dict[str, str] = field(default_factory=dict)

    def name_gender(self, name: str) -> str | None:
        """'m' or 'f' from the given name opening a person's full name ("Anna Kell" → 'f'); None for a bare
        surname, an initial or a name that does not say ("Kim", "Jordan")."""
        words = name.replace("\u2019", "'").split()
        if len(words) < 2 or len(words[0].strip(".")) < 2:
            return None
        return self.given_gender.get(words[0].lower())

    def title(self, word: str) -> str:
        """A title word in full: "Sen." → "senator", "Gov" → "governor"; other words lower-cased."""
        low = word.lower()
        return self.title_abbreviations.get(low, low)


_SETS = ("person_titles", "neutral_titles", "org_nouns", "collective_heads", "collective_possessors",
         "meeting_words", "stands_for", "state_nouns", "sing_pronouns", "plural_pronouns", "determiners",
         "indefinite", "title_adj", "supranational", "body_words", "descriptive_name_words", "legislator_titles",
         "legislature_words", "us_titles", "skip_orgs", "it_verbs_skip", "corporate", "source_nouns",
         "place_nouns", "connectors", "generic_org", "sub_bodies", "non_actor_heads", "platforms", "origin_verbs",
         "representing_verbs", "topic_prepositions", "posting_titles", "staff_roles", "faith_adjectives", "job_verbs", "us_style_abbreviations", "home_phrases", "residence_nouns", "generic_determiners", "hypothetical_modifiers", "quantifier_pronouns",
         "irrealis_marks",
         "org_final_words", "migration_verbs", "thing_name_heads", "party_bodies", "poll_nouns",
         "non_actor_names", "question_openers", "law_heads",
         "candidacy_nouns", "election_nouns", "election_verbs", "campaign_verbs", "run_for_objects", "candidate_titles",
         "venue_heads",
         "media_products",
         "media_verbs", "weather_event_words", "outlet_kinds", "business_nouns", "state_signs", "generic_state_bodies")
_MAPS = ("offices", "org_name_sector", "party_members", "entourage", "pronoun_gender", "title_gender",
         "title_abbreviations", "party_adjectives", "title_sectors", "bare_title_sectors")


def load(source=None) -> ActorWords:
    """The actor word classes from a DataSource (default: the packaged file)."""
    from . import PACKAGED
    data = (source or PACKAGED).read_json(NAME)
    kw: dict[str, Any] = {k: _set(data, k) for k in _SETS}
    kw.update({k: _map(data, k) for k in _MAPS})
    kw["us_state_abbreviations"] = frozenset(data.get("us_state_abbreviations", []))  # case matters ("Pa.")
    kw["generic_org_sectors"] = {k: frozenset(v) for k, v in data.get("generic_org_sectors", {}).items()}
    # multi-word titles first, so "prime minister" wins over "minister"
    kw["office_keys"] = tuple(sorted(kw["offices"], key=lambda k: -len(k.split())))
    genders = (source or PACKAGED).read_json(GENDER_NAME)
    kw["given_gender"] = {n.lower(): sex for sex in ("m", "f") for n in genders.get(sex, [])}
    kw["person_nouns"] = frozenset((source or PACKAGED).read_json(PERSON_NOUNS_NAME).get("person", []))
    kw["org_heads"] = {w.lower(): sec for w, sec in (source or PACKAGED).read_json(HEADS_NAME).get("sector", {}).items()}
    venues = (source or PACKAGED).read_json(VENUE_NAME)
    kw["venue_heads"] = kw["venue_heads"] | frozenset(venues.get("words", []))
    kw["vessel_heads"] = frozenset(venues.get("vessels", []))
    kw["ground_heads"] = frozenset(venues.get("grounds", []))
    kw["work_heads"] = frozenset(venues.get("works", []))
    kw["vessel_prefixes"] = frozenset(data.get("vessel_prefixes", []))  # case matters ("SS", not "ss")
    kw["demonym_suffixes"] = tuple(data.get("demonym_suffixes", []))
    kw["person_article_country"] = data.get("person_article_country") is True
    kw["credit_line_openers"] = tuple(w.lower() for w in data.get("credit_line_openers", []))
    kw["credit_line_closers"] = tuple(w.lower() for w in data.get("credit_line_closers", []))
    classes = (source or PACKAGED).read_json(CLASSES_NAME).get("classes", {})
    kw["noun_classes"] = {lex: frozenset(ws) for lex, ws in classes.items()}
    kw["nonactor_model"] = (source or PACKAGED).read_json(MODEL_NAME)
    kw["article_country_model"] = (source or PACKAGED).read_json(COUNTRY_MODEL_NAME)
    kw["person_country_model"] = (source or PACKAGED).read_json(PERSON_COUNTRY_NAME)
    kw["sector_model"] = (source or PACKAGED).read_json(SECTOR_MODEL_NAME)
    medical: dict[str, set] = {}
    for kind, names in (source or PACKAGED).read_json(MEDICAL_NAME).items():
        for name in names if kind != "about" else ():
            medical.setdefault(name.lower(), set()).add(kind)
    kw["medical_names"] = {name: frozenset(kinds) for name, kinds in medical.items()}
    kw["faith_members"] = frozenset((source or PACKAGED).read_json(FAITH_NAME).get("members", []))
    kw["role_sectors"] = dict((source or PACKAGED).read_json(ROLE_SECTORS_NAME).get("sector", {}))
    # the mined table of public people is opt-in (words.json public_people)
    people = (source or PACKAGED).read_json(PEOPLE_NAME).get("people", {})
    kw["people"] = people if data.get("public_people") is True else {}
    bodies = (source or PACKAGED).read_json(BODIES_NAME).get("bodies", {}) if data.get("public_bodies") is True else {}
    kw["bodies"] = bodies
    return ActorWords(**kw)
