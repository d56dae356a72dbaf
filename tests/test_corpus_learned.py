"""Cross-article conflicts, session 13 (issue 12): the learned decision over two reports of one story
(`corpus/learned.py`, weights in `corpus/data/conflict_model.json`). Invented text only."""
from __future__ import annotations

import pytest
from test_corpus_context import _record

from dateline.corpus import learned, update
from dateline.store import Store

BOATS = "TESSEL — About 900 boats blocked the harbour of Tessel on Monday in protest at the new quotas"
VESSELS = "TESSEL — More than 4,000 vessels blocked the harbour of Tessel on Monday against the new quotas"
AGREES = "TESSEL — About 900 boats blocked the harbour of Tessel on Monday, halting the ferries"


@pytest.fixture(autouse=True)
def learned_on(monkeypatch):
    """The decision ships off (`threshold` null: held-out batch ah); these tests read it on, at its threshold."""
    shipped = learned.model()
    monkeypatch.setattr(learned, "model", lambda: {**shipped, "threshold": shipped["threshold_when_on"]})


def test_the_decision_ships_off():
    """Held-out batch ah (session 13): the learned decision found none of its pairs and listed two false ones."""
    import json
    from importlib import resources
    shipped = json.loads(resources.files("dateline.corpus").joinpath("data/conflict_model.json").read_text())
    assert shipped["threshold"] is None and shipped["threshold_when_on"] == 0.6


def _story(*texts: tuple[str, str, str]) -> list[dict]:
    """Reports (id, published, text), each text one claim held by a different named actor."""
    return [_record(aid, day, text, claims=[(text, "positive", f"a{n}")])
            for n, (aid, day, text) in enumerate(texts, 1)]


def _listed(st: Store) -> list[tuple]:
    return [tuple(r) for r in st.conn.execute(
        "SELECT kind, matter, a_article, a_value, b_article, b_value FROM corpus_conflicts WHERE scope = 'corpus' "
        "ORDER BY id")]


def test_a_count_in_other_words_is_a_learned_figure_conflict():
    """'900 boats' / 'more than 4,000 vessels' count one thing in two words: the rules' matter test
    needs one counted noun and lists nothing; the learned decision reads the nouns' nearness, the shared lead
    and the story's names."""
    st = Store(":memory:")
    st.upsert_records(_story(("r1", "2023-05-08", BOATS), ("r2", "2023-05-09", VESSELS)))
    update(st.conn)
    assert _listed(st) == [("figure", "learned:figure", "r1", "900 boat", "r2", "4000 vessel")]


def test_reports_that_agree_are_not_listed():
    st = Store(":memory:")
    st.upsert_records(_story(("r1", "2023-05-08", BOATS), ("r2", "2023-05-09", AGREES)))
    update(st.conn)
    assert _listed(st) == []


def test_learned_rows_survive_the_rules_revisit_of_a_later_run():
    """Each run re-judges the rules' rows with the corpus's word frequencies (`conflicts.revisit`); a learned row
    is not the rules' to drop — it is revisited by the model."""
    st = Store(":memory:")
    st.upsert_records(_story(("r1", "2023-05-08", BOATS), ("r2", "2023-05-09", VESSELS)))
    update(st.conn)
    st.upsert_records(_story(("r3", "2023-05-10", "Grain prices in Varn rose by 3 percent in April")))
    update(st.conn)
    assert [r[1] for r in _listed(st)] == ["learned:figure"]


def test_without_a_threshold_the_model_lists_nothing(monkeypatch):
    monkeypatch.setattr(learned, "model", lambda: {})
    st = Store(":memory:")
    st.upsert_records(_story(("r1", "2023-05-08", BOATS), ("r2", "2023-05-09", VESSELS)))
    update(st.conn)
    assert _listed(st) == []


def test_counted_nouns_are_compared_by_their_vectors():
    near = learned._word_near(learned._noun_key("boats"), learned._noun_key("vessels"))
    far = learned._word_near(learned._noun_key("boats"), learned._noun_key("elections"))
    assert near > 0.5 > far
    assert learned._word_near("tessel", "tessel") == 1.0


def test_one_weekday_word_on_both_sides_is_no_date_clash():
    """'on Saturday' in two reports a week apart is each report's own Saturday (the weekly march)."""
    def statement(day: int, word: str) -> learned.Statement:
        info = {"t": ["march", "tessel"], "p": ["march"], "dt": [[day, word, [["march", 1]], False, None]]}
        return learned.Statement(("r", "c1", day, None, None, "x", __import__("json").dumps(info)), lambda w: False)
    assert learned.date_clash(statement(738000, "saturday"), statement(738007, "saturday")) is None
    found = learned.date_clash(statement(738000, "saturday"), statement(738001, "sunday"))
    assert found is not None and found[0]["verb_near"] == 1.0


def test_one_holder_changing_its_account_is_no_candidate():
    one = _record("r1", "2023-05-08", BOATS, claims=[(BOATS, "positive", "a1")])
    two = _record("r2", "2023-05-09", VESSELS, claims=[(VESSELS, "positive", "a1")])
    st = Store(":memory:")
    st.upsert_records([one, two])
    update(st.conn)
    assert _listed(st) == []


def test_stages_say_where_a_listed_pair_is_lost(tmp_path):
    """`conflict_model.stages`: listed pairs the linker found, one it matched but judged no clash (the same count),
    one whose statements carry no clash of the listed kind (no figure on one side)."""
    from dateline.corpus.conflict_model import stages
    db = str(tmp_path / "s.db")
    st = Store(db)
    calm = "TESSEL — Ferries sailed from the harbour of Tessel as usual on Monday"
    st.upsert_records(_story(("r1", "2023-05-08", BOATS), ("r2", "2023-05-09", VESSELS), ("r3", "2023-05-09", AGREES),
                             ("r4", "2023-05-09", calm)))
    update(st.conn)
    st.conn.close()
    gold = {frozenset(("r1", "r2")): "figure", frozenset(("r1", "r3")): "figure", frozenset(("r1", "r4")): "figure"}
    assert stages(db, gold) == {"figure": {"found": 1, "3 comparison": 1, "1 extraction": 1}}
