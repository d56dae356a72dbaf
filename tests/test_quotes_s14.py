"""Issue 10, session 14: a reported clause that is mostly quoted words is one mixed quote (invented texts).

PolNeAR's Content is the whole reported clause, lead-in and tail included, not only its quoted words; a
clause at least half of which is quotation now absorbs the direct quote however long its lead-in, and with
a short tail after the quotation.
"""
from __future__ import annotations

from conftest import quotes_of


def test_a_long_lead_in_before_the_quoted_words_belongs_to_the_quote():
    text = ("Senator Tom Reed told the assembled crowd that the whole country should be led only by those "
            "“who put the interests of working people first and never bow to the wealthy donors of either "
            "party.”")
    rec, names = quotes_of(text)
    [q] = [q for q in rec.quotes if "wealthy donors" in q.text]
    assert q.kind == "mixed" and q.text.startswith("that the whole country")
    assert names.get(q.speaker) == "Tom Reed"


def test_a_short_tail_after_the_quoted_words_belongs_to_the_quote():
    text = ("Senator Tom Reed said the budget “will cut the money for schools in every county of the state by a "
            "third” by next spring.")
    rec, _ = quotes_of(text)
    [q] = [q for q in rec.quotes if "every county" in q.text]
    assert q.kind == "mixed" and q.text.startswith("the budget") and q.text.endswith("by next spring")


def test_a_conditional_clause_opening_the_reported_clause_is_no_embedded_question():
    # "if" marks a clause inside the reported one, not the reported clause itself
    rec, names = quotes_of("Senator Tom Reed said if he were elected, taxes would be cut for families.")
    [q] = [q for q in rec.quotes if "taxes would be cut" in q.text]
    assert q.text.startswith("if he were elected") and names.get(q.speaker) == "Tom Reed"
    rec, _ = quotes_of("Whether the plan will work is unclear, said Senator Tom Reed.")
    assert any(q.text.startswith("Whether the plan will work is unclear") for q in rec.quotes)


def test_an_embedded_question_still_reports_no_statement():
    for text in ("Senator Tom Reed did not say whether taxes would be cut.",
                 "Senator Tom Reed did not say which plan would pass.",
                 "Senator Tom Reed did not say how many voters had come."):
        rec, _ = quotes_of(text)
        assert rec.quotes == [], text


def test_a_relative_clause_after_a_speaker_who_follows_the_cue_is_part_of_the_source():
    # PolNeAR's Source convention, as for a relative clause between the speaker and the cue
    rec, names = quotes_of("“The port will reopen on Friday,” said Omar Haddad, who runs the harbour authority.")
    [q] = [q for q in rec.quotes if "port will reopen" in q.text]
    assert q.speaker_text == "Omar Haddad, who runs the harbour authority"
    assert names.get(q.speaker) == "Omar Haddad"


def test_a_signature_line_after_a_quoted_paragraph_names_its_speaker():
    text = ("The crowd was loud on Monday.\n\n“He speaks his mind, and people like that. We need that.”\n\n"
            "— Mayor Tom Kell, writing after the speech.")
    rec, names = quotes_of(text)
    [q] = rec.quotes
    assert names.get(q.speaker) == "Tom Kell"
    # a list item opening with a dash is no signature
    rec, names = quotes_of("The crowd was loud on Monday.\n\n“He speaks his mind, and people like that.”\n\n"
                           "- Kell leads in Ohio by two points.")
    assert names.get(rec.quotes[0].speaker) != "Tom Kell" and "Kell" not in (rec.quotes[0].speaker_text or "")
