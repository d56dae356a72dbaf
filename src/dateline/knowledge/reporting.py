"""The reporting-cue lexicon (`knowledge/data/reporting_verbs.json`)."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Reporting verbs by how their content is expressed, and related word lists."""
    speech: frozenset[str]
    cognition: frozenset[str]
    accuse: frozenset[str]
    request: frozenset[str]
    report_on: frozenset[str]
    statement_nouns: frozenset[str]
    according_phrases: tuple[tuple[str, ...], ...]
    name_cues: frozenset[str]
    intent: frozenset[str] = frozenset()
    object: frozenset[str] = frozenset()
    evidential: frozenset[str] = frozenset()
    document_nouns: frozenset[str] = frozenset()
    measurement_nouns: frozenset[str] = frozenset()  # polls, surveys, data: their findings are nobody's speech
    # an infinitive under these ("has to prove", "tried to show") or an obligation modal ("must prove"): unrealised
    unrealised_heads: frozenset[str] = frozenset()
    obligation_modals: frozenset[str] = frozenset()
    unsaid_heads: frozenset[str] = frozenset()  # "plans to tell …": a speech verb's infinitive under them is unsaid
    control_heads: frozenset[str] = frozenset()  # "led Kell to declare …": their object is the infinitive's subject
    foretelling: frozenset[str] = frozenset()  # "the storm threatened to …": a thing's intention verb foretells
    turn_label_skip: frozenset[str] = frozenset()
    speaking_nouns: frozenset[str] = frozenset()
    source_nouns: frozenset[str] = frozenset()
    # subjects that make a report no one's speech, by kind ("things", "generic", "narrator", "quantifier")
    no_source: dict[str, frozenset[str]] | None = None
    title_small_words: frozenset[str] = frozenset()  # left in lower case by title-case headlines
    question_cues: frozenset[str] = frozenset()  # cue words as written: "asked", "pressed"
    reply_cues: frozenset[str] = frozenset()  # "replied", "answered"
    reply_nouns: frozenset[str] = frozenset()  # "answer", "reply": '“Never,” was Kell's answer.'
    # verb lemma -> how it names the one interviewed: "dobj" ("interviewed X") or prepositions ("spoke with X")
    interview_verbs: dict[str, frozenset[str]] | None = None
    acclaim: frozenset[str] = frozenset()  # praise and thanks: content only in quotation marks
    # states of mind that are no speech: "desire" (their to-infinitive: "wants to run"), "factive" ("knew that …")
    mental_states: dict[str, frozenset[str]] | None = None
    # given name -> the names that may stand for it ("charles" -> {"charles", "chuck", "charlie", …})
    given_names: dict[str, frozenset[str]] | None = None
    cue_model: dict | None = None  # the learned attribution cue (extract/quotes/learned.py), None = rules only
    # where a source phrase ends (extract/quotes/span_model.py: weights, bias, threshold), None = hand rules
    source_span: dict | None = None
    # verb lemma -> direct objects that make it a speech cue ("put" -> {"it"}: 'As Kell put it, “…”')
    speech_idioms: dict[str, frozenset[str]] | None = None
    finding_nouns: frozenset[str] = frozenset()  # "In a Lantern poll, Kell led": the clause is the poll's finding
    finding_heads: frozenset[str] = frozenset()  # "in the average of state polls": its of-phrase names the polls

    def is_cue_verb(self, lemma: str) -> bool:
        """A verb that can introduce a direct quote (said, wrote, warned, tweeted …)."""
        return lemma in self.speech or lemma in self.accuse or lemma in self.request

    def is_speech_idiom(self, tok) -> bool:
        """A verb whose direct object makes it report speech ("put it" in 'As Kell put it, “…”')."""
        objects = (self.speech_idioms or {}).get(tok.lemma_.lower())
        return bool(objects) and any(c.dep_ == "dobj" and c.lower_ in objects for c in tok.children)


def load(source=None) -> Lexicon:
    """The reporting-cue lexicon from a DataSource (default: the packaged files)."""
    from . import PACKAGED
    data = (source or PACKAGED).read_json("reporting_verbs.json")
    phrases = (source or PACKAGED).read_json("quotes/phrase_cues.json")

    def words(key: str) -> frozenset[str]:
        return frozenset(w.lower() for w in data.get(key, []))

    return Lexicon(
        speech=words("speech"), cognition=words("cognition"), accuse=words("accuse"),
        request=words("request"), report_on=words("report_on"),
        statement_nouns=words("statement_nouns"),
        according_phrases=tuple(tuple(p.lower().split()) for p in data.get("according_phrases", [])),
        name_cues=words("name_cues"), intent=words("intent"), object=words("object"),
        evidential=words("evidential"), document_nouns=words("document_nouns"),
        measurement_nouns=words("measurement_nouns"),
        unrealised_heads=words("unrealised_heads"), obligation_modals=words("obligation_modals"),
        unsaid_heads=words("unsaid_heads"),
        control_heads=words("control_heads"),
        foretelling=words("foretelling"),
        turn_label_skip=words("turn_label_skip"), speaking_nouns=words("speaking_nouns"),
        source_nouns=words("source_nouns"),
        title_small_words=words("title_small_words"),
        question_cues=words("question_cues"), reply_cues=words("reply_cues"), acclaim=words("acclaim"),
        reply_nouns=words("reply_nouns"),
        no_source={k: frozenset(w.lower() for w in v) for k, v in data.get("no_source_subjects", {}).items()},
        mental_states={k: frozenset(w.lower() for w in v) for k, v in data.get("mental_states", {}).items()},
        interview_verbs={k.lower(): frozenset(w.lower() for w in v) for k, v in
                         (source or PACKAGED).read_json("quotes/interviews.json").get("interview_verbs", {}).items()},
        cue_model=(source or PACKAGED).read_json("quotes/cue_model.json"),
        source_span=_source_span(source or PACKAGED),
        speech_idioms={k.lower(): frozenset(w.lower() for w in v) for k, v in phrases.get("verb_objects", {}).items()},
        finding_nouns=frozenset(w.lower() for w in phrases.get("finding_nouns", [])),
        finding_heads=frozenset(w.lower() for w in phrases.get("finding_heads", [])),
        given_names=_name_groups((source or PACKAGED).read_json("quotes/given_names.json").get("nicknames", {})),
    )


def _name_groups(nicknames: dict[str, list[str]]) -> dict[str, frozenset[str]]:
    """Each name with every name it may stand for: its nicknames, its formal names, and their nicknames
    ("bill" and "will" both stand for "william")."""
    groups: dict[str, set[str]] = {}
    for formal, short in nicknames.items():
        family = {formal.lower(), *(n.lower() for n in short)}
        for name in family:
            groups.setdefault(name, set()).update(family)
    return {name: frozenset(family) for name, family in groups.items()}


def _source_span(source) -> dict | None:
    """The learned source-phrase ends (`quotes/source_span.json`, a user's file of that name merged over the
    packaged one): None when switched off (`"enabled": false`); a model without numeric weights, bias and
    threshold is refused with the file named."""
    from . import KnowledgeError
    model = source.read_json("quotes/source_span.json")
    if not model.get("enabled", True):
        return None
    weights, bias, threshold = model.get("weights"), model.get("bias"), model.get("threshold")
    numbers = isinstance(weights, dict) and all(isinstance(v, (int, float)) for v in weights.values())
    if not numbers or not isinstance(bias, (int, float)) or not isinstance(threshold, (int, float)):
        where = f"{source.user_dir}/quotes/source_span.json" if source.user_dir else "quotes/source_span.json"
        raise KnowledgeError(f"{where}: the source-span model needs numeric 'weights' (feature -> number), "
                             f"'bias' and 'threshold'")
    return model
