"""TIMEX3 beyond calendar dates, and safety at the ends of the calendar (invented sentences)."""
from __future__ import annotations

import pytest

from conftest import run_text
from dateline.extract.times import normalize


@pytest.mark.parametrize("anchor", ["0001-01-01", "9999-12-31"])
@pytest.mark.parametrize("expr", ["tomorrow", "yesterday", "next week", "last week", "in two days", "Friday",
                                  "next month", "last month", "Easter", "the following day", "next Tuesday"])
def test_extreme_anchor_dates_keep_placeholders_instead_of_raising(anchor, expr):
    got = normalize(expr, anchor)
    assert got is None or (got[0] in ("DATE", "TIME", "DURATION", "SET") and got[1])


@pytest.mark.parametrize("anchor", ["0001-01-01", "9999-12-31"])
def test_an_article_dated_at_the_end_of_the_calendar_is_processed(anchor):
    rec = run_text("The minister said on Friday that talks would resume tomorrow and end next week.", date=anchor)
    assert rec.times and all(t.value for t in rec.times)


def test_the_time_grammar_is_compiled_from_the_knowledge_the_pipeline_is_given(tmp_path):
    """A user's time_lexicon.json (knowledge directory) adds a holiday: extraction sees it, the default does not."""
    import json

    from dateline.options import Options
    (tmp_path / "time_lexicon.json").write_text(json.dumps({"holidays_fixed": {"harvest festival": "09-14"}}))
    text = "Farmers marched on Harvest Festival, police said."
    assert not any(t.text == "Harvest Festival" for t in run_text(text).times)
    got = run_text(text, options=Options(knowledge_dir=str(tmp_path))).times
    assert [(t.text, t.value) for t in got if t.text == "Harvest Festival"] == [("Harvest Festival", "2024-09-14")]


def test_set_periods_and_idioms_are_lexicon_data(tmp_path):
    """A user's time_lexicon.json adds a set period ("each semester") and an idiom ("an hour of glory")."""
    import json

    from dateline.options import Options
    (tmp_path / "time_lexicon.json").write_text(json.dumps({"set_periods": {"semester": "P6M"},
                                                            "time_idioms": {"phrases": ["an hour of glory"]}}))
    text = "Fees rise each semester. The striker had an hour of glory."
    default = {t.text: t.value for t in run_text(text).times}
    assert "each semester" not in default and default.get("an hour") == "PT1H"
    got = {t.text: (t.type, t.value) for t in run_text(text, options=Options(knowledge_dir=str(tmp_path))).times}
    assert got == {"each semester": ("SET", "P6M")}


def _by_text(rec):
    return {t.text: t for t in rec.times}


def test_timex3_attributes_mod_quant_freq():
    got = _by_text(run_text("Talks lasted about three weeks. The council meets every Monday and inspectors "
                            "visit twice a week. Prices rose in early March and more than a decade ago."))
    assert got["about three weeks"].mod == "APPROX" and got["about three weeks"].value == "P3W"
    assert got["every Monday"].quant == "EVERY" and got["every Monday"].type == "SET"
    assert got["twice a week"].freq == "2X" and got["twice a week"].value == "P1W"
    assert got["early March"].mod == "START"
    assert all(t.tid for t in got.values()) and len({t.tid for t in got.values()}) == len(got)


def test_a_range_is_two_linked_times_the_end_after_the_start():
    rec = run_text("The summit will run from Wednesday to Friday.")  # published Thursday 2025-03-06
    got = _by_text(rec)
    wed, fri = got["Wednesday"], got["Friday"]
    assert wed.range_with == fri.tid and fri.range_with == wed.tid
    assert wed.value == "2025-03-12" and fri.value == "2025-03-14"
    past = _by_text(run_text("The festival ran from Wednesday through Friday."))
    assert past["Wednesday"].value < past["Friday"].value <= "2025-03-06"


def test_a_duration_names_the_event_it_measures_where_the_syntax_says_so():
    got = _by_text(run_text("A three-month investigation found no wrongdoing. The talks lasted two hours."))
    assert got["three-month"].measures == "investigation" and got["three-month"].value == "P3M"
    assert got["two hours"].measures == "talks"


def test_relative_times_record_their_anchor_and_absolute_ones_do_not():
    got = _by_text(run_text("The minister resigned yesterday; the treaty was signed on March 5, 2019."))
    assert got["yesterday"].anchor == "2025-03-06" and got["March 5, 2019"].anchor is None


def test_a_start_mid_or_end_modifier_is_part_of_the_expression():
    """'mid-2020', 'late last year', 'the early 1990s', 'the late 19th century', 'early this year': the
    span takes the modifier word and the time carries TimeML's mod (was: the bare year, no mod)."""
    text = ("The plant opened in mid-2020 and closed late last year. Its walls date from the early 1990s and "
            "its tower from the late 19th century. Early this year the owners sold it.")
    got = {t.text: (t.value, t.mod) for t in run_text(text, date="2025-03-06").times}
    assert got["mid-2020"] == ("2020", "MID") and got["late last year"] == ("2024", "END")
    assert got["the early 1990s"] == ("199", "START") and got["the late 19th century"] == ("18", "END")
    assert got["Early this year"] == ("2025", "START")


def test_a_frequency_before_a_set_adverb_and_plural_weekdays_are_sets():
    text = "Patients take the pill twice daily, children three times daily. The market opens on Sundays."
    got = {t.text: t for t in run_text(text, date="2025-03-06").times}
    assert (got["twice daily"].type, got["twice daily"].value, got["twice daily"].freq) == ("SET", "P1D", "2X")
    assert got["three times daily"].freq == "3X"
    assert (got["Sundays"].type, got["Sundays"].value) == ("SET", "XXXX-WXX-7")


def test_a_half_inside_a_counted_duration():
    assert normalize("two and a half years", "2025-03-06") == ("DURATION", "P30M", None)
    got = {t.text: t.value for t in run_text("Rents have doubled over the past two and a half years.").times}
    assert "P30M" in got.values()


def test_a_range_of_days_in_one_month_is_two_linked_dates():
    """'April 3-5', '10 to 12 June', 'the 8th to the 10th of May': each end a day of the month written
    once, the two pointing at each other; an end before its start ('May 2-1', a score) is no range."""
    text = "The fair runs April 3-5 and the summit 10 to 12 June. The motion passed May 2-1."
    got = [(t.text, t.value, t.range_with, t.tid) for t in run_text(text, date="2025-03-06").times]
    by_text = {x[0]: x for x in got}
    assert by_text["April 3"][1] == "2025-04-03" and by_text["5"][1] == "2025-04-05"
    assert by_text["April 3"][2] == by_text["5"][3] and by_text["5"][2] == by_text["April 3"][3]
    assert by_text["10"][1] == "2025-06-10" and by_text["12 June"][1] == "2025-06-12" and by_text["10"][2]
    assert by_text["May 2"][1].endswith("-05-02") and by_text["May 2"][2] is None and "1" not in by_text


def test_the_part_of_a_period_is_one_expression_with_its_mod():
    """'the end of next year', 'the beginning of March', 'the middle of 2024': span and TimeML mod."""
    text = "The plant will close by the end of next year. Talks began at the beginning of March, stalled in the middle of 2024."
    got = {t.text: (t.value, t.mod) for t in run_text(text, date="2025-03-06").times}
    assert got["the end of next year"] == ("2026", "END")
    assert got["the beginning of March"][1] == "START" and got["the middle of 2024"] == ("2024", "MID")


def test_on_weekends_is_a_set_and_in_the_spring_a_season():
    got = {t.text: (t.type, t.value) for t in run_text(
        "The shelter opens on weekends. The law will be reviewed in the spring.", date="2025-03-06").times}
    assert got["weekends"] == ("SET", "XXXX-WXX-WE") and got["spring"] == ("DATE", "2025-SP")
    got = {t.text for t in run_text("Enrolment for the autumn semester opens soon.", date="2025-03-06").times}
    assert not any("autumn" in g for g in got)  # a term's name, not a season of this year


def test_military_clock_times_and_half_years():
    text = ("The convoy left at 1430 hrs and the curfew ends at 0600 local time; polls close at 1800 hours. "
            "The pilot has logged 2000 hours of flight time. Revenue rose in H1 2024.")
    got = {t.text: (t.type, t.value) for t in run_text(text, date="2025-03-06").times}
    assert got["1430 hrs"] == ("TIME", "2025-03-06T14:30") and got["1800 hours"] == ("TIME", "2025-03-06T18:00")
    assert got["0600 local time"] == ("TIME", "2025-03-06T06:00")
    assert got["2000 hours"] == ("DURATION", "PT2000H") and got["H1 2024"] == ("DATE", "2024-H1")


def test_a_range_of_years_is_two_linked_years_and_a_score_is_none():
    got = [(t.text, t.value, t.range_with, t.tid) for t in run_text(
        "The copper mine near Vantor operated in 1990-95 and again from 2004–2011.", date="2025-03-06").times]
    assert got == [("1990", "1990", "t2", "t1"), ("95", "1995", "t1", "t2"),
                   ("2004", "2004", "t4", "t3"), ("2011", "2011", "t3", "t4")]
    assert not run_text("The home side won 3-2 and the bill passed 212-205.", date="2025-03-06").times


def test_the_nth_week_of_a_month_is_the_iso_week_of_its_nth_thursday():
    # April 2025 starts on a Tuesday: its first Thursday (the 3rd) is in ISO week 14; January's last in week 5
    assert normalize("the first week of April", "2025-03-06", "future") == ("DATE", "2025-W14", "week")
    assert normalize("the last week of January", "2025-03-06") == ("DATE", "2025-W05", "week")
    assert normalize("the second week of May 2026", "2025-03-06") == ("DATE", "2026-W20", "week")
    t = run_text("Fuel prices fell in the last week of January.", date="2025-03-06").times
    assert [(x.text, x.type, x.value) for x in t] == [("the last week of January", "DATE", "2025-W05")]


def test_half_a_unit_later_counts_half_the_unit():
    t = run_text("Half a year later, the smelter closed. Half an hour later, police arrived.", date="2025-03-06").times
    assert [(x.text, x.value) for x in t] == [("Half a year later", "2025-09"), ("Half an hour later", "2025-03-06")]


def test_a_past_weekend_named_on_a_weekday_is_the_one_before():
    past = run_text("Officials negotiated over the weekend, a spokesman said.", date="2025-03-06").times
    future = run_text("The talks will continue over the weekend.", date="2025-03-06").times
    assert [x.value for x in past] == ["2025-W09-WE"] and [x.value for x in future] == ["2025-W10-WE"]


def test_a_weekend_is_written_as_timeml_writes_it():
    """TimeML's value for a weekend is its ISO week with -WE (2025-W10-WE), also with no publication date."""
    t = run_text("Protests are planned this weekend, after clashes last weekend.", date="2025-03-06").times
    assert [(x.text, x.value, x.precision) for x in t] == [("this weekend", "2025-W10-WE", "week"),
                                                          ("last weekend", "2025-W09-WE", "week")]
    assert [x.value for x in run_text("Protests are planned this weekend.", date=None).times] == ["XXXX-WXX-WE"]


def test_a_durations_preposition_is_a_signal_outside_its_span():
    """TimeML leaves the signal out of the TIMEX3 ("for [three months]"); the modifier stays in, and the
    duration still measures the clause's event through the preposition."""
    got = [(x.text, x.value, x.mod, x.measures) for x in run_text(
        "The strike lasted for about three months. The plant will close within two years. Prices rose over the "
        "past few years, and over two years wages fell.", date="2025-03-06").times]
    assert got == [("about three months", "P3M", "APPROX", "strike"), ("two years", "P2Y", None, None),
                   ("the past few years", "PXY", None, "rose"), ("over two years", "P2Y", "MORE_THAN", "fell")]


def test_a_weekday_with_the_week_it_lies_in_is_that_weeks_day():
    got = [(x.text, x.value) for x in run_text(
        "Inspectors visited the mill on Tuesday last week. The ballot is set for Friday of next week.",
        date="2025-03-06").times]
    assert got == [("Tuesday last week", "2025-02-25"), ("Friday of next week", "2025-03-14")]
    got = [(x.text, x.value) for x in run_text("On Wednesday, last week's ruling was appealed.", date="2025-03-06").times]
    assert got[0] == ("Wednesday", "2025-03-05")  # a possessive week is another expression


def test_durations_counted_in_quarters_or_in_a_run_of_units():
    t = run_text("The economy shrank for three consecutive quarters, and harvests failed for two straight years.",
                 date="2025-03-06").times
    assert [(x.type, x.value) for x in t] == [("DURATION", "P9M"), ("DURATION", "P2Y")]
    assert not run_text("Three quarters of voters backed the plan.", date="2025-03-06").times


def test_a_quarter_or_half_without_its_year_follows_the_verb_and_an_adjective_the_latest_begun():
    got = lambda text: [(t.text, t.value) for t in run_text(text, date="1998-02-27").times]  # noqa: E731
    assert got("The brewer will report fourth-quarter results on Thursday.")[0] == ("fourth-quarter", "1997-Q4")
    assert got("Analysts expect first-half sales at the mill to be weak.") == [("first-half", "1998-H1")]
    assert got("Profit at the brewer rose in the third quarter.") == [("the third quarter", "1997-Q3")]
    assert got("Profit at the brewer will rise in the third quarter.") == [("the third quarter", "1998-Q3")]


def test_midyear_plural_weekdays_and_a_following_year_after_a_named_year():
    t = run_text("The merger should close by midyear. The magazine goes on sale Mondays. The law passed in 1996 and "
                 "took effect the following year.", date="1998-02-27").times
    assert [(x.text, x.type, x.value, x.mod) for x in t] == [
        ("midyear", "DATE", "1998", "MID"), ("Mondays", "SET", "XXXX-WXX-1", None), ("1996", "DATE", "1996", None),
        ("the following year", "DATE", "1997", None)]


def test_a_set_adverb_after_a_determiner_is_a_noun():
    t = run_text("The weekly goes on sale on Thursdays, and a daily is planned.", date="1998-02-27").times
    assert [(x.text, x.value) for x in t] == [("Thursdays", "XXXX-WXX-4")]
    assert [(x.text, x.value) for x in run_text("She takes a daily aspirin.", date="1998-02-27").times] == [("daily", "P1D")]


def test_over_is_more_than_only_before_a_quantity_and_the_part_of_a_bare_month_is_one_expression():
    got = {t.text: (t.value, t.mod) for t in run_text(
        "The envoy stayed in Rome over Christmas. The talks dragged on over two years. The lease runs until "
        "the end of June. Two and a half years ago the mine closed.", date="1998-02-27").times}
    assert got == {"Christmas": ("1997-12-25", None), "over two years": ("P2Y", "MORE_THAN"),
                   "the end of June": ("1998-06", "END"), "Two and a half years ago": ("1995-08", None)}
    assert normalize("the 1998 fiscal year", "1998-02-27") == ("DATE", "FY1998", "year")


def test_the_unit_before_or_after_counts_from_the_last_named_period_and_late_last_night_is_one_expression():
    got = [(t.text, t.value, t.mod) for t in run_text(
        "The group was founded in 1996, and the plant opened the year after. The attack happened late last night.",
        date="1998-02-27").times]
    assert got == [("1996", "1996", None), ("the year after", "1997", None), ("late last night", "1998-02-26TNI", "END")]


def test_the_quarter_is_the_last_quarter_the_story_named():
    got = [(t.text, t.value) for t in run_text(
        "The brewer said Thursday its fourth-quarter profit rose 8 percent. Revenue in the quarter fell, and "
        "profit was below the year-earlier quarter.", date="1998-02-27").times]
    assert got[1:] == [("fourth-quarter", "1997-Q4"), ("the quarter", "1997-Q4"), ("the year-earlier quarter", "1996-Q4")]


def test_a_duration_measures_the_verb_it_is_the_object_or_for_phrase_of_and_a_relative_clauses_noun():
    got = {t.text: t.measures for t in run_text(
        "The talks, which lasted three days, ended on Friday. He served 12 years in prison. The ministers "
        "negotiated for 18 hours. The plan gives the company 30 days to appeal.", date="1998-02-27").times}
    assert got == {"three days": "talks", "Friday": None, "12 years": "served", "18 hours": "negotiated",
                   "30 days": None}


def test_todays_before_a_bare_name_standing_alone_is_the_present():
    got = lambda text: [(t.text, t.value) for t in run_text(text, date="2024-11-14").times]  # noqa: E731
    assert got("The novel describes today's Vantor with affection.") == [("today's", "PRESENT_REF")]
    assert got("Today's New York Times carries the story.") == [("Today", "2024-11-14")]
    assert got("Delegates arrived for today's Kestrel summit.") == [("today", "2024-11-14")]


def test_a_weekday_under_a_present_tense_timetable_verb_is_ahead_but_not_in_a_headline():
    got = lambda text: [t.value for t in run_text(text, date="1998-02-27").times]  # noqa: E731
    assert got("Parliament returns from its recess on Monday.") == ["1998-03-02"]
    assert got("Police say the attack on the depot happened on Monday.") == ["1998-02-23"]
    assert got("Rebels attack convoy on Monday\n\nRebels attacked a convoy, officials said.")[0] == "1998-02-23"
