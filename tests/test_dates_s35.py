"""Event dates, session 35 (extract/events/dating.py, dating_clauses.py), on invented text."""
from __future__ import annotations

from conftest import run_text


def _dates(text: str, published: str) -> dict[str, str | None]:
    """trigger text -> date value of each event of the text."""
    rec = run_text(text, date=published)
    return {e.trigger.text: e.date.value if e.date else None for e in rec.events}


def test_a_time_of_a_present_clause_is_no_background_for_the_next_act():
    # "is accused ... in May 2019" tells what holds now: the accusation is the story's Tuesday, not May 2019
    story = "Ostland politics.\n\nSenator Ann Kell spoke at a rally in Ostrava on Tuesday.\n\n"
    text = story + "Governor Tom Vale is accused of taking bribes in May 2019. Kell accused Vale of lying to voters."
    assert _dates(text, "2021-06-10").get("accused") == "2021-06-08"
    # a past clause, the passive too, still sets the background
    text = story + "Governor Tom Vale was charged with taking bribes in May 2019. Kell then accused Vale of lying."
    assert _dates(text, "2021-06-10").get("accused") == "2019-05"


def test_a_time_of_another_noun_in_the_sentence_is_no_background():
    # the coming November's election does not date the accusation (the times stage reads it back, as a past
    # clause's month)
    text = ("Ostland politics.\n\nSenator Ann Kell called November's election a test of citizenship and accused "
            "Governor Tom Vale of lying.")
    assert _dates(text, "2016-08-17").get("accused") == "2016-08-17"


def test_an_ordinal_that_numbers_a_thing_dates_nothing():
    text = ("Ostland politics.\n\nSenator Ann Kell defeated Tom Vale in the state’s 22nd congressional district, "
            "a source said. Kell accused Vale of lying.")
    assert _dates(text, "2016-06-28").get("accused") == "2016-06-28"


def test_a_speakers_occasion_named_by_a_weekday_modifier():
    # "in her Sunday interviews" is the speaker's last dated occasion, not the Friday told before it
    text = ("Ostland politics.\n\nSenator Ann Kell called the report Friday a lie.\n\n"
            "In her Sunday interviews, Kell again criticized the press.\n\n"
            '"Governor Tom Vale is a liar and a crook," Kell said on a talk show.')
    assert _dates(text, "2015-11-09").get("said") == "2015-11-08"


def test_a_speakers_older_occasion_named_on_its_setting_dates_the_quotation():
    # "in an August speech" names an occasion: the quotation told after it is from it, however old; a time
    # straight on the verb ("won her seat in 2012") is no occasion for later words
    story = "Ostland politics.\n\nSenator Ann Kell spoke in Ostrava on Tuesday.\n\n"
    quote = '\n\n"Tom Vale is a liar and a crook," Kell said.'
    assert _dates(story + "In an August speech, Kell attacked Governor Tom Vale." + quote, "2016-09-29").get(
        "said") == "2016-08"
    assert _dates(story + "Kell won her seat in 2012." + quote, "2016-09-29").get("said") == "2016-09-27"


def _rule_date_of(text: str, published: str, word: str):
    """(date value, rule) the rules give a stand-in act on the first token `word` of the text."""
    from dateline import nlp
    from dateline.extract.events.dating import rule_date
    from dateline.extract.events.triggers import Candidate
    from dateline.ingest import make_article
    from dateline.knowledge import load_knowledge
    from dateline.options import Options
    from dateline.pipeline import run_stages

    options = Options()
    article = make_article(text, source="<test>", id="t", date=published)
    ctx = run_stages(article, nlp.load(options.model)(article.text), load_knowledge(options))
    tok = next(t for t in ctx.doc if t.text == word)
    got, _, how = rule_date(ctx.doc, ctx, Candidate("ACCUSE", None, tok, tok, "test", {}))
    return (got.value if got else None), how


def test_a_participle_with_its_own_subject_and_no_auxiliary_is_told_in_the_past():
    # the tagger reads "intensified" here as a participle; with its subject and no auxiliary it is a simple past,
    # so the month told before it in its paragraph is its background
    from dateline import nlp
    from dateline.extract.events.dating import told_in_past
    from dateline.options import Options

    doc = nlp.load(Options().model)("Their calls intensified after the site released the letters.")
    assert told_in_past(next(t for t in doc if t.text == "intensified"))
    text = ("Ostland politics.\n\nSenator Ann Kell spoke in Ostrava on Friday.\n\nIn March the Ostland Herald printed "
            "letters from Governor Tom Vale. Their calls intensified after the site released the letters.")
    assert _rule_date_of(text, "2016-08-01", "intensified") == ("2016-03", "background")
