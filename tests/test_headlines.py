"""A title-case opening headline is parsed as the sentence it is (headlines.py). Every text is invented."""
from __future__ import annotations

from dateline import nlp
from dateline.headlines import HEADLINE_CASE, forms, recased, stem
from dateline.options import Options

ARTICLE = ("Senator Kell Slams Governor Reese Over Budget Cuts\n\n"
           "Senator Ana Kell on Tuesday slammed Governor Tom Reese over the cuts, which she said would hurt "
           "schools in the state. Reese said the budget was balanced and that Kell had voted for it.")


def test_common_words_go_to_lower_case_and_names_stay():
    lower = {stem(w) for w in ("slammed", "cuts", "budget", "over", "schools")}
    capital = {"Kell", "Reese", "Governor"}
    assert recased("Senator Kell Slams Governor Reese Over Budget Cuts", lower, capital) == \
        "Senator Kell slams Governor Reese over budget cuts"


def test_words_the_body_never_writes_follow_the_word_lists():
    # "Brings" is not in the body: the word lists know it; "Varga" they do not
    out = recased("Visit By Varga Brings Allegations Of Bias", set(), {"Varga"}, frozenset({"bring", "allegation", "bias"}))
    assert out == "Visit By Varga brings allegations Of bias"
    assert {"bring", "allegation"} <= forms("Brings") | forms("Allegations")


def test_first_word_and_capitals_stay():
    assert recased("Talks Stall As NATO Waits", {stem(w) for w in ("talks", "stalled", "waiting")}, set()) == "Talks stall As NATO waits"


def test_the_headline_verb_is_parsed_as_a_verb_and_the_text_is_unchanged():
    doc = nlp.load(Options().model)(ARTICLE)
    assert doc.text == ARTICLE
    slams = next(t for t in doc if t.text == "Slams")
    assert slams.pos_ == "VERB" and slams.lemma_ == "slam"
    assert {"Kell", "Reese"} <= {t.text for t in slams.subtree}


def test_prose_first_lines_are_left_alone():
    base = nlp.load(Options().model)
    step = base.get_pipe(HEADLINE_CASE)
    prose = base("Governor Tom Reese met the unions on Tuesday.\n\nThe talks went well, he said.")
    assert step(prose) is prose
    titled = base(ARTICLE)
    assert step(titled) is not titled  # (the step runs on every parse; run again it re-parses the same headline)


def test_a_headline_alone_or_with_letters_that_change_length_in_lower_case_keeps_the_text():
    base = nlp.load(Options().model)
    for text in ("Senator Kell Slams Governor Reese Over Budget Cuts\n",
                 "İzmir Mayor Slams Ministry Over Budget Cuts\n\nThe mayor of İzmir slammed the ministry on Monday."):
        doc = base(text)
        assert doc.text == text
        assert [t.pos_ for t in doc if t.text == "Slams"] == ["VERB"]


def test_a_headline_with_no_body_is_read_as_a_sentence_too():
    # a feed of headlines: one title-case line, no body to learn the common words from — the word lists decide
    base = nlp.load(Options().model)
    for text in ("Ostland Expels Two Envoys Over Spy Row", "Prime Minister Reese Urges Unions to End Rail Strike"):
        doc = base(text)
        assert doc.text == text
        verb = next(t for t in doc if t.text in ("Expels", "Urges"))
        assert verb.pos_ == "VERB" and verb.dep_ == "ROOT", [(t.text, t.pos_, t.dep_) for t in doc]
    prose = base("Governor Tom Reese met the unions on Tuesday.")
    assert [t.pos_ for t in prose if t.text == "met"] == ["VERB"]
