"""Session 35, issue 9: when a report only the candidate model read and a report a construction rule read are one
event (restatements merged), the rule's reading stands for it, whichever came first (`merge.model_only`); told in
different sentences, the two readings stay two events (`merge.read_apart`).

Every reading is invented."""
from __future__ import annotations

from dateline.extract.events.merge import Draft, merge_restatements, model_only, read_apart
from dateline.record import Event, Span


def _draft(at: int, rule: str, word: str = "struck", target: str = "a2", extra: str | None = None,
           sent: int = 0) -> Draft:
    others = [extra] if extra else []
    ev = Event(id="", type="ASSAULT", source=["a1"], target=[target], evidence=Span(at, at + 30, f"Ostland {word} ..."),
               rule=rule, confidence=0.4, others=others, trigger=Span(at, at + len(word), word))
    return Draft(event=ev, sent_start=sent, triggers=[at])


def test_a_model_reading_is_model_only_and_a_rule_reading_is_not():
    assert model_only(_draft(0, "verb.active.pound.model"))
    assert model_only(_draft(0, "nominal.onslaught.model"))
    assert not model_only(_draft(0, "verb.active.attack"))
    assert not model_only(_draft(0, "verb.active.attack.retyped"))
    assert not model_only(_draft(0, "speech.judgement"))


def test_a_later_rule_reading_stands_for_an_earlier_model_reading():
    # "Ostland pounded Velland's border posts on Monday, having attacked them at dawn, ..." (one sentence)
    first = _draft(0, "verb.active.pound.model", "pounded", extra="a3")
    later = _draft(60, "verb.active.attack", "attacked")
    merged = merge_restatements([first, later])
    assert len(merged) == 1
    kept = merged[0]
    assert kept.event.rule == "verb.active.attack" and kept.event.trigger.text == "attacked"
    assert kept.mentions == 2 and sorted(kept.triggers) == [0, 60]
    assert kept.event.others == ["a3"]  # a participant only the model's report named is kept


def test_an_earlier_rule_reading_still_stands_and_two_of_a_kind_keep_the_first():
    rule_first = merge_restatements([_draft(0, "verb.active.attack", "attacked"),
                                     _draft(60, "verb.active.pound.model", "pounded")])
    assert [d.event.rule for d in rule_first] == ["verb.active.attack"]
    models = merge_restatements([_draft(0, "verb.active.pound.model", "pounded"),
                                 _draft(60, "verb.active.shell.model", "shelled")])
    assert [d.event.trigger.text for d in models] == ["pounded"]
    rules = merge_restatements([_draft(0, "verb.active.attack", "attacked"), _draft(60, "verb.active.strike", "struck")])
    assert [d.event.trigger.text for d in rules] == ["attacked"]


def test_the_standing_reading_keeps_its_place_among_the_events():
    # the model's report of another act stays where it was; the replaced one keeps the first one's position
    drafts = [_draft(0, "verb.active.pound.model", "pounded"), _draft(30, "verb.active.raid", "raided", target="a4"),
              _draft(60, "verb.active.attack", "attacked")]
    assert [d.event.trigger.text for d in merge_restatements(drafts)] == ["attacked", "raided"]


def test_a_model_reading_and_a_rule_reading_in_different_sentences_stay_two_events():
    # "Ostland pounded Velland's border posts on Monday. ... Ostland attacked the posts with artillery, ..."
    first = _draft(0, "verb.active.pound.model", "pounded", sent=0)
    later = _draft(60, "verb.active.attack", "attacked", sent=55)
    assert read_apart(first, later) and read_apart(later, first)
    assert [d.event.trigger.text for d in merge_restatements([first, later])] == ["pounded", "attacked"]
    rule_first = [_draft(0, "verb.active.attack", "attacked", sent=0),
                  _draft(60, "verb.active.pound.model", "pounded", sent=55)]
    assert [d.event.trigger.text for d in merge_restatements(rule_first)] == ["attacked", "pounded"]


def test_two_readings_of_one_kind_in_different_sentences_still_merge():
    models = [_draft(0, "verb.active.pound.model", "pounded", sent=0),
              _draft(60, "verb.active.shell.model", "shelled", sent=55)]
    assert not read_apart(*models)
    assert [d.event.trigger.text for d in merge_restatements(models)] == ["pounded"]
    rules = [_draft(0, "verb.active.attack", "attacked", sent=0), _draft(60, "verb.active.strike", "struck", sent=55)]
    assert not read_apart(*rules)
    assert [d.event.trigger.text for d in merge_restatements(rules)] == ["attacked"]
