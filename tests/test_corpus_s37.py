"""Session 37, issue 12: the window scorer counts a hand mention on a further report's sentence (an event's
`mentions`, the restatements the events stage merged into it) as a mention of its event.
Invented articles, names and spans only."""
from __future__ import annotations

import copy
from pathlib import Path

from dateline.corpus import update
from test_corpus import _actor, _event, _record, _store
from test_corpus_window import _module as _window

COUNCIL = [_actor("a1", "Varna City Council", kind="organization", country="BGR", sector="GOV"),
           _actor("a2", "Mira Kell", country="BGR")]


def _further(event: dict, text: str, start: int) -> dict:
    """The event with one further report: a later sentence of its article the merge folded into it."""
    event["mentions"] = [{"evidence": {"start": start, "end": start + len(text), "text": text}, "rule": "test",
                          "confidence": 0.7, "trigger": None}]
    return event


def _vote(aid: str, published: str, outlet: str, text: str, day: str | None = None) -> dict:
    return _record(aid, published, outlet, copy.deepcopy(COUNCIL),
                   [_event("e1", "REJECT", ["a1"], ["a2"], day, text=text)])


def test_window_scorer_counts_a_hand_mention_on_a_further_report():
    """Two articles tell the council's rejection; the first is hand-listed at its later sentence, which the events
    stage merged into the event ('The vote was nine to two.'). That sentence is a mention of the event's corpus event
    (`corpus_window._further_spans`), so the pair is linked; read from the evidence alone it had no system mention."""
    win = _window()
    recs = [_vote(f"r{i}", "2021-05-04", f"outlet{i}", "The Varna City Council rejected Kell's plan.", "May 3")
            for i in (0, 1)]
    _further(recs[0]["events"][0], "The vote was nine to two.", 300)
    st = _store(recs)
    update(st.conn)
    (cev,) = {c for (c,) in st.conn.execute("SELECT corpus_event_id FROM corpus_mentions")}
    assert win._further_spans(st.conn) == {"r0": [(300, 325, cev)]}
    ws = win.WindowSet(root=Path("."), articles=[{"article": f"r{i}", "outlet": f"outlet{i}"} for i in (0, 1)],
                       events={"vote": {"label": "vote", "type": "REJECT", "description": "Varna council rejects Kell",
                                        "n_articles": "2", "n_outlets": "2"}},
                       mentions=[{"label": "vote", "article": "r0", "evidence_start": 300, "evidence_end": 325},
                                 {"label": "vote", "article": "r1", "evidence_start": 0, "evidence_end": 40}])
    got = win.score(st.conn, ws)
    assert got["hand_mentions_without_system_mention"] == 0
    assert got["bcubed_with_contests"]["f1"] == 1.0
