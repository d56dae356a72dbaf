"""Session 29 speed work (no behaviour change): each faster reading gives what the slower one gave, on invented text."""
from __future__ import annotations

from types import SimpleNamespace

import pytest
from spacy.attrs import ENT_IOB, ENT_TYPE, IDX, LENGTH

from dateline import nlp
from dateline.extract import doc_text, entities
from dateline.extract.events import dating, dictionary
from dateline.extract.times import _date_entities
from dateline.ingest import make_article
from dateline.knowledge import load_knowledge
from dateline.options import Options

TEXT = ("Report. Senator Ana Kell of Ruritania said on Monday that the Borduran army had shelled Port Vale "
        "late Sunday night and again at 3 p.m. on Tuesday. At his Friday rally in Ostberg, Kell accused "
        "Prime Minister Jon Osei of covering up the attack for three weeks, the Vale Gazette reported.")


@pytest.fixture(scope="module")
def doc():
    return nlp.load(Options().model)(TEXT)


def test_entities_are_doc_ents_listed_once(doc):
    doc.user_data.clear()
    first = entities(doc)
    assert [(e.start, e.end, e.label_) for e in first] == [(e.start, e.end, e.label_) for e in doc.ents]
    assert entities(doc) is first  # kept for the other stages
    doc.user_data.clear()


def _date_entities_by_token(doc) -> list[tuple[int, int]]:
    """The reading before session 29: one step per token over the IOB tags."""
    wanted = {doc.vocab.strings.add("DATE"), doc.vocab.strings.add("TIME")}
    spans, cur = [], None
    for idx, length, iob, typ in doc.to_array([IDX, LENGTH, ENT_IOB, ENT_TYPE]).tolist():
        if iob == 3 or iob != 1:
            if cur:
                spans.append(cur)
            cur = (idx, idx + length) if iob == 3 and typ in wanted else None
        elif cur:
            cur = (cur[0], idx + length)
    if cur:
        spans.append(cur)
    return spans


def test_date_entities_from_the_listed_entities(doc):
    doc.user_data.clear()
    got = _date_entities(doc)
    assert got == _date_entities_by_token(doc) and got  # the parser tags some DATE/TIME here
    doc.user_data.clear()


def test_doc_text_checks_the_article_once(doc):
    doc.user_data.clear()
    ctx = SimpleNamespace(article=SimpleNamespace(text=TEXT))
    assert doc_text(doc, ctx) is TEXT and doc_text(doc, ctx) is TEXT
    other = SimpleNamespace(article=SimpleNamespace(text=TEXT + " More."))  # not the Doc's text: Doc.text
    assert doc_text(doc, other) == doc.text
    assert doc_text(doc) == doc.text
    doc.user_data.clear()


def test_clause_words_as_four_passes(doc):
    for tok in doc:
        kids = list(tok.children)
        obj = [t for c in kids if c.dep_ in dictionary.OBJECT_SIDE for t in c.subtree]
        subj = [t for c in kids if c.dep_ in dictionary.SUBJECT_SIDE for t in c.subtree]
        want = (frozenset(c.lower_ for c in kids if c.dep_ == "prt"),
                {t.lower_ for t in obj} | {t.lemma_.lower() for t in obj},
                {t.lower_ for t in subj} | {t.lemma_.lower() for t in subj},
                {t.lower_ for t in obj if t.dep_ in ("prep", "agent", "dative", "aux", "mark", "prt")})
        assert dictionary._clause_words(tok) == want


def test_weekday_modifier_found_from_the_lowercase_array():
    """'At his Friday rally' dates the rally (a weekday as a noun's modifier); the words are found as an array."""
    options = Options()
    article = make_article(TEXT, source="t", date="2024-03-07", options=options)
    d = nlp.load(options.model)(article.text)
    ctx = SimpleNamespace(doc=d, times=[], article=article, knowledge=load_knowledge(options))
    got = dating._find_weekday_modifiers(ctx)
    assert [(t.text, t.value) for t in got] == [("Friday", "2024-03-01")]
    assert dating._find_weekday_modifiers(SimpleNamespace(doc=d[:0].as_doc(), times=[], article=article,
                                                          knowledge=ctx.knowledge)) == []


def test_learned_features_read_ids_as_the_strings_did(doc):
    """The context words (by part-of-speech id) and the subtree's entity types (by id) are the ones the string
    attributes gave."""
    from itertools import islice

    from dateline.extract.events import learned
    from dateline.extract.events.amounts import is_count

    lex = load_knowledge(Options()).events
    cands = learned.candidates(doc, lex)
    assert cands
    for tok in cands:
        ctx = {t.lemma_.lower() for c in tok.children if c.dep_ in learned.CONTEXT_DEPS
               for t in islice(c.subtree, learned.SUBTREE_CAP)
               if t.pos_ in ("NOUN", "VERB", "ADJ", "PROPN") and t.i != tok.i and not is_count(t)}
        ents = {t.ent_type_ for t in islice(tok.subtree, learned.SUBTREE_CAP)
                if t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")}
        feats = learned.features(tok, lex)
        assert [f for f in feats if f.startswith("ctx=")] == [f"ctx={w}" for w in sorted(ctx)[:12]]
        assert [f for f in feats if f.startswith("ent=")] == [f"ent={e}" for e in sorted(ents)]
    doc.user_data.clear()
