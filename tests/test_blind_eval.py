"""The blind-set protocol: articles are rebuilt from the manifest, sha256-checked, and scored by
`dateline eval --blind` beside the dev set (invented texts here; the real gold is never read by tests)."""
from __future__ import annotations

import hashlib
import json

import pytest

from dateline.cli import main
from dateline.evaluate import blind_articles

TEXT = "Ruritania's army shelled border posts in Freedonia on Tuesday, the ministry said."


def _blind(tmp_path, text=TEXT, digest=None):
    shared = tmp_path / "shared"
    (shared / "texts").mkdir(parents=True)
    (shared / "texts" / "a1.txt").write_text(text, encoding="utf-8")
    (shared / "corpus").mkdir()
    (shared / "corpus" / "s.jsonl").write_text(json.dumps({"id": "w1", "text": text}) + "\n", encoding="utf-8")
    blind = tmp_path / "blind"
    (blind / "gold").mkdir(parents=True)
    sha = digest or hashlib.sha256(text.encode()).hexdigest()
    manifest = {"articles": [
        {"id": "a1", "date": "2021-03-02", "source": "texts/a1.txt", "sha256": sha},
        {"id": "w1", "date": "2021-03-02", "source": "corpus/s.jsonl#w1", "sha256": sha}]}
    (blind / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    for aid in ("a1", "w1"):
        gold = {"id": aid, "date": "2021-03-02", "actors": [], "quotes": [], "times": [], "claims": [],
                "conflicts": [], "events": [{"type": "ASSAULT", "source": ["Ruritania"], "target": ["Freedonia"],
                                             "evidence": "shelled border posts", "date": "2021-03-02"}]}
        (blind / "gold" / f"{aid}.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    return blind, shared


def test_blind_articles_are_rebuilt_and_checked(tmp_path):
    blind, shared = _blind(tmp_path)
    arts = blind_articles(blind, shared)
    assert [a["id"] for a in arts] == ["a1", "w1"] and all(a["text"] == TEXT for a in arts)


def test_blind_articles_read_from_a_geoparsing_corpus_in_xml(tmp_path):
    blind, shared = _blind(tmp_path)
    (shared / "geo").mkdir()
    (shared / "geo" / "news.xml").write_text(
        "<articles><article docid='9'><title>T</title><text><![CDATA[" + TEXT + "]]></text></article></articles>",
        encoding="utf-8")
    manifest = json.loads((blind / "manifest.json").read_text())
    manifest["articles"][1]["source"] = "geo/news.xml#9"
    (blind / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    assert blind_articles(blind, shared)[1]["text"] == TEXT
    manifest["articles"][1]["source"] = "geo/news.xml#10"
    (blind / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    with pytest.raises(ValueError, match="w1.*cannot read"):
        blind_articles(blind, shared)


def test_changed_text_is_refused_with_the_article_named(tmp_path):
    blind, shared = _blind(tmp_path, digest="0" * 64)
    with pytest.raises(ValueError, match="a1.*sha256"):
        blind_articles(blind, shared)


def test_eval_prints_dev_and_blind_and_gates_blind_floors(tmp_path, capsys):
    blind, shared = _blind(tmp_path)
    floors = tmp_path / "floors.json"
    floors.write_text(json.dumps({"blind.events_prf": 1.01}), encoding="utf-8")
    status = main(["eval", "--blind", str(blind), "--shared", str(shared), "--floors", str(floors)])
    out, err = capsys.readouterr()
    assert "events_prf" in out
    assert status != 0 and "blind.events_prf" in err


def test_blind_floors_do_not_gate_the_dev_result():
    from dateline.cli import below_floors
    result = {"events_prf": (0.9, 0.8, 0.85)}
    assert below_floors(result, {"events_prf": 0.8, "blind.events_prf": 0.99}) == []
    assert below_floors(result, {"blind.events_prf": 0.99, "events_prf_p": 0.95}) != []


def test_blind_set_holds_its_floors():
    """CI gate on the frozen blind set (issue 9): the `blind.` floors of quality_floors.json. Only the
    aggregate figures are checked; nobody reads the blind misses to write rules."""
    from conftest import ROOT, SHARED
    if not (SHARED / "data/polnear/train").exists():
        pytest.skip("../shared is not available")
    floors = json.loads((ROOT / "quality_floors.json").read_text())
    assert any(k.startswith("blind.") for k in floors)
    status = main(["eval", "--blind", str(ROOT / "eval/blind"), "--shared", str(SHARED),
                   "--floors", str(ROOT / "quality_floors.json"), "--json"])
    assert status == 0
