"""Two counts of one thing across articles (corpus/conflicts.py): a time of a day names its day (`_explicit_days`);
the counted-noun reading applies to statements on one matter too (`judge`). Invented records (no NLP)."""
from __future__ import annotations

import copy

from dateline.corpus import update
from dateline.corpus.conflicts import _explicit_days
from dateline.corpus.signature import day_number
from test_corpus import PAIR, _claim, _record, _store


def test_a_time_of_day_names_its_day_for_two_counts_of_one_occasion():
    """'TARN — Rebels killed four soldiers on Sunday night' / 'TARN — Nine soldiers died late on Sunday': 'Sunday
    night' (a time, as the times stage gives it: '…TNI') names the Sunday that 'late on Sunday' names, so two
    leads under one dateline that share few other words count the soldiers of one occasion twice (session 20:
    such a pair planted in invented batch an was not listed). A calendar date is still one written in digits of a
    date, not of a clock."""
    firsts = ("Rebels killed four soldiers on Sunday night", "Nine soldiers died late on Sunday")
    when = ({"text": "Sunday night", "type": "TIME", "value": "2021-06-06TNI", "precision": "time"},
            {"text": "Sunday", "type": "DATE", "value": "2021-06-06", "precision": "day"})
    recs = []
    for n, (first, time) in enumerate(zip(firsts, when), 1):
        opening = "TARN — "
        claim = _claim("c1", first, None, "positive", start=len(opening), end=len(opening) + len(first))
        rec = _record(f"r{n}", "2021-06-07", f"o{n}", copy.deepcopy(PAIR), [], claims=[claim])
        rec["article"]["text"] = opening + first + ". The road stayed closed."
        at = rec["article"]["text"].index(time["text"])
        rec["times"] = [dict(time, start=at, end=at + len(time["text"]))]
        recs.append(rec)
    assert _explicit_days(recs[0], recs[0]["claims"][0], calendar=False) == [day_number("2021-06-06")]
    assert _explicit_days(recs[0], recs[0]["claims"][0]) == []  # no calendar date written
    clock = copy.deepcopy(recs[0])
    clock["times"][0].update(text="9 p.m. on Sunday", value="2021-06-06T21:00")
    assert _explicit_days(clock, clock["claims"][0]) == []  # the digits of a clock are no calendar date
    st = _store(recs)
    update(st.conn)
    got = [tuple(r) for r in st.conn.execute("SELECT kind, a_value, b_value FROM corpus_conflicts WHERE scope = 'corpus'")]
    assert got == [("figure", "4 soldier", "9 soldier")]


def test_shares_two_leads_name_alike_conflict_also_when_the_leads_pass_the_matter_test():
    """Two leads under one dateline giving one candidate's share ('TARN — Kell won 54 percent of the vote in the
    Tarn mayoral runoff on Sunday' / 'TARN — Kell took 37 percent of the vote in the Tarn mayoral runoff on
    Sunday') conflict whether their sentences share few words or, as here, most: the counted-noun reading
    (`counted.counted_clash`) applies to statements on one matter too, where the plain figure test leaves shares
    out (session 20: a written-down pair of a spent invented batch was listed only this way)."""
    firsts = ("Kell won 54 percent of the vote in the Tarn mayoral runoff on Sunday, officials said",
              "Kell took 37 percent of the vote in the Tarn mayoral runoff on Sunday, officials said")
    recs = []
    for n, first in enumerate(firsts, 1):
        opening = "TARN — "
        claim = _claim("c1", first, None, "positive", start=len(opening), end=len(opening) + len(first))
        rec = _record(f"r{n}", "2021-06-07", f"o{n}", copy.deepcopy(PAIR), [], claims=[claim])
        rec["article"]["text"] = opening + first + ". Turnout was low."
        recs.append(rec)
    st = _store(recs)
    update(st.conn)
    got = [tuple(r) for r in st.conn.execute("SELECT kind, a_value, b_value FROM corpus_conflicts WHERE scope = 'corpus'")]
    assert got == [("figure", "54 percent", "37 percent")]
