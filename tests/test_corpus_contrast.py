"""Cross-article conflicts, session 15 (issue 12): what the encoded decision reads beyond session 14 — a statement's
valence (`corpus/valence.py`) and a clash weighed against the best agreeing counterpart (`story_conflicts._contrast`);
one reading of 'two figures apart' (`counted.apart_figures`); which decision listed a conflict as a field
(`found_by`), and sentence vectors kept across corpus layouts. Invented text only."""
from __future__ import annotations

import numpy as np
import pytest
from test_corpus_encoded import WordsEncoder

from dateline.corpus import conflicts, counted, story_conflicts, valence
from dateline.corpus.schema import ensure_schema
from dateline.store import Store


def test_valence_is_signed_and_a_negation_turns_it():
    good, bad = valence.valence("The talks in Varn succeeded"), valence.valence("The talks in Varn failed")
    assert good > 0 > bad
    assert valence.valence("The talks in Varn did not fail") > 0
    assert valence.valence("Talks resumed in Varn on Monday") == 0.0
    assert -1 < bad and good < 1


def _statement(aid, cid, text, holder, info='{"t": [], "p": []}'):
    vec = WordsEncoder().vectors([text])[0]
    row = (aid, cid, 738000, "positive", holder, holder, text, info)
    return story_conflicts.Statement(row, vec, lambda w: False)


def test_aligned_statements_of_opposite_valence_clash_and_alike_ones_do_not():
    won = _statement("r1", "c2", "The mediators said the Varn talks were a great success", "a1")
    lost = _statement("r2", "c2", "The Varn talks were a disaster, a delegate said", "a2")
    strength, values = story_conflicts.clashes(won, lost)["val"]
    assert 0 < strength < 1 and values[0].startswith("valence +") and values[1].startswith("valence -")
    alike = _statement("r3", "c2", "The Varn talks were a success, a delegate said", "a3")
    assert "val" not in story_conflicts.clashes(won, alike)


def test_a_clash_counts_by_how_much_nearer_it_is_than_an_agreeing_counterpart():
    clash = np.array([[0.9, 0.0], [0.0, 0.0]])  # statement 0 of A clashes with statement 0 of B at cosine 0.9
    assert story_conflicts._contrast(clash, np.zeros((2, 2))) == pytest.approx(0.9)
    one_side = np.array([[0.0, 0.95], [0.0, 0.0]])  # B tells A's statement 0 alike in its statement 1, nearer still,
    assert story_conflicts._contrast(clash, one_side) == pytest.approx(0.9)  # but nothing in A tells B's 0 alike
    both = np.array([[0.0, 0.95], [0.92, 0.0]])  # each side tells the other's clashing statement alike, nearer
    assert story_conflicts._contrast(clash, both) == pytest.approx(0.0)
    assert story_conflicts._contrast(np.zeros((2, 2)), both) == 0.0


def test_agreements_are_read_by_the_clash_readings():
    figs = '{"t": ["varn", "march"], "p": ["march"], "f": [[2000, "people"]]}'
    x = _statement("r1", "c1", "About 2,000 people marched in Varn", "a1", figs)
    y = _statement("r2", "c1", "Some 2,000 people joined the Varn march", "a2", figs)
    assert story_conflicts._agreements(x, y) == {"fig": True, "neg": True, "date": False}


def test_two_figures_apart_any_noun_or_one_noun_as_the_rules_read():
    a = [(2000.0, "protester"), (10.0, "arrest")]
    b = [(20000.0, "people"), (10.0, "arrest")]
    assert list(counted.apart_figures(a, b)) == [(2000.0, "protester", 20000.0, "people")]
    assert list(counted.apart_figures(a, b, same_noun=True)) == []
    both = [(250000.0, "protester"), (10000.0, "protester")]
    assert list(counted.apart_figures(both, [(10000.0, "protester")], same_noun=True)) == []
    assert list(counted.apart_figures([(100.0, "year")], [(900.0, "year")], frozenset({"year"}))) == []
    assert list(counted.apart_figures([(100.0, "boat")], [(101.0, "boat")])) == []  # too near to be two accounts


def _conflict_row(conn, found_by):
    sides = (("r1", "c9", "About 2,000 people marched in Varn", None, None),
             ("r2", "c9", "More than 20,000 people marched in Varn", None, None))
    return conflicts.add(conn, "figure", "corpus", None, "march", *sides, ("2000 people", "20000 people"), 0.9,
                         found_by=found_by)


@pytest.mark.parametrize("found_by, kept", [("rules", 0), ("encoded", 1), ("learned", 1), ("rebuttal", 1)])
def test_the_rules_revisit_only_their_own_rows_whatever_the_matter_says(found_by, kept):
    """A row whose statements are gone is dropped by the rules' revisit only when the rules listed it; the field, not
    a prefix of the matter ('learned:', 'encoded:'), tells whose it is."""
    st = Store(":memory:")
    ensure_schema(st.conn)
    assert _conflict_row(st.conn, found_by) == 1
    conflicts.revisit(st.conn, conflicts.ClaimStats(st.conn))
    rows = st.conn.execute("SELECT found_by FROM corpus_conflicts").fetchall()
    assert [r[0] for r in rows] == [found_by] * kept


def test_a_new_layout_keeps_the_sentence_vectors():
    st = Store(":memory:")
    ensure_schema(st.conn)
    st.conn.execute("INSERT INTO corpus_claim_vectors VALUES ('r1', 'c1', 'h', ?)", (np.zeros(4).tobytes(),))
    st.conn.execute("UPDATE corpus_meta SET value = '1' WHERE key = 'schema'")
    ensure_schema(st.conn)
    assert st.conn.execute("SELECT COUNT(*) FROM corpus_claim_vectors").fetchone()[0] == 1
