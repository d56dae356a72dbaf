"""Session 26 (issue 10, speakers on unseen political news); invented text and names."""
from __future__ import annotations

from conftest import run_text

from dateline.extract.quotes.marks import find_segments


def _quotes(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker_text) for q in run_text(text).quotes]


def test_a_quoted_paragraph_of_another_story_keeps_its_own_quotes_and_speakers():
    text = ("From Dana Orr writing at the Lantern:\n\n"
            "\"A radio debate on Monday turned into a shouting match over the harbour levy.\n\n"
            "\"Pastor Ivo Marek defended the mayor's “Look at my farmers over here!” line by saying it was a “term of "
            "affection” and part of her style.\n\n"
            "\"Councillor Lena Brandt ridiculed that view as “pure theatre” and said, “She only wanted the cameras.”\n\n"
            "Read the rest at the Lantern.")
    texts = [text[g.start:g.end] for g in find_segments(text)]
    assert "term of affection" in texts and "Look at my farmers over here!" in texts and "pure theatre" in texts and "She only wanted the cameras." in texts
    assert not any(t.startswith(("Pastor", "Councillor")) for t in texts)  # no quote from the paragraph mark
    got = dict(_quotes(text))
    assert got["term of affection"] == "Pastor Ivo Marek"
    assert got["pure theatre"] == "Councillor Lena Brandt"
    assert got["She only wanted the cameras."] == "Councillor Lena Brandt"


def test_a_quoted_paragraph_that_closes_is_still_one_quote():
    text = "\"We called the levy “theft” and we meant it,\" said Ana Kell."
    assert [text[g.start:g.end] for g in find_segments(text)][:1] == ["We called the levy “theft” and we meant it"]
    # but a doubled opening mark is one mark
    text = "\"“You do not win by counting towns,” Kell replied.\"\n"
    assert [text[g.start:g.end] for g in find_segments(text)] == ["You do not win by counting towns"]


def test_a_quoted_sentence_after_a_report_goes_on_in_the_reporters_voice():
    text = ("Back then, Ms. Kell said, she found Mr. Lund ''very quiet'' and also kind. "
            "''At that time, you just wanted to be like him.''")
    assert ("At that time, you just wanted to be like him.", "Ms. Kell") in _quotes(text)
    # a quote after narration that names someone else is not chained over it
    text = ("Ms. Kell said the levy was fair. Farmers in the valley marched on the town hall on Monday. "
            "Their leader spoke to the crowd for an hour. “We will not pay a cent of it, not this year.”")
    assert ("We will not pay a cent of it, not this year.", "Ms. Kell") not in _quotes(text)
    # nor into a quote that is part of the next sentence
    text = ("A survey by the Salem Institute found that farmers fear the levy. "
            "“In ten years we will all be paying for bridges we never use,” is one common saying here.")
    assert all(s is None for t, s in _quotes(text) if t.startswith("In ten"))


def test_a_verb_the_lexicon_lacks_before_an_inverted_speaker_is_the_cue():
    assert _quotes("The council met on Monday. “Farmers should stay at home,” opined the Valley Gazette.") == \
        [("Farmers should stay at home", "the Valley Gazette")]
    text = "Editorial pages warned that the sky was falling. “Farmers should stay at home,” opined the Valley Gazette."
    assert ("Farmers should stay at home", "the Valley Gazette") in _quotes(text)
    # a participle's object is what the words are about, not who said them
    text = "Ana Kell fired back: “If they sue us in Salem, they will lose,” referencing the judges of the valley."
    assert _quotes(text) == [("If they sue us in Salem, they will lose", "Ana Kell")]


def test_a_demonstrative_subject_is_no_speaker_of_the_next_quote():
    text = ("Mayor Ivo Lund had promised a vote. That did not sit well with the editors of the Valley Gazette.\n\n"
            "“If he wants to lead, Lund should act like a leader and hold the vote this week.”")
    assert all(s != "That" for _, s in _quotes(text))


def test_short_named_turns_that_alternate_are_a_transcript():
    text = ("Lena Brandt, a reporter for the Valley Gazette, sat down with retired general Martin Dale on Monday.\n\n"
            "Brandt: Is President Lund the main enemy of your country today?\n\n"
            "Dale: Lund is secondary, to me, to the rebels. The rebels hold the passes and the roads.\n\n"
            "Brandt: What would you do about the rebels if you were in charge?\n\n"
            "Dale: I would talk to them first, and then I would close the passes for good.")
    got = [(q.kind, q.text[:12], q.speaker_text) for q in run_text(text).quotes]
    assert got == [("direct", "Is President", "Brandt"), ("direct", "Lund is seco", "Dale"),
                   ("direct", "What would y", "Brandt"), ("direct", "I would talk", "Dale")]


def test_the_untagged_answers_of_a_quoted_exchange_are_the_other_partys():
    text = ("On her radio show on Sunday, host Lena Brandt pressed Martin Dale on the war.\n\n"
            "“Is President Lund the main enemy?”\n\n"
            "“Lund is secondary, to me, to the rebels.”\n\n"
            "“So you would talk to the rebels?”\n\n"
            "“I would talk to anyone who can end it,” Dale said.")
    rec = run_text(text)
    names = {a.id: a.name for a in rec.actors}
    assert [(q.text[:8], names.get(q.speaker)) for q in rec.quotes] == \
        [("Is Presi", "Lena Brandt"), ("Lund is ", "Martin Dale"), ("So you w", "Lena Brandt"),
         ("I would ", "Martin Dale")]
    # a speaker's own question and its answer in the next paragraph stay the speaker's
    text = ("Mayor Ana Kell spoke to farmers in Salem on Monday, with her deputy Martin Dale beside her.\n\n"
            "“Why would we pay for a bridge nobody uses?” Kell said.\n\n"
            "“We will not pay a cent of it, not this year and not next year.”")
    assert {q.speaker_text for q in run_text(text).quotes} == {"Kell"}


def test_he_said_goes_to_the_named_speaker_before_it_not_to_a_role_noun_actor():
    from types import SimpleNamespace

    from dateline.extract.quotes.turns import fix_pronoun_speakers
    from dateline.knowledge import load_knowledge
    from dateline.options import Options
    from dateline.record import Actor, Mention, Quote

    text = ("Martin Dale, a veteran filmmaker, spoke on Monday.\n\n"
            "“If I had to bet, I would bet on Kell,” Dale replied.\n\n"
            "“We should never confuse hope with forecasts,” he added.")

    def at(words: str, start: int, kind: str = "name") -> Mention:
        return Mention(start, start + len(words), words, kind)

    he = at("he", text.index(" he added") + 1, "pronoun")
    dale = Actor("a1", "Martin Dale", "person", mentions=[at("Martin Dale", 0), at("Dale", text.index("Dale replied"))])
    # the coreference put "he" with a role noun that is no one's name
    maker = Actor("a2", "veteran filmmaker", "person",
                  mentions=[at("a veteran filmmaker", text.index("a veteran"), "nominal"), he])
    q1 = Quote("q1", "direct", "If I had to bet, I would bet on Kell", text.index("If"), text.index("Kell,”") + 4,
               speaker="a1", speaker_text="Dale", cue="replied")
    q2 = Quote("q2", "direct", "We should never confuse hope with forecasts", text.index("We"),
               text.index("forecasts") + 9, speaker="a2", speaker_text="he", cue="added",
               speaker_start=he.start, speaker_end=he.end)
    ctx = SimpleNamespace(actors=[dale, maker], knowledge=load_knowledge(Options()))
    fix_pronoun_speakers(text, [q1, q2], ctx)
    assert q2.speaker == "a1"



def test_words_under_a_possibility_or_a_guess_are_nobody_s_report():
    assert _quotes("Lund could do this by telling Senator Ana Kell that he will withdraw the nomination.") == []
    assert _quotes("Assuming that Kell remains the favourite to win the election, she might renominate Lund.") == []
    assert _quotes("Many would likely point out that Kell is drawing such criticism from a poisoned well.") == []
    # a participle after a verb under "could not" was said, and "would" alone narrates
    assert _quotes("Senator Ana Kell could not hide her anger, saying that the levy was theft.") == \
        [("that the levy was theft", "Senator Ana Kell")]
    assert _quotes("Senator Ana Kell would later say that the levy was fair.") == \
        [("that the levy was fair", "Senator Ana Kell")]


def test_polls_that_showed_something_report_no_speech():
    text = "This new poll comes in the wake of polls by Salem University that showed Kell making a strong showing."
    assert _quotes(text) == []
    text = "Senator Ana Kell, who showed that the numbers were wrong, left the hearing."
    assert [s for _, s in _quotes(text)] == ["who"]
