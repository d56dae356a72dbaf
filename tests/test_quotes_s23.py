"""Session 23 (issue 10, speakers): who speaks where the parser hangs the cue away from its subject; invented text."""
from __future__ import annotations

from conftest import run_text


def _spoken(text: str) -> list[tuple[str, str | None]]:
    rec = run_text(text)
    return [(q.text, q.speaker_text) for q in rec.quotes]


def test_a_cue_under_an_adjective_speaks_for_the_adjectives_subject():
    # "was quick to add", "is likely to argue": the cue hangs on the adjective, the subject on the copula
    assert ("that the bridge would stay open", "Mayor Ana Kell") in \
        _spoken("Mayor Ana Kell was quick to add that the bridge would stay open.")
    assert ("that rates must rise", "Senator Lund") in _spoken("Analysts say Senator Lund is likely to argue that rates must rise.")
    # an expletive subject names no one
    assert all(s != "It" for _, s in _spoken("It is hard to say whether the bridge will stay open."))


def test_as_a_person_put_it_introduces_the_quote():
    got = _spoken("The port reopened on Monday. As Mayor Ana Kell put it, “the harbour is our lifeline.”")
    assert ("the harbour is our lifeline.", "Mayor Ana Kell") in got or ("the harbour is our lifeline", "Mayor Ana Kell") in got


def test_a_relative_who_on_a_thing_inside_a_persons_phrase_is_the_persons():
    got = _spoken("“It wasn't a good plan,” said one farmer familiar with the talks, who added that the mayor seemed tired.")
    assert ("that the mayor seemed tired", "one farmer familiar with the talks") in got or \
        any(t == "that the mayor seemed tired" and s == "who" for t, s in got) and \
        not any(s and "the talks" == s for _, s in got)


def test_broad_attributions_keep_the_cue_an_adjective_frames(tmp_path):
    import json

    from dateline.options import Options
    (tmp_path / "quotes").mkdir()
    (tmp_path / "quotes" / "cue_model.json").write_text(json.dumps({"enabled": True}), encoding="utf-8")
    rec = run_text("Mayor Ana Kell was quick to point out that the bridge would stay open.",
                   options=Options(knowledge_dir=str(tmp_path)))
    assert [(q.text, q.speaker_text) for q in rec.quotes] == [("that the bridge would stay open", "Mayor Ana Kell")]


def test_as_a_person_put_it_names_the_idioms_own_subject():
    got = _spoken("Ivo Marek, who owed his career to, as a senior diplomat put it, an “extreme makeover” that Lund "
                  "oversaw, fled the country.")
    assert ("extreme makeover", "a senior diplomat") in got


def test_an_indirect_report_never_ends_on_a_dangling_coordinator():
    got = _spoken("Mayor Ana Kell has pushed back against the charges, saying the plan was sound and calling it "
                  "“a gift to farmers.”")
    assert ("the plan was sound", "Mayor Ana Kell") in got


def _broad(tmp_path):
    import json

    from dateline.options import Options
    (tmp_path / "quotes").mkdir()
    (tmp_path / "quotes" / "cue_model.json").write_text(json.dumps({"enabled": True}), encoding="utf-8")
    return Options(knowledge_dir=str(tmp_path))


def test_broad_attributions_read_a_clause_in_a_named_poll_as_the_polls_finding(tmp_path):
    options = _broad(tmp_path)
    rec = run_text("In a new Lantern poll released Sunday, Senator Ana Kell led Ivo Marek by nine points.", options=options)
    assert [(q.text, q.speaker_text, q.cue) for q in rec.quotes] == \
        [("Senator Ana Kell led Ivo Marek by nine points", "a new Lantern poll released Sunday", "In")]
    rec = run_text("Mayor Ivo Marek is ahead in the latest surveys of likely voters.", options=options)
    assert [(q.text, q.speaker_text) for q in rec.quotes] == [("Mayor Ivo Marek is ahead", "the latest surveys of likely voters")]
    # no finding: a relative clause, the idiom "in the polls", a report's own verb, the speech-only product
    assert run_text("Mayor Ivo Marek, who leads in the latest polls, spoke on Monday.", options=options).quotes == []
    assert run_text("Mayor Ivo Marek rose in the polls after the debate.", options=options).quotes == []
    assert run_text("In a new Lantern poll released Sunday, Senator Ana Kell led Ivo Marek by nine points.").quotes == []


def test_a_name_and_a_bare_verb_after_a_question_are_its_speech_tag():
    # the parser ends the sentence at the question mark, so the quote is no complement of the verb
    got = _spoken("The debate went on. “What changed his mind so fast about the port?” Lund questioned.")
    assert got == [("What changed his mind so fast about the port?", "Lund")]


def test_made_it_clear_is_the_makers_report(tmp_path):
    rec = run_text("Senator Ana Kell made it clear that the army would stay.", options=_broad(tmp_path))
    assert [(q.text, q.speaker_text) for q in rec.quotes] == [("that the army would stay", "Senator Ana Kell")]
