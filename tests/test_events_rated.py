"""Judgements read from VADER's word ratings (events/rated.py): a noun of something said that a hostile word
modifies, aimed at someone, is an accusation by whoever said it. Invented sentences only."""
from __future__ import annotations

from test_events import events, find

from dateline.knowledge.events import load as load_lexicon


def _accusations(text):
    _, evs = events(text)
    return [(" ".join(src), " ".join(tgt), mod, rule) for t, src, tgt, _, mod, rule in find(evs, "ACCUSE")]


def test_speech_nouns_are_packaged_from_wordnet():
    lex = load_lexicon()
    assert {"remark", "comment", "rhetoric", "tirade"} <= lex.speech_nouns
    # documents, things and deeds stay out
    assert not {"report", "letter", "table", "raid", "injury"} & lex.speech_nouns


def test_hostile_remarks_about_someone_accuse_them():
    [(src, tgt, mod, rule)] = _accusations("Senator Mara Vell's disparaging remarks about Governor Tom Brandt drew "
                                           "attention on Monday.")
    assert "Vell" in src and "Brandt" in tgt and rule.endswith(".rated") and mod == "asserted"
    # the doer of a light verb ("made … comments"), and a rhetoric aimed "against" someone
    [(src, tgt, _, rule)] = _accusations("Senator Mara Vell made insulting comments about Governor Tom Brandt.")
    assert "Vell" in src and "Brandt" in tgt and rule.startswith("light.make.")
    [(src, tgt, _, _)] = _accusations("Senator Mara Vell toned down her bitter rhetoric against Governor Tom Brandt.")
    assert "Vell" in src and "Brandt" in tgt


def test_denied_hostile_remarks_are_negated():
    [(_, _, mod, _)] = _accusations("Senator Mara Vell did not make disparaging remarks about Governor Tom Brandt.")
    assert mod == "negated"


def test_no_accusation_without_a_hostile_word_or_someone_aimed_at():
    assert _accusations("Senator Mara Vell made kind remarks about Governor Tom Brandt.") == []
    assert _accusations("Senator Mara Vell made lengthy remarks about Governor Tom Brandt.") == []
    # what the remarks are about is a measure, not a party
    assert _accusations("Senator Mara Vell's harsh remarks about the budget drew attention.") == []
    # a noun that names no speech, however rated its modifier
    assert _accusations("Senator Mara Vell's terrible injury kept her from the vote on Governor Tom Brandt.") == []


# ------------------------------------------------ verbs of judging people (WordNet) and idioms of criticism
def test_wordnet_verbs_of_judging_people_accuse():
    lex = load_lexicon()
    # derived verbs fill gaps only: the hand lexicon's own reading of a verb stays
    assert lex.verbs["excoriate"][0]["origin"] == "wordnet" and "origin" not in lex.verbs["criticize"][0]
    for verb in ("excoriated", "vilified", "taunted", "booed"):
        [(src, tgt, _, rule)] = _accusations(f"Senator Mara Vell {verb} Governor Tom Brandt on Monday.")
        assert "Vell" in src and "Brandt" in tgt and rule.startswith("verb.active.")
    # the object must be a party: "the crowd booed" alone accuses nobody
    assert _accusations("The crowd booed loudly on Monday.") == []


def test_idioms_of_criticism():
    for text in ("Senator Mara Vell took a swipe at Governor Tom Brandt during the debate.",
                 "Senator Mara Vell tore into Governor Tom Brandt on Tuesday.",
                 "Senator Mara Vell pointed the finger at Governor Tom Brandt.",
                 "Senator Mara Vell raised questions about Governor Tom Brandt's finances."):
        [(src, tgt, _, _)] = _accusations(text)
        assert "Vell" in src and "Brandt" in tgt, text
    # the same verbs without the idiom's object or preposition
    assert _accusations("Senator Mara Vell took a shot of whisky with Governor Tom Brandt.") == []
    assert _accusations("Senator Mara Vell raised questions about the budget.") == []


def test_judging_verbs_with_two_objects_and_blame_for_anything():
    [(src, tgt, _, rule)] = _accusations("Senator Mara Vell branded Governor Tom Brandt a liar.")
    assert "Vell" in src and "Brandt" in tgt and rule == "eval.brand"
    [(src, tgt, _, rule)] = _accusations("Senator Mara Vell held Governor Tom Brandt responsible for the delays.")
    assert "Vell" in src and "Brandt" in tgt and rule == "eval.hold"
    [(src, tgt, _, rule)] = _accusations("Senator Mara Vell compared Governor Tom Brandt to a dictator.")
    assert "Brandt" in tgt and rule == "eval.compare"
    assert _accusations("Senator Mara Vell compared Governor Tom Brandt's figures to last year's.") == []
    # a copula says whose task it is, not whose fault
    assert _accusations("Governor Tom Brandt is responsible for the budget.") == []
    # "calling it …" judges an act the pronoun leaves unnamed: no party is guessed for it
    assert _accusations("President Ana Osei spoke out against the raid, calling it an act of aggression "
                        "against Ostland.") == []


def test_an_ad_attacking_someone_is_an_accusation():
    _, evs = events("Senator Mara Vell's campaign released an ad attacking Governor Tom Brandt.")
    assert find(evs, "ASSAULT") == [] and len(find(evs, "ACCUSE")) == 1
    _, evs = events("Two men attacked Governor Tom Brandt outside his home.")
    assert len(find(evs, "ASSAULT")) == 1


def test_attitudes_predicated_of_the_subject():
    [(src, tgt, mod, rule)] = _accusations("Senator Mara Vell has been highly critical of Governor Tom Brandt.")
    assert "Vell" in src and "Brandt" in tgt and mod == "asserted" and rule.endswith(".attitude")
    [(_, _, mod, _)] = _accusations("Senator Mara Vell was never critical of Governor Tom Brandt.")
    assert mod == "negated"
    _, evs = events("The farmers' union remained supportive of Governor Tom Brandt.")
    [(_, src, tgt, _, _, _)] = find(evs, "SUPPORT")
    assert "Brandt" in " ".join(tgt)
    # not an attitude to anyone: no "of", or a thing as the subject
    assert _accusations("Senator Mara Vell was critical after the vote.") == []
    assert _accusations("Clean water is critical of course.") == []


def test_a_trip_at_home_meets_no_one():
    # a visit to a place inside the visitor's own country is no meeting; a visit to a country or a person is
    _, evs = events("Senator Bernie Sanders visited Delaware on Monday.", date="2016-04-20")
    assert find(evs, "CONSULT") == []
    _, evs = events("President Barack Obama visited Germany on Tuesday.", date="2016-04-20")
    assert len(find(evs, "CONSULT")) == 1


def test_a_promise_to_no_one_in_particular_is_no_agreement():
    _, evs = events("Senator Mara Vell pledged to cut taxes for farmers.")
    assert find(evs, "AGREE") == []
    _, evs = events("France promised Germany more grain.")
    [(_, src, tgt, _, _, _)] = find(evs, "AGREE")
    assert "France" in " ".join(src) and "Germany" in " ".join(tgt)
    # parties agreeing together need no recipient
    _, evs = events("France and Germany agreed to reopen the border crossing.")
    assert len(find(evs, "AGREE")) == 1


def test_aid_suspended_and_envoys_ordered_out_are_sanctions():
    for text in ("The World Bank suspended aid to Kenya on Tuesday.",
                 "The World Bank froze a $50 million loan to Kenya on Tuesday.",
                 "Kenya ordered Uganda's ambassador out of the country.",
                 "Kenya threw out the Ugandan envoy."):
        _, evs = events(text)
        [(_, src, tgt, _, _, _)] = find(evs, "SANCTION")
        assert src and tgt, text
    # suspending a measure is still a concession; ordering people out of a room is no expulsion
    _, evs = events("The council suspended the new parking plan.")
    assert find(evs, "SANCTION") == []
    _, evs = events("The judge ordered the reporters out of the courtroom.")
    assert find(evs, "SANCTION") == []


def test_a_named_owners_thing_is_no_nonpolitical_object():
    # "records" is listed as a nonpolitical object ("set a record"); someone's records can be subpoenaed
    _, evs = events("The House committee subpoenaed Governor Tom Brandt's records.")
    [(_, _, tgt, _, _, _)] = find(evs, "REQUEST")
    assert "Brandt" in " ".join(tgt)
