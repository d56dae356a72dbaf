"""Session 36, issue 9: an event keeps the further reports the merge step folded into it (`Event.mentions`: each
restatement's sentence, trigger, reading and that reading's own confidence, in text order); the report the event
stands on stays its `evidence` and `trigger`. The field is serialised, valid under the packaged JSON Schema and
read back by `from_dict`; records written before it load with no mentions. Which report stands for a merged event
(`merge.stands_over`): a rule's reading over a model-alone one, else the one naming more participants, then the surer
reading.

Every sentence and reading is invented."""
from __future__ import annotations

import copy

from conftest import run_text
from dateline.extract.events.merge import Draft, merge_restatements, stands_over
from dateline.record import Event, EventMention, Span, from_dict, to_dict
from dateline.validate import problems


def _draft(at: int, rule: str, word: str, confidence: float = 0.4, sent: int | None = None) -> Draft:
    ev = Event(id="", type="ASSAULT", source=["a1"], target=["a2"], evidence=Span(at, at + 30, f"Ostland {word} ..."),
               rule=rule, confidence=confidence, trigger=Span(at + 8, at + 8 + len(word), word))
    return Draft(event=ev, sent_start=at if sent is None else sent, triggers=[at])


def test_a_merged_restatement_is_kept_as_a_further_mention():
    first, later = _draft(0, "verb.active.attack", "attacked", 0.7), _draft(60, "verb.active.strike", "struck", 0.6)
    [kept] = merge_restatements([first, later])
    ev = kept.event
    assert ev.trigger.text == "attacked" and ev.evidence.start == 0  # the first (and surer) report stands
    assert [(m.trigger.text, m.rule, m.confidence, m.evidence.start) for m in ev.mentions] == [
        ("struck", "verb.active.strike", 0.6, 60)]
    assert ev.confidence == 0.7


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


# ---- which reading stands for a merged event (merge.stands_over)

def _party_draft(at: int, rule: str, word: str, confidence: float, target: list[str], others=()) -> Draft:
    d = _draft(at, rule, word, confidence)
    d.event.type, d.event.target, d.event.others = "CONSULT", list(target), list(others)
    return d


def test_a_later_report_naming_more_participants_stands():
    # "Kell met Vale." … "Kell, Vale and Osei met in Velna."
    first = _party_draft(0, "verb.active.meet", "met", 0.8, ["a2"])
    later = _party_draft(60, "verb.active.meet", "met", 0.5, ["a2"], others=["a3"])
    [kept] = merge_restatements([first, later])
    assert kept.event.evidence.start == 60 and kept.event.others == ["a3"]
    assert [m.evidence.start for m in kept.event.mentions] == [0]


def test_naming_as_many_the_surer_reading_stands_and_a_tie_keeps_the_first():
    unsure, sure = _draft(0, "verb.active.strike", "struck", 0.4), _draft(60, "verb.active.attack", "attacked", 0.7)
    assert merge_restatements([unsure, sure])[0].event.trigger.text == "attacked"
    one, two = _draft(0, "verb.active.strike", "struck", 0.5), _draft(60, "verb.active.attack", "attacked", 0.5)
    assert merge_restatements([one, two])[0].event.trigger.text == "struck"


def test_a_model_alone_reading_never_stands_over_a_rule_reading():
    # one sentence: "Ostland attacked the posts, pounding Velland's and Norland's guards"
    rule = _draft(0, "verb.active.attack", "attacked", 0.3, sent=0)
    model = _draft(40, "verb.active.pound.model", "pounding", 0.9, sent=0)
    model.event.others = ["a3"]
    [kept] = merge_restatements([rule, model])
    assert kept.event.rule == "verb.active.attack" and kept.event.others == ["a3"]
    assert stands_over(_draft(0, "verb.active.attack", "attacked", 0.1), model)
    assert not stands_over(model, _draft(0, "verb.active.attack", "attacked", 0.1))

