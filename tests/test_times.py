"""Time rules on small hand-made texts: anchors, weekdays, year boundaries, placeholders, quotes, event dates."""
from __future__ import annotations

from datetime import date

import pytest

from conftest import run_text
from dateline.extract.times import event_date, normalize
from dateline.extract.times.normalize import Ref, interpret

THU = "2025-03-06"  # a Thursday


def times(text: str, date: str | None = THU) -> dict[str, str]:
    rec = run_text(text, date=date)
    return {t.text: t.value for t in rec.times}


# ---------------------------------------------------------------- seed acceptance

def test_seed_acceptance():
    assert normalize("28 years ago", THU)[1] == "1997"
    assert normalize("Thursday afternoon", THU) == ("TIME", "2025-03-06TAF", "time")
    assert normalize("Wednesday", THU) == ("DATE", "2025-03-05", "day")


def test_seed_article(seed_record):
    got = {t.text: t.value for t in seed_record.times}
    assert got["28 years ago"] == "1997"
    assert got["Thursday afternoon"] == "2025-03-06TAF"
    assert got["Wednesday"] == "2025-03-05"


# ---------------------------------------------------------------- weekdays

@pytest.mark.parametrize("text,want", [
    ("Thursday", "2025-03-06"),          # the publication day itself, not a week back
    ("Wednesday", "2025-03-05"),
    ("Friday", "2025-02-28"),            # past preferred
    ("last Friday", "2025-02-28"),
    ("this past Thursday", "2025-02-27"),
    ("next Tuesday", "2025-03-11"),
    ("this coming Friday", "2025-03-07"),
])
def test_weekdays_words(text, want):
    assert normalize(text, THU)[1] == want


def test_weekday_on_publication_weekday_is_that_day():
    fri = "2025-03-07"
    assert normalize("Friday", fri)[1] == fri
    assert normalize("Friday", fri, "future")[1] == fri


def test_weekday_future_from_tense():
    got = times("The two leaders will meet on Friday in Doha.")
    assert got["Friday"] == "2025-03-07"
    got = times("The two leaders met on Friday in Doha.")
    assert got["Friday"] == "2025-02-28"


def test_scheduled_month_day_goes_forward():
    got = times("The referendum is planned for March 24.", date="2019-02-11")
    assert got["March 24"] == "2019-03-24"
    got = times("The election was held on March 24.", date="2019-02-11")
    assert got["March 24"] == "2018-03-24"


# ---------------------------------------------------------------- year boundaries

def test_year_boundary_month_in_january_article():
    got = times("The ministry announced the plan in December.", date="2025-01-10")
    assert got["December"] == "2024-12"


def test_year_boundary_day_in_january_article():
    got = times("Protests began on December 30 and spread quickly.", date="2025-01-02")
    assert got["December 30"] == "2024-12-30"
    got = times("Talks will resume on January 3.", date="2024-12-30")
    assert got["January 3"] == "2025-01-03"


def test_last_week_across_new_year():
    assert normalize("last week", "2025-01-02")[1] == "2024-W52"
    assert normalize("yesterday", "2025-01-01")[1] == "2024-12-31"


# ---------------------------------------------------------------- without a publication date

def test_no_date_keeps_placeholders():
    got = times("Yesterday the army withdrew. On Wednesday talks resumed, as they had in 1997.", date=None)
    assert got["Yesterday"] == "XXXX-XX-XX"
    assert got["Wednesday"] == "XXXX-WXX-3"
    assert got["1997"] == "1997"
    assert normalize("28 years ago", None)[1] == "XXXX"
    assert normalize("March 5", None)[1] == "XXXX-03-05"
    assert normalize("March 5, 2019", None)[1] == "2019-03-05"


def test_no_clock():
    """The anchor is the publication date: the same text gives the same values on any day."""
    assert times("Yesterday the army withdrew.", date="1999-12-31")["Yesterday"] == "1999-12-30"


# ---------------------------------------------------------------- normaliser coverage

@pytest.mark.parametrize("text,want", [
    ("two decades ago", ("DATE", "200", "decade")),
    ("earlier this month", ("DATE", "2025-03", "month")),
    ("last week", ("DATE", "2025-W09", "week")),
    ("next month", ("DATE", "2025-04", "month")),
    ("this year", ("DATE", "2025", "year")),
    ("the 1990s", ("DATE", "199", "decade")),
    ("the 21st century", ("DATE", "20", "century")),
    ("last summer", ("DATE", "2024-SU", "season")),
    ("the third quarter of 2019", ("DATE", "2019-Q3", "quarter")),
    ("tonight", ("TIME", "2025-03-06TNI", "time")),
    ("last night", ("TIME", "2025-03-05TNI", "time")),
    ("this morning", ("TIME", "2025-03-06TMO", "time")),
    ("3:00 p.m. local time", ("TIME", "2025-03-06T15:00", "time")),
    ("five weeks", ("DURATION", "P5W", None)),
    ("about an hour", ("DURATION", "PT1H", None)),
    ("every week", ("SET", "P1W", None)),
    ("every Monday", ("SET", "XXXX-WXX-1", None)),
    ("in two days", ("DATE", "2025-03-08", "day")),
    ("July 1, 2020", ("DATE", "2020-07-01", "day")),
    ("October 2 2018", ("DATE", "2018-10-02", "day")),
    ("in January", ("DATE", "2025-01", "month")),
])
def test_normalize_table(text, want):
    assert normalize(text, THU) == want


def test_tense_hint_picks_the_year_of_a_month():
    assert normalize("in May", THU)[1] == "2025-05"          # nearest without a hint
    assert normalize("in May", THU, "past")[1] == "2024-05"
    assert normalize("in February", THU, "future")[1] == "2026-02"


def test_not_times():
    for text in ("the end of the day", "67", "3846", "the fall", "the day"):
        assert normalize(text, THU) is None, text


# ---------------------------------------------------------------- discourse: anaphora, quotes, clock times

def test_anaphora_follows_the_narrative():
    got = times("On Monday night the minister resigned, and the president accepted it the next morning.",
                date="2019-09-12")
    assert got["Monday night"] == "2019-09-09TNI"
    assert got["the next morning"].startswith("2019-09-10")


def test_clock_time_takes_the_day_of_its_sentence():
    got = times("Yesterday drones struck the plant. The attacks occurred at 4:00 A.M. local time.",
                date="2019-09-15")
    assert got["4:00 A.M. local time"] == "2019-09-14T04:00"


def test_quoted_relative_expressions_refer_to_when_it_was_said():
    got = times('"We will meet again in two days," the minister said on Monday.')
    assert got["in two days"] == "2025-03-05"  # Monday 2025-03-03 + 2
    got = times('"We will meet again in two days," the minister said.')
    assert got["in two days"] == "2025-03-08"


def test_vague_references_are_timex3_refs_and_idioms_or_counts_are_no_times():
    # TimeML: "now" is DATE PRESENT_REF, "recently" PAST_REF; an idiom and a head count are no times
    got = times("Officials now say the country has recently been calm; at the end of the day, 2000 people left.")
    assert got == {"now": "PRESENT_REF", "recently": "PAST_REF"}


# ---------------------------------------------------------------- event dates

def test_event_date_attached_sentence_inherited_publication():
    from dateline.extract import Context
    from dateline.knowledge import load_knowledge
    from dateline.nlp import load
    from dateline.options import Options
    from dateline.record import Article
    from dateline.extract.times import extract_times

    text = ("On Tuesday, rebels attacked the base. The attack killed six soldiers. "
            "Officials condemned the violence.")
    nlp = load(Options().model)
    doc = nlp(text)
    ctx = Context(article=Article(id="t", text=text, date="2025-03-06"), doc=doc, knowledge=load_knowledge())
    ctx.times = extract_times(doc, ctx)
    toks = {t.text: t for t in doc}
    d = event_date(doc, ctx, toks["attacked"])
    assert (d.value, d.text, d.precision) == ("2025-03-04", "Tuesday", "day")
    d = event_date(doc, ctx, toks["killed"])  # "The attack" introduced in the first sentence
    assert d.value == "2025-03-04"
    d = event_date(doc, ctx, toks["condemned"])
    assert (d.value, d.precision) == ("2025-03-06", "publication")


def test_interp_is_pure():
    it = interpret("yesterday")
    a = it.resolve(Ref(anchor=date(2020, 1, 1)))
    b = it.resolve(Ref(anchor=date(2021, 6, 1)))
    assert a[1] == "2019-12-31" and b[1] == "2021-05-31"


def test_undated_day_weeks_ahead_beats_a_year_back():
    got = times("He had not qualified two weeks before the November 13 deadline.", date="2019-11-04")
    assert got["November 13"] == "2019-11-13"


def test_years_later_counts_from_the_last_year_named():
    got = times("U.S. troops left Iraq in 2011, then returned three years later.", date="2019-11-10")
    assert got["three years later"] == "2014"


def test_future_dates_do_not_move_the_narrative():
    text = ("On Friday a gunman attacked the mosque. He will appear in court on April 5. "
            "He reportedly arrived at about 13:40 local time, and police arrested him the same day.")
    got = times(text, date="2019-03-17")
    assert got["April 5"] == "2019-04-05"
    assert got["13:40 local time"] == "2019-03-15T13:40"
    assert got["the same day"] == "2019-03-15"


def test_relative_weekday_with_full_date():
    got = times("He announced his resignation effective next Wednesday, July 31.", date="2019-07-28")
    assert got["next Wednesday, July 31"] == "2019-07-31"


# ---------------------------------------------------------------- timelines

def _record(aid, pub, events):
    from dateline.record import Actor, Article, ArticleRecord, Event, EventDate, Mention, Span
    actors = [Actor(id="a1", name="Donald Trump", kind="person", mentions=[Mention(0, 5, "Trump")]),
              Actor(id="a2", name="Hamas", kind="group")]
    evs = [Event(id=f"e{i}", type=t, source=["a1"], target=["a2"] if tgt else [], evidence=Span(0, 1, "x"),
                 rule="test", confidence=1.0, date=EventDate(v, txt, p) if v else None)
           for i, (t, v, txt, p, tgt) in enumerate(events)]
    return ArticleRecord(article=Article(id=aid, text="x", date=pub), actors=actors, events=evs)


def test_timeline_orders_by_event_date_and_filters():
    from dateline.extract.timeline import timeline
    from dateline.record import to_dict
    r1 = _record("b", "2025-03-06", [("THREATEN", "2025-03-05", "Wednesday", "day", True),
                                     ("CONSULT", "2025-W10", "this week", "week", False)])
    r2 = _record("a", "2025-03-01", [("ACCUSE", "1997", "28 years ago", "year", True),
                                     ("AID", None, None, "publication", False)])
    got = timeline([r1, to_dict(r2)])
    assert [e.type for e in got] == ["ACCUSE", "AID", "CONSULT", "THREATEN"]
    assert got[1].precision == "publication" and got[1].date == "2025-03-01"
    assert [e.type for e in timeline([r1, r2], date_from="2025-03", date_to="2025-03-05")] == \
        ["AID", "CONSULT", "THREATEN"]
    assert [e.type for e in timeline([r1, r2], actor="hamas")] == ["ACCUSE", "THREATEN"]
    assert [e.type for e in timeline([r1, r2], actor="Trump", date_to="2000")] == ["ACCUSE"]
    assert timeline([r1, r2], actor="Netanyahu") == []
    with pytest.raises(ValueError):
        timeline([r1], date_from="last week")


def test_a_weekend_value_covers_its_saturday_and_sunday():
    from dateline.extract.timeline import value_interval
    assert value_interval("2025-W10-WE") == (date(2025, 3, 8), date(2025, 3, 9))
    assert value_interval("2025-W10") == (date(2025, 3, 3), date(2025, 3, 9))


def test_normalize_never_raises_on_arbitrary_text():
    from hypothesis import given, settings, strategies as st

    words = st.sampled_from(["next", "last", "this", "the", "of", "in", "at", "Monday", "March", "31st", "31",
                             "2019", "yesterday", "morning", "week", "years", "ago", "3:00", "p.m.", "every",
                             "quarter", "summer", "Christmas", "-", ",", "12/31", "fifth", "day", "later", "to"])
    anchors = st.one_of(st.none(), st.dates(min_value=date(1900, 1, 1), max_value=date(2090, 12, 31)))

    @settings(max_examples=300, deadline=None)
    @given(st.lists(words, min_size=1, max_size=6), anchors, st.sampled_from([None, "past", "future"]))
    def check(ws, anchor, hint):
        got = normalize(" ".join(ws), anchor, hint)
        assert got is None or (got[0] in ("DATE", "TIME", "DURATION", "SET") and isinstance(got[1], str))
    check()


def test_named_days_and_past_stretches_are_not_dates():
    got = times("Tomorrow, a Tuesday, is known as Super Tuesday. The video gathered a million views in two days.",
                date="2020-03-02")
    assert got.get("Tomorrow") == "2020-03-03"
    assert "Tuesday" not in got and "Super Tuesday" not in got
    assert got.get("two days") == "P2D"  # past tense: a stretch of time (TIMEX3 DURATION; "in" is its signal)


def test_february_29_finds_its_leap_year():
    assert normalize("February 29", "2020-02-14", "past")[1] == "2020-02-29"
    assert normalize("February 29", "2021-03-01", "past")[1] == "2020-02-29"


def test_open_ended_dates_may_lie_ahead_of_a_past_verb():
    got = times("Ohio rescheduled its primary to June 2; it was originally planned for April 28.", date="2020-03-20")
    assert got["June 2"] == "2020-06-02"
    assert got["April 28"] == "2020-04-28"
    got = times("The election was held on March 24.", date="2019-02-11")
    assert got["March 24"] == "2018-03-24"  # a past event: no cue that it lies ahead


def test_yearless_date_takes_the_year_just_given():
    got = times("On November 15, 2017, the army moved against him. He resigned on November 21.", date="2019-09-09")
    assert got["November 21"] == "2017-11-21"


def test_month_day_with_year_word():
    got = times("The ministers met on March 20 last year in Tel Aviv.", date="2020-01-10")
    assert got["March 20 last year"] == "2019-03-20"


def test_nested_quotation_takes_the_day_it_was_said():
    text = ('On Tuesday the president fired his adviser. The adviser wrote: "I offered to resign last night '
            "and the president said, 'Let's talk about it tomorrow.' \"")
    got = times(text, date="2019-09-12")
    assert got["last night"] == "2019-09-09TNI"   # the tweet was written on Tuesday
    assert got["tomorrow"] == "2019-09-10"        # said on Monday night


def test_last_month_name_keeps_its_modifier():
    got = times("The department designated the group last March.", date="2020-03-25")
    assert got["last March"] == "2019-03"      # a year ago, not this month
    got = times("The department designated the group in March.", date="2020-03-25")
    assert got["March"] == "2020-03"


def test_titles_and_programmes_are_not_times():
    got = times("Mook told CBS This Morning that a USA TODAY analysis was wrong. Today, he resigned.", date="2016-09-26")
    assert "This Morning" not in got and "TODAY" not in got
    assert got["Today"] == "2016-09-26"


def test_conjoined_verb_shares_the_future():
    got = times("The candidate would assume office in January 2017, run in a special election in November, "
                "and then run again.", date="2016-09-08")
    assert got["November"] == "2016-11"


def test_parts_of_the_current_period():
    assert normalize("by the end of the year", "2019-05-05")[1] == "2019"
    assert normalize("the rest of the week", "2019-05-05")[1] == "2019-W18"
    assert normalize("the end of March", "2019-05-05")[1] == "2019-03"
    assert normalize("the year", "2019-05-05") is None


def test_a_month_name_the_article_uses_as_a_surname_is_the_person_unless_a_date_preposition_says_otherwise():
    rec = run_text("Prime Minister Theresa May is to step down today. Johnson resigned in protest to May's "
                   "Brexit agreement. In May, the talks failed. May said she was sorry. Talks resume on May 5.",
                   date="2019-07-24")
    got = [(t.text, t.value) for t in rec.times]
    assert ("May", "2019-05") in got           # "In May"
    assert ("May 5", "2019-05-05") in got
    assert sum(1 for t, _ in got if t == "May") == 1  # not "to May's agreement", not "May said"
    # without a person of that name, a bare month stays a month
    assert ("May", "2019-05") in [(t.text, t.value) for t in run_text(
        "The agreement was signed in May.", date="2019-07-24").times]


@pytest.mark.parametrize("text,want", [
    ("Officials have agreed to resume talks on Friday.", "2019-03-22"),       # ahead of the present perfect
    ('She said, "I have instructed officials to report to Cabinet on Monday."', "2019-03-18"),
    ("He had agreed to meet on Monday.", "2019-03-11"),                       # past perfect: stays in the past
    ("He has refused to comment on Monday's attack.", "2019-03-11"),          # the day modifies a noun
])
def test_infinitive_after_a_present_perfect_points_ahead(text, want):
    assert [t.value for t in run_text(text, date="2019-03-17").times] == [want]  # a Sunday


def test_the_clause_tense_does_not_date_a_noun_modifier():
    # "failed" is past, but the October elections lie ahead
    got = [(t.text, t.value) for t in run_text("Monday's bid for October elections failed.", date="2019-09-11").times]
    assert ("October", "2019-10") in got and ("Monday's", "2019-09-09") in got
    # the adverbial reading is unchanged: a past verb sends a yearless month back
    assert [t.value for t in run_text("The talks collapsed in October.", date="2019-09-11").times] == ["2018-10"]
    # 'in a decade' after a past clause is a stretch of time (a DURATION), not a date, wherever it attaches
    got = run_text("It was one of the biggest political events in Belarus in a decade.", date="2020-08-03").times
    assert [(t.type, t.value) for t in got] == [("DURATION", "P1DE")]


@pytest.mark.parametrize("text,want", [
    ("Kell and Vale will clash in Monday's debate.", "2030-05-13"),        # the act takes place in the debate
    ("Kell will speak at Tuesday's rally in Brask.", "2030-05-14"),
    ("Kell attacked Vale in Monday's debate.", "2030-05-06"),              # a past act: the last Monday
    ("Kell will discuss Monday's attack with Vale.", "2030-05-06"),        # the object: no direction from the verb
])
def test_a_day_on_the_setting_of_an_act_takes_the_acts_tense(text, want):
    assert [t.value for t in run_text(text, date="2030-05-10").times] == [want]  # a Friday
