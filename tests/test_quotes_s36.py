"""Session 36 (issue 10: descriptions as speakers, a quote and its tag misparsed as one clause, an inverted
parenthetical speech verb); invented text and names."""
from __future__ import annotations


def _speakers(text: str, title: str = "Flood relief\n\n") -> list[tuple[str, str, str | None, str | None, str | None]]:
    from conftest import run_text

    rec = run_text(title + text)
    actors = {a.id: a for a in rec.actors}
    return [(q.kind, q.text, q.speaker_text, getattr(actors.get(q.speaker), "name", None),
             getattr(actors.get(q.speaker), "kind", None)) for q in rec.quotes]


def _direct(text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(q[2], q[3], q[4]) for q in _speakers(text) if q[0] == "direct"]


def test_a_legislator_word_names_the_legislator_of_that_chamber():
    lead = "Rep. Dana Holloway toured the flooded valley on Monday. "
    assert _direct(lead + "“We need the money now,” the congresswoman said.") == \
        [("the congresswoman", "Dana Holloway", "person")]
    assert _direct("Sen. Ivo Marsh and Rep. Dana Holloway toured the valley. “We need the money now,” the "
                   "congresswoman said.")[0][1] == "Dana Holloway"
    assert _direct("Sen. Ivo Marsh toured the flooded valley on Monday. “We need the money now,” the lawmaker "
                   "said.")[0][1] == "Ivo Marsh"


def test_a_senator_word_does_not_name_a_representative():
    got = _direct("Rep. Dana Holloway toured the flooded valley on Monday with Sen. Ivo Marsh. “We need the money "
                  "now,” the senator said.")
    assert got[0][1] == "Ivo Marsh"


def test_a_description_repeating_a_persons_apposition_names_that_person():
    got = _direct("Marta Ilves, a former teacher, joined the march in Tallinn on Sunday. “Schools are closing,” the "
                  "teacher said.")
    assert got == [("the teacher", "Marta Ilves", "person")]


def test_a_description_no_one_named_before_has_stays_as_it_was():
    for text in ("Marta Ilves, a nurse, joined the march in Tallinn on Sunday. “Schools are closing,” the teacher "
                 "said.",
                 "Marta Ilves joined the march in Tallinn on Sunday. “Schools are closing,” the teacher said."):
        got = _direct(text)
        assert got[0][0] == "the teacher" and got[0][1] != "Marta Ilves", text


def test_a_quote_and_its_tag_read_as_one_clause_give_no_second_quote():
    got = _speakers('"We will not stop," harbour pilot Paul Ruiz, wearing a "Port Workers First" badge, said on '
                    'Tuesday.', title="")
    assert [(q[0], q[1], q[3]) for q in got] == [("direct", "We will not stop", "Paul Ruiz")]


def test_a_mixed_quote_with_its_own_lead_in_stays():
    got = _speakers("Paul Ruiz spoke at the docks on Monday. He said that the union would “never give up” on its "
                    "demands for higher pay.")
    assert [(q[0], q[1][:25], q[2]) for q in got if q[0] == "mixed"] == \
        [("mixed", "that the union would “nev", "He")]


def test_an_inverted_parenthetical_speech_verb_gives_the_subject_after_it():
    got = _speakers("The main problem, say engineers like Omar Haddad, is the soil itself.")
    assert [(q[0], q[2]) for q in got] == [("indirect", "engineers like Omar Haddad")]
    assert got[0][1].startswith("The main problem")


def test_a_parenthetical_speech_verb_with_its_subject_before_it_stays():
    got = _speakers("The main problem, Omar Haddad said, is the soil itself.")
    assert [(q[0], q[3]) for q in got] == [("indirect", "Omar Haddad")]


def test_an_unnamed_spokesman_for_a_body_is_an_anonymous_speaker():
    for role in ("spokesman", "spokeswoman"):
        got = _speakers(f"A {role} for the Lantern Group said that the company offers eight weeks of leave.")
        assert [(q[0], q[2], q[4]) for q in got] == [("indirect", f"A {role} for the Lantern Group", "anonymous")], role
