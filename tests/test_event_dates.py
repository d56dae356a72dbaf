"""Event dates (extract/events/dating.py), on invented text."""
from __future__ import annotations

from datetime import date

from conftest import run_text
from dateline.extract.events.dating import _day_in_week


def _dates(text: str, date: str) -> dict[str, str | None]:
    """trigger text -> date value of each event of the text."""
    rec = run_text(text, date=date)
    return {e.trigger.text: e.date.value if e.date else None for e in rec.events}


def test_a_flashback_does_not_move_the_reference_time():
    # (a headline first: the lead, which would give the story's news peg, is its first line)
    text = ("Kell takes on the governor.\n\nSenator Ann Kell spoke at a rally in Ostrava on Tuesday.\n\n"
            "She had visited a factory a day earlier.\n\n"
            "Kell also accused Governor Tom Vale of corruption.")
    assert _dates(text, "2016-06-09").get("accused") == "2016-06-07"


def test_a_judgement_voiced_in_a_quotation_is_dated_when_it_was_said():
    # the accusation is made on Tuesday; "last week" and "since 2012" date only what the quotation reports
    got = _dates('"Tom Vale lied to voters last week. He is a disgrace to this state," '
                 'Senator Ann Kell said on Tuesday.', "2016-02-11")
    assert set(got.values()) == {"2016-02-09"}
    text = ('Kell wins backing.\n\nSenator Ann Kell spoke in Ostrava on Tuesday.\n\n'
            '"Tom Vale has been a disaster for this state since 2012," she said.')
    assert set(_dates(text, "2016-02-11").values()) == {"2016-02-09"}


def test_an_act_told_in_the_past_is_not_after_publication():
    # the times stage reads "in May" of a November article forward; the criticism is told as past: last May
    got = _dates("Since her op-ed supporting the plan in May, Senator Ann Kell has moved left, "
                 "criticizing Governor Tom Vale.", "2015-11-24")
    assert got.get("criticizing") == "2015-05"
    # a planned act keeps the month ahead
    got = _dates("Senator Ann Kell will meet Governor Tom Vale in May.", "2015-11-24")
    assert got.get("meet") == "2016-05"


def test_a_headline_act_is_dated_by_the_lead_that_tells_it():
    text = ("Senator Ann Kell endorses Governor Tom Vale.\n\n"
            "The senator announced her support in a letter sent to donors on Friday.\n\n"
            "Vale thanked her.")
    assert _dates(text, "2016-01-10").get("endorses") == "2016-01-08"


def _rule_dates(text: str, published: str) -> dict[str, str | None]:
    """trigger text -> date value of each event, by the rules alone (no learned date model)."""
    from dataclasses import replace

    from dateline import nlp
    from dateline.ingest import make_article
    from dateline.knowledge import load_knowledge
    from dateline.options import Options
    from dateline.pipeline import run_stages

    options = Options()
    knowledge = load_knowledge(options)
    knowledge = replace(knowledge, events=replace(knowledge.events, date_model=None))
    article = make_article(text, source="<test>", id="t", date=published)
    ctx = run_stages(article, nlp.load(options.model)(article.text), knowledge)
    return {ctx.article.text[e.trigger.start:e.trigger.end]: e.date.value if e.date else None for e in ctx.events}


def test_a_day_more_than_three_days_old_is_background_for_later_statements():
    # the rules find no reference time and fall back to publication (where the learned date model decides:
    # tests/test_event_dates_model.py)
    text = ("Kell faces a recall.\n\nThe recall petition was filed on June 6.\n\n"
            "Senator Ann Kell accused Governor Tom Vale of orchestrating it.")
    assert _rule_dates(text, "2016-06-10").get("accused") == "2016-06-10"
    # a day within the story's last three days still dates them
    text = text.replace("June 6", "June 7")
    assert _dates(text, "2016-06-10").get("accused") == "2016-06-07"


def test_a_month_on_a_restatement_does_not_replace_the_day_of_its_first_report():
    text = ("Kell takes on Vale.\n\nSenator Ann Kell spoke in Ostrava on Tuesday.\n\n"
            "Kell accused Governor Tom Vale of corruption. Kell's accusation against Vale this month was her first.")
    rec = run_text(text, date="2016-06-09")
    assert [e.date.value for e in rec.events if e.type == "ACCUSE"] == ["2016-06-07"]


def test_a_week_dates_an_event_by_its_middle_day():
    # "this week" in a Thursday article: Monday to Thursday, its middle Tuesday; "last week": its Thursday
    got = _dates("Senator Ann Kell blasted Governor Tom Vale this week over the budget.", "2016-06-09")
    assert got == {"blasted": "2016-06-07"}
    rec = run_text("Senator Ann Kell accused Governor Tom Vale last week of lying.", date="2016-06-09")
    [ev] = [e for e in rec.events if e.type == "ACCUSE"]
    assert ev.date.value == "2016-06-02" and ev.date.precision == "week" and ev.date.text == "last week"


def test_day_in_week_for_weeks_and_weekends():
    assert _day_in_week("2016-W22", None) == "2016-06-02"
    assert _day_in_week("2016-W23", date.fromisoformat("2016-06-06")) == "2016-06-06"  # published on its Monday
    assert _day_in_week("2016-W22-WE", None) == "2016-06-04"  # the weekend's Saturday


def test_an_act_counted_from_another_lies_that_measure_away():
    # inside "four days after …" the attack is four days before the visit's Thursday
    got = _dates("President Ann Kell visited Ostrava on Thursday, four days after a gunman attacked a school there.",
                 "2016-06-17")
    assert got.get("visited") == "2016-06-16" and got.get("attacked") == "2016-06-12"
    # the act the measure hangs on lies two days after the day given inside the phrase, not on it
    got = _dates("Two days after the vote on Tuesday, Senator Ann Kell accused Governor Tom Vale of fraud.", "2016-06-17")
    assert got.get("accused") == "2016-06-16"
    # "before" counts forward from the act it hangs on: the endorsement lies a week before Wednesday's vote
    got = _dates("Senator Ann Kell endorsed Governor Tom Vale a week before the vote on Wednesday.", "2016-06-17")
    assert got.get("endorsed") == "2016-06-08"


def test_a_time_written_as_another_nouns_modifier_does_not_date_the_event():
    # "last week's" dates the strike, not the pressing; a time on the act's setting still dates it
    got = _dates("Kell takes aim.\n\nThe leader of last week's strike is pressing Governor Tom Vale to resign.",
                 "2016-06-17")
    assert got.get("pressing") == "2016-06-17"
    got = _dates("In a May 4 letter, Governor Tom Vale accused Senator Ann Kell of lying.", "2016-06-17")
    assert got.get("accused") == "2016-05-04"


def test_a_participle_after_an_apostrophe_s_is_a_perfect():
    # "she's tacked" is "she has tacked" even where the parser reads a passive: told in the past, so a
    # yearless month the times stage put ahead of publication is last year's
    from dateline import nlp
    from dateline.extract.events.dating import told_in_past
    from dateline.options import Options

    doc = nlp.load(Options().model)("Since her op-ed backing the plan in May, she's tacked to the left, "
                                    "criticizing the governor.")
    assert told_in_past(next(t for t in doc if t.text == "criticizing"))


def test_a_past_act_told_after_a_background_year_in_its_paragraph_takes_that_year():
    text = ("Kell takes on Vale.\n\nSenator Ann Kell spoke in Ostrava on Thursday.\n\n"
            "In 1992 Kell left the party over its budget. She then denounced Governor Tom Vale as a traitor.\n\n"
            "Kell also criticized Mayor Jan Ruml.")
    got = _dates(text, "2016-06-17")
    # the next paragraph is back in the story's time
    assert got.get("denounced") == "1992" and got.get("criticized") == "2016-06-16"


def test_a_past_act_told_after_an_older_day_in_its_paragraph_takes_that_day():
    # older than the story's last three days, so no reference time; in the same paragraph it is the act's day
    text = ("Kell faces a recall.\n\nThe recall petition was filed on June 2. Senator Ann Kell then accused "
            "Governor Tom Vale of orchestrating it.\n\nSenator Ann Kell criticized Mayor Jan Ruml.")
    got = _dates(text, "2016-06-10")
    assert got.get("accused") == "2016-06-02" and got.get("criticized") == "2016-06-10"


def test_an_event_date_is_an_iso_date_even_where_the_times_stage_gives_a_season(monkeypatch):
    # the times stage's own pick for the sentence may be a TimeML season; the event's date keeps its year
    from dateline.extract import times as times_stage
    from dateline.record import EventDate

    def season(doc, ctx, token):
        t = next(t for t in ctx.times if t.value.endswith("-SU"))
        return EventDate(t.value, t.text, "season")

    monkeypatch.setattr(times_stage, "event_date", season)
    got = _dates("Senator Ann Kell met Governor Tom Vale while the summer brought a deal.", "2016-09-19")
    assert got.get("met") == "2016"


def test_a_count_of_hours_is_whole_days():
    got = _dates("Senator Ann Kell accused Governor Tom Vale of fraud 48 hours after the vote on Tuesday.", "2016-06-17")
    assert got.get("accused") == "2016-06-16"


def test_a_later_report_naming_a_day_inside_the_first_reports_month_dates_the_event():
    # the first report gives only the month, the restatement's sentence the day: the merged event takes the day
    text = ("Kell takes on Vale.\n\nSenator Ann Kell accused Governor Tom Vale of corruption this month.\n\n"
            "The rally was held on Tuesday. Kell accused Vale of corruption there.")
    rec = run_text(text, date="2016-06-09")
    assert [(e.date.value, e.date.precision) for e in rec.events if e.type == "ACCUSE"] == [("2016-06-07", "day")]


def test_a_later_day_outside_the_first_reports_month_does_not_replace_it():
    from dateline.extract.events.merge import finer_within
    from dateline.record import EventDate

    month = EventDate(value="2016-05", text="in May", precision="month")
    assert finer_within(EventDate("2016-05-03", "Tuesday", "day"), month)
    assert not finer_within(EventDate("2016-06-07", "Tuesday", "day"), month)
    assert not finer_within(EventDate("2016-05", "May", "month"), month)
    week = EventDate(value="2016-06-08", text="this week", precision="week")
    assert finer_within(EventDate("2016-06-06", "Monday", "day"), week)
    assert not finer_within(EventDate("2016-06-03", "Friday", "day"), week)


def test_a_weekday_written_as_a_nouns_modifier_is_that_day():
    # "a Friday tweet", "a Tuesday rally": the last such day up to publication (the times stage leaves them)
    text = ('Kell faces a revolt.\n\nThe party\'s rules committee met on Monday.\n\n"There is no plan," '
            'Governor Tom Vale said in a Friday tweet, accusing Senator Ann Kell of lying.')
    assert _dates(text, "2016-06-22").get("accusing") == "2016-06-17"
    got = _dates("Governor Tom Vale accused Senator Ann Kell of fraud at a Tuesday rally.", "2016-06-23")
    assert got.get("accused") == "2016-06-21"
    # a name or a habit is no day
    got = _dates("Governor Tom Vale accused Senator Ann Kell of fraud after a Super Tuesday win.", "2016-06-23")
    assert got.get("accused") == "2016-06-23"


def test_a_present_tense_statement_after_the_headline_is_not_dated_by_the_next_paragraph():
    # "Kell says …" in the lead tells what holds at publication; Saturday dates the committee's approval
    text = ("Kell ready to fight.\n\nSenator Ann Kell condemns Governor Tom Vale's budget.\n\n"
            "The budget was approved on Saturday by the finance committee.")
    assert _dates(text, "2016-06-29").get("condemns") == "2016-06-29"
    # the headline's present is the convention for a past act: dated by the lead (as before)
    text = ("Kell condemns Vale.\n\nSenator Ann Kell condemned Governor Tom Vale's budget in a letter sent to donors "
            "on Saturday.")
    # (the lead's report, the surer reading, stands for the event; the headline's is its further mention)
    assert _dates(text, "2016-06-29").get("condemned") == "2016-06-25"


def test_a_number_naming_a_bill_is_no_year():
    got = _dates("The court said HB 1523's authorization of discrimination violated the law, and Governor Tom Vale "
                 "criticized it.", "2016-07-02")
    assert got.get("criticized") == "2016-07-02"


def _stand_in_date(text: str, published: str, word: str, etype: str = "ASSAULT") -> str | None:
    """The date dating.event_date gives a candidate on the last `word` of the text (whether or not the
    events stage keeps an event there)."""
    from dateline import nlp
    from dateline.extract.events.dating import event_date
    from dateline.extract.events.triggers import Candidate
    from dateline.ingest import make_article
    from dateline.knowledge import load_knowledge
    from dateline.options import Options
    from dateline.pipeline import run_stages

    options = Options()
    article = make_article(text, source="<test>", id="t", date=published)
    ctx = run_stages(article, nlp.load(options.model)(article.text), load_knowledge(options))
    tok = [t for t in ctx.doc if t.text == word][-1]
    got = event_date(ctx.doc, ctx, Candidate(etype, None, tok, tok, "test", {}))[0]
    return got.value if got else None


def test_a_definite_event_noun_takes_the_day_of_the_act_it_restates():
    text = ("Unrest in Ostland.\n\nRebels attacked an army post in Port Aster on Sunday, the army said.\n\n"
            "The president visited the city on Wednesday.\n\nThe army said the attack on the post killed four soldiers.")
    assert _stand_in_date(text, "2016-06-16", "attack") == "2016-06-12"
    # an indefinite one is a new act, dated as before by the story's reference time
    assert _stand_in_date(text.replace("the attack", "an attack"), "2016-06-16", "attack") == "2016-06-15"


def test_a_possessive_time_dates_the_noun_after_it_whatever_the_parse():
    # the parser may hang the "’s" on the noun before the time ("the organiser ’s"); the words still say
    # that Saturday's is the march's day, not the pressing's
    for text in ("Kell takes aim.\n\nThe organiser of Saturday’s noisy march is pressing Governor Tom Vale to resign.",
                 "Kell takes aim.\n\nThe leader of last week’s high-profile strike is pressing Governor Tom Vale to take "
                 "up the farm bill if the party wins the assembly."):
        assert _dates(text, "2016-06-22").get("pressing") == "2016-06-22"


def test_words_quoted_without_a_time_are_said_on_the_speakers_last_dated_occasion():
    text = ("Kell takes on Vale.\n\nSenator Ann Kell spoke at a rally in Ostrava on Tuesday.\n\n"
            "Governor Tom Vale held a press conference in Brno on Wednesday.\n\n"
            '"Tom Vale is a disgrace to this state," Kell said.')
    assert _stand_in_date(text, "2016-06-09", "said", "ACCUSE") == "2016-06-07"
    # with no dated occasion of the speaker, the story's reference time as before
    text = text.replace(" on Tuesday", "")
    assert _stand_in_date(text, "2016-06-09", "said", "ACCUSE") == "2016-06-08"


def test_an_old_occasion_of_the_speaker_does_not_date_their_words():
    text = ("Kell takes on Vale.\n\nSenator Ann Kell won her seat in 2012.\n\n"
            "Governor Tom Vale held a press conference in Brno on Wednesday.\n\n"
            '"Tom Vale is a disgrace to this state," Kell said.')
    assert _stand_in_date(text, "2016-06-09", "said", "ACCUSE") == "2016-06-08"


def test_a_day_in_the_doers_own_quoted_words_is_the_reference_time_where_none_lies_outside():
    text = ('Kell speaks out.\n\n"Last night our city was attacked by cowards," Mayor Ann Kell said in a statement.\n\n'
            "Kell accused the Ostland Front of planning the attack.")
    assert (_dates(text, "2016-06-13").get("accused") or "")[:10] == "2016-06-12"
    # someone else's words do not date her act
    other = text.replace("Mayor Ann Kell said", "a police spokesman, Jan Ruml, said")
    assert _dates(other, "2016-06-13").get("accused") == "2016-06-13"
    # a day outside the quotation still comes first
    text = text.replace("in a statement.", "in a statement.\n\nThe council met on Saturday.")
    assert _dates(text, "2016-06-13").get("accused") == "2016-06-11"


def test_a_month_ahead_in_a_modal_clause_is_not_turned_back_for_a_past_act():
    # "in November" belongs to the wished-for win, still ahead; it does not make the saying last November
    text = ("Senator Ann Kell refused to say who she would like to see win in November but said there was no "
            "meeting planned with Tom Vale.")
    assert _stand_in_date(text, "2016-05-16", "said", "ACCUSE") == "2016-05-16"
    # a past act's own yearless month ahead of publication is still last year's
    assert _stand_in_date("Senator Ann Kell criticized Governor Tom Vale in May.", "2015-11-24", "criticized",
                          "ACCUSE") == "2015-05"
