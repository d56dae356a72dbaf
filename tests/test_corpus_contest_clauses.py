"""Results told in a relative or subordinate clause (issue 12, session 30): `contest_clauses`, read by the contest
reports (`contests.outcomes(..., wide=True)`). Invented sentences only."""
import pytest

from dateline.corpus import contests


def _read(text):
    return sorted((o.get("w"), tuple(o["n"]), o.get("l")) for o in contests.outcomes(text, pronouns=True, wide=True)
                  if o.get("w"))


@pytest.mark.parametrize("text, winner, place", [
    ("Osei carried Tarn but lost Varna, which Kell won by ten points.", "kell", ("varna",)),
    ("The Varna primary, which Kell won on Tuesday, was close.", "kell", ("varna",)),
    ("Varna, which Kell narrowly won, votes again in May.", "kell", ("varna",)),
    ("In Varna, where Kell won handily, turnout was low.", "kell", ("varna",)),
    ("Varna and Tarn, which Kell won on Tuesday, hold runoffs.", "kell", ("tarn", "varna")),
    ("After Kell won Varna, Osei dropped out of the race.", "kell", ("varna",)),
    ("Osei has struggled since Kell won the Varna primary.", "kell", ("varna",)),
    ("Polls in Tarn moved before Kell won the Varna caucuses.", "kell", ("varna",)),
])
def test_clause_results_name_their_place(text, winner, place):
    assert (winner, place) in [(w, n) for w, n, _l in _read(text)]


def test_a_lost_race_after_a_conjunction_names_its_winner():
    assert [(w, n) for w, n, _l in _read("Osei faded after he lost the Varna primary to Kell.")] == [("kell", ("varna",))]


@pytest.mark.parametrize("text", [
    "Kell scored all 40 delegates after Varna win.",           # a noun after a place, no clause
    "After Kell could win Varna, nothing changed.",            # a plan
    "After Kell did not win Varna, Osei rose.",                # a negation
    "Tarn, which Kell visited, is small.",                     # no outcome in the relative clause
])
def test_no_outcome_read_from_other_clauses(text):
    assert not any(w == "kell" and n for w, n, _l in _read(text))


def test_the_plain_reader_is_unchanged():
    """The conflicts stage reads outcomes without `wide`: the clause forms are the contest reports' only."""
    assert not any(o.get("n") for o in contests.outcomes("Varna, which Kell won easily, votes again."))
    assert not contests.outcomes("After Kell won Varna, Osei quit.")


def test_antecedent_is_not_the_winner_and_a_place_told_inside_is_kept():
    assert all(n != ("kell",) for _w, n, _l in _read("Kell, which won on Tuesday, spoke."))
    assert ("kell", ("tarn",), None) in _read("Varna, which Kell won in Tarn, votes later.")
