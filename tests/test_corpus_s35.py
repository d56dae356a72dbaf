"""Session 35, issue 12: what each cause of a missed link costs on a window set (scripts/corpus_oracle.py); an office
won told as becoming its holder (contest_forms._became_holder). Invented records and an invented mini set only (the
one of test_corpus_window.py)."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from dateline.corpus import contests, update
from dateline.store import Store
from test_corpus import _store
from test_corpus_contest_reports import _kell, _record
from test_corpus_window import _module as _window, _records, _write_set

PATH = Path(__file__).resolve().parents[1] / "scripts" / "corpus_oracle.py"


def _oracle():
    _window()  # registers corpus_window, which the oracle imports
    spec = importlib.util.spec_from_file_location("corpus_oracle", PATH)
    mod = importlib.util.module_from_spec(spec)
    sys.modules["corpus_oracle"] = mod
    spec.loader.exec_module(mod)
    return mod


def test_bcubed_of_a_clustering_and_clusters_joined():
    mod = _oracle()
    gold = ["a", "a", "b", "b"]
    assert mod.bcubed_f1(gold, [1, 1, 2, 2]) == 1.0
    # a's two mentions apart: precision 1, recall (1/2 + 1/2 + 1 + 1) / 4
    assert mod.bcubed_f1(gold, [1, 3, 2, 2]) == round(2 * 0.75 / 1.75, 4)
    assert mod.joined([1, 3, 2, 2], [(0, 1)]) in ([3, 3, 2, 2], [1, 1, 2, 2])
    assert len(set(mod.joined([1, 3, 2, 4], [(0, 1), (1, 3)]))) == 2  # a chain joins three clusters into one


def test_the_cluster_of_a_hand_mention_is_its_events_most_voted_one():
    mod = _oracle()
    ws = _window().WindowSet(root=Path("."), mentions=[
        {"label": "x", "article": "one"}, {"label": "x", "article": "two"}, {"label": "y", "article": "two"}])
    # x's mentions vote 7 twice and 9 once; y's alone sees 9; a mention overlapping nothing stands alone
    assert mod.clusters(ws, [{7, 9}, {7}, {9}]) == [7, 7, 9]
    assert mod.clusters(ws, [set(), {7}, {9}]) == ["alone:0", 7, 9]


def test_causes_of_pairs_without_a_system_mention_or_sharing_one():
    mod = _oracle()
    x, y = {"article": "one", "label": "l"}, {"article": "two", "label": "l"}

    def no_events(_m):
        return []
    args = (no_events, {}, None, None)
    assert mod._cause(x, y, set(), set(), *args) == "no system mention on either side"
    assert mod._cause(x, y, {-3, -4}, {-4}, *args) == "both sides: shared, another cluster chosen"
    assert mod._cause(x, y, {-3}, set(), *args) == "one side: contest report"
    assert mod._cause(x, y, {-3}, {-4}, *args) == "both sides: contest report"


def test_oracle_on_the_invented_mini_set(tmp_path):
    """Of the mini set's hand pairs one is missed (Kell's march, told by one article as an accusation of another
    person, kept apart by the linker); linked, B-cubed rises to precision 5/6 (the two accusations the linker joins
    stay joined) and recall 1."""
    mod, win = _oracle(), _window()
    ws = win.read_set(_write_set(tmp_path / "set"))
    st = _store(_records())
    update(st.conn)
    got = mod.oracle(st.conn, ws)
    assert got["bcubed"] == win.score(st.conn, ws)["bcubed_with_contests"]["f1"]
    assert got["unlinked_pairs"] == 1 and len(got["causes"]) == 1
    (cause, row), = got["causes"].items()
    assert cause.startswith("both sides: ") and row["pairs"] == 1
    assert row["bcubed_if_linked"] == got["bcubed_if_all_linked"] == round(2 * (5 / 6) / (1 + 5 / 6), 4)
    assert got["bcubed_if_all_linked"] > got["bcubed"]


# ---------------------------------------------------------------- an office won told as becoming its holder

@pytest.mark.parametrize("text, winner", [
    ("Nia Kell became the Green Party's presumptive nominee on Tuesday.", "kell"),
    ("Nia Kell became the nominee for the presidency on Tuesday.", "kell"),
    ("Nia Kell has amassed the 1,237 delegates needed to become her party's presumptive nominee.", "kell"),
    ("She became the presumptive nominee on Monday night.", "@0"),
])
def test_becoming_an_offices_holder_wins_the_office(text, winner):
    got = [o for o in contests.outcomes(text, pronouns=True, wide=True) if o.get("office")]
    assert [(o["w"], o["office"], o["all"]) for o in got] == [(winner, "nomination", True)]


@pytest.mark.parametrize("text", [
    "Nia Kell is expected to become the nominee.",
    "Nia Kell hopes to become the Green Party nominee.",
    "Nia Kell could become the nominee by June.",
    "Nia Kell is poised to become the nominee.",
    "Nia Kell became the first woman to lead the ticket.",
    "Nia Kell became a nominee's closest adviser.",
    "Nia Kell became angry at the nominee.",
    "Nia Kell, the presumptive nominee, spoke on Tuesday.",
])
def test_no_office_won_in_a_plan_another_noun_or_a_description(text):
    assert not [o for o in contests.outcomes(text, pronouns=True, wide=True) if o.get("office")]


def test_a_holder_become_and_a_nomination_clinched_are_one_contest_across_outlets():
    a = "Nia Kell clinched the Green Party nomination on Tuesday."
    b = "Turnout was low. She became the party's presumptive nominee on Tuesday, aides said."
    st = Store(":memory:")
    st.upsert_records([_record("r1", "2031-05-07", "Outlet One", a),
                       _record("r2", "2031-05-08", "Outlet Two", b, actors=[_kell(b, "She")])])
    update(st.conn)
    assert [tuple(r) for r in st.conn.execute("SELECT winner, place, n_articles, n_outlets FROM corpus_contests")] == [
        ("kell", "nomination", 2, 2)]
