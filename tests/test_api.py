"""The library API, the spaCy components and the CLI give the same records; user knowledge files override."""
from __future__ import annotations

import doctest
import io
import json
import re
from contextlib import redirect_stdout

import pytest
import spacy

import dateline
import dateline.api
import dateline.evaluate
import dateline.knowledge
from conftest import DEV_ARTICLES, ROOT, SEED, needs_shared
from dateline import Options, analyze, analyze_many, from_dict, to_dict
from dateline.cli import main as cli_main
from dateline.ingest import read_inputs


@pytest.mark.parametrize("module", [dateline, dateline.api, dateline.knowledge, dateline.evaluate])
def test_docstring_examples_run(module):
    failures, _ = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert failures == 0


def _python_blocks(path) -> list[str]:
    return re.findall(r"```python\n(.*?)```", path.read_text(encoding="utf-8"), re.S)


def test_readme_and_api_doc_examples_run_and_print_what_they_say(tmp_path, monkeypatch, capsys):
    """Every python block of README.md and docs/api.md runs (in a scratch directory holding the user
    knowledge file the page describes); a `print(...)  # shown` line must print what its comment shows."""
    pytest.importorskip("pandas")
    monkeypatch.chdir(tmp_path)
    (tmp_path / "my_knowledge").mkdir()
    (tmp_path / "my_knowledge" / "reporting_verbs.json").write_text('{"speech": ["grumble"]}', encoding="utf-8")
    blocks = _python_blocks(ROOT / "README.md") + _python_blocks(ROOT / "docs" / "api.md")
    assert len(blocks) >= 4
    for block in blocks:
        exec(compile(block, "<doc example>", "exec"), {"text": "Police in Lagos arrested two activists on Friday."})
        shown = [c.rstrip(" …") for c in re.findall(r"^\s*print\(.*\)\s+#\s*(.*)$", block, re.M)]
        out = capsys.readouterr().out
        assert all(s in out for s in shown), (shown, out)
    assert (tmp_path / "my_pipeline" / "config.cfg").exists()


def _cli_records(paths: list[str]) -> dict[str, dict]:
    out = io.StringIO()
    with redirect_stdout(out):
        status = cli_main(["extract", *paths, "--format", "jsonl", "--no-db"])
    assert status == 0
    recs = [json.loads(line) for line in out.getvalue().splitlines() if line.strip()]
    return {r["article"]["id"]: r for r in recs}


def _spacy_pipeline(per_stage: bool = False):
    import dateline.spacy_components  # noqa: F401  (registers the factories)
    nlp = spacy.load(Options().model)
    nlp.add_pipe("dateline_paragraph_breaks", before="parser")
    if per_stage:
        for stage in dateline.spacy_components.STAGE_NAMES:
            nlp.add_pipe(f"dateline_{stage}_v1")
    else:
        nlp.add_pipe("dateline")
    return nlp


def _via_spacy(nlp, article) -> dict:
    doc = nlp.make_doc(article.text)
    doc._.dateline_meta = {"id": article.id, "date": article.date, "title": article.title, "url": article.url}
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    rec = to_dict(doc._.dateline)
    rec["article"]["metadata"] = article.metadata  # the spaCy path carries no ingest metadata
    return rec


@needs_shared
def test_api_spacy_and_cli_give_identical_records_on_seed_and_dev():
    paths = [str(SEED), str(DEV_ARTICLES)]
    cli = _cli_records(paths)
    articles = [a for a in read_inputs(paths) if isinstance(a, dateline.Article)]
    assert len(articles) == len(cli) >= 13
    api = {r.article.id: to_dict(r) for r in analyze_many(articles)}
    assert api == cli
    nlp = _spacy_pipeline()
    for art in articles:
        assert _via_spacy(nlp, art) == cli[art.id], art.id


@needs_shared
def test_per_stage_components_and_a_saved_pipeline_give_the_same_record(tmp_path):
    seed = next(a for a in read_inputs([str(SEED)]) if isinstance(a, dateline.Article))
    expected = to_dict(next(analyze_many([seed])))
    assert _via_spacy(_spacy_pipeline(per_stage=True), seed) == expected
    nlp = _spacy_pipeline()
    nlp.to_disk(tmp_path / "pipe")
    reloaded = spacy.load(tmp_path / "pipe")
    assert "dateline" in reloaded.pipe_names
    assert _via_spacy(reloaded, seed) == expected


def test_analyze_takes_text_and_metadata_and_round_trips():
    rec = analyze("The Ruritanian army shelled a border town on Tuesday, officials said.", "2024-02-01",
                  title="Shelling", url="https://example.org/a", id="ex1")
    assert rec.article.id == "ex1" and rec.article.title == "Shelling"
    assert dateline.validate(rec) == []
    assert to_dict(from_dict(to_dict(rec))) == to_dict(rec)


def test_analyze_many_skips_or_raises_on_bad_input():
    items = [{"id": "good", "text": "Protesters marched in the capital."}, {"id": "empty", "text": "   "}]
    assert [r.article.id for r in analyze_many(items, errors="skip")] == ["good"]
    with pytest.raises(dateline.errors.InputError, match="empty"):
        list(analyze_many(items))
    with pytest.raises(dateline.AnalysisError, match="'text'"):
        list(analyze_many([{"id": "x"}], errors="raise"))


def test_to_frames_gives_one_table_per_record_kind():
    pd = pytest.importorskip("pandas")
    recs = list(analyze_many(["Police arrested two journalists in the capital on Monday, the ministry said."]))
    frames = dateline.to_frames(recs)
    assert isinstance(frames["events"], pd.DataFrame)
    assert len(frames["articles"]) == 1
    assert len(frames["actors"]) == len(recs[0].actors)
    assert len(frames["events"]) == len(recs[0].events)


# ---------------------------------------------------------------- user knowledge overrides

def _write(tmp_path, name: str, data) -> str:
    (tmp_path / name).write_text(json.dumps(data), encoding="utf-8")
    return str(tmp_path)


def test_a_user_file_adds_a_reporting_verb(tmp_path):
    """An unlisted verb's that-clause with a common-noun subject is reported only when the verb is a known
    reporting verb. (Since session 22 a verb after a comma-ending quote is a cue without the lexicon when the quote
    is its complement — '"…," the senator grumbled.' — and a named person's that-clause always is, so the test
    uses this form.)"""
    text = "The senator grumbled that the budget was a disgrace."
    before = analyze(text, "2024-01-01")
    assert before.quotes == []
    opts = Options(knowledge_dir=_write(tmp_path, "reporting_verbs.json", {"speech": ["grumble"]}))
    after = analyze(text, "2024-01-01", options=opts)
    assert [(q.kind, q.text, q.speaker_text, q.cue) for q in after.quotes] == \
        [("indirect", "that the budget was a disgrace", "The senator", "grumbled")]


def test_a_user_file_overrides_an_event_lexicon_entry(tmp_path):
    """'arrest' is COERCE both in the trigger lexicon and through its CAMEO code (173) in the compiled
    dictionary; replacing both entries ("=key" replaces a value whole) makes it SANCTION."""
    text = "Police arrested two activists in the capital on Monday."
    assert {e.type for e in analyze(text, "2024-01-03").events} == {"COERCE"}
    sense = dateline.knowledge.read_json("plover_triggers.json")["verbs"]["arrest"]
    _write(tmp_path, "plover_triggers.json", {"verbs": {"=arrest": {**sense, "type": "SANCTION", "mode": None}}})
    (tmp_path / "events").mkdir()
    _write(tmp_path / "events", "dictionary.json", {"cameo": {"=173": ["SANCTION", None]}})
    types = {e.type for e in analyze(text, "2024-01-03", options=Options(knowledge_dir=str(tmp_path))).events}
    assert types == {"SANCTION"}


def test_a_user_gazetteer_entry_is_preferred(tmp_path):
    text = "Officials met in Springfield on Monday."
    entry = [{"name": "Springfield", "country": "CAN", "lat": 45.5, "lon": -73.6, "kind": "city",
              "population": 5000000}]
    opts = Options(knowledge_dir=_write(tmp_path, "gazetteer.json", entry))
    place = next(p for p in analyze(text, "2024-01-03", options=opts).places if p.text == "Springfield")
    assert (place.country, place.lat, place.lon) == ("CAN", 45.5, -73.6)


def test_a_broken_user_knowledge_file_is_a_clear_error(tmp_path):
    (tmp_path / "reporting_verbs.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(dateline.knowledge.KnowledgeError, match="reporting_verbs.json"):
        analyze("Rain fell.", options=Options(knowledge_dir=str(tmp_path)))
    with pytest.raises(dateline.knowledge.KnowledgeError, match="no such knowledge directory"):
        analyze("Rain fell.", options=Options(knowledge_dir=str(tmp_path / "missing")))
