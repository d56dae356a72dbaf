"""Dateline's scorer agrees with the reference scorer, and the quality gate holds its floors."""
from __future__ import annotations

import hashlib
import importlib.util
import json

import pytest

from conftest import DEV_GOLD, ROOT, SEED_GOLD, SHARED, needs_shared
from dateline.cli import main
from dateline.evaluate import below_floors, format_report, gate, load_floors, load_gold, pair_one_to_one, score
from dateline.record import to_dict

SHARED_KEYS = ("events_prf", "events_date_acc", "events_modality_acc", "quotes_prf", "quotes_speaker_acc",
               "times_prf", "times_value_acc", "actors_found", "actors_country_acc", "actors_sector_acc",
               "provenance_acc", "conflicts_recall", "conflict_pairs_emitted", "missing", "articles")


def _reference():
    spec = importlib.util.spec_from_file_location("reference_score", SHARED / "eval" / "score.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def system(seed_record, dev_records):
    return {r.article.id: to_dict(r) for r in [seed_record, *dev_records]}


@needs_shared
def test_agrees_with_reference_scorer(system):
    gold = load_gold([SEED_GOLD.parent, DEV_GOLD])
    ours, ref = score(system, gold), _reference().score(system, gold)
    for k in SHARED_KEYS:
        assert tuple(ours[k]) == tuple(ref[k]) if isinstance(ref[k], tuple) else ours[k] == ref[k], k


@needs_shared
def test_agrees_on_perturbed_output(system):
    """Drop and shuffle parts of the output so the two scorers are compared off the happy path too."""
    gold = load_gold([SEED_GOLD.parent, DEV_GOLD])
    damaged = {}
    for i, (aid, rec) in enumerate(system.items()):
        rec = json.loads(json.dumps(rec))
        if i % 3 == 0:
            rec["quotes"] = rec["quotes"][::2]
        if i % 3 == 1:
            rec["times"] = rec["times"][1:]
            rec["events"] = rec["events"][::-1]
        if i % 4 == 2:
            continue  # missing article
        damaged[aid] = rec
    ours, ref = score(damaged, gold), _reference().score(damaged, gold)
    for k in SHARED_KEYS:
        assert tuple(ours[k]) == tuple(ref[k]) if isinstance(ref[k], tuple) else ours[k] == ref[k], k


def test_pairing_prefers_required_gold():
    gold = [{"optional": True, "k": 1}, {"optional": False, "k": 1}]
    system = [{"k": 1}]
    assert pair_one_to_one(gold, system, lambda g, s: g["k"] == s["k"]) == {1: 0}


@needs_shared
def test_quality_gate_floors(system):
    """CI gate: lowering a floor in quality_floors.json is a deliberate, explained commit."""
    floors = json.loads((ROOT / "quality_floors.json").read_text())
    result = score(system, load_gold([SEED_GOLD.parent, DEV_GOLD]))
    assert below_floors(result, floors) == []


def test_floors_judge_f1_and_precision():
    result = {"events_prf": (0.9, 0.5, 0.64), "times_value_acc": None}
    assert below_floors(result, {"events_prf": 0.6}) == []
    assert below_floors(result, {"events_prf_p": 0.95}) != []
    assert below_floors(result, {"events_prf": 0.7}) != []
    assert below_floors(result, {"times_value_acc": 0.5}) != []  # a missing figure never passes a gate
    assert below_floors(result, {"_comment": "x"}) == []


@needs_shared
def test_per_type_figures_and_miss_causes_add_up(system):
    """The per-type table and the error breakdown account for every event the headline counts."""
    result = score(system, load_gold([SEED_GOLD.parent, DEV_GOLD]))
    n, by_type = result["counts"], result["events_by_type"].values()
    assert sum(row[3] for row in by_type) == n["ev_tp"] + n["ev_fn"]
    assert sum(row[4] for row in by_type) == n["ev_tp"] + n["ev_fp"]
    assert sum(result["events_missed_by_cause"].values()) == n["ev_fn"]
    assert sum(result["events_false_positives"].values()) == n["ev_fp"]
    assert sum(result["events_wrong_type"].values()) == result["events_missed_by_cause"]["another type"]


def _article(text: str, events: list[dict], actors: list[dict] = ()) -> dict:
    return {"article": {"id": "x", "text": text}, "actors": list(actors), "events": events,
            "quotes": [], "times": [], "claims": []}


def test_misses_are_explained_by_what_sits_on_their_evidence():
    """Invented article: one gold event found, one given another type, one with the wrong source, one with
    nothing on its evidence."""
    text = ("Ruritania shelled a border post. Freedonia praised the mediators. "
            "Ruritania demanded talks. Freedonia closed its embassy.")
    actors = [{"id": "A1", "name": "Ruritania", "mentions": []}, {"id": "A2", "name": "Freedonia", "mentions": []}]

    def ev(kind, source, evidence, **kw):
        return {"type": kind, "source": [source], "evidence": {"text": evidence}, "confidence": 0.7, **kw}
    system = [ev("ASSAULT", "A1", "Ruritania shelled a border post."),
              ev("SUPPORT", "A2", "Freedonia praised the mediators."),
              ev("REQUEST", "A2", "Ruritania demanded talks."),
              ev("COERCE", "A1", "Ruritania shelled a border post.")]
    gold = [{"type": "ASSAULT", "source": ["Ruritania"], "evidence": "Ruritania shelled a border post."},
            {"type": "CONSULT", "source": ["Freedonia"], "evidence": "Freedonia praised the mediators."},
            {"type": "REQUEST", "source": ["Ruritania"], "evidence": "Ruritania demanded talks."},
            {"type": "REDUCE", "source": ["Freedonia"], "evidence": "Freedonia closed its embassy."}]
    result = score({"x": _article(text, system, actors)}, {"x": {"id": "x", "events": gold}})
    assert result["events_prf"] == (0.25, 0.25, 0.25)
    assert result["events_missed_by_cause"] == {"no system event": 1, "another type": 1,
                                                "right type, roles unmatched": 1}
    assert result["events_wrong_type"] == {"CONSULT -> SUPPORT": 1}
    assert result["events_false_positives"] == {"on a gold event's evidence": 3, "elsewhere": 0}
    assert result["events_by_type"]["ASSAULT"] == (1.0, 1.0, 1.0, 1, 1)
    assert result["events_by_type"]["SUPPORT"] == (0.0, 0.0, 0.0, 0, 1)
    report = format_report(result)
    assert "events by PLOVER type" in report and "CONSULT -> SUPPORT 1" in report
    assert "no system event 1" in report


def test_an_accepted_alternative_type_is_a_match_not_a_confusion():
    text = "Freedonia withdrew its demand."
    actors = [{"id": "A1", "name": "Freedonia", "mentions": []}]
    system = [{"type": "RETREAT", "source": ["A1"], "evidence": {"text": text}}]
    gold = [{"type": "CONCEDE", "also": ["RETREAT"], "source": ["Freedonia"], "evidence": text}]
    result = score({"x": _article(text, system, actors)}, {"x": {"id": "x", "events": gold}})
    assert result["events_prf"] == (1.0, 1.0, 1.0) and result["events_wrong_type"] == {}


def test_gate_splits_dev_and_blind_floors():
    results = {"dev": {"events_prf": (0.9, 0.5, 0.64)}, "blind": {"events_prf": (0.5, 0.2, 0.29)}}
    assert gate(results, {"events_prf": 0.6, "blind.events_prf": 0.25}) == []
    assert gate(results, {"events_prf": 0.6, "blind.events_prf": 0.3}) == [
        "blind.events_prf = 0.29 is below its floor 0.3"]


def test_unusable_floors_file_is_named(tmp_path):
    bad = tmp_path / "floors.json"
    bad.write_text("[1, 2]", encoding="utf-8")
    with pytest.raises(ValueError, match="floors.json"):
        load_floors(bad)


def _invented_set(folder, aid="r1"):
    """A gold folder holding one invented article and its gold (never eval text)."""
    folder.mkdir(parents=True)
    text = "date 2021-03-02\nRuritania's army shelled border posts in Freedonia on Tuesday, the ministry said.\n"
    (folder / f"{aid}.txt").write_text(text, encoding="utf-8")
    gold = {"id": aid, "date": "2021-03-02", "actors": [], "quotes": [], "times": [], "claims": [],
            "conflicts": [], "events": [{"type": "ASSAULT", "source": ["Ruritania"], "target": ["Freedonia"],
                                         "evidence": "shelled border posts", "date": "2021-03-02"}]}
    (folder / f"{aid}.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    return folder


def test_eval_command_prints_per_type_figures(tmp_path, capsys):
    folder = _invented_set(tmp_path / "gold")
    out_file = tmp_path / "out.jsonl"
    status = main(["eval", str(folder), "--output", str(out_file)])
    out, err = capsys.readouterr()
    assert status == 0, err
    assert "events by PLOVER type" in out and "wrong-type matches" in out and "missed gold events" in out
    assert [json.loads(line)["article"]["id"] for line in out_file.read_text().splitlines()] == ["r1"]


def test_eval_command_refuses_bad_floors_and_empty_gold_before_running(tmp_path, capsys):
    folder = _invented_set(tmp_path / "gold")
    bad = tmp_path / "floors.json"
    bad.write_text("{not json", encoding="utf-8")
    assert main(["eval", str(folder), "--floors", str(bad)]) == 2
    assert "floors.json" in capsys.readouterr().err
    (tmp_path / "empty").mkdir()
    assert main(["eval", str(tmp_path / "empty")]) == 2
    assert "no *.gold.json" in capsys.readouterr().err


def test_eval_command_prints_per_type_figures_for_dev_and_blind(tmp_path, capsys):
    """An invented blind set (manifest + gold + text under a fake ../shared) beside an invented dev set."""
    dev = _invented_set(tmp_path / "dev")
    shared, blind = tmp_path / "shared", tmp_path / "blind"
    text = "Freedonia's police detained three reporters in the capital on Monday, a rights group said."
    (shared / "texts").mkdir(parents=True)
    (shared / "texts" / "b1.txt").write_text(text, encoding="utf-8")
    (blind / "gold").mkdir(parents=True)
    (blind / "manifest.json").write_text(json.dumps({"articles": [
        {"id": "b1", "date": "2021-03-02", "source": "texts/b1.txt",
         "sha256": hashlib.sha256(text.encode()).hexdigest()}]}), encoding="utf-8")
    (blind / "gold" / "b1.gold.json").write_text(json.dumps({
        "id": "b1", "events": [{"type": "COERCE", "source": ["police"], "evidence": "detained three reporters"}]}))
    assert main(["eval", str(dev), "--blind", str(blind), "--shared", str(shared)]) == 0
    out = capsys.readouterr().out
    dev_part, blind_part = out.split("=== blind ===")
    assert "=== dev ===" in dev_part
    for part in (dev_part, blind_part):
        assert "events by PLOVER type" in part and "wrong-type matches" in part
    assert main(["eval", str(dev), "--blind", str(blind), "--shared", str(shared), "--json"]) == 0
    results = json.loads(capsys.readouterr().out)
    assert set(results) == {"dev", "blind"} and all("events_by_type" in r for r in results.values())


def test_unusable_gold_is_named(tmp_path):
    (tmp_path / "a.gold.json").write_text('{"events": []}', encoding="utf-8")
    with pytest.raises(ValueError, match=r"a\.gold\.json.*\"id\""):
        load_gold([tmp_path])
    with pytest.raises(ValueError, match="nowhere"):
        load_gold([tmp_path / "nowhere"])


def test_reliability_reports_mean_confidence_share_right_and_calibration_error():
    from dateline.evaluate.scorer import Tally, _reliability, reliability

    t = Tally()
    for conf, right in [(0.15, False), (0.15, False), (0.15, True), (0.85, True), (0.85, True), (0.95, False)]:
        _reliability(t, conf, right)
    got = reliability(t)
    assert got["events_reliability"] == {"0.1-0.2": (3, 0.15, 0.333), "0.8-0.9": (2, 0.85, 1.0),
                                         "0.9-1.0": (1, 0.95, 0.0)}
    # |0.45 - 1| + |1.7 - 2| + |0.95 - 0| over 6 events
    assert got["events_calibration_error"] == round((0.55 + 0.3 + 0.95) / 6, 3)
