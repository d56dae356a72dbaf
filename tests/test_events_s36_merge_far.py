"""Session 36 (H14), issue 9: reports of one type far apart in an article that share only their initiator are merged
into one event (its further `mentions`), as are reports sharing the target; reports naming different targets are
not. Keeping far reports that share only the initiator apart was measured (docs/events.md, "Session 36 — far
merges") and not shipped: held out it added right events but lowered precision. These tests pin the convention.

Every reading is invented."""
from __future__ import annotations

from dateline.extract.events.merge import Draft, merge_restatements
from dateline.record import Event, Span


def _draft(at: int, word: str, target: list[str], sent: int) -> Draft:
    ev = Event(id="", type="AID", source=["a1"], target=target, evidence=Span(at, at + 40, f"Ostland {word} ..."),
               rule="verb.active." + word, confidence=0.5, trigger=Span(at, at + len(word), word))
    return Draft(event=ev, sent_start=sent, triggers=[at])


def test_a_far_report_sharing_only_the_initiator_is_folded_in():
    # "Ostland sent aid to Velland on Monday." … twenty sentences later: "Ostland will also assist in the clean-up."
    first, later = _draft(0, "sent", ["a2"], 0), _draft(900, "assist", [], 400)
    merged = merge_restatements([first, later])
    assert len(merged) == 1
    ev = merged[0].event
    assert ev.trigger.text == "sent" and [m.trigger.text for m in ev.mentions] == ["assist"]
    assert ev.target == ["a2"]


def test_a_far_report_sharing_the_target_is_folded_in():
    # "Ostland sent aid to Velland." … "Velland received the Ostland aid convoy on Friday." (read as Ostland → Velland)
    merged = merge_restatements([_draft(0, "sent", ["a2"], 0), _draft(900, "delivered", ["a2"], 400)])
    assert len(merged) == 1 and len(merged[0].event.mentions) == 1


def test_far_reports_naming_different_targets_stay_two_events():
    # "Ostland sent aid to Velland." … "Ostland also helped Nordmark."
    merged = merge_restatements([_draft(0, "sent", ["a2"], 0), _draft(900, "helped", ["a3"], 400)])
    assert len(merged) == 2 and not any(d.event.mentions for d in merged)
