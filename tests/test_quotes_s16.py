"""Issue 10, session 16: what is output as a quote must be speech (invented texts).

- An attitude verb that is no verb of saying ("prove", "show", "find", "believe") reports nothing when it is an
  obligation or an attempt ("must prove that …", "will have to show that …", "an effort to prove that …") or a
  reflexive small clause ("found himself defending …"); speech verbs and real findings stay.
- A wh-clause after a cognition verb is an embedded question, also when its wh-word is the clause's subject
  ("to find out who sent it").
- A participle cue shares its clause's subject: "Her silence spoke volumes, suggesting that …" is no one's words.
- An intention verb whose subject is a thing ("the storm threatened to cut power") foretells; it reports no words.
- A title-case quotation naming the noun after it ('“Orange Hills of Summer” star Ana Kell') is a name, and a title
  keeps its small words in lower case ('“Flip the Plan with Ana Lund”').
"""
from __future__ import annotations

from conftest import run_text


def quote_texts(text: str) -> list[str]:
    return [q.text for q in run_text(text, date="2016-05-01").quotes]


def test_an_obligation_or_attempt_to_prove_reports_nothing():
    assert not quote_texts("Kell must prove that he deserves the nomination.")
    assert not quote_texts("Kell will have to prove that he can win the state.")
    assert not quote_texts("An effort to prove that local news could thrive online failed last year.")


def test_a_realised_finding_and_a_hedged_report_stay():
    assert quote_texts("Kell proved that he could win the state.")
    assert quote_texts("Kell found that the plan had failed.")
    assert quote_texts("Kell seemed to suggest that the plan had failed.")
    assert quote_texts("Kell must confirm that he will run.")  # a speech verb keeps its reading


def test_finding_oneself_in_a_state_is_no_report():
    assert not quote_texts("He once again found himself embroiled in controversy.")
    assert not quote_texts("Much like Kell found himself playing defense on taxes, Lund is now under attack.")
    assert quote_texts("Kell declared himself the winner.")  # a speech verb


def test_a_wh_subject_opens_an_embedded_question():
    assert not quote_texts("Reporters have to click on each message to find out who sent it.")
    assert quote_texts("Kell found out that the plan had failed.")


def test_a_title_naming_the_next_noun_is_no_quote():
    text = ("Aides met on Monday.\n\n“Orange Hills of Summer” star Ana Kell opened up about her insecurities "
            "growing up in a small town.")
    assert not quote_texts(text)
    assert quote_texts("“We will win,” officials said on Monday.")


def test_a_title_keeps_its_small_words_in_lower_case():
    text = ("Aides met on Monday.\n\nWith the help of “Flip the Plan with Ana Lund”, the actor held a fake "
            "audition for the press.")
    assert not quote_texts(text)


def test_a_thing_that_threatens_or_promises_reports_no_words():
    assert not quote_texts("The storm threatened to cut power to the city.")
    assert not quote_texts("A case that had threatened to cripple the unions was dropped.")
    assert not quote_texts("The new rules promise to cut costs for farmers.")


def test_people_and_bodies_that_threaten_or_promise_stay():
    # Session 22: an unquoted commitment ("threatened to strike") is an act, no statement, whoever makes it
    # (tests/test_quotes_s22.py); with their own quoted words people's threats and promises stay.
    assert quote_texts("The union threatened to “shut every port” on Monday.")
    assert quote_texts("Officials promised to “rebuild the bridge by May.”")
    assert quote_texts("The senator, who threatened to “quit this farce,” spoke to reporters.")


def test_a_participle_shares_the_subject_of_its_clause():
    assert not quote_texts("Her silence spoke volumes, suggesting that she agreed.")
    assert not quote_texts("The poll came out on Monday, showing that Kell leads.")
    assert quote_texts("Kell spoke for an hour, suggesting that the plan had failed.")
