"""Session 37 (H1), issue 9: labelled report pairs — which reports the merge step weighs are one real-world act.

The frozen label file (training/events/report_pairs_s37.jsonl) is checked whole; the drawing and freezing tools
(scripts/event_study/report_pairs_label.py) run on invented pairs; the merge convention the labels were measured
against — initiators that share only their country are one initiator — is pinned, with the measured alternative
named (docs/events.md, "Session 37 — report pairs (H1)").

Every sentence and reading is invented."""
from __future__ import annotations

import hashlib
import importlib.util
import json
from pathlib import Path

from dateline.extract.events.merge import Draft, merge_restatements
from dateline.record import Event, Span

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("report_pairs_label", ROOT / "scripts/event_study/report_pairs_label.py")
pairs_label = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(pairs_label)
LABELS = ROOT / "training/events/report_pairs_s37.jsonl"


def test_the_label_file_is_frozen_and_whole():
    want = (LABELS.parent / (LABELS.name + ".sha1")).read_text(encoding="utf-8").split()[0]
    assert hashlib.sha1(LABELS.read_bytes()).hexdigest() == want
    rows = [json.loads(x) for x in LABELS.read_text(encoding="utf-8").splitlines()]
    # 298 drawn, 295 distinct: a pair is named by its two triggers, and a trigger read twice (one "said" judged
    # against two parties) gives a pair twice; such twins carry one label
    assert len(rows) == 298 and len({r["pair"] for r in rows}) == 295
    assert len({(r["pair"], r["label"]) for r in rows}) == 295
    assert {r["label"] for r in rows} == {"same", "diff", "none"}
    assert all(r["weight"] >= 1 and r["stratum"].count("|") == 2 for r in rows)
    # every stratum of distance x decision is drawn from
    assert {r["stratum"].rsplit("|", 1)[0] for r in rows} >= {f"{b}|{m}" for b in pairs_label.BUCKETS
                                                              for m in ("merged", "apart")}


def _pair(i: int, dist: int, merged: bool, shared: bool) -> dict:
    who = ["Kell"] if shared else [f"Vale{i}"]
    reading = {"trigger": "accused", "sentence": "Kell accused Osei of fraud.", "trigger_char": 5,
               "rule": "verb.active", "modality": "asserted", "source": ["Kell"], "target": [], "others": []}
    return {"pair": f"doc{i % 7}#{i}-{i + 50}", "doc": f"doc{i % 7}", "type": "ACCUSE", "sent_dist": dist,
            "tok_dist": 10 * dist, "same_lemma": False, "merged": merged, "checks": {"same_event": merged},
            "a": reading, "b": {**reading, "source": who, "sentence": "Osei denied it, Kell said."}}


def test_the_draw_is_stratified_and_the_labeller_never_sees_the_decision(capsys):
    rows = [_pair(i, i % 6, i % 2 == 0, i % 3 != 0) for i in range(600)]
    drawn = pairs_label.sample(rows)
    strata = {pairs_label.stratum(r) for r in rows}
    assert {r["stratum"] for r in drawn} == strata
    for s in strata:
        n = sum(1 for r in rows if pairs_label.stratum(r) == s)
        got = [r for r in drawn if r["stratum"] == s]
        assert len(got) == min(n, pairs_label.QUOTA[s.split("|", 1)[1]])
        assert abs(got[0]["weight"] - n / len(got)) < 0.01
    pairs_label.show(drawn, 0, len(drawn))
    shown = capsys.readouterr().out
    assert "[[accused]]" in shown and "merged" not in shown and "same_event" not in shown and "weight" not in shown


def test_freezing_joins_the_labels_and_writes_the_digest(tmp_path):
    rows = [_pair(i, 1, True, True) for i in range(3)]
    labels = tmp_path / "labels.txt"
    labels.write_text("# k label note\n0 same one speech\n2 diff two visits\n", encoding="utf-8")
    out = tmp_path / "pairs.jsonl"
    pairs_label.freeze(rows, labels, out)
    got = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [(r["pair"], r["label"], r["note"]) for r in got] == [
        (rows[0]["pair"], "same", "one speech"), (rows[2]["pair"], "diff", "two visits")]
    assert (tmp_path / "pairs.jsonl.sha1").read_text(encoding="utf-8").split()[0] == hashlib.sha1(
        out.read_bytes()).hexdigest()


def _draft(at: int, word: str, source: str, sent: int) -> Draft:
    ev = Event(id="", type="ACCUSE", source=[source], target=["t1"], evidence=Span(at, at + 40, word),
               rule="verb.active." + word, confidence=0.5, trigger=Span(at, at + len(word), word))
    return Draft(event=ev, sent_start=sent, triggers=[at])


def test_initiators_sharing_only_their_country_are_one_initiator_today():
    # "The Ostland teachers' union criticised Minister Osei." … six sentences on: "The Ostland bar association
    # denounced Osei's plan." Both bodies are Ostland's, so the country key makes them one initiator and the two
    # reports one event. The labelled pairs find such merges mostly wrong (17 of 18 far ones); keeping them apart was
    # measured and not shipped (held out +12 fully right but precision 0.5659 -> 0.5642; seed+dev events F1
    # 0.773 -> 0.735, under the floor), so the convention stands.
    country = {"o1": "OST", "o2": "OST"}
    first, later = _draft(0, "criticised", "o1", 0), _draft(400, "denounced", "o2", 80)
    assert len(merge_restatements([first, later], key=lambda aid: country.get(aid, aid))) == 1
    first, later = _draft(0, "criticised", "o1", 0), _draft(400, "denounced", "o2", 80)
    assert len(merge_restatements([first, later])) == 2  # without the key: two initiators, two events
