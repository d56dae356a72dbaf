"""Cross-article statements read beyond their own words (issue 12, session 10, second shift): a calendar day two
counts share, a denial of 'it'. Invented text only."""
from __future__ import annotations

import pytest

from test_corpus_context import _conflicts, _record

RUNOFFS = ("Velm could fare well among coastal farmers in the weeks ahead, and across the north, where 15 districts "
           "will hold runoffs on 9 May")


@pytest.mark.parametrize("other, day, listed", [
    ("After the debate, 9 districts hold ballots on 9 May, known as Ballot Tuesday", "2023-05-09", True),
    # another occasion
    ("After the debate, 9 districts hold ballots on 16 May, known as Ballot Tuesday", "2023-05-16", False),
    # a part of a set named before ('the two districts'), not the whole counted on that day
    ("After the debate, the 9 districts hold ballots on 9 May, known as Ballot Tuesday", "2023-05-09", False),
    # another thing counted on that day
    ("After the debate, 9 districts reported fraud on 9 May, known as Ballot Tuesday", "2023-05-09", False),
])
def test_counts_of_one_noun_on_one_named_day_are_one_occasion(other, day, listed):
    """The clauses share only the verb ('hold') besides the counted noun; the day both name is the occasion."""
    r1 = _record("r1", "2023-05-02", RUNOFFS, claims=[(RUNOFFS[RUNOFFS.index("15"):], "positive", "a1")],
                 days=[("9 May", "2023-05-09")])
    words = other.split(" on ")[1].split(",")[0]
    r2 = _record("r2", "2023-05-04", other, claims=[(other, "positive", "a2")], days=[(words, day)])
    got = [(g[0], g[2], g[4]) for g in _conflicts(r1, r2) if g[0] == "figure"]  # 16 May: a date conflict
    assert got == ([("figure", "15 district", "9 district")] if listed else [])


SHOVED = "the mayor's driver shoved a photographer against a wall outside the Kell town hall on Friday"


@pytest.mark.parametrize("second, listed", [
    # what 'it' denies is the sentence before it
    ("The mayor's driver shoved a photographer against a wall outside the town hall, two witnesses said. "
     "The mayor's office denied it happened.", True),
    ("Two witnesses said the mayor's driver shoved a photographer against a wall outside the town hall. "
     "The mayor's office dismissed the report as a smear.", True),
    # the sentence before it tells another act: not this denial
    ("The council voted to repair a wall outside the town hall and hired a photographer for the opening. "
     "The mayor's office denied it happened.", False),
    # the denial names what it denies in its own clause ('that it had sued'): nothing read from before
    ("The mayor's driver shoved a photographer against a wall outside the town hall, two witnesses said. "
     "The mayor's office denied that it had sued anyone.", False),
])
def test_a_denial_of_it_denies_the_account_before_it(second, listed):
    r1 = _record("r1", "2023-03-04", "Witnesses said " + SHOVED, claims=[(SHOVED, "positive", "a1")])
    r2 = _record("r2", "2023-03-06", second)
    got = [(g[0], g[2], g[4]) for g in _conflicts(r1, r2)]
    assert got == ([("denial", "positive", "negative")] if listed else [])


@pytest.mark.parametrize("sentence, unnamed", [
    ('"It did not happen.', True),
    ("The ministry rejected the allegations.", True),
    ("He dismissed the story as a fabrication.", True),
    ("She has always denied it, saying she was abroad.", True),
    ("The army denied that it had shelled the village.", False),  # the clause names the act
    ("He dismissed the story about the missing funds.", False),  # the noun's complement names it
    ("Lawmakers urged the house to reject this bill.", False),  # a determiner, not a pronoun
    ("That did not happen in the first round, where he came second.", False),  # no denial of an account
])
def test_a_denial_that_names_no_act_is_told_from_one_that_does(sentence, unnamed):
    from dateline.corpus.anaphora import denies_unnamed
    assert denies_unnamed(sentence) is unnamed


@pytest.mark.parametrize("second, day, listed", [
    ('He was pressed over his statement on Wednesday that "the harbour tax is theft", but kept calm.',
     "2023-05-10", True),  # the same remark, another day
    ('He was pressed over his statement on Monday that "the harbour tax is theft", but kept calm.',
     "2023-05-08", False),  # the same day
    ("He was pressed over his statement on Wednesday about the harbour tax, but kept calm.",
     "2023-05-10", False),  # no quotation: one of many remarks on the matter
])
def test_the_day_of_a_quoted_remark(second, day, listed):
    """'his remark Monday that "..."' dates the remark its quotation identifies, not the verb before it."""
    first = 'As the debate went on, Kell stood by his remark Monday that "the harbour tax is theft", refusing to yield.'
    r1 = _record("r1", "2023-05-12", first, days=[("Monday", "2023-05-08")])
    words = "Wednesday" if "Wednesday" in second else "Monday"
    r2 = _record("r2", "2023-05-13", second, days=[(words, day)])
    got = [(g[0], g[2], g[4]) for g in _conflicts(r1, r2)]
    assert got == ([("date", "2023-05-08", "2023-05-10")] if listed else [])
