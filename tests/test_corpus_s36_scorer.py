"""Session 36, issue 12: the window scorer's one-to-one alignment of hand mentions to system clusters within a
sentence (scripts/corpus_align.py, used by scripts/corpus_window.bcubed and scripts/corpus_oracle.py).
Invented events, names and spans only."""
from __future__ import annotations

import importlib.util
import sqlite3
import sys
from pathlib import Path

from test_corpus_window import _module as _window

PATH = Path(__file__).resolve().parents[1] / "scripts" / "corpus_align.py"


def _align():
    spec = importlib.util.spec_from_file_location("corpus_align", PATH)
    mod = importlib.util.module_from_spec(spec)
    sys.modules["corpus_align"] = mod
    spec.loader.exec_module(mod)
    return mod


def _set(events: dict[str, tuple[str, str]], mentions: list[tuple[str, str, int, int]]):
    """events {label: (type, description)}; mentions (label, article, start, end)."""
    return _window().WindowSet(
        root=Path("."), events={k: {"label": k, "type": t, "description": d} for k, (t, d) in events.items()},
        mentions=[{"label": lab, "article": a, "evidence_start": s, "evidence_end": e} for lab, a, s, e in mentions])


RESULTS = {"varna": ("SUPPORT", "Election result: Kell wins Varna"),
           "tarn": ("SUPPORT", "Election result: Osei wins Tarn")}
CONTESTS = {-1: ("SUPPORT", {"kell", "varna"}), -2: ("SUPPORT", {"osei", "tarn"})}


def test_two_results_told_in_one_sentence_go_to_their_own_contests():
    """'Kell won Varna and Osei won Tarn' in two articles, each listed once per result: every hand mention overlaps
    both contests. The session-35 rule put all four on the lowest id; one to one by the names each result's
    description gives, each result keeps the contest the system filed for it."""
    al, win = _align(), _window()
    ws = _set(RESULTS, [("varna", "one", 0, 40), ("tarn", "one", 0, 40), ("varna", "two", 10, 60),
                        ("tarn", "two", 10, 60)])
    found = [{-1, -2}] * 4
    assert al.align(ws, found, CONTESTS) == [-1, -2, -1, -2]
    assert win.bcubed(ws, found, CONTESTS)["f1"] == 1.0
    assert win.bcubed(ws, found)["precision"] == 0.5  # the old rule: both results in one cluster


def test_one_result_with_two_system_readings_takes_the_agreeing_one():
    """One result in a sentence the system read twice: a contest naming its winner and place, and an accusation
    naming someone else. The result goes to the contest; the other reading is no reading of it."""
    al = _align()
    ws = _set({"varna": RESULTS["varna"]}, [("varna", "one", 0, 40), ("varna", "two", 0, 50)])
    read = {-1: CONTESTS[-1], 5: ("ACCUSE", {"vale"})}
    assert al.align(ws, [{5, -1}, {-1}], read) == [-1, -1]
    assert al.agreement(ws.events["varna"], read[5]) == 0
    assert al.agreement(ws.events["varna"], read[-1]) == 3  # the type and two names


def test_a_hand_mention_with_no_agreeing_reading_stays_unaligned():
    """A march in Tarn whose sentence holds only a system assault by another actor: another type and none of its
    names, so the mention stays alone, although linking it to that cluster would score higher."""
    al, win = _align(), _window()
    ws = _set({"march": ("PROTEST", "Vale leads a march in Tarn")},
              [("march", "one", 0, 40), ("march", "two", 0, 40)])
    read = {9: ("ASSAULT", {"kell", "osei"})}
    found = [{9}, {9}]
    assert al.align(ws, found, read) == ["alone:0", "alone:1"]
    assert win.bcubed(ws, found, read)["recall"] < win.bcubed(ws, found)["recall"] == 1.0


def test_two_hand_events_and_one_reading_the_better_agreeing_takes_it():
    """A result and a withdrawal told in one sentence ('Kell won Varna, and Osei left the race'), the system filing
    the result only: the contest goes to the result; the withdrawal, also naming Varna, is not pushed onto it."""
    al = _align()
    ws = _set({"varna": RESULTS["varna"], "out": ("RETREAT", "Osei withdraws after Varna")},
              [("varna", "one", 0, 40), ("out", "one", 0, 40)])
    assert al.align(ws, [{-1}, {-1}], CONTESTS) == [-1, "alone:1"]


def test_ties_are_broken_by_votes_then_the_lowest_id_then_file_order():
    """Two hand events that agree equally with two clusters: the one whose mentions elsewhere vote for a cluster
    takes it; with no votes either way, the lowest id goes to the earliest listed mention."""
    al = _align()
    events = {"a": ("CONSULT", "Kell meets Osei"), "b": ("CONSULT", "Kell meets Osei again")}
    read = {3: ("CONSULT", {"kell", "osei"}), 4: ("CONSULT", {"kell", "osei"})}
    ws = _set(events, [("a", "one", 0, 30), ("b", "one", 0, 30), ("b", "two", 0, 30)])
    assert al.align(ws, [{3, 4}, {3, 4}, {3}], read) == [4, 3, 3]  # b's other mention votes for 3
    ws = _set(events, [("b", "one", 0, 30), ("a", "one", 0, 30)])
    assert al.align(ws, [{3, 4}, {3, 4}], read) == [3, 4]


def test_sentences_group_overlapping_spans_of_one_article():
    al = _align()
    ws = _set(RESULTS, [("varna", "one", 0, 40), ("tarn", "one", 30, 80), ("varna", "one", 90, 120),
                        ("tarn", "two", 0, 40)])
    assert sorted(map(sorted, al.sentences(ws.mentions))) == [[0, 1], [2], [3]]


def test_readings_of_a_linked_store():
    al = _align()
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE corpus_events (id INTEGER, type TEXT, source_actors TEXT, target_actors TEXT, "
                 "place TEXT)")
    conn.execute("CREATE TABLE corpus_contests (id INTEGER, winner_name TEXT, place_name TEXT)")
    conn.execute("INSERT INTO corpus_events VALUES (7, 'ACCUSE', '[{\"name\": \"Nia Kell\"}]', '[]', 'Tarn')")
    conn.execute("INSERT INTO corpus_contests VALUES (2, 'Osei', 'Varna County')")
    assert al.readings(conn) == {7: ("ACCUSE", {"nia", "kell", "tarn"}),
                                 -2: ("SUPPORT", {"osei", "varna", "county"})}
