"""Actor profiles find an actor by its name's whole words, and say when a name is several people's (issue 12, session
27). Invented records only (no NLP)."""
from __future__ import annotations

from dateline.corpus import update
from dateline.corpus.profiles import profile
from test_corpus import _actor, _event, _record, _store


def _records() -> list[dict]:
    people = [_actor("a1", "Ann Roe"), _actor("a2", "Joanna Vell"), _actor("a3", "Pel Kell"), _actor("a4", "Ida Kell")]
    return [_record("one", "2021-05-03", "o1", people,
                    [_event("e1", "CONSULT", ["a1"], ["a3"], "2021-05-03", text="Ann Roe met Pel Kell in Varna."),
                     _event("e2", "ACCUSE", ["a2"], ["a4"], "2021-05-03", text="Joanna Vell accused Ida Kell.")])]


def test_a_name_is_matched_by_whole_words_not_inside_another_word():
    st = _store(_records())
    update(st.conn)
    p = profile(st.conn, "Ann")  # 'Ann' is in 'Ann Roe', not in 'Joanna Vell'
    assert p["names"] == {"Ann Roe": 1} and p["did"] == {"CONSULT": 1} and "several_actors" not in p
    assert profile(st.conn, "anna") is None and profile(st.conn, "ann  roe")["names"] == {"Ann Roe": 1}


def test_a_surname_of_several_people_lists_them():
    st = _store(_records())
    update(st.conn)
    p = profile(st.conn, "Kell")  # two people: the profile counts both and says so
    assert p["several_actors"] == ["Ida Kell", "Pel Kell"] and p["done_to"] == {"ACCUSE": 1, "CONSULT": 1}
    assert "several_actors" not in profile(st.conn, "Pel Kell")
