"""Event dates, session 33 (issue 9): acts the story's days do not date; invented text only."""
from __future__ import annotations

import sys
from pathlib import Path

from conftest import run_text

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))


def _dates(text: str, date: str) -> dict[str, str | None]:
    """trigger text -> date value of each event of the text."""
    return {e.trigger.text: e.date.value if e.date else None for e in run_text(text, date=date).events}


def _shows(text: str, published: str, word: str) -> str:
    """What `scripts/date_shows.py` says the words show about the act on the last `word` of the text."""
    from date_eval import stand_in_candidate
    from date_shows import shows

    from dateline import nlp
    from dateline.ingest import make_article
    from dateline.knowledge import load_knowledge
    from dateline.options import Options
    from dateline.pipeline import run_stages

    options = Options()
    article = make_article(text, source="<test>", id="t", date=published)
    ctx = run_stages(article, nlp.load(options.model)(article.text), load_knowledge(options))
    at = article.text.rindex(word)
    return shows(ctx, stand_in_candidate(ctx, (at, at + len(word)), "ACCUSE"))


_LEAD = "Kell turns on Vale.\n\nSenator Ann Kell spoke at a rally in Ostrava on Tuesday.\n\n"


def test_the_reference_day_split_names_what_the_words_show():
    published = "2016-06-09"
    assert _shows(_LEAD + "Vale said Kell had attacked his budget.", published, "attacked") == "reported earlier act"
    assert _shows(_LEAD + "Kell had accused Vale of lying.", published, "accused") == "past perfect"
    assert _shows(_LEAD + "Kell has accused Vale of lying.", published, "accused") == "present perfect"
    assert _shows(_LEAD + "Kell was elected to the senate.", published, "elected") == "state or result"
    assert _shows(_LEAD + "Kell criticized the vote.", published, "vote") == "nominal act"
    assert _shows(_LEAD + "Kell accused Vale of lying.", published, "accused") == "plain past"


def test_an_act_before_every_story_day_takes_the_day_told_a_few_times_later():
    # a Thursday article: the accusation comes before any time; the first day told after it, two paragraphs on,
    # is Tuesday, a day of the story's last three
    text = ("Kell turns on Vale.\n\nSenator Ann Kell accused Governor Tom Vale of lying about the budget.\n\n"
            "Vale has denied the charge for years.\n\nKell made the remarks at a rally in Ostrava on {day}.")
    assert _dates(text.format(day="Tuesday"), "2016-06-09").get("accused") == "2016-06-07"
    # a day older than that window, told that far on, is another occasion: publication as before
    assert _dates(text.format(day="June 2"), "2016-06-09").get("accused") == "2016-06-09"
