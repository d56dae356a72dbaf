"""The learned event-date choice (extract/events/date_model.py), on invented text with hand-made weights."""
from __future__ import annotations

from dataclasses import replace

import pytest

RECALL = ("Kell faces a recall.\n\nThe recall petition was filed on June 2.\n\n"
          "Senator Ann Kell accused Governor Tom Vale of orchestrating it.")


def _context(text: str, published: str, date_model: dict | None):
    from dateline import nlp
    from dateline.ingest import make_article
    from dateline.knowledge import load_knowledge
    from dateline.options import Options
    from dateline.pipeline import run_stages

    options = Options()
    knowledge = load_knowledge(options)
    knowledge = replace(knowledge, events=replace(knowledge.events, date_model=date_model))
    article = make_article(text, source="<test>", id="t", date=published)
    return run_stages(article, nlp.load(options.model)(article.text), knowledge)


def _date(text: str, published: str, word: str, date_model: dict | None) -> str | None:
    """The date the events stage's dating gives a candidate on the last `word` of the text."""
    from dateline.extract.events.dating import event_date
    from dateline.extract.events.triggers import Candidate

    ctx = _context(text, published, date_model)
    tok = [t for t in ctx.doc if t.text == word][-1]
    got = event_date(ctx.doc, ctx, Candidate("ACCUSE", None, tok, tok, "test", {}))[0]
    return got.value if got else None


def _options(text: str, published: str, word: str):
    from dateline.extract.events import dating
    from dateline.extract.events.date_model import options
    from dateline.extract.events.triggers import Candidate

    ctx = _context(text, published, None)
    tok = [t for t in ctx.doc if t.text == word][-1]
    cand = Candidate("ACCUSE", None, tok, tok, "test", {})
    return options(ctx.doc, ctx, cand, dating.rule_date(ctx.doc, ctx, cand))


def test_the_model_decides_where_the_rules_fell_back_to_publication():
    # June 2 is older than the story's reference window and in another paragraph: the rules give publication
    assert _date(RECALL, "2016-06-10", "accused", None) == "2016-06-10"
    earlier = {"weights": {"scope=earlier": 5.0}, "margin": 0.0, "steps": ["publication"]}
    assert _date(RECALL, "2016-06-10", "accused", earlier) == "2016-06-02"
    # after a rule that is not among the model's steps, the rules' date stands
    assert _date(RECALL, "2016-06-10", "accused", {**earlier, "steps": ["reference"]}) == "2016-06-10"


def test_a_time_on_the_events_own_clause_stays_the_rules_unless_the_model_decides_after_that_rule():
    text = "Kell faces a recall.\n\nSenator Ann Kell accused Governor Tom Vale of corruption on Tuesday."
    publication = {"weights": {"kind=publication": 9.0}, "margin": 0.0, "steps": ["publication"]}
    assert _date(text, "2016-06-10", "accused", publication) == "2016-06-07"
    assert _date(text, "2016-06-10", "accused", {**publication, "steps": ["attached"]}) == "2016-06-10"


def test_the_margin_keeps_the_rules_choice_where_the_model_is_unsure():
    slight = {"weights": {"scope=earlier": 0.2}, "margin": 0.3, "steps": ["publication"]}
    assert _date(RECALL, "2016-06-10", "accused", slight) == "2016-06-10"
    assert _date(RECALL, "2016-06-10", "accused", {**slight, "margin": 0.0}) == "2016-06-02"


def test_options_are_the_contexts_times_and_publication_with_the_rules_choice_marked():
    opts = _options(RECALL, "2016-06-10", "accused")
    by_value = {o.date.value: o for o in opts}
    assert set(by_value) == {"2016-06-02", "2016-06-10"}
    assert "scope=earlier" in by_value["2016-06-02"].features
    assert by_value["2016-06-10"].kind == "publication"
    assert "rule_choice" in by_value["2016-06-10"].features and "rule_choice" not in by_value["2016-06-02"].features


def test_a_time_the_words_give_to_something_else_is_never_an_option():
    # "last week's" dates the strike; "on Monday" inside the spokesman's quotation dates what he reports
    text = ('Kell takes aim.\n\n"They lied to us on Monday," a spokesman, Jan Ruml, said.\n\n'
            "The leader of last week's strike is pressing Governor Tom Vale to resign.")
    opts = _options(text, "2016-06-17", "pressing")
    assert [o.kind for o in opts] == ["publication"]


def test_the_packaged_model_is_off_unless_a_user_names_its_steps(tmp_path):
    # retrained on 1123 hand-dated events (session 37, dates_s37 added): nested CV after publication 0.862 against
    # the rules' 0.858, the held-out dates_s35 unchanged; deciding after the reference day too lost at the evidence
    # of the validation sets, so the rules alone date events by default
    from dateline.knowledge import load_knowledge
    from dateline.options import Options

    model = load_knowledge(Options()).events.date_model
    assert model["steps"] == [] and model["weights"] and 0 <= model["margin"] <= 1
    assert model["report"]["events"] == 1123 and {"dates_s20", "dates_s34", "dates_s37"} <= set(model["report"]["sets"])
    (tmp_path / "events").mkdir()
    (tmp_path / "events" / "date_model.json").write_text('{"steps": ["publication"]}', encoding="utf-8")
    assert load_knowledge(Options(knowledge_dir=str(tmp_path))).events.date_model["steps"] == ["publication"]


RALLY = ("Vale under fire.\n\nAt a rally in Brask on June 4, Senator Ann Kell spoke for an hour.\n\n"
         "Kell accused Governor Tom Vale of lying.")


def test_switched_on_the_model_dates_an_undated_act_by_the_storys_older_occasion():
    # June 4 is older than the story's 3-day reference window and in another paragraph: the rules fall back to
    # publication; the learned choice, switched on after that fallback, takes the occasion the story told before
    from dateline.knowledge import load_knowledge
    from dateline.options import Options

    packaged = load_knowledge(Options()).events.date_model
    assert _date(RALLY, "2016-06-10", "accused", packaged) == "2016-06-10"
    assert _date(RALLY, "2016-06-10", "accused", {**packaged, "steps": ["publication"]}) == "2016-06-04"


def test_date_eval_keeps_the_session_35_labels_held_out(tmp_path):
    # dates_s34 is spent (session 35): its misses may be read; dates_s35 is the held-out set now
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
    import date_eval

    with pytest.raises(SystemExit, match="held out"):
        date_eval.main(["--set", "dates_s35", "--misses"])
    sets = {v["set"] for v in date_eval.load_dates().values()}
    assert "dates_s35" not in sets and {"dates_s13", "dates_s20", "dates_s34"} <= sets


def test_a_day_long_before_publication_told_elsewhere_is_never_an_option():
    # the background of other acts; the rules' publication date stands for the undated accusation
    text = ("Ostland leader speaks.\n\nThe treaty was signed on March 3, 2019, in Brask.\n\n"
            "Ostland accused Velland of moving troops to the border.")
    opts = _options(text, "2025-03-06", "accused")
    assert [o.kind for o in opts] == ["publication"]
    # a day of the last two weeks told elsewhere is still offered
    recent = text.replace("March 3, 2019", "February 27, 2025")
    assert "2025-02-27" in {o.date.value for o in _options(recent, "2025-03-06", "accused")}


def test_the_options_say_what_the_text_around_the_act_tells_of_its_time():
    # a background paragraph (only an older day before the act), an adverb setting the act back, a sentence
    # before in the past perfect; the older day's sentence names the act's doer and tells the same act
    text = ("Kell faces a recall.\n\nSenator Ann Kell accused Governor Tom Vale of fraud on June 3.\n\n"
            "Vale had denied every charge. Kell then accused Vale of lying.")
    opts = _options(text, "2016-06-10", "accused")
    older = next(o for o in opts if o.date.value == "2016-06-03")
    for feature in ("earlier|older_adverb=True", "earlier|after_perfect=True", "earlier|par_times=none",
                    "repeats_act=True", "names_doer=True", "par_recent=False"):
        assert feature in older.features, feature
    plain = _options("Kell faces a recall.\n\nOn Thursday Senator Ann Kell accused Governor Tom Vale of lying.",
                     "2016-06-10", "accused")
    publication = next(o for o in plain if o.kind == "publication")
    assert {"pub|older_adverb=False", "pub|after_perfect=False", "pub|par_times=recent"} <= set(publication.features)
