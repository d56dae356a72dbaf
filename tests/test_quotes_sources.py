"""Who is a source (issue 10, session 7): reports with no speaker behind them are no quotes, and speakers the
cue does not name directly. Invented texts only."""
from __future__ import annotations

from conftest import quotes_of


def texts(rec) -> list[str]:
    return [q.text for q in rec.quotes]


def test_a_thing_or_a_generic_person_is_no_source():
    text = ("The mayor's budget passed on Tuesday. That is something that worries council members trying to keep "
            "the harbour open.\n\n"
            "Free speech has limits: you can't yell “fire” in a crowded hall, Judge Ana Kell said.")
    rec, _ = quotes_of(text)
    assert not [t for t in texts(rec) if "council members trying" in t]
    assert not [q for q in rec.quotes if q.text == "fire"]
    assert [q for q in rec.quotes if "Free speech has limits" in q.text or "you can't yell" in q.text]


def test_the_articles_own_beliefs_are_no_quotes_but_a_named_persons_are():
    text = ("Why? Because we know from recent history that turnout in Ruritania falls in winter. "
            "Most don't expect the council to act before spring.\n\n"
            "Senator Tomas Kell believes that the vote will be close.")
    rec, names = quotes_of(text)
    assert not [t for t in texts(rec) if "turnout in Ruritania" in t]
    assert not [t for t in texts(rec) if "the council to act" in t]
    q = next(q for q in rec.quotes if "the vote will be close" in q.text)
    assert "Kell" in (names.get(q.speaker) or q.speaker_text or "")


def test_someone_who_shouted_keeps_the_quote():
    text = ("Senator Tomas Kell spoke for an hour in Port Ellis. “Resign!” someone in the crowd shouted, "
            "and Kell laughed.")
    rec, _ = quotes_of(text)
    assert [q for q in rec.quotes if q.text.startswith("Resign")]


def test_an_ing_adjective_is_no_cue():
    text = ("Attacking the press, or repeatedly referring to Governor Ana Kell as “Tariff” - is an appealing "
            "strategy.")
    rec, _ = quotes_of(text)
    assert not [q for q in rec.quotes if q.cue == "appealing"]


def test_a_quote_after_a_sentence_of_narration_is_that_sentences_subjects():
    text = ("“We will rebuild the pier,” Governor Tomas Kell said on Friday.\n\n"
            "Mayor Lena Park began Sunday with a personally signed tweet that drew no conclusions. "
            "“Woke up to hear the news from Port Ellis. My thoughts are with those affected.”\n\n"
            "Her campaign's slogan changed too. “Ellis First” resonated with voters at every stop.")
    rec, names = quotes_of(text)
    q = next(q for q in rec.quotes if q.text.startswith("Woke up"))
    assert "Park" in (names.get(q.speaker) or ""), (q.speaker_text, names.get(q.speaker))
    assert not [q for q in rec.quotes if q.text == "Ellis First" and q.speaker is not None]


def test_a_cue_after_a_clause_that_follows_the_quote():
    text = ("Senator Tomas Kell has won only two primaries.\n\n"
            "“Many would call that a defeat for Mayor Lena Park” if she did not win by a wider margin, said "
            "Peter Lund, an analyst at the Harbour Institute. “And yet it would settle the race for Park” because "
            "she would widen her lead, he said.")
    rec, names = quotes_of(text)
    for start in ("Many would call", "And yet it would"):
        q = next(q for q in rec.quotes if q.text.startswith(start))
        assert "Lund" in (names.get(q.speaker) or ""), (start, q.speaker_text, names.get(q.speaker))


def test_a_short_quote_right_after_a_quoted_sentence_keeps_its_speaker():
    text = "“The deal looks out for the banks first,” Senator Tomas Kell wrote. “That is unacceptable.”"
    rec, names = quotes_of(text)
    q = next(q for q in rec.quotes if q.text.startswith("That is unacceptable"))
    assert "Kell" in (names.get(q.speaker) or "")


def test_a_parenthetical_quote_is_not_the_far_verbs_complement():
    text = ("In his speech, an upbeat talk on how free markets (“Ruritania everything”) and active citizens can "
            "fix the country, Senator Tomas Kell tells one joke about the mayor.")
    rec, _ = quotes_of(text)
    assert not [q for q in rec.quotes if q.text == "Ruritania everything" and q.speaker is not None]


def test_a_speakerless_quote_in_a_title_case_line_is_a_fragment():
    text = ("Tomas Kell Blasts Lund for Mocking His Fast, Quotes Poem to Encourage Voters.\n\n"
            "Revealed: Here Are The Senators The Party Has Blacklisted For Doing THIS.\n\n"
            "Senator Tomas Kell on Monday urged voters to leave the party.")
    rec, _ = quotes_of(text)
    assert not [q for q in rec.quotes if q.speaker_text is None and q.end < text.index("Senator Tomas")]
    assert [q for q in rec.quotes if q.text.startswith("voters to leave")]


def test_a_speakers_given_name_must_be_the_actors():
    """'Eric Kell' resolved to the actor 'Tomas Kell' (a coreference slip) loses the actor, keeps its words."""
    from types import SimpleNamespace

    from dateline import nlp
    from dateline.extract.quotes.common import ActorLookup
    from dateline.options import Options

    doc = nlp.load(Options().model)("Eric Kell said the foundation had grown. Mayor Tomas Kell agreed.")
    eric = next(t for t in doc if t.text == "Kell")
    mention = SimpleNamespace(start=eric.idx, end=eric.idx + 4, kind="name")
    tomas = SimpleNamespace(id="a1", name="Tomas Kell", kind="person", mentions=[mention])
    ctx = SimpleNamespace(mention_index={(eric.idx, eric.idx + 4): "a1"}, actors=[tomas], knowledge=None)
    look = ActorLookup(doc, ctx)
    assert look.other_person(eric, "a1") is None
    paul = SimpleNamespace(id="a2", name="Eric Kell", kind="person", mentions=[mention])
    look = ActorLookup(doc, SimpleNamespace(mention_index=ctx.mention_index, actors=[tomas, paul], knowledge=None))
    assert look.other_person(eric, "a1") == "a2"
    tomas_tok = [t for t in doc if t.text == "Kell"][1]
    assert look.other_person(tomas_tok, "a1") == "a1"


def test_a_nickname_or_a_hyphen_part_is_the_persons_given_name():
    from types import SimpleNamespace

    from dateline import nlp
    from dateline.extract.quotes.common import ActorLookup
    from dateline.knowledge.reporting import load
    from dateline.options import Options

    doc = nlp.load(Options().model)("Chuck Kell said the harbour was safe. Anne-Marie Lund agreed.")
    kell, lund = (next(t for t in doc if t.text == w) for w in ("Kell", "Lund"))
    actors = [SimpleNamespace(id="a1", name="Charles Kell", kind="person", mentions=[]),
              SimpleNamespace(id="a2", name="Anne-Marie Lund", kind="person", mentions=[])]
    ctx = SimpleNamespace(mention_index={}, actors=actors, knowledge=SimpleNamespace(reporting=load()))
    look = ActorLookup(doc, ctx)
    assert look.other_person(kell, "a1") == "a1"
    assert look.other_person(lund, "a2") == "a2"


def test_a_passive_cue_with_no_agent_names_no_source():
    text = ("Senator Tomas Kell made the news when it was revealed that he had funded the harbour lawsuit. "
            "Kell is expected to unveil his second plan on Monday.\n\n"
            "Kell was quoted as saying that the harbour would reopen.")
    rec, _ = quotes_of(text)
    assert not [q for q in rec.quotes if "funded the harbour lawsuit" in q.text]
    assert not [q for q in rec.quotes if "unveil his second plan" in q.text]
