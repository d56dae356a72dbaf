"""Session 34 speed work (no behaviour change): the actors' whole-article scans make a Token only for the words their
tests can keep, and each such reading gives what the scan over every word gave, on invented text."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from dateline import nlp
from dateline.extract.actors.cands import _POS_IDS, missed_full_names, missed_surnames
from dateline.extract.actors.mentions import LazyTokens
from dateline.extract.actors.sector_guess import _sentence_start
from dateline.extract.events.actors import ActorFinder
from dateline.options import Options

from conftest import actor_finder, parsed_with_knowledge

TEXT = ("Ruritanian Senator Ana Kell said on Monday her campaign would open offices in Lyon. Osei Brann wrote in the "
        "Courier that Kell leads in the polls, and Brann's campaign manager, Jo Lund, ran for governor in 2019. "
        "Marta Vell won the primary, Vell's rally drew thousands and Lund campaigned for Vell. The Brisk Holdings "
        "board, which Kell had criticised, backed a Kell bid. Tomas Reyes told reporters Reyes would stay. Ana Fields "
        "said the plan would fail. Fields added that the council had no money.")


@pytest.fixture(scope="module")
def parsed():
    return parsed_with_knowledge(TEXT)


def test_lazy_tokens_are_the_parse_tokens_made_once(parsed):
    doc, _ = parsed
    toks = LazyTokens(doc)
    assert len(toks) == len(doc) and all(toks.made[i] is None for i in range(len(doc)))
    assert toks[3] is toks[3] and toks[-1] is toks[len(doc) - 1]  # one object per word, as a list of them
    assert [(t.i, t.text) for t in toks] == [(t.i, t.text) for t in doc]
    assert [t.i for t in toks[2:6]] == [2, 3, 4, 5]


def test_scans_over_the_title_case_words_find_what_the_scans_over_every_word_find(parsed):
    doc, knowledge = parsed
    finder = actor_finder(doc, knowledge)
    out = finder.names()
    every = list(doc)
    assert finder.titled_tokens() == [t for t in every if t.is_title]
    assert finder.titled_tokens(True) == [t for t in every if t.is_title and t.pos_ == "PROPN"]
    given = knowledge.actor_words.given_gender
    assert missed_full_names(doc, {}, given, finder.titled_tokens(True)) == missed_full_names(doc, {}, given, every)
    surnames = missed_surnames(doc, out, {}, finder.titled_tokens())
    assert surnames and surnames == missed_surnames(doc, out, {}, every)


def test_campaigns_marked_from_the_verbs_and_campaign_words_only_as_from_every_word(parsed):
    doc, knowledge = parsed
    flags = []
    for every_word in (False, True):
        finder = actor_finder(doc, knowledge)
        names = finder.names()
        columns = finder.pos_ids
        if every_word:  # each word passes the columns' filter, so the loop's own tests decide, as over every word before
            finder.pos_ids = [_POS_IDS["VERB"]] * len(doc)
        finder.mark_campaigns()
        finder.pos_ids = columns
        flags.append([(c.ts, c.te, c.campaign) for c in names])
    assert flags[0] == flags[1] and sum(f for *_, f in flags[0]) >= 2


def test_event_actor_finder_word_offsets(parsed):
    doc, _ = parsed
    ctx = SimpleNamespace(article=SimpleNamespace(text=TEXT), actors=[], mention_index={}, places=[], quotes=[])
    finder = ActorFinder(doc, ctx, SimpleNamespace(platforms=frozenset()))
    assert finder._token_starts == [t.idx for t in doc] and all(type(x) is int for x in finder._token_starts)


def test_sentence_start_read_from_the_column_is_spacys(parsed):
    doc, _ = parsed
    doc.user_data.pop("dateline_sentence_starts", None)
    assert [_sentence_start(doc, t) for t in doc] == [t.sent.start for t in doc]
    assert len(set(doc.user_data["dateline_sentence_starts"])) > 3
    odd = nlp.load(Options().model)("Kell spoke on Monday. Vell left. Lund stayed at home.")
    odd.user_hooks["sents"] = lambda d: [d[0:len(d)]]  # a hook answers `.sent` its own way: spaCy's answer counts
    assert [_sentence_start(odd, t) for t in odd] == [0] * len(odd)
