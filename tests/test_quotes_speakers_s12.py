"""Who "he said" points back to (issue 10, session 12). Invented texts."""
from __future__ import annotations

from conftest import quotes_of


def quote(rec, words: str):
    return next(q for q in rec.quotes if words in q.text)


def test_a_name_inside_two_apostrophe_quotation_marks_is_no_antecedent():
    # some newspapers print ''…'' for double quotation marks: a senator named inside them is talked about, not
    # the "he" who says the next quotation (the actors stage had read ''…'' as no quotation at all)
    rec, names = quotes_of("Whether farmers back the plan is unclear.\n\nTom Berg, a farmer in Ohio, gave the "
                           "campaign $250 last year. ''I know Senator Jim Lund's voters are here,'' he said. "
                           "''They're just quiet.''")
    assert names.get(quote(rec, "just quiet").speaker) == "Tom Berg"


def test_a_question_someone_is_asked_is_no_report_of_their_words():
    # "what he thought …" under "was asked" is the interviewer's question; the answer after it is the quote
    rec, names = quotes_of("In an interview last week, Kell was asked what he thought Lund could do to win the "
                           "state. \"I can't tell him how to behave,\" Kell said.")
    assert [q.text for q in rec.quotes] == ["I can't tell him how to behave"]
    told, _ = quotes_of("Reporters asked Kell about the vote, and he said he thought Lund could win the state.")
    assert any("Lund could win" in q.text for q in told.quotes)


def test_quotation_marks_inside_embed_or_page_code_make_no_quote():
    rec, _ = quotes_of('Senator Tom Lund spoke on Monday. {"@context": "http://schema.org", "@type": "NewsArticle", '
                       '"headline": "Lund wins"} He said he was happy.')
    assert [q.text for q in rec.quotes] == ["he was happy"]


def test_a_quote_after_a_colon_closing_a_clause_about_a_thing_is_the_reporters():
    # the clause before the colon is what the court found; its subject ("the dispute") says nothing
    rec, names = quotes_of("The High Court of Ruritania also ruled on Monday, finding that the dispute was not a "
                           "matter for the courts: \"In our view, the decision is political and not for judges.\"")
    assert names.get(quote(rec, "In our view").speaker) == "High Court of Ruritania"
    memo, _ = quotes_of('The memo was clear: "No one leaves the building."')
    assert [q.text for q in memo.quotes] == ["No one leaves the building."]
