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


def _statement(text: str, mentions: list[tuple[str, str]]) -> tuple[dict, dict]:
    """A record holding one statement (the whole text) and a person named in it by the given mentions."""
    found = [{"start": text.index(t), "end": text.index(t) + len(t), "text": t, "kind": kind} for t, kind in mentions]
    rec = _record("r0", "2021-05-04", "outlet0", [dict(_actor("a1", "Nia Kell"), mentions=found)], [])
    rec["article"]["text"] = text
    return rec, {"id": "c1", "holder": None, "start": 0, "end": len(text), "text": text}


def test_a_title_before_a_name_is_who_not_what():
    """'campaign manager Nia Kell' names her: its title words are no matter word of the statement, as her name is
    none; a statement that only names her so shares no matter with another about her ('Vale plans to work with
    campaign manager Nia Kell' / 'Campaign manager Nia Kell rejected the levy')."""
    from dateline.corpus.conflicts import _claim_info
    from dateline.corpus.holders import _titles, title_words
    assert _titles("Varna campaign manager Nia Kell") == {"campaign", "manager"}
    assert _titles("the mother of Tom Ruud, who died in the Varna blast") == set()  # 'of', 'the' before the names
    assert _titles("Senator Nia Kell", "Nia Kell") == {"senator"}  # a capitalised word that is no word of her name
    assert _titles("Senator Nia Kell") == set()  # without the name it may be one
    rec, claim = _statement("Tom Vale plans to work with campaign manager Nia Kell on the budget.",
                            [("campaign manager Nia Kell", "name")])
    assert title_words(rec, claim) == {"campaign", "manager"}
    plain = set(_claim_info(rec, claim, None)["p"])
    assert "budget" in plain and not plain & {"campaign", "manager", "director"}
    rec, claim = _statement("Tom Vale plans to work with campaign manager Nia Kell on the budget.",
                            [("Nia Kell", "name")])  # the actors stage kept the title out of her mention
    assert title_words(rec, claim) == frozenset()
    rec, claim = _statement("The campaign manager said the budget was late.", [("The campaign manager", "description")])
    assert title_words(rec, claim) == frozenset()  # a description alone is no name: its words may be the matter


def test_layer_letters_count_an_events_further_report():
    win = _window()
    rec = {"events": [{"evidence": {"start": 0, "end": 30}, "mentions": [{"evidence": {"start": 200, "end": 240}}]}],
           "quotes": [], "claims": [], "actors": []}
    assert win.layer_letters(rec, {"evidence_start": 205, "evidence_end": 230}) == "E----"
    assert win.layer_letters(rec, {"evidence_start": 100, "evidence_end": 120}) == "-----"
