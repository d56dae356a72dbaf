"""Session 33 speed work (no behaviour change): the event model's context words and entity types read in one walk give
what the two walks gave, on invented text (also past the subtree cap)."""
from __future__ import annotations

from itertools import islice

import pytest
from spacy.symbols import NOUN

from dateline import nlp
from dateline.extract.events import learned
from dateline.extract.events.amounts import is_count
from dateline.options import Options

TEXT = ("Ostrania's foreign minister Ana Kell accused the Kelvarian army of shelling three villages near Port Vale on "
        "Monday, and said the talks with Brisk Holdings would resume. Kell was arrested and charged by the police, "
        "backed by the mayor and opposed by the unions. The council, which the minister had criticised, sent 40 "
        "tonnes of food to the refugees in Lyon.")
# a run-on sentence longer than the subtree cap: the capped readings must agree past the cap too
RUN_ON = "Kell said that " + " and ".join(f"the {w} minister of Ostrania met the envoy of Kelvaria in Lyon"
                                           for w in ("first", "second", "third", "fourth", "fifth", "sixth") * 5) + "."


@pytest.fixture(scope="module")
def docs():
    model = nlp.load(Options().model)
    return [model(TEXT), model(RUN_ON)]


def _two_walks(tok):
    """The readings before session 33: the context words and the entity types, each in its own subtree walk."""
    cap = learned.SUBTREE_CAP
    ctx = {t.lemma_.lower() for c in tok.children if c.dep_ in learned.CONTEXT_DEPS for t in islice(c.subtree, cap)
           if t.pos in learned.CONTEXT_POS and t.i != tok.i and (t.pos != NOUN or not is_count(t))}
    labels = tok.doc.vocab.strings
    ents = {labels[e] for e in {t.ent_type for t in islice(tok.subtree, cap)} if e} & learned.ACTOR_ENTS
    return ctx, ents


@pytest.mark.parametrize("cap", [learned.SUBTREE_CAP, 1, 2, 5, 17])
def test_one_walk_gives_the_two_walks(docs, cap, monkeypatch):
    monkeypatch.setattr(learned, "SUBTREE_CAP", cap)  # small caps cut inside left children, the trigger, right ones
    seen = 0
    for doc in docs:
        for tok in doc:
            kids = [(c, c.dep_) for c in tok.children]
            assert learned._context_and_entities(tok, kids) == _two_walks(tok), (cap, tok.text, tok.i)
            seen += bool(kids)
    assert seen > 50


def test_the_run_on_sentence_passes_the_cap(docs):
    assert max(len(list(t.subtree)) for t in docs[1]) > learned.SUBTREE_CAP
