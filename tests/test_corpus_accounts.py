"""An undated report read at its story's day (issue 12, session 26): a report whose sentence gives no day, which the
events stage dated by the story's reference time ('Roe spoke in Varna on Tuesday. … She also said …'), is read at that
day too when its publication day gives no link, against acts dated in their own words only
(`told_day_second_days`). Invented records only (no NLP)."""
from __future__ import annotations

from dateline.corpus import update
from test_corpus import _actor, _event, _partition, _record, _store

ROE_KELL = [_actor("r", "Ana Roe", country="NOR"), _actor("k", "Pel Kell", country="NOR")]


def _two(first: dict, second: dict, later: str, actors: list[dict] | None = None) -> set:
    recs = [_record("one", "2021-05-04", "o1", [dict(a) for a in actors or ROE_KELL], [first]),
            _record("two", later, "o2", [dict(a) for a in actors or ROE_KELL], [second])]
    st = _store(recs)
    update(st.conn)
    return _partition(st)


LINKED = {frozenset({("one", "e1"), ("two", "e1")})}
APART = {frozenset({("one", "e1")}), frozenset({("two", "e1")})}


def _told(eid: str, typ: str, text: str, told: str) -> dict:
    """An event whose sentence gives no day, dated by the events stage from the story's reference time ('Roe spoke on
    Tuesday. … She also said …'): its date's words are not in its evidence."""
    return dict(_event(eid, typ, ["r"], ["k"], text=text),
                date={"value": told, "text": "on Tuesday", "precision": "day"})


def test_an_undated_report_is_read_at_the_storys_day_when_its_publication_day_gives_no_link():
    """The act dated 3 May in its own words; a report published 7 May whose story the events stage dates to 4 May.
    Before: read at its publication day only (the lag allows 5 May at the earliest), so it stood apart."""
    first = _event("e1", "ACCUSE", ["r"], ["k"], "2021-05-03",
                   text="Ana Roe accused Pel Kell of hiding the ferry contract losses.")
    second = _told("e1", "ACCUSE", "Roe also said Kell misled voters about the budget.", "2021-05-04")
    assert _two(first, second, "2021-05-07") == LINKED


def test_the_storys_day_is_compared_with_acts_dated_in_their_own_words_only():
    """Against a report dated only by its publication (3 May) the story's day of the later report is no second reading:
    two such guesses days apart are two of a rival pair's many quarrels as often as one."""
    first = _event("e1", "ACCUSE", ["r"], ["k"], text="Ana Roe accused Pel Kell of hiding the ferry contract losses.")
    second = _told("e1", "ACCUSE", "Roe also said Kell misled voters in the northern districts about ferry safety and "
                                   "harbour dredging schedules.", "2021-05-04")
    assert _two(first, second, "2021-05-07") == APART
    dated = _event("e1", "ACCUSE", ["r"], ["k"], "2021-05-03",
                   text="Ana Roe accused Pel Kell of hiding the ferry contract losses.")
    assert _two(dated, second, "2021-05-07") == LINKED
