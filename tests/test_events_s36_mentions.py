"""Session 36, issue 9: an event keeps the further reports the merge step folded into it (`Event.mentions`: each
restatement's sentence, trigger, reading and that reading's own confidence, in text order); the report the event
stands on stays its `evidence` and `trigger`. The field is serialised, valid under the packaged JSON Schema and
read back by `from_dict`; records written before it load with no mentions.

Every sentence and reading is invented."""
from __future__ import annotations

import copy

from conftest import run_text
from dateline.extract.events.merge import Draft, merge_restatements
from dateline.record import Event, EventMention, Span, from_dict, to_dict
from dateline.validate import problems


def _draft(at: int, rule: str, word: str, confidence: float = 0.4, sent: int | None = None) -> Draft:
    ev = Event(id="", type="ASSAULT", source=["a1"], target=["a2"], evidence=Span(at, at + 30, f"Ostland {word} ..."),
               rule=rule, confidence=confidence, trigger=Span(at + 8, at + 8 + len(word), word))
    return Draft(event=ev, sent_start=at if sent is None else sent, triggers=[at])


def test_a_merged_restatement_is_kept_as_a_further_mention():
    first, later = _draft(0, "verb.active.attack", "attacked", 0.6), _draft(60, "verb.active.strike", "struck", 0.7)
    [kept] = merge_restatements([first, later])
    ev = kept.event
    assert ev.trigger.text == "attacked" and ev.evidence.start == 0  # the first report stands
    assert [(m.trigger.text, m.rule, m.confidence, m.evidence.start) for m in ev.mentions] == [
        ("struck", "verb.active.strike", 0.7, 60)]
    assert ev.confidence == 0.7  # the event's own confidence is raised as before


def test_mentions_are_in_text_order_and_keep_their_own_confidence():
    # a model reading absorbs a later model reading, then a rule reading of the same sentence stands for both
    drafts = [_draft(0, "verb.active.pound.model", "pounded", 0.3, sent=0),
              _draft(40, "verb.active.shell.model", "shelled", 0.9, sent=0),
              _draft(80, "verb.active.attack", "attacked", 0.5, sent=0)]
    [kept] = merge_restatements(drafts)
    ev = kept.event
    assert ev.trigger.text == "attacked"
    assert [(m.trigger.text, m.confidence) for m in ev.mentions] == [("pounded", 0.3), ("shelled", 0.9)]
    assert kept.mentions == 3 == 1 + len(ev.mentions)


def test_an_event_told_once_has_no_further_mentions():
    [kept] = merge_restatements([_draft(0, "verb.active.attack", "attacked")])
    assert kept.event.mentions == []


def _merged_record() -> dict:
    text = ("Ostland criticized Westria over the shelling of border villages. "
            "Ostland condemned Westria in a statement on Tuesday.")
    return to_dict(run_text(text, date="2024-05-08"))


def test_the_pipeline_writes_valid_mentions_whose_offsets_reproduce_their_text():
    rec = _merged_record()
    assert problems(rec) == []
    text = rec["article"]["text"]
    told = [e for e in rec["events"] if e["mentions"]]
    assert told, rec["events"]
    for ev in told:
        for m in ev["mentions"]:
            assert text[m["evidence"]["start"]:m["evidence"]["end"]] == m["evidence"]["text"]
            assert text[m["trigger"]["start"]:m["trigger"]["end"]] == m["trigger"]["text"]
            assert 0 <= m["confidence"] <= 1 and m["rule"]
            assert m["evidence"] != ev["evidence"]
    assert to_dict(from_dict(rec)) == rec
    assert isinstance(from_dict(rec).events[0].mentions[0], EventMention)


def test_a_record_written_before_mentions_loads_with_none_and_stays_valid():
    rec = _merged_record()
    old = copy.deepcopy(rec)
    for ev in old["events"]:
        del ev["mentions"]
    assert problems(old) == []
    assert all(ev.mentions == [] for ev in from_dict(old).events)


def test_a_malformed_mention_breaks_the_schema():
    rec = _merged_record()
    broken = copy.deepcopy(rec)
    ev = next(e for e in broken["events"] if e["mentions"])
    ev["mentions"][0]["confidence"] = 1.5
    assert problems(broken)
    broken = copy.deepcopy(rec)
    ev = next(e for e in broken["events"] if e["mentions"])
    del ev["mentions"][0]["evidence"]
    assert problems(broken)


def test_a_mention_whose_offsets_miss_its_text_is_a_problem():
    rec = _merged_record()
    broken = copy.deepcopy(rec)
    ev = next(e for e in broken["events"] if e["mentions"])
    ev["mentions"][0]["trigger"]["start"] += 1
    assert any("mentions/0/trigger" in p for p in problems(broken))
    broken = copy.deepcopy(rec)
    ev = next(e for e in broken["events"] if e["mentions"])
    ev["mentions"][0]["evidence"]["end"] += 1
    assert any("mentions/0/evidence" in p for p in problems(broken))
