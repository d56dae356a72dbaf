"""Event dates and times, session 36 (H3): an act told "at the time" (events/dating.py), a capitalised verb of a
programme's name (times/tense.py), a programme's time-like name (times/__init__.py). Invented text only."""
from __future__ import annotations

from conftest import run_text, time_days


def _rule_date_of(text: str, published: str, word: str, etype: str = "ACCUSE"):
    """(date value, rule) the rules give a stand-in act of type `etype` on the last token `word` of the text."""
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
    tok = [t for t in ctx.doc if t.text == word][-1]
    got, _, how = rule_date(ctx.doc, ctx, Candidate(etype, None, tok, tok, "test", {}))
    return (got.value if got else None), how


STORY = ("Ostland politics.\n\nOn Thursday the Ostland council voted to keep the plan.\n\n"
         "The party dropped Tom Vale from its list in March after he praised the plan.\n\n")


def test_an_act_told_at_the_time_takes_the_older_time_told_before_it():
    # "at the time" points back to the last older time the story told (March), not the story's Thursday
    text = STORY + "\u201cThe remark was a disgrace,\u201d party spokeswoman Ann Kell said at the time."
    assert _rule_date_of(text, "2021-06-12", "said") == ("2021-03", "at_the_time")
    # without it the story's day dates the words, as before
    text = STORY + "\u201cThe remark was a disgrace,\u201d party spokeswoman Ann Kell said."
    assert _rule_date_of(text, "2021-06-12", "said") == ("2021-06-10", "reference")


def test_at_the_time_with_no_older_time_told_leaves_the_act_to_the_other_rules():
    text = ("Ostland politics.\n\nOn Thursday the Ostland council voted to keep the plan.\n\n"
            "\u201cIt was a disgrace,\u201d party spokeswoman Ann Kell said at the time.")
    assert _rule_date_of(text, "2021-06-12", "said") == ("2021-06-10", "reference")


MON = "2030-05-13"  # a Monday: the last Sunday is 2030-05-12, the next one 2030-05-19


def test_a_capitalised_verb_of_a_programme_name_is_not_the_clause_verb():
    # "Meet" and "Face" are words of a programme's name: the weekday takes the past "told"/"said"
    for text in ["Kell told NBC's Meet the Press on Sunday that the plan was dead.",
                 "Kell said on CBS's Face the Nation on Sunday that the plan was dead.",
                 "Kell told reporters on Sunday that the plan was dead."]:
        assert time_days(text, MON, "Sunday") == ["2030-05-12"], text
    # a sentence written in title case keeps its verb
    assert time_days("Kell Will Meet Vale On Sunday.", MON, "Sunday") == ["2030-05-19"]


def _times(text: str, published: str = MON) -> list[str]:
    return [t.text for t in run_text(text, date=published).times]


def test_a_time_like_programme_name_is_no_time():
    assert _times("Kell told ABC's This Week that the plan was dead.") == []
    assert _times("Kell told ABC's \u201cThis Week\u201d that the plan was dead.") == []
    assert _times("Kell spoke on NBC's \u201cToday\u201d about the plan.") == []
    # still times: a weekday or a holiday after a possessive, a time in running text
    assert _times("Kell's Sunday speech drew boos.") == ["Sunday"]
    assert _times("The town's Christmas Day parade drew crowds.") == ["Christmas Day"]
    assert _times("Kell said this week that the plan was dead.") == ["this week"]


def test_a_definite_event_noun_restates_an_earlier_noun_of_its_type():
    # "the attack" restates the Friday "shooting" (both ASSAULT in the events lexicon), not the lead's day
    text = ("Ostland shooting.\n\nA court in Ostrava charged a man on Saturday.\n\n"
            "A shooting at the Ostrava market on Friday killed three people.\n\n"
            "Police said the gunman had a licence for the rifle he used in the attack.")
    assert _rule_date_of(text, "2030-05-13", "attack", "ASSAULT") == ("2030-05-10", "restated")
    # a noun of another type is no restatement of it
    assert _rule_date_of(text, "2030-05-13", "attack", "PROTEST")[1] != "restated"


def test_a_quotation_with_no_day_of_its_own_is_anchored_on_the_last_day_told_before_it():
    # "last night" in Vale's words is the night before the Thursday told just before them, not before the lede's
    # Wednesday
    text = ("Ostland politics.\n\nSenator Ann Kell spoke to reporters on Wednesday night.\n\n"
            "On Thursday morning, Governor Tom Vale told a radio host that the plan was dead.\n\n"
            "\u201cI talked to Kell last night and she agreed,\u201d Vale said.")
    assert time_days(text, "2030-05-16", "last night") == ["2030-05-15"]
