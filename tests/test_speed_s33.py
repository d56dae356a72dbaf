"""Session 33 speed work (no behaviour change): each faster reading gives what the slower one gave, on invented text
(the event model's context words and entity types read in one walk also past the subtree cap)."""
from __future__ import annotations

import random
from itertools import islice

import pytest
from spacy.symbols import AUX, NOUN, PROPN, VERB

from dateline import nlp
from dateline.extract.events import learned
from dateline.extract.events.amounts import is_count
from dateline.extract.events.dictionary import _Prefixes
from dateline.extract.events.triggers import _passive, is_passive
from dateline.extract.positions import with_pos
from dateline.options import Options

TEXT = ("Ostrania's foreign minister Ana Kell accused the Kelvarian army of shelling three villages near Port Vale on "
        "Monday, and said the talks with Brisk Holdings would resume. Kell was arrested and charged by the police, "
        "backed by the mayor and opposed by the unions. Asked about the plan, Osei said the prisoners must be released "
        "after the envoy of the Union of Montana was stabbed. The council, which the minister had criticised, sent 40 "
        "tonnes of food to the refugees in Lyon.")
# a run-on sentence longer than the subtree cap: the capped readings must agree past the cap too
RUN_ON = "Kell said that " + " and ".join(f"the {w} minister of Ostrania met the envoy of Kelvaria in Lyon"
                                           for w in ("first", "second", "third", "fourth", "fifth", "sixth") * 5) + "."


@pytest.fixture(scope="module")
def docs():
    model = nlp.load(Options().model)
    return [model(TEXT), model(RUN_ON)]


def test_passive_is_read_once_and_as_before(docs):
    for doc in docs:
        for tok in doc:
            assert is_passive(tok) == _passive(tok, 0)
        assert doc.user_data["dateline.events.passive"]  # the memo lives on the parse, which process() clears
    assert any(is_passive(t) for t in docs[0]) and not all(is_passive(t) for t in docs[0] if t.pos == VERB)


def test_trigger_positions_are_the_plain_loop(docs):
    for doc in docs:
        assert with_pos(doc, VERB, AUX, NOUN, PROPN) == [t.i for t in doc if t.pos in (VERB, AUX, NOUN, PROPN)]
        assert with_pos(doc, VERB) == [t.i for t in doc if t.pos == VERB]
    assert with_pos(docs[0][:0].as_doc(), VERB, NOUN) == []


def test_stems_are_the_prefix_sets():
    rnd = random.Random(33)
    letters = "abcdeé"
    for _ in range(300):
        forms = {"".join(rnd.choice(letters) for _ in range(rnd.randint(0, 6))) for _ in range(rnd.randint(0, 6))}
        every_prefix = {f[:n] for f in forms for n in range(1, len(f) + 1)}  # the reading before session 33
        pre = _Prefixes(forms)
        for stem in ["", *("".join(rnd.choice(letters) for _ in range(rnd.randint(1, 4))) for _ in range(8))]:
            assert pre.has(stem) == (stem in every_prefix), (forms, stem)
            assert pre.has(stem) == (stem in every_prefix)  # asked again: the remembered answer


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
