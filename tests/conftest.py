"""Shared fixtures: the model is loaded once per test session."""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from dateline.ingest import make_article, read_inputs
from dateline.options import Options
from dateline.pipeline import process
from dateline.record import ArticleRecord

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED = SHARED / "eval" / "seed" / "000_ec717493f034e952.txt"
SEED_GOLD = SHARED / "eval" / "seed" / "000_ec717493f034e952.gold.json"
DEV_ARTICLES = SHARED / "eval" / "dev.articles.jsonl"
DEV_GOLD = SHARED / "eval" / "dev"

needs_shared = pytest.mark.skipif(not SEED.exists(), reason="../shared is not available")


def run_text(text: str, date: str | None = "2025-03-06", options: Options = Options()) -> ArticleRecord:
    """Run the whole pipeline (strict: extractor bugs raise) on one text."""
    art = make_article(text, source="<test>", id="t", date=date, options=options)
    [result] = list(process([art], options, strict=True))
    return result.record


def main_country_stub():
    """A stand-in for the actors resolver as the article's-main-country decision reads it: one main country (PER, 80 %
    of the votes), named near every mention, no quotation, no tie elsewhere. A new class each call (tests switch its
    word option off)."""
    class Words:
        person_article_country = True

    class Stub:
        dominant, dominant_share, vote_shares, w = "PER", 0.8, {"PER": 0.8, "BOL": 0.2}, Words

        @staticmethod
        def countries_near(pos):
            return {"PER"}

        @staticmethod
        def in_quote(pos):
            return False

        @staticmethod
        def _tied_elsewhere(cs):
            return False
    return Stub


def quotes_of(text: str):
    """(record, actor id -> name) of one text; every quote's text and speaker span lie where they say."""
    rec = run_text(text)
    names = {a.id: a.name for a in rec.actors}
    for q in rec.quotes:
        assert text[q.start:q.end] == q.text
        if q.speaker_start is not None:
            assert text[q.speaker_start:q.speaker_end] == q.speaker_text
    return rec, names


def run_paths(*paths: str, options: Options = Options()) -> list[ArticleRecord]:
    return [r.record for r in process(read_inputs(list(paths), options), options, strict=True) if r.record]


@pytest.fixture(scope="session")
def seed_record() -> ArticleRecord:
    if not SEED.exists():
        pytest.skip("../shared is not available")
    [rec] = run_paths(str(SEED))
    return rec


@pytest.fixture(scope="session")
def seed_gold() -> dict:
    return json.loads(SEED_GOLD.read_text())


@pytest.fixture(scope="session")
def dev_records() -> list[ArticleRecord]:
    if not DEV_ARTICLES.exists():
        pytest.skip("../shared is not available")
    return run_paths(str(DEV_ARTICLES))


@pytest.fixture(scope="module")
def broad(tmp_path_factory) -> Options:
    """Options whose knowledge directory switches the quotes stage's learned cue on (broad attributions)."""
    kdir = tmp_path_factory.mktemp("broad_knowledge")
    (kdir / "quotes").mkdir()
    (kdir / "quotes" / "cue_model.json").write_text(json.dumps({"enabled": True}), encoding="utf-8")
    return Options(knowledge_dir=str(kdir))


def parsed_with_knowledge(text: str):
    """(the default model's parse of `text`, the packaged knowledge): for tests of one stage's inner parts."""
    from dateline import nlp
    from dateline.knowledge import load_knowledge
    options = Options()
    return nlp.load(options.model)(text), load_knowledge(options)


def actor_finder(doc, knowledge):
    """The actors stage's mention finder over `doc`, dated 2024-05-06, with no quoted spans and no provenance."""
    from dateline.extract.actors.mentions import Finder
    return Finder(doc, knowledge.registry, "2024-05-06", lambda s, e: False, (), knowledge.gazetteer,
                  knowledge.actor_words)


def actor_names(text: str, date: str | None = "2025-03-06") -> set[str]:
    """The names of the actors the pipeline finds in `text` published on `date`."""
    return {a.name for a in run_text(text, date=date).actors}


def time_days(text: str, date: str, word: str) -> list[str]:
    """The day (YYYY-MM-DD) each time expression containing `word` resolves to, in `text` published on `date`."""
    return [t.value[:10] for t in run_text(text, date=date).times if word in t.text]



def one_article_manifest(tmp_path: Path, outlet: str) -> tuple[Path, Path]:
    """A --blind set of one invented article whose manifest names `outlet`: (set directory, shared directory)."""
    text = "The Kell council met on Monday.\n"
    (tmp_path / "shared").mkdir()
    (tmp_path / "shared" / "a.txt").write_text(text, encoding="utf-8")
    blind = tmp_path / "blind"
    (blind / "gold").mkdir(parents=True)
    (blind / "gold" / "a1.gold.json").write_text(json.dumps({"id": "a1"}), encoding="utf-8")
    art = {"id": "a1", "date": "2026-01-05", "source": "a.txt", "outlet": outlet,
           "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest()}
    (blind / "manifest.json").write_text(json.dumps({"set": "x", "articles": [art]}), encoding="utf-8")
    return blind, tmp_path / "shared"
