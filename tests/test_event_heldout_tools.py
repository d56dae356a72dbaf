"""The held-out end-to-end tools of the events study: a candidate model trained without half the labelled
documents, and role_eval reading each document with the model that never saw it."""
from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

import role_eval  # noqa: E402
import train_events  # noqa: E402
from train_roles import half_of  # noqa: E402

from dateline.knowledge import load_knowledge  # noqa: E402
from dateline.options import Options  # noqa: E402


def test_rows_without_half_leave_out_that_half_and_keep_synthetic_rows():
    docs = [f"invented-article-{i}" for i in range(12)]
    groups = docs + ["ngec7", "ngec8"]
    kinds = [f"s{i}" for i in range(12)] + ["ngec", "ngec"]
    for half in (0, 1):
        kept = train_events.rows_without_half(groups, kinds, half)
        assert all(half_of(groups[i]) != half for i in kept if kinds[i] != "ngec")
        assert {12, 13} <= set(kept)
        assert len(kept) == 2 + sum(half_of(d) != half for d in docs)
    assert {half_of(d) for d in docs} == {0, 1}  # both halves are exercised


def test_invented_sentences_train_every_half_and_are_never_held_out(tmp_path, monkeypatch):
    rows = [{"id": "iv1", "text": "Ruritania sent two field hospitals to Karvia.", "uncertain": False,
             "events": [{"type": "AID", "trigger": "sent", "source": "Ruritania", "target": "Karvia"}]},
            {"id": "iv2", "text": "The band sent its new album to radio stations.", "events": []}]
    (tmp_path / "inv.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    monkeypatch.setattr(train_events, "ROOT", tmp_path)
    got = train_events.invented_sentences({"labels_invented": ["inv.jsonl"]})
    assert [s["text"] for s in got] == [r["text"] for r in rows] and all(s["invented"] for s in got)
    assert got[1]["events"] == [] and got[1]["uncertain"] is False
    groups, kinds = ["iv1", "iv2", "invented-article-3"], ["invented", "invented", "s3"]
    for half in (0, 1):
        assert {0, 1} <= set(train_events.rows_without_half(groups, kinds, half))


def test_each_half_is_read_with_the_model_trained_without_it(tmp_path):
    paths = []
    for h in (0, 1):
        p = tmp_path / f"without_half{h}.json"
        p.write_text(json.dumps({"classes": ["NONE"], "intercept": [0.0], "weights": {}, "marker": h}), encoding="utf-8")
        paths.append(str(p))
    knowledge = load_knowledge(Options())
    by_half = role_eval.held_out_knowledge(knowledge, {"model": paths, "speech_model": None})
    assert by_half[0].events.model["marker"] == 0 and by_half[1].events.model["marker"] == 1
    assert by_half[0].events.dictionary is knowledge.events.dictionary  # everything else is the packaged knowledge
    assert by_half[1].events.speech_model is knowledge.events.speech_model
    assert knowledge.events.model.get("marker") is None
    speech = role_eval.held_out_knowledge(knowledge, {"speech_model": paths, "speech_encoded": paths[::-1]})
    assert [speech[h].events.speech_model["marker"] for h in (0, 1)] == [0, 1]
    assert [speech[h].events.speech_encoded["marker"] for h in (0, 1)] == [1, 0]
    assert speech[0].events.model is knowledge.events.model
    assert role_eval.held_out_knowledge(knowledge, {"model": None}) is None


def test_a_judgement_about_a_misread_pair_is_not_trained_on_but_a_neutral_one_is():
    import train_speech
    ok = {"speaker_ok": True, "actor_ok": True}
    assert train_speech.misread_judgement({"label": "ACCUSE", **ok, "speaker_ok": False})
    assert train_speech.misread_judgement({"label": "SUPPORT", **ok, "actor_ok": False})
    assert not train_speech.misread_judgement({"label": "ACCUSE", **ok})
    assert not train_speech.misread_judgement({"label": "NONE", **ok, "actor_ok": False})  # a place is no target: keep


def test_the_calibration_fit_learns_what_the_raw_confidence_misses(tmp_path):
    import train_calibration

    # invented outcomes: one rule family is right one time in five whatever its raw confidence, the other follows it
    rows = []
    for i in range(400):
        speech = i % 2 == 0
        conf = (i % 10) / 10
        right = (i % 5 == 0) if speech else (conf >= 0.5)
        feats = {f"family={'speech' if speech else 'verb'}": 1.0, "confidence": conf,
                 f"confidence|family={'speech' if speech else 'verb'}": conf}
        rows.append({"status": "system", "doc": f"invented-{i % 40}", "rule": "speech.judgement" if speech else "verb.x",
                     "full": right, "confidence": conf, "features": feats})
    rows.append({"status": "none", "doc": "invented-0", "id": "s1"})
    path = tmp_path / "rows.json"
    path.write_text(json.dumps({"rows": rows}))
    events, labelled = train_calibration.load(path)
    assert len(events) == 400 and labelled == 1
    right = [bool(r["full"]) for r in events]
    held = train_calibration.cross_fitted(events, C=1.0)
    raw = [r["confidence"] for r in events]
    assert train_calibration.scores(held, right)["log_loss"] < train_calibration.scores(raw, right)["log_loss"]
    speech = [p for p, r in zip(held, events) if r["rule"].startswith("speech")]
    assert abs(sum(speech) / len(speech) - 0.2) < 0.1  # speech events come out near their one-in-five


def test_a_sentence_alone_is_right_when_its_likeliest_event_has_a_labelled_type():
    import sentence_eval
    from types import SimpleNamespace as Ev

    labels = [{"type": "ACCUSE", "also": ["REJECT"]}]
    got = sentence_eval.judge([Ev(type="SUPPORT", confidence=0.3), Ev(type="REJECT", confidence=0.6)], labels)
    assert got == {"labelled": True, "some_event": True, "top_right": True, "any_right": True}
    got = sentence_eval.judge([Ev(type="SUPPORT", confidence=0.7), Ev(type="ACCUSE", confidence=0.6)], labels)
    assert got["top_right"] is False and got["any_right"] is True
    assert sentence_eval.judge([], labels)["top_right"] is False  # no event counts as wrong
    rows = [{"source": "a", **sentence_eval.judge([], labels)},
            {"source": "a", **sentence_eval.judge([Ev(type="ACCUSE", confidence=0.5)], labels)},
            {"source": "b", **sentence_eval.judge([Ev(type="ACCUSE", confidence=0.5)], [])}]
    fig = sentence_eval.summarise(rows)
    assert fig["all"]["no_event"] == 0.5 and fig["all"]["type_accuracy"] == 0.5
    assert fig["all"]["type_accuracy_when_an_event"] == 1.0 and fig["b"]["eventless_with_an_event"] == 1.0


def test_role_eval_scores_reports_without_a_doer_against_events_labelled_without_a_source():
    from dateline import nlp
    from dateline.ingest import make_article
    from dateline.pipeline import run_stages

    text = "Jan Kell was arrested on Monday in Varna. Police said Ostland accused Kell of spying."
    options = Options()
    art = make_article(text, source="<test>", id="t", date="2024-05-02", options=options)
    ctx = run_stages(art, nlp.load(options.model)(text), load_knowledge(options))
    assert [u.type for u in ctx.unattributed_events] == ["COERCE"]
    first = "Jan Kell was arrested on Monday in Varna."
    doc = {"sentences": [{"id": "s1", "text": first, "start": 0, "events": [
        {"type": "COERCE", "trigger": "arrested", "source": "", "target": "Jan Kell"}]}]}
    rows = role_eval.judge_document(doc, text, ctx, [], {})
    untold = [r for r in rows if r["status"] == "untold"]
    assert [(r["matched"], r["full"]) for r in untold] == [(True, True)]
    summary = role_eval.summarise(rows)["unattributed events"]
    assert summary["fully_right"] == 1 and summary["labelled_without_source_found"] == 1
    doc["sentences"][0]["events"][0]["source"] = "the police"  # labelled with a doer: a report without one is not it
    rows = role_eval.judge_document(doc, text, ctx, [], {})
    assert [r["full"] for r in rows if r["status"] == "untold"] == [False]


def _ev(etype, trigger, also=()):
    return {"type": etype, "trigger": trigger, "also": list(also), "source": "", "target": "", "modality": "asserted"}


def test_two_annotators_agree_when_every_event_pairs_by_type_and_overlapping_trigger():
    text = "Kell accused Osei of fraud and sent troops to the border."
    a = {"events": [_ev("ACCUSE", "accused"), _ev("MOBILIZE", "sent troops")]}
    assert train_events.consensus(a, {"events": [_ev("MOBILIZE", "sent"), _ev("ACCUSE", "accused Osei")]}, text)
    # a type the other annotator offered only as an alternative still pairs
    assert train_events.consensus({"events": [_ev("AID", "sent troops")]},
                                   {"events": [_ev("MOBILIZE", "sent troops", also=["AID"])]}, text)
    assert train_events.consensus({"events": []}, {"events": []}, text)
    # one event more, another type, or triggers that do not overlap: not alike
    assert not train_events.consensus(a, {"events": [_ev("ACCUSE", "accused")]}, text)
    assert not train_events.consensus({"events": [_ev("ACCUSE", "accused")]}, {"events": [_ev("REJECT", "accused")]}, text)
    assert not train_events.consensus({"events": [_ev("MOBILIZE", "troops")]}, {"events": [_ev("MOBILIZE", "sent")]}, text)


def test_a_material_only_batch_trains_on_material_readings_and_leaves_out_speech(tmp_path):
    import dateline.nlp as nlpmod
    lex = load_knowledge(Options()).events
    nlp = nlpmod.load(Options().model)
    doc = nlp("Kell accused Osei of lying, and Norland sent weapons to Velland.")
    by = {t.lower_: t for t in doc}
    # a labelled material act and an unlabelled candidate the lexicons read as material are kept; speech is not
    assert train_events._material(by["sent"], lex, "AID")
    assert not train_events._material(by["accused"], lex, "ACCUSE")
    assert not train_events._material(by["accused"], lex, "NONE")
    sent = {"id": "x1", "text": doc.text, "events": [_ev("AID", "sent weapons")], "uncertain": False,
            "group": "invented", "material_only": True}
    X, y, *_ = train_events.examples(nlp, lex, [sent], [], 0.2)
    assert y == ["AID"]
    X, y, *_ = train_events.examples(nlp, lex, [dict(sent, material_only=False)], [], 0.2)
    assert sorted(y) == ["AID", "NONE"]
