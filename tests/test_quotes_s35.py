"""Session 35 (issue 10: answers and replies as tags, titles before a speaker's name); invented text and names."""
from __future__ import annotations

_LEAD = "Port strike spreads\n\nMayor Tom Lund met union leader Ana Kell at the docks on Wednesday. "


def _speakers(text: str) -> list[tuple[str, str, str | None, str | None]]:
    from conftest import run_text

    rec = run_text(text)
    names = {a.id: a.name for a in rec.actors}
    return [(q.kind, q.text, q.speaker_text, names.get(q.speaker)) for q in rec.quotes]


def _direct(text: str) -> list[tuple[str, str | None]]:
    return [(q[1], q[3]) for q in _speakers(_LEAD + text) if q[0] == "direct"]


def test_an_answer_after_the_quote_is_its_tag():
    assert _direct("Lund asked whether the union would accept a wage freeze. “Never,” was Kell's answer.") == \
        [("Never", "Ana Kell")]
    assert _direct("“We will see,” came Lund's answer.") == [("We will see", "Tom Lund")]
    assert _direct("“Not this year,” was her reply.")[0][0] == "Not this year"


def test_a_reply_from_someone_after_the_quote_is_theirs():
    assert _direct("Lund asked whether the union would accept a wage freeze.\n\n“Never,” came the reply from Kell.") \
        == [("Never", "Ana Kell")]


def test_for_someone_the_answer_before_a_colon_is_theirs():
    got = _direct("Reporters asked whether the strike would end.\n\nFor Kell, the answer is simple: “The workers "
                  "deserve a fair wage.”")
    assert got == [("The workers deserve a fair wage.", "Ana Kell")]


def test_no_answer_noun_no_tag():
    # a slogan or a title before "was" stays no speech; a new sentence after the quote is no tag
    assert _direct("“Fair Wages Now” was the slogan of the march.") == []
    got = _direct("Kell spoke to the crowd. “We will win.” Was that the answer the workers wanted?")
    assert [g[1] for g in got] == ["Ana Kell"]


def test_titles_the_tokenizer_splits_lead_to_the_name_they_title():
    for title in ("Sgt. Maj.", "Brig. Gen.", "Atty. Gen.", "Cmdr.", "Insp."):
        got = _speakers(_LEAD + f"“The port will reopen next week,” said {title} Paul Ruiz, who commands the guard.")
        assert [(q[0], q[3]) for q in got] == [("direct", "Paul Ruiz")], title
        assert got[0][2].startswith(title), title


def test_a_title_with_no_name_after_it_stays_as_it_was():
    got = _speakers(_LEAD + "“The port will reopen next week,” said Lund.")
    assert [(q[2], q[3]) for q in got] == [("Lund", "Tom Lund")]


def test_a_long_subject_between_the_reported_clause_and_its_verb():
    got = _speakers(_LEAD + "The strike will go on until Friday, the union's deputy leader, Paul Ruiz, who has "
                    "worked at the port for thirty years, told the Lantern.")
    assert [(q[1], q[3]) for q in got if q[0] == "indirect"] == [("The strike will go on until Friday", "Paul Ruiz")]


def test_words_other_than_the_subject_between_clause_and_verb_still_limit_it():
    got = _speakers(_LEAD + "The strike will go on until Friday, and after a long meeting with the port authority "
                    "and the harbour pilots on Thursday, Kell told the Lantern.")
    assert not [q for q in got if q[1].startswith("The strike")]


def test_an_infinitive_on_the_object_noun_is_the_subjects_speech():
    for text in ("Kell took the opportunity to say that the workers were not to blame.",
                 "Kell took pains to stress that the workers were not to blame."):
        got = _speakers(_LEAD + text)
        assert [(q[1], q[3]) for q in got] == [("that the workers were not to blame", "Ana Kell")], text


def test_having_or_being_given_the_chance_to_say_is_no_speech():
    for text in ("Kell had a chance to say that the workers were not to blame.",
                 "Lund gave Kell a chance to say that the workers were not to blame."):
        assert not [q for q in _speakers(_LEAD + text) if "not to blame" in q[1]], text


def test_the_object_of_a_nouns_of_phrase_inside_its_content_is_not_its_holder():
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
    import polnear_eval
    from conftest import run_text
    from dateline.options import Options

    rec = run_text(_LEAD + "Lund rose to the defense of Kell, who had been criticized by the council.",
                   options=Options(knowledge_dir=polnear_eval.broad_attributions()))
    names = {a.id: a.name for a in rec.actors}
    got = [names.get(q.speaker) for q in rec.quotes if q.cue == "defense"]
    assert got in ([], ["Tom Lund"])


def test_a_straight_mark_glued_to_the_comma_and_the_next_word_closes_the_quote():
    got = _speakers(_LEAD + '"We will win this strike,"Kell said on Friday. "The port stays closed."')
    assert [(q[0], q[1], q[3]) for q in got][0] == ("direct", "We will win this strike", "Ana Kell")
    got = _speakers(_LEAD + 'Kell said, "We will win this strike," and left the hall.')
    assert [(q[0], q[1]) for q in got if q[0] == "direct"] == [("direct", "We will win this strike")]


def test_a_quoted_name_inside_the_speakers_phrase_does_not_end_the_tag():
    got = _speakers(_LEAD + "“We have had better weeks than this one,” harbour pilot Paul Ruiz, wearing a cap and a "
                    "“Port Workers First” badge, said on Friday.")
    assert [q[3] for q in got if q[0] == "direct"] == ["Paul Ruiz"]


def test_a_speakers_words_keep_the_title_before_the_name():
    for title in ("Capt.", "Brig. Gen.", "Insp."):
        got = _speakers(_LEAD + f"{title} Paul Ruiz said the port would reopen next week.")
        assert [(q[2], q[3]) for q in got] == [(f"{title} Paul Ruiz", "Paul Ruiz")], title
