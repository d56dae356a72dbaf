"""Session 35 speed work (no behaviour change): each new reading gives what the old one gave, on invented text —
the event model's scores summed by `add.reduce` over the taken rows, an actor candidate's text, offsets and clause
depth read from the parse's columns, the words' title/upper flags and offsets, the bracketed initials found by their
ids, a title word answered once per word."""
from __future__ import annotations

import math
import random

import numpy
import pytest

from dateline import nlp
from dateline.extract.actors.cands import clause_depth, is_subject
from dateline.extract.events import learned
from dateline.options import Options

from conftest import actor_finder, parsed_with_knowledge

TEXT = ("Ruritanian Senator Ana Kell said on Monday that the Brisk Fever Board (BFB) would meet in Lyon, which the "
        "board's chair, Osei Brann, had asked for. When a reporter asked Kell whether liquefied natural gas (LNG) "
        "prices would fall, Kell said the Ostranian-American firm Vell Holdings (VH) had promised they would. "
        "\"We will not stop,\" the NATO envoy told the BBC, adding that Brann's aides in Ruriton agreed.")


@pytest.fixture(scope="module")
def parsed():
    return parsed_with_knowledge(TEXT)


def _loop_sum(matrix, rows) -> list[float]:
    """The scores as a plain loop adds them: the intercepts, then each row in turn."""
    z = matrix[rows[0]].tolist()
    for r in rows[1:]:
        z = [a + b for a, b in zip(z, matrix[r].tolist())]
    return z


def test_scores_are_the_running_sum_of_the_rows_in_order(parsed):
    _, knowledge = parsed
    model = knowledge.events.model
    row_of, matrix = learned._packed(model)
    names = list(row_of)
    rng = random.Random(35)
    for n in (0, 1, 2, 7, 20, 39, 80):
        feats = [rng.choice(names) for _ in range(n)] + ["no such feature"]
        rows = [len(matrix) - 1] + [row_of[f] for f in feats if f in row_of]
        z = _loop_sum(matrix, rows)
        assert z == numpy.add.accumulate(matrix[rows])[-1].tolist()  # the session-start reading
        top = max(z)
        exp = [math.exp(v - top) for v in z]
        assert learned.score(model, feats) == {c: e / sum(exp) for c, e in zip(model["classes"], exp)}


def test_a_candidate_reads_what_its_span_reads(parsed):
    doc, knowledge = parsed
    finder = actor_finder(doc, knowledge)
    for ts in range(len(doc)):
        for te in range(ts + 1, min(len(doc), ts + 4) + 1):
            span = doc[ts:te]
            c = finder.cand(ts, te, "name", "person")
            assert (c.start, c.end, c.text) == (span.start_char, span.end_char, span.text)
            assert (c.subject, c.depth) == (is_subject(span.root), clause_depth(span.root))
            assert finder.words_text(ts, te) == span.text
    assert finder.words_text(len(doc) - 2, len(doc) + 3) == doc[len(doc) - 2:len(doc) + 3].text
    assert finder.words_text(4, 4) == doc[4:4].text == ""


def test_clause_depth_from_the_columns_is_the_walk_up_the_tokens(parsed):
    doc, knowledge = parsed
    finder = actor_finder(doc, knowledge)
    depths = [finder._clause_depth(t) for t in doc]
    assert depths == [clause_depth(t) for t in doc]
    assert max(depths) >= 2 and any(t.dep_ == "poss" for t in doc)  # the text has nested clauses and possessors


def test_word_flags_and_offsets_are_the_tokens(parsed):
    doc, knowledge = parsed
    finder = actor_finder(doc, knowledge)
    assert [bool(x) for x in finder.upper_flags] == [t.is_upper for t in doc]
    assert finder.title_flags == [t.is_title for t in doc]
    assert finder.char_starts == [t.idx for t in doc]
    assert finder.char_ends == [t.idx + len(t.text) for t in doc]


def test_bracketed_initials_found_by_their_ids_are_those_a_scan_of_the_words_finds(parsed):
    doc, knowledge = parsed
    finder = actor_finder(doc, knowledge)
    bfb = next(t.i for t in doc if t.text == "BFB")
    finder._initials_of_a_thing(doc[bfb:bfb + 1], "ORG")  # builds the article's memo
    memo = doc.user_data["dateline_thing_initials"]
    every = {doc[i].text for i in range(2, len(doc) - 1) if doc[i - 1].text == "(" and doc[i + 1].text == ")"
             and doc[i].text.replace("-", "").isupper()}
    assert set(memo) - {""} == every == {"BFB", "LNG", "VH"}
    assert memo["LNG"] is True  # a common noun phrase in lower case spelled by the initials


def test_a_title_word_is_answered_once_per_word_as_worked_out(parsed):
    doc, knowledge = parsed
    finder = actor_finder(doc, knowledge)
    fresh = [finder._is_title_word(t) for t in doc]
    assert [finder.is_title_word(t) for t in doc] == fresh == [finder.is_title_word(t) for t in doc]
    assert len(finder._title_word_at) == len(doc) and any(fresh)  # "Senator", "chair", "envoy"
    before = dict(finder._title_word_at)
    other = nlp.load(Options().model)("The spokeswoman said so.")  # a word of another parse is not remembered
    assert finder.is_title_word(other[1]) is finder._is_title_word(other[1]) is True
    assert finder._title_word_at == before
