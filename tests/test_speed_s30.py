"""Session 30 speed work (no behaviour change): each faster reading gives what the slower one gave, on invented text."""
from __future__ import annotations

from types import SimpleNamespace

import pytest
from spacy.symbols import ADJ, NOUN, PROPN, VERB

from dateline import nlp
from dateline.extract import Context, doc_text
from dateline.extract.actors import _inside, quote_regions
from dateline.extract.actors.mentions import Finder
from dateline.extract.actors.nonactors import names_a_storm
from dateline.extract.positions import with_lemma, with_lower, with_pos
from dateline.knowledge import load_knowledge
from dateline.options import Options

TEXT = ("Ostrania expelled the Kelvarian ambassador on Monday. Ostrania's parliament voted to recall its envoy, "
        "and the Ostranian army was put on alert. The Front claimed responsibility for the bombing; its leaders "
        "took no Responsibilities for the fire. Senator Ana Kell was critical of Osei, and Kell said \"the plan is "
        "reckless\". Hurricane Lola struck Port Vale, and Lola caused floods before 'Cyclone Ana' moved north.")


@pytest.fixture(scope="module")
def knowledge():
    return load_knowledge(Options())


@pytest.fixture(scope="module")
def doc():
    return nlp.load(Options().model)(TEXT)


def test_positions_are_the_plain_loops(doc):
    for pos in (NOUN, VERB, PROPN, ADJ):
        assert with_pos(doc, pos) == [t.i for t in doc if t.pos == pos]
    words = {"critical", "ostrania", "lola", "Kell", "no such word"}  # "Kell": no lower-case form is spelt so
    assert with_lower(doc, words) == [t.i for t in doc if t.lower_ in words]
    assert with_lower(doc, ()) == [] and with_pos(doc[:0].as_doc(), NOUN) == []
    for lemma in ("responsibility", "ostrania", "be", "absent"):
        assert with_lemma(doc, lemma) == [t.i for t in doc if t.lemma_.lower() == lemma]
    assert with_lemma(doc, "responsibility")  # both spellings of it are found


def _finder(doc, knowledge) -> Finder:
    return Finder(doc, knowledge.registry, None, lambda s, e: False, (), knowledge.gazetteer, knowledge.actor_words)


def test_unknown_state_passes_are_the_plain_loops(doc, knowledge):
    f = _finder(doc, knowledge)
    # the readings before session 30: a Token attribute per word
    spans = [(s.start, s.end, label) for s, label in f._state_like_spans()]
    plain = [(t.i, t.i + 1, "") for t in f.tokens
             if not t.ent_type_ and t.pos_ == "PROPN" and t.is_alpha and t.is_title and t.i > f.sent_first[t.i]]
    assert [s for s in spans if s[2] == ""] == plain
    after: dict[str, list[int]] = {}
    for t in f.tokens:
        if t.i > f.sent_first[t.i] and doc[t.i - 1].is_title and doc[t.i - 1].pos_ == "PROPN":
            after.setdefault(t.text, []).append(t.i)
    assert f._after_proper_names() == after
    texts = [t.text for t in doc]
    for start, end, _ in spans:
        words = texts[start:end]
        where = [i for i in range(len(doc) - len(words) + 1) if texts[i:i + len(words)] == words]
        got = f._owns_state_sign(doc[start:end])
        assert got == any(_finder(doc, knowledge)._owns_state_sign(doc[i:i + len(words)]) for i in where)
    assert "ostrania" in f.unknown_states()  # "Ostrania's parliament": a state no dictionary knows


def test_storm_words_found_as_the_plain_loop(doc, knowledge):
    weather = knowledge.actor_words.weather_event_words
    doc.user_data.pop("dateline_storm_names", None)
    names_a_storm(doc[0:1], weather)  # (the storm words are found once per parse, whatever the name asked about)
    _, at = doc.user_data["dateline_storm_names"]
    assert at == frozenset(t.i for t in doc if t.lower_ in weather) and at
    doc.user_data.pop("dateline_storm_names", None)


def test_inside_a_quotation_is_the_plain_test():
    text = 'He said "we will go" and \u201cthey \'\'stay\'\' here\u201d; "open'
    regions = quote_regions(text) + [(3, 12), (10, 10), (len(text) - 2, len(text))]  # overlapping and empty ones
    mask = _inside(len(text), regions)
    for pos in range(-3, len(text) + 3):
        assert (0 <= pos < len(mask) and mask[pos] == 1) == any(s < pos < e for s, e in regions), pos


def test_doc_text_without_context_after_the_check(doc):
    doc.user_data.clear()
    assert doc_text(doc, SimpleNamespace(article=SimpleNamespace(text=TEXT))) is TEXT
    assert doc_text(doc) is TEXT  # the checked article text, not a Doc.text rebuilt from the tokens
    doc.user_data.clear()
    assert doc_text(doc) == TEXT


def test_provenance_bounds_follow_the_list(doc, knowledge):
    span = lambda s, e, kind: SimpleNamespace(start=s, end=e, kind=kind)  # noqa: E731
    article = SimpleNamespace(text=TEXT, provenance_spans=[span(0, 8, "byline"), span(20, 30, "cited_source")])
    ctx = Context(article=article, doc=doc, knowledge=knowledge)

    def plain(s, e):
        return any(p.start < e and s < p.end and p.kind != "cited_source" for p in article.provenance_spans)

    def check():
        for s in range(0, 60, 3):
            for e in range(s, s + 12, 4):
                assert ctx.in_provenance(s, e) == plain(s, e)
    check()
    article.provenance_spans.append(span(40, 50, "credit"))  # the list grows
    check()
    article.provenance_spans = []  # another list
    check()
