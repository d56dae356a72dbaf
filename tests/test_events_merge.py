"""Restatement merging (`extract/events/merge.py`): which reports of an article are one event, and the date a merged
event carries. Invented names and sentences only."""
from __future__ import annotations

from dateline.extract.events.dating import ATTACHED_DAY, CONTEXT, OWN_SENTENCE, PUBLICATION
from dateline.extract.events.merge import Draft, merge_restatements
from dateline.record import Event, EventDate, Span


def _draft(at: int, value: str | None, precision: str, strength: int) -> Draft:
    date = EventDate(value=value, text=None, precision=precision) if value else None
    ev = Event(id="", type="ACCUSE", source=["a1"], target=["a2"], evidence=Span(at, at + 7, "accused"),
               rule="test", confidence=0.5, date=date, trigger=Span(at, at + 7, "accused"))
    return Draft(event=ev, sent_start=at, triggers=[at], date_strength=strength)


def test_reports_dated_apart_in_their_own_sentences_are_two_events():
    # "Dolan on Monday accused Kell …" … "On Thursday, Dolan accused Kell again …"
    merged = merge_restatements([_draft(0, "2030-05-06", "day", ATTACHED_DAY),
                                 _draft(90, "2030-05-09", "day", ATTACHED_DAY)])
    assert [d.event.date.value for d in merged] == ["2030-05-06", "2030-05-09"]
    # a day read from the rest of its sentence counts as the report's own date too
    merged = merge_restatements([_draft(0, "2030-05-06", "day", ATTACHED_DAY),
                                 _draft(90, "2030-04", "month", OWN_SENTENCE)])
    assert len(merged) == 2


def test_reports_that_meet_or_are_dated_from_context_stay_one_event():
    # a day inside the month the first report gives is that month's ("this month" … "on Tuesday")
    merged = merge_restatements([_draft(0, "2030-05", "month", OWN_SENTENCE),
                                 _draft(90, "2030-05-07", "day", ATTACHED_DAY)])
    assert len(merged) == 1 and merged[0].event.date.value == "2030-05-07" and merged[0].mentions == 2
    # a restatement dated only by the story's reference time is no evidence of another day: merged, and the
    # day attached to the first report wins
    merged = merge_restatements([_draft(0, "2030-05-06", "day", ATTACHED_DAY),
                                 _draft(90, "2030-05-08", "day", CONTEXT)])
    assert len(merged) == 1 and merged[0].event.date.value == "2030-05-06"


def test_a_merged_event_takes_the_most_directly_read_date_and_a_sentence_time_does_not_beat_the_reference():
    merged = merge_restatements([_draft(0, "2030-05-10", "publication", PUBLICATION),
                                 _draft(50, "2030-05-08", "day", CONTEXT),
                                 _draft(90, "2030-05-07", "day", ATTACHED_DAY)])
    assert len(merged) == 1 and merged[0].event.date.value == "2030-05-07"
    # another time of the restatement's sentence and the first report's reference day are read alike: the
    # first report's date stays (measured on the spent label files and the article sets, docs/dates.md)
    merged = merge_restatements([_draft(0, "2030-05-08", "day", CONTEXT), _draft(90, "2030-05-07", "day", OWN_SENTENCE)])
    assert len(merged) == 1 and merged[0].event.date.value == "2030-05-08"


def test_an_article_telling_one_accusation_on_two_days_gives_two_dated_events():
    from dateline import analyze

    text = ("Senator Mark Dolan on Monday accused Governor Ann Kell of lying to voters.\n\n"
            "The governor's office rejected the charge.\n\n"
            "On Thursday, Dolan accused Kell of lying again in a radio interview.\n")
    rec = analyze(text, "2030-05-10")
    dates = sorted(e.date.value for e in rec.events if e.type == "ACCUSE")
    assert dates == ["2030-05-06", "2030-05-09"]
