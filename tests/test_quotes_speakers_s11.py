"""Who "he said" points back to, and what is no speech (issue 10, session 11). Invented texts."""
from __future__ import annotations

from conftest import quotes_of


def quote(rec, words: str):
    return next(q for q in rec.quotes if words in q.text)


def test_a_name_in_apposition_to_the_subject_is_the_subject():
    # "His cousin Jim York, 40, cited …": the subject is "cousin", York its apposition; "he" went to the last
    # person named (Vance, an object's modifier) because the sentence seemed to have no subject person
    rec, names = quotes_of("Two men watched the rally. His cousin Jim York, 40, cited Mr. Lund's fondness for "
                           "President Boris Vance of Ruritania as a danger. \"He's talking too much trash,\" he said.")
    assert names.get(quote(rec, "too much trash").speaker) == "Jim York"


def test_the_main_clause_subject_comes_before_a_subordinate_ones():
    # the first subject in text order is Lund, of the "when" clause; the sentence is Kell's
    rec, names = quotes_of("When Peter Lund asked Tom Kell whether the plan would pass, Kell laughed.\n\n"
                           "\"You tell me,\" he said.")
    assert names.get(quote(rec, "You tell me").speaker) == "Tom Kell"


def test_a_sentence_naming_people_only_as_objects_is_passed_over():
    # no person is the subject of "It was a reversal for …, who had backed the nominee": "He" is the subject
    # of the sentence before that, not the nominee (nor whoever "He" then says something about)
    rec, names = quotes_of("Speaker Paul Rand told reporters he was not ready to back Tom Kell. \"I'm not there "
                           "right now,\" Rand said.\n\nIt was a partial reversal for the Ohio Republican, who had "
                           "pledged to support the nominee. He said on Thursday that Kell needs to do more work.\n\n"
                           "\"I think a lot of Republicans want a standard-bearer,\" he said.")
    assert names.get(quote(rec, "Kell needs").speaker) == "Paul Rand"
    assert names.get(quote(rec, "standard-bearer").speaker) == "Paul Rand"


def test_wishes_plans_and_knowledge_are_no_speech():
    rec, _ = quotes_of("Tom Kell wants to run for the Senate next year. The party plans to vote on Friday. "
                       "Ana Lund knew that the budget had failed.")
    assert rec.quotes == [], [(q.cue, q.text) for q in rec.quotes]


def test_beliefs_and_reported_wishes_stay_quotes():
    rec, _ = quotes_of("Tom Kell thinks the budget will fail. Ana Lund said she wants to run for the Senate.")
    texts = [q.text for q in rec.quotes]
    assert any("budget will fail" in t for t in texts), texts
    assert any("wants to run" in t for t in texts), texts


def test_a_title_case_phrase_quoted_after_a_possessive_is_a_title():
    rec, _ = quotes_of("Ana Ruiz, star of television's \"Scandal,\" thanked Tom Kell on Monday.")
    assert not any(q.text.startswith("Scandal") for q in rec.quotes), [q.text for q in rec.quotes]
    rec, _ = quotes_of("Tom Kell said the judge's \"mind is shot.\"")
    assert any("mind is shot" in q.text for q in rec.quotes), [q.text for q in rec.quotes]


def test_quoted_sentences_do_not_use_up_the_sentences_a_pronoun_looks_back_over():
    # the sentences between "He" and Rand are Rand's own quoted words and a sentence naming no subject person:
    # counted as sentences, they had left "He" to the nominee of the relative clause
    rec, names = quotes_of("\"I'm just not ready,\" Paul Rand told reporters about backing Tom Kell. \"I'm not "
                           "there right now. And I hope to get there. I want to.\"\n\nIt was a partial reversal for "
                           "the Ohio Republican, who had pledged to support the nominee. He said on Thursday that "
                           "Kell needs to do more work.")
    assert names.get(quote(rec, "Kell needs").speaker) == "Paul Rand"
