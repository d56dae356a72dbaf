"""Event roles: which actors the construction around a trigger names (roles.py, actors.py).

Every text is invented. `roles_of` reads the roles the events stage gave one candidate (also for a
candidate the stage later drops for lack of a source or a recipient), so each mechanism is tested on
its own; `events` checks what reaches the record.
"""
from __future__ import annotations

import pytest

from conftest import run_text
from dateline.extract.events import roles as roles_mod


def _names(rec_actors, pending, ids):
    names = {a.id: a.name for a in rec_actors}
    names.update({aid: a.name for aid, a in pending.items()})
    return [names.get(i, i) for i in ids]


def roles_of(monkeypatch, text: str, trigger: str):
    """(source names, target names, others names, inferred) of the candidate whose trigger is `trigger`."""
    seen = []
    original = roles_mod.RoleReader.read

    def read(reader, cand):
        out = original(reader, cand)
        seen.append((cand.trigger.text, out, reader.finder))  # (the text now: a rare word's string is freed with its doc)
        return out

    monkeypatch.setattr(roles_mod.RoleReader, "read", read)
    rec = run_text(text)
    hits = [(c, r, f) for c, r, f in seen if c == trigger]
    assert hits, f"no candidate with trigger {trigger!r}: {[c for c, _, _ in seen]}"
    _, r, finder = hits[0]
    return (_names(rec.actors, finder.pending, r.source), _names(rec.actors, finder.pending, r.target),
            _names(rec.actors, finder.pending, r.others), r.inferred)


def events(text: str):
    rec = run_text(text)
    names = {a.id: a.name for a in rec.actors}
    return [(e.type, [names[i] for i in e.source], [names[i] for i in e.target]) for e in rec.events]


# ---------------------------------------------------------------- pronouns (coreference by agreement)
def test_object_pronoun_resolves_to_the_earlier_person_of_its_gender(monkeypatch):
    src, tgt, _, inferred = roles_of(
        monkeypatch, "Chile's president Petra Varga met Norway's president Jonas Osei on Monday. "
                     "Osei criticized her for the border closure.", "criticized")
    assert src == ["Jonas Osei"] and tgt == ["Petra Varga"] and "pronoun" in inferred


def test_object_pronoun_is_never_its_own_clause_subject(monkeypatch):
    # "him" cannot be Osei, the subject of its own clause; the only other man named is Bekele
    src, tgt, _, _ = roles_of(
        monkeypatch, "Norway's minister Tomas Bekele arrived in Port Aster on Monday. "
                     "Norway's president Jonas Osei praised him on Tuesday.", "praised")
    assert src == ["Jonas Osei"] and tgt == ["Tomas Bekele"]


def test_neuter_pronoun_subject_takes_the_organisation_subject_before_it(monkeypatch):
    src, tgt, _, _ = roles_of(
        monkeypatch, "The Chile Workers Union held a rally in Port Aster on Monday. "
                     "It accused Norway's president Jonas Osei of breaking his promises.", "accused")
    assert src == ["Chile Workers Union"] and tgt == ["Jonas Osei"]


def test_pronoun_in_a_direct_quote_is_someone_the_speaker_talks_about(monkeypatch):
    # '"I support her," Harlan said': "her" is not Harlan (the reported clause's subject) but the woman before
    src, tgt, _, _ = roles_of(
        monkeypatch, "Governor Mary Bell spoke in Denver on Monday. "
                     '"I support her," Senator John Harlan said.', "support")
    assert src == ["John Harlan"] and tgt == ["Mary Bell"]


def test_pronoun_prefers_the_person_its_gender_is_known_for(monkeypatch):
    # "her": Mary Bell is a woman by her given name; "the senator" (gender unknown) is the earlier subject
    src, tgt, _, _ = roles_of(
        monkeypatch, "The senator said Governor Mary Bell should resign. "
                     "Harlan has criticized her repeatedly.", "criticized")
    assert tgt == ["Mary Bell"]


def test_pronoun_with_no_agreeing_antecedent_stays_unresolved(monkeypatch):
    # "they" needs a group, state or organisation; only a person is named: no role is guessed
    src, _, _, _ = roles_of(
        monkeypatch, "Jonas Osei, a farmer, arrived in the capital on Monday. "
                     "They accused Chile of breaking the truce.", "accused")
    assert src == []


# ---------------------------------------------------------------- inherited subjects
def test_passive_controller_is_the_subject_of_its_complement(monkeypatch):
    src, tgt, _, _ = roles_of(monkeypatch, "Chile's president Petra Varga is expected to urge Norway "
                                           "to reopen the border.", "urge")
    assert src == ["Petra Varga"] and tgt == ["Norway"]


@pytest.mark.parametrize("text, trigger", [
    ("Senator Ana Kell said she was proud to endorse Governor Tom Osei.", "endorse"),
    ("The Chilean government is ready to meet Norway next week.", "meet"),
])
def test_adjective_predicate_passes_its_subject_to_the_complement(monkeypatch, text, trigger):
    # invented: "X is ready / proud / willing to <act>": the copula's subject performs the act
    src, _, _, inferred = roles_of(monkeypatch, text, trigger)
    assert src in (["Ana Kell"], ["Chile"], ["Chilean government"]) and "inherited-subject" in inferred


def test_participle_on_an_actor_noun_takes_that_noun_as_subject():
    evs = events("Thousands of protesters demanding the resignation of President Jonas Osei "
                 "marched in Port Aster on Monday.")
    assert ("REQUEST", ["protesters"], ["Jonas Osei"]) in [(t, s[:1], g) for t, s, g in evs]



@pytest.mark.parametrize("text,source", [
    ("Senator Ana Kell was the first senator to criticize Governor Tom Reese over the budget.", "Ana Kell"),
    ("Governor Tom Reese is the only governor to blame Senator Ana Kell for the shutdown.", "Tom Reese"),
])
def test_the_subject_of_a_copula_performs_the_infinitive_on_its_noun(text, source):
    # invented: "X was the first N to <act>": X is the N who acted
    evs = events(text)
    assert [(s, g) for t, s, g in evs if t == "ACCUSE"] == [([source], [n for n in ("Tom Reese", "Ana Kell") if n != source])]

@pytest.mark.parametrize("text,target", [
    ("Ostland is the fifth state that Senator Ana Kell is suing over the law.", "Ostland"),
    ("Governor Tom Reese is the man whom Senator Ana Kell blamed for the shutdown.", "Tom Reese"),
])
def test_a_relative_pronoun_on_a_predicate_noun_stands_for_the_copulas_subject(text, target):
    # invented: "X is the N that Y <acts on>": Y acts on X
    assert [g for t, s, g in events(text) if t == "ACCUSE"] == [[target]]

def test_the_addressee_of_the_message_a_speech_act_travels_in_is_its_recipient():
    # invented: "in a letter to X"; a statement to the press addresses nobody in particular
    assert ("REQUEST", ["Ana Kell"], ["Tom Reese"]) in events(
        "Senator Ana Kell demanded an apology in a letter to Governor Tom Reese.")
    assert ("REQUEST", ["Ana Kell"], ["Brisk Foundation"]) in events(
        "Senator Ana Kell asked for the documents in a letter to the Brisk Foundation on Friday.")

def test_a_group_the_text_does_not_name_can_praise():
    # invented: praise and thanks come from crowds and staff as often as from named parties; a meeting still
    # needs named parties ("two suspects met with …" is no consultation)
    evs = events("Staffers praised Governor Tom Reese on Monday.")
    assert ("SUPPORT", ["Staffers"], ["Tom Reese"]) in evs
    assert not [e for e in events("Two suspects met with Governor Tom Reese.") if e[0] == "CONSULT"]


# ---------------------------------------------------------------- nominal events
@pytest.mark.parametrize("text", [
    "Strong condemnation of Chile came from Norway's president Jonas Osei on Monday.",
    "The condemnation from Norway's president Jonas Osei angered Chile.",
])
def test_from_phrase_of_a_reaction_noun_is_its_source(monkeypatch, text):
    src, _, _, _ = roles_of(monkeypatch, text, "condemnation")
    assert src == ["Jonas Osei"]


def test_of_phrase_names_the_parties_of_a_meeting(monkeypatch):
    src, tgt, others, _ = roles_of(monkeypatch, "A meeting of Chile, Norway and Peru "
                                                "took place in Port Aster on Monday.", "meeting")
    assert src == ["Chile"] and tgt == ["Norway"] and others == ["Peru"]


def test_of_phrase_of_a_patient_event_is_its_target(monkeypatch):
    # an attack has a victim: "of" names it, not the attacker
    src, tgt, _, _ = roles_of(monkeypatch, "Norway's president Jonas Osei condemned the shelling of "
                                           "Chile on Monday.", "condemned")
    assert src == ["Jonas Osei"]
    assert "Jonas Osei" not in tgt


# ---------------------------------------------------------------- speech-act targets
def test_author_of_what_is_denounced_is_the_target():
    evs = events("Norway's president Jonas Osei denounced proposals by Chile's president "
                 "Petra Varga on Monday.")
    assert ("ACCUSE", ["Jonas Osei"], ["Petra Varga"]) in evs


def test_subject_of_a_that_clause_is_the_one_asked(monkeypatch):
    src, tgt, _, _ = roles_of(monkeypatch, "Chile's president Petra Varga asked that Norway "
                                           "return the prisoners.", "asked")
    assert src == ["Petra Varga"] and tgt == ["Norway"]


def test_passive_subject_of_that_clause_is_not_the_one_asked(monkeypatch):
    # "that the prisoners be released": who is asked is not said
    src, tgt, _, _ = roles_of(monkeypatch, "Chile's president Petra Varga asked that the prisoners "
                                           "be released.", "asked")
    assert src == ["Petra Varga"] and tgt == []


@pytest.mark.parametrize("text, trigger", [
    ("Chile's president Petra Varga urged Norway to withdraw its troops.", "urged"),
    ("Chile's president Petra Varga accused Norway of shelling the border.", "accused"),
])
def test_object_of_a_speech_act_is_its_target(monkeypatch, text, trigger):
    src, tgt, _, _ = roles_of(monkeypatch, text, trigger)
    assert src == ["Petra Varga"] and tgt == ["Norway"]


def test_possessor_of_a_rejected_demand_is_the_target(monkeypatch):
    src, tgt, _, _ = roles_of(monkeypatch, "Chile's president Petra Varga rejected Norway's demand "
                                           "for compensation.", "rejected")
    assert src == ["Petra Varga"] and tgt == ["Norway"]


def test_from_phrase_of_a_received_reaction_is_the_source_and_the_receiver_the_target(monkeypatch):
    src, tgt, _, _ = roles_of(monkeypatch, "Norway's president Jonas Osei received an endorsement from "
                                           "Chile's president Petra Varga on Monday.", "endorsement")
    assert src == ["Petra Varga"] and tgt == ["Jonas Osei"]


def test_relative_clause_on_an_apposition_takes_the_named_head(monkeypatch):
    src, tgt, _, _ = roles_of(monkeypatch, "The Chile Workers Union, a union that endorsed Petra Varga, "
                                           "met on Monday.", "endorsed")
    assert src == ["Chile Workers Union"] and tgt == ["Petra Varga"]


@pytest.mark.parametrize("text, trigger", [
    ("Jonas Osei was shot in the back by a police officer on Monday.", "shot"),
    ("Jonas Osei was invited to speak by Chile's president Petra Varga.", "invited"),
])
def test_by_phrase_hung_below_a_passive_verb_is_its_agent(monkeypatch, text, trigger):
    src, tgt, _, _ = roles_of(monkeypatch, text, trigger)
    assert src and "Jonas Osei" not in src and tgt == ["Jonas Osei"]


def test_by_phrase_of_a_means_is_no_agent(monkeypatch):
    # "by telephone" names no actor: the passive keeps no source
    src, _, _, _ = roles_of(monkeypatch, "Jonas Osei was threatened in a call by telephone on Monday.",
                            "threatened")
    assert src == []


def test_by_phrase_of_an_event_noun_is_not_the_passive_verbs_agent(monkeypatch):
    src, _, _, _ = roles_of(monkeypatch, "Jonas Osei was arrested in connection with attacks by the "
                                         "Chile Liberation Front.", "arrested")
    assert "Chile Liberation Front" not in src


@pytest.mark.parametrize("text, trigger", [
    ("Chile's president Petra Varga lashed out at Norway for shooting down a Peruvian plane.", "shooting"),
    ("Chile's president Petra Varga praised Norway for sending aid to Peru.", "sending"),
])
def test_the_one_blamed_or_praised_is_the_doer_of_the_gerund(monkeypatch, text, trigger):
    src, tgt, _, _ = roles_of(monkeypatch, text, trigger)
    assert src == ["Norway"] and tgt == ["Peru"]


def test_the_owner_of_a_decision_is_the_subject_of_its_infinitive(monkeypatch):
    src, tgt, _, _ = roles_of(monkeypatch, "Chile's president Petra Varga welcomed Norway's decision "
                                           "to expel the Peruvian ambassador.", "expel")
    assert src == ["Norway"]


def test_a_subject_pronoun_is_not_the_object_of_its_own_verb(monkeypatch):
    src, tgt, _, _ = roles_of(monkeypatch, "The Chile Workers Union met Peru's delegates in Lima. "
                                           "It later urged Peru to raise wages.", "urged")
    assert "Peru" not in src and tgt == ["Peru"]


def test_object_relative_pronoun_stands_for_its_noun(monkeypatch):
    src, tgt, _, _ = roles_of(monkeypatch, "Chile rejected Norway's trade plan, which Peru's president "
                                           "Petra Varga also criticized.", "criticized")
    assert src == ["Petra Varga"] and tgt == ["Norway"]


# ---------------------------------------------------------------- collective participants
def test_a_collective_head_is_a_participant_even_without_a_known_modifier():
    got = events("Farm unions protested outside the ministry in Port Aster on Tuesday.")
    assert [(t, s) for t, s, _ in got] == [("PROTEST", ["Farm unions"])]


def test_a_word_that_is_no_collective_head_is_still_no_participant(monkeypatch):
    # "the weather" names nobody: the candidate keeps no source
    src, _, _, _ = roles_of(monkeypatch, "The weather forced the ministry to cancel the parade.", "forced")
    assert src == []


# ---------------------------------------------------------------- "for X to do" requests
def test_a_for_clause_request_targets_the_one_asked_to_act():
    # the parser makes "for" the marker of the clause "Freedonia to withdraw", not a preposition of "called"
    got = events("Senator Anna Kell called for Russia to withdraw its troops from the border on Monday.")
    assert ("REQUEST", ["Anna Kell"], ["Russia"]) in got


def test_a_passive_for_clause_request_targets_its_subject():
    got = events("A lawmaker in Velland is calling for John Miller to be expelled from the party.")
    assert ("REQUEST", ["lawmaker"], ["John Miller"]) in got


def test_a_for_clause_needs_its_infinitive():
    # "for the second time" marks no request
    got = events("Senator Anna Kell called Governor Tom Osei for the second time on Monday.")
    assert not [e for e in got if e[0] == "REQUEST"]


# ---------------------------------------------------------------- accusations whose content is a clause
def test_an_accusation_in_a_clause_accuses_the_clauses_subject(monkeypatch):
    src, tgt, _, _ = roles_of(monkeypatch, "Senator Anna Kell charged that the ministry hid the report.", "charged")
    assert src == ["Anna Kell"] and tgt == ["ministry"]


def test_an_accuser_is_never_the_target_of_its_own_clause(monkeypatch):
    _, tgt, _, _ = roles_of(monkeypatch, "Senator Anna Kell charged that she had been misquoted by the ministry.",
                            "charged")
    assert "Anna Kell" not in tgt


# ---------------------------------------------------------------- session 7: datelines, "officials in X", act nouns
def test_a_person_noun_from_wordnet_is_a_participant():
    # "defendant" is in no hand list: WordNet files its first sense under noun.person
    got = events("The defendant threatened the judge during the hearing in Port Aster on Monday.")
    assert ("THREATEN", ["defendant"], ["judge"]) in got


def test_a_word_whose_first_sense_names_one_individual_is_no_person_noun():
    # WordNet's first sense of "eve" is Eve, a named individual; as a common noun it is the day before
    from dateline.knowledge import load_knowledge
    from dateline.options import Options
    lex = load_knowledge(Options()).events
    assert "eve" not in lex.person_nouns and {"defendant", "rancher", "aide"} <= lex.person_nouns
    got = events("On the eve of the vote, Ostland's president Anton Kell accused the opposition of fraud.")
    assert not [e for e in got if "eve" in e[2] or "eve" in e[1]]


def test_a_generic_participant_takes_no_country_from_the_rest_of_the_story():
    rec = run_text("Ostland's president Anton Kell visited Velna. The defendant threatened the judge on Monday.")
    defendant = [a for a in rec.actors if a.name == "defendant"]
    assert defendant and defendant[0].country is None


def test_a_dateline_city_is_never_the_doer():
    got = events("MOSCOW, March 3 (Reuters) - Officials in Belarus cracked down on opponents on Monday.")
    assert [(t, s) for t, s, _ in got if t == "COERCE"] == [("COERCE", ["Belarus"])]


def test_officials_in_a_state_are_that_state():
    got = events("Officials in Norway detained two journalists from Chile on Monday.")
    assert [s for t, s, _ in got if t == "COERCE"] == [["Norway"]]


def test_the_doer_of_an_act_noun_subject_is_the_subject(monkeypatch):
    src, tgt, _, _ = roles_of(monkeypatch, "The mayor's decision to ban the march drew criticism from the "
                                           "Port Aster Workers Union.", "criticism")
    assert src == ["Port Aster Workers Union"] and tgt == ["mayor"]
    # a measure's owner is the one criticised ("Peru's new media law drew …", "Kell's budget plan faced …")
    src, tgt, _, _ = roles_of(monkeypatch, "Peru's new media law drew sharp criticism from the European Union.", "criticism")
    assert src == ["European Union"] and tgt == ["Peru"]


def test_a_by_phrase_the_parser_hangs_on_the_object_is_the_attackers(monkeypatch):
    src, tgt, _, _ = roles_of(monkeypatch, "The attack on the Norwegian embassy by Ostlandic militants killed "
                                           "two guards.", "attack")
    assert src == ["Ostlandic militants"] and tgt == ["Norwegian embassy"]


def test_a_conjunct_of_a_denial_is_not_negated():
    rec = run_text("Norway denied the report and blamed Chilean rebels for the shelling.")
    accuse = [e for e in rec.events if e.type == "ACCUSE"]
    assert accuse and accuse[0].modality == "asserted"


def test_a_threat_targets_the_recipient_inside_its_content(monkeypatch):
    _, tgt, _, _ = roles_of(monkeypatch, "Norway threatened to cut off gas supplies to Chile if the raids "
                                         "continued.", "threatened")
    assert tgt == ["Chile"]


def test_a_country_the_ner_missed_is_still_a_state_party():
    # the gazetteer knows the country even where the entity recogniser saw no entity in a bare sentence
    got = events("Armenia imposed sanctions on three Chilean banks.")
    assert [(t, s) for t, s, _ in got] == [("SANCTION", ["Armenia"])]


def test_the_subject_of_an_attack_in_a_when_clause_is_the_killer():
    got = events("Two soldiers were killed when militants ambushed a convoy near Port Aster.")
    assert ("ASSAULT", ["militants"], ["Two soldiers"]) in got


def test_the_doer_of_an_act_noun_outranks_its_object(monkeypatch):
    # "the bombing of the clinic": the clinic is what was bombed, the by-phrase who bombed it
    src, tgt, _, _ = roles_of(monkeypatch, "The bombing of the clinic by Ostlandic militants drew condemnation "
                                           "from the United Nations.", "condemnation")
    assert src == ["United Nations"] and tgt == ["Ostlandic militants"]


def test_forces_sent_are_not_the_recipient():
    got = events("Norway sent 3,000 troops to Chile on Monday.")
    assert [tgt for _, src, tgt in got if src == ["Norway"]] == [["Chile"]]


def test_forces_deployed_are_not_the_recipient():
    got = events("Norway deployed 3,000 troops to Chile on Monday.")
    assert [tgt for _, src, tgt in got if src == ["Norway"]] == [["Chile"]]


def test_force_a_speaker_says_it_will_use_is_a_threat():
    got = events("Senator Anna Kell said she would sue the ministry over the new rule.")
    assert ("THREATEN", ["Anna Kell"], ["ministry"]) in got


def test_force_a_speaker_foretells_of_another_is_no_threat_of_the_speaker():
    got = events("Senator Anna Kell said Norway would attack Chile within days.")
    assert not [e for e in got if e[0] == "THREATEN" and e[1] == ["Anna Kell"]]


def test_a_warning_threatens_the_subject_of_its_clause(monkeypatch):
    _, tgt, _, _ = roles_of(monkeypatch, "Senator Anna Kell warned that Norway would face consequences.", "warned")
    assert tgt == ["Norway"]


def test_support_received_of_someone_comes_from_them():
    got = events("Senator Anna Kell received the endorsement of the National Farmers Union on Monday.")
    assert ("SUPPORT", ["National Farmers Union"], ["Anna Kell"]) in got


def test_agreeing_with_a_view_is_no_agreement():
    got = events("Governor Tom Osei said he agreed with Senator Anna Kell.")
    assert not [e for e in got if e[0] == "AGREE"]
    got = events("Governor Tom Osei agreed to meet Senator Anna Kell next week.")
    assert ("AGREE", ["Tom Osei"], ["Anna Kell"]) in got


def test_talk_about_a_topic_with_no_one_is_no_consultation():
    assert not [e for e in events("Senator Anna Kell discussed how she had lost the file.") if e[0] == "CONSULT"]
    assert ("CONSULT", ["Tom Osei"], ["Anna Kell"]) in events(
        "Governor Tom Osei discussed the budget with Senator Anna Kell.")


def test_a_candidates_rally_is_no_protest():
    assert not [e for e in events("Senator Anna Kell held a rally in Des Moines on Thursday.") if e[0] == "PROTEST"]
    assert not [e for e in events("Senator Anna Kell demonstrated how easily a newcomer could win.") if e[0] == "PROTEST"]
    assert [e for e in events("Hundreds of farmers rallied outside parliament against the new tax.") if e[0] == "PROTEST"]
    assert [e for e in events("Tom Burke came to organize an anti-Kell rally in Des Moines.") if e[0] == "PROTEST"]


def test_declining_to_comment_is_no_rejection_but_refusing_an_admission_is():
    assert not [e for e in events("The ministry of Norway declined to comment on the report.") if e[0] == "REJECT"]
    assert [e for e in events("Norway refused to sign the treaty with Chile.") if e[0] == "REJECT"]
    assert [e for e in events("Governor Tom Osei refused to admit that he had misled Chile.") if e[0] == "REJECT"]


def test_a_group_of_people_the_text_does_not_name_is_a_participant(monkeypatch):
    # WordNet's group nouns ("court", "jury", "coalition") stand as participants like its person nouns
    got = events("A court in Yerevan sentenced opposition leader Pavel Dusek to five years in prison.")
    assert ("SANCTION", ["court"], ["Pavel Dusek"]) in got
    src, _, _, _ = roles_of(monkeypatch, "A coalition of farm groups sued the agriculture ministry on Monday.", "sued")
    assert src and src[0].startswith("coalition")


def test_a_collection_that_is_not_of_people_is_no_participant(monkeypatch):
    src, _, _, _ = roles_of(monkeypatch, "A series of reports criticized the agriculture ministry on Monday.", "criticized")
    assert src == []


def test_where_talks_were_held_or_a_deal_signed_is_no_party():
    got = events("Armenia signed a trade agreement in Geneva with Azerbaijan on Sunday.")
    assert not [e for e in got if "Geneva" in e[1] + e[2] or "Switzerland" in e[1] + e[2]]
    # the reading of the verb is the event: the model does not read its light noun again as another type
    assert [e[0] for e in got] == ["AGREE"]
    got = events("Armenia welcomed the talks in Geneva.")
    assert not [e for e in got if "Geneva" in e[2] or "Switzerland" in e[2]]
    # where a crackdown happened is what condemning it addresses
    assert ("ACCUSE", ["Armenia"], ["Azerbaijan"]) in events("Armenia condemned the crackdown in Azerbaijan.")


def test_the_two_and_both_sides_are_the_parties_of_the_latest_two_party_event():
    got = events("Senator Anna Kell spoke with Governor Tom Osei by phone on Monday. The two agreed to meet next week.")
    assert ("AGREE", ["Anna Kell", "Tom Osei"], []) in got
    got = events("Armenia accused Azerbaijan of shelling border villages. Russia urged both sides to show restraint.")
    assert ("REQUEST", ["Russia"], ["Armenia", "Azerbaijan"]) in got


def test_a_verb_coordinated_with_a_predicate_adjective_has_the_copulas_subject():
    # and "it" in a state's or an organisation's own report is the reporter
    # (a promise or offer to no one in particular is no AGREE since session 20: the offer names its party here)
    got = events("The European Union said it was deeply concerned and offered Armenia help.")
    assert ("AGREE", ["European Union"], ["Armenia"]) in got


def test_a_named_party_attacking_a_person_pronoun_is_the_verbal_reading():
    got = events("Governor Tom Osei said Senator Anna Kell was attacking him because the polls had tightened.")
    assert ("ACCUSE", ["Anna Kell"], ["Tom Osei"]) in got and not [e for e in got if e[0] == "ASSAULT"]
    got = events("Governor Tom Osei met voters in Ames. His attacks on Senator Anna Kell drew applause.")
    assert ("ACCUSE", ["Tom Osei"], ["Anna Kell"]) in got
    # a weapon, or a doer the text does not name, keeps the physical reading
    assert [e for e in events("Two men attacked the governor with knives on Monday.") if e[0] == "ASSAULT"]


def test_a_coordinated_act_of_the_same_doer_addresses_the_same_party():
    got = events("Kosovo's prime minister accused Serbia of trying to destabilise the country and warned that "
                 "his government would respond.")
    assert [e for e in got if e[0] == "THREATEN" and e[2] == ["Serbia"]]
    # the speaker's own side in the warning's clause is never the one threatened
    assert not [e for e in got if e[0] == "THREATEN" and any("government" in t for t in e[2])]


def test_a_reading_without_its_own_prepositions_finds_the_recipient_where_its_type_puts_it():
    assert ("ACCUSE", ["Tom Osei"], ["opposition"]) in events("Governor Tom Osei blamed the violence on the opposition.")
    got = events("The gunman shot at both officers before fleeing.")
    assert [e for e in got if e[0] == "ASSAULT" and e[2]]


def test_talking_to_the_press_or_about_someones_plan_is_no_meeting():
    assert not events("Senator Anna Kell spoke with The Washington Post on Monday about the budget.")
    assert not events("Senator Anna Kell discussed Governor Tom Osei's budget plan on Monday.")
    assert ("CONSULT", ["Anna Kell"], ["Tom Osei"]) in events(
        "Senator Anna Kell spoke with Governor Tom Osei on Monday about the budget.")


def test_a_participle_describing_a_noun_reports_no_act():
    assert not [e for e in events("Senator Anna Kell leads Governor Tom Osei by 271 pledged delegates.") if e[0] == "AGREE"]


def test_asking_a_question_is_no_request():
    assert not [e for e in events("A reporter asked Senator Anna Kell if she would run again.") if e[0] == "REQUEST"]
    assert not [e for e in events("Governor Tom Osei asked Senator Anna Kell what the ministry would do.") if e[0] == "REQUEST"]
    assert ("REQUEST", ["Anna Kell"], ["ministry"]) in events("Senator Anna Kell asked the ministry to release the report.")


def test_who_claims_responsibility_for_an_attack_is_its_source():
    got = events("A suicide bomber killed at least 14 people at a police checkpoint in Kandahar on Sunday, officials "
                 "said. The Revolutionary Front claimed responsibility for the attack.")
    assert [e for e in got if e[0] == "ASSAULT" and "Revolutionary Front" in e[1]]
    got = events("A suicide bomber killed at least 14 people at a police checkpoint in Kandahar on Sunday, officials "
                 "said. The Revolutionary Front denied any responsibility for the attack.")
    assert not [e for e in got if e[0] == "ASSAULT" and "Revolutionary Front" in e[1]]


def test_an_official_warning_about_his_own_government_threatens_no_one():
    got = events("Kenya's interior minister Joseph Mwangi warned that the government would not tolerate violence.")
    assert not [e for e in got if e[0] == "THREATEN" and e[2] == ["Kenya"]]


def test_an_act_called_off_did_not_happen_the_calling_off_did():
    # the meeting did not happen; cancelling it is a rejection of it by the one who called it off (the guide's coding)
    rec = run_text("Serbia suspended talks with Kosovo on Monday. Senator Anna Kell cancelled her meeting with Governor Tom Osei.")
    assert not [e for e in rec.events if e.type == "CONSULT"]
    names = {a.id: a.name for a in rec.actors}
    assert [([names[i] for i in e.source], [names[i] for i in e.target], e.modality) for e in rec.events
            if e.type == "REJECT"] == [(["Serbia"], ["Kosovo"], "asserted"), (["Anna Kell"], ["Tom Osei"], "asserted")]


def test_a_date_is_no_argument_of_the_verb_and_a_meeting_is_no_participant():
    # "fire" is an attack only "at" / "on" / "upon" someone: "on Sunday" is a date
    assert not [e for e in events("President Tomas Varga fired his defence minister on Sunday.") if e[0] == "ASSAULT"]
    assert not [e for e in events("Senator Anna Kell refused a meeting with Governor Tom Osei.") if "meeting" in e[2]]
    assert ("SANCTION", ["Canada"], ["Uganda"]) in events("Canada cut aid to Uganda over its new media law.")


def test_the_noun_a_bare_relative_clause_hangs_on_is_its_object():
    got = events("Armenia accused Azerbaijan on Tuesday of shelling border villages, an allegation Baku denied.")
    assert ("REJECT", ["Azerbaijan"], ["Armenia"]) in got


def _locations(text: str):
    rec = run_text(text)
    return [(e.type, e.location.name if e.location else None) for e in rec.events]


def test_an_act_done_to_someone_or_somewhere_happens_where_its_object_is():
    assert ("ASSAULT", "Lagos") in _locations("Police clashed with protesters in Lagos on Tuesday.")
    assert ("CONSULT", "Paris") in _locations("Armenia's foreign minister visited Paris on Monday.")
    # a statement is made where its speaker is, not where what it is about happened
    assert ("ACCUSE", None) in _locations("Armenia condemned the crackdown in Azerbaijan.")


def test_the_charge_after_of_is_no_recipient():
    got = events("Armenia accused Azerbaijan on Tuesday of shelling border villages.")
    assert ("ACCUSE", ["Armenia"], ["Azerbaijan"]) in got


def test_who_claims_responsibility_for_an_attack_named_there_is_its_source():
    got = events("Turkey has suffered a string of deadly attacks this year. The Revolutionary Front claimed "
                 "responsibility for the December 10 bombings in Istanbul that killed 44 people.")
    assert ("ASSAULT", ["Revolutionary Front"], ["Turkey"]) in got


def test_firing_back_at_a_named_person_is_the_verbal_reading():
    assert ("ACCUSE", ["Tom Osei"], ["Anna Kell"]) in events("Governor Tom Osei fired back at Senator Anna Kell.")
    assert [e for e in events("Gunmen fired at Governor Tom Osei on Monday.") if e[0] == "ASSAULT"]


def test_both_sides_are_the_storys_dyad_not_a_third_party_asked_for_help():
    got = events("Armenia accused Azerbaijan of shelling border villages. Armenian officials said Armenia would ask "
                 "the United Nations to hold an emergency meeting. Russia urged both sides to show restraint.")
    assert ("REQUEST", ["Russia"], ["Armenia", "Azerbaijan"]) in got


def test_laying_a_hostile_act_at_someones_door_is_an_accusation():
    assert ("ACCUSE", ["Israel"], ["Hezbollah"]) in events("Israel said Hezbollah was behind the rocket attack.")
    assert ("ACCUSE", ["government"], ["rebels"]) in events("The government held the rebels responsible for the massacre.")
    # being responsible for something that is no hostile act accuses no one
    assert not [e for e in events("Chile said Peru was responsible for the trade talks.") if e[0] == "ACCUSE"]


def test_an_attack_noun_as_subject_stands_for_its_doer():
    got = events("Airstrikes by the Saudi-led coalition killed 20 civilians in Yemen.")
    assert [e for e in got if e[0] == "ASSAULT" and any("coalition" in s for s in e[1])]
    got = events("A Saudi-led coalition airstrike killed 20 civilians in northern Yemen.")
    assert [e for e in got if e[0] == "ASSAULT" and any("coalition" in s for s in e[1])]


def test_a_passive_attack_takes_the_doer_of_the_attack_it_happened_in():
    got = events("Two soldiers were killed in an Israeli airstrike in southern Lebanon on Tuesday.")
    assert got == [("ASSAULT", ["Israel"], ["Two soldiers"])]  # one event, not the noun's as well


@pytest.mark.parametrize("text, trigger, target", [
    ("Ostland condemned and rejected Ruritania's decision to close the border.", "condemned", "Ruritania"),
    ("Senator John Harlan endorsed and campaigned for Governor Mary Bell.", "endorsed", "Mary Bell"),
])
def test_verb_without_an_object_shares_the_object_of_its_later_conjunct(monkeypatch, text, trigger, target):
    src, tgt, _, _ = roles_of(monkeypatch, text, trigger)
    assert src and tgt == [target]


def test_verb_with_its_own_object_does_not_take_its_conjuncts(monkeypatch):
    src, tgt, _, _ = roles_of(monkeypatch, "Ostland praised the mediators and rejected Ruritania's demands.", "praised")
    assert "Ruritania" not in tgt


@pytest.mark.parametrize("verb", ["unleashed", "repeated", "escalated", "continued"])
def test_verb_that_continues_or_intensifies_an_act_takes_its_subject_as_the_doer(monkeypatch, verb):
    src, tgt, _, _ = roles_of(
        monkeypatch, f"Governor Chris Bell {verb} fierce attacks on Senator Marco Vane in the debate.", "attacks")
    assert src == ["Chris Bell"] and tgt == ["Marco Vane"]


def test_by_phrase_of_an_act_whose_possessor_is_its_victim_is_the_doer(monkeypatch):
    src, tgt, _, _ = roles_of(
        monkeypatch, "The ambassador's assassination by an Ostland police officer shocked the capital.", "assassination")
    assert src == ["Ostland police officer"] and tgt == ["ambassador"]


# ---------------------------------------------------------------- a wrongdoing told in someone's words or view
@pytest.mark.parametrize("text", [
    "\"I believe Martin Kell is destroying the party's chance to win,\" Senator Anna Osei said on Monday.",
    "Senator Anna Osei believes Governor Martin Kell is destroying the party's chance to win.",
])
def test_wrongdoing_in_someones_words_is_their_accusation_of_its_doer(text):
    # the model reads the deed as an accusation; the accuser is whose words or view it is, the doer the accused
    assert ("ACCUSE", ["Anna Osei"], ["Martin Kell"]) in events(text)
    assert not [e for e in events(text) if e[1] == ["Martin Kell"]]


def test_a_news_outlet_reporting_a_wrongdoing_accuses_no_one():
    text = "The Daily Ledger reported on Monday that Governor Martin Kell is destroying the party's chance to win."
    assert not [e for e in events(text) if e[0] == "ACCUSE" and e[1] == ["Daily Ledger"]]


# ---------------------------------------------------------------- an act carried by a message; a tweet as a light verb
@pytest.mark.parametrize("text, expected", [
    ("Senator Anna Osei posted a message of support for Governor Martin Kell on Monday.",
     ("SUPPORT", ["Anna Osei"], ["Martin Kell"])),
    ("Senator Anna Osei issued words of praise for Governor Martin Kell on Monday.",
     ("SUPPORT", ["Anna Osei"], ["Martin Kell"])),
    ("Senator Anna Osei tweeted a scathing criticism of Governor Martin Kell's budget.",
     ("ACCUSE", ["Anna Osei"], ["Martin Kell"])),
])
def test_an_act_carried_by_a_message_is_its_senders(text, expected):
    assert expected in events(text)


# ---------------------------------------------------------------- force in the simple present is a habit, not news
def test_force_told_in_the_simple_present_after_the_headline_is_no_event():
    text = ("Gunmen Kill 12 in Market Attack in Port Aster\n\n"
            "Gunmen killed 12 people in a market in Port Aster on Monday. "
            "The Velna Front kills civilians in the north every week, police say.")
    got = events(text)
    assert ("ASSAULT", ["Gunmen"], ["12 people"]) in got  # the headline's present tense is the news
    assert not [e for e in got if e[0] == "ASSAULT" and e[1] == ["Velna Front"]]


# ---------------------------------------------------------------- amounts, holdings and opinions are no agreements
@pytest.mark.parametrize("text", [
    "\"I have a great deal of respect for Governor Martin Kell,\" Senator Anna Osei said.",
    "Chile's president Petra Varga said on Monday that Chile has two trade agreements with Peru.",
    "The Ostland Farmers Union agrees that the new tax is unfair.",
])
def test_an_amount_a_holding_or_an_opinion_is_no_agreement(text):
    assert not [e for e in events(text) if e[0] == "AGREE"]


def test_agreements_reached_stay_agreements():
    assert ("AGREE", ["Chile", "Peru"], []) in events("Chile and Peru have signed two trade agreements this year.")


# ---------------------------------------------------------------- a command in someone's words is a demand of the addressee
@pytest.mark.parametrize("text, expected, wrong", [
    ("\"Release the prisoners now,\" Senator Anna Osei told the Velna Front on Monday.",
     ("REQUEST", ["Anna Osei"], ["Velna Front"]), "RETREAT"),
    ("\"Stop attacking our farmers,\" Governor Martin Kell said to Senator Anna Osei.",
     ("REQUEST", ["Martin Kell"], ["Anna Osei"]), "ASSAULT"),
])
def test_a_command_in_a_quotation_is_the_speakers_demand_of_the_addressee(text, expected, wrong):
    got = events(text)
    assert expected in got and not [e for e in got if e[0] == wrong]


def test_a_stated_intention_is_no_command():
    got = events("\"We will release the prisoners,\" Senator Anna Osei told the Velna Front on Monday.")
    assert not [e for e in got if e[0] == "REQUEST"]


def test_a_relative_pronoun_object_of_an_infinitive_is_the_noun_the_clause_describes(monkeypatch):
    # "whom" is the object of "endorse", which hangs under "refused" (the relative clause's verb): the union
    # refused to endorse Osei
    src, tgt, _, _ = roles_of(monkeypatch, "Voters backed Senator Tom Osei, whom the union had refused to endorse.",
                              "refused")
    assert src == ["union"] and tgt == ["Tom Osei"]


def test_a_part_of_a_group_stands_for_the_group(monkeypatch):
    # "both of the senators": the pronoun heads a partitive phrase, it is no pronoun to resolve
    src, tgt, _, _ = roles_of(monkeypatch, "Both of the Democratic senators criticized Governor Kell on Monday.",
                              "criticized")
    assert src == ["Democratic senators"] and tgt == ["Kell"]


def test_none_of_a_group_did_nothing(monkeypatch):
    src, _, _, _ = roles_of(monkeypatch, "None of the unions condemned Governor Kell.", "condemned")
    assert src == []


def test_a_participle_coordinated_with_a_passive_one_is_passive_with_the_same_patient(monkeypatch):
    text = "Kenya, aided by Britain and opposed by Somalia, held on to the islands."
    src, tgt, _, _ = roles_of(monkeypatch, text, "opposed")
    assert src == ["Somalia"] and tgt == ["Kenya"]
    # and a passive verb's coordinated participle does not take the patient as its doer
    src, tgt, _, _ = roles_of(monkeypatch, "Governor Kell was arrested and charged by the police on Monday.",
                              "charged")
    assert src == ["police"] and tgt == ["Kell"]


def test_people_in_a_role_of_named_states_act_for_them(monkeypatch):
    # the actors stage lists "finance ministers" as an anonymous group; the meeting is between the two states
    src, _, _, _ = roles_of(monkeypatch, "The finance ministers of Britain and Spain met in London on Monday.", "met")
    assert src == ["United Kingdom", "Spain"]
    # critics of a body do not act for it
    src, _, _, _ = roles_of(monkeypatch, "Critics of the Union protested outside the embassy.", "protested")
    assert src == ["Critics of the Union"]


def test_a_person_noun_of_someone_is_someone_else(monkeypatch):
    # WordNet calls "wife" and "fiancee" persons: the wife of a senator is not the senator
    src, _, _, _ = roles_of(monkeypatch, "The wife of Senator Tom Kell accused Governor Anna Osei of lying.", "accused")
    assert "Tom Kell" not in src
    # a role acting for its of-phrase still does: a spokesman of a ministry speaks for it
    src, _, _, _ = roles_of(monkeypatch, "A spokesman of the ministry of defence denied the report.", "denied")
    assert src == ["ministry"]


def test_an_irregular_plural_person_noun_names_participants(monkeypatch):
    # the lemmatizer leaves "schoolchildren" as it is; WordNet knows "schoolchild" as a person
    _, tgt, _, _ = roles_of(monkeypatch, "Gunmen kidnapped 20 schoolchildren in the north on Monday.", "kidnapped")
    assert tgt == ["20 schoolchildren"]


def test_an_object_pronoun_never_names_its_own_clause_subject(monkeypatch):
    # "him" in the reporter's own clause is not the reporter: the reported clause's subject "he" is Macron
    text = "Macron said he had rejected Philippe's resignation and asked him to stay."
    src, tgt, _, _ = roles_of(monkeypatch, text, "asked")
    assert src == ["Emmanuel Macron"] and tgt == ["Philippe"]
    text = "Senator Anna Kell said she had met Governor Maria Osei and thanked her."
    src, tgt, _, _ = roles_of(monkeypatch, text, "thanked")
    assert src == ["Anna Kell"] and tgt == ["Maria Osei"]


def test_a_bare_participle_clause_is_passive(monkeypatch):
    # "Asked about Kell, Osei said …": Osei was asked; he asked nobody
    text = 'Asked about Governor Anna Kell, Senator Tom Osei said the state needed a new budget.'
    src, _, _, _ = roles_of(monkeypatch, text, "Asked")
    assert src == []
    src, tgt, _, _ = roles_of(monkeypatch, "Backed by Britain, Kenya sued Somalia on Monday.", "Backed")
    assert src == ["United Kingdom"] and tgt == ["Kenya"]


def test_the_occasion_of_an_act_is_not_its_recipient(monkeypatch):
    text = "Donald Trump mocked a disabled reporter at a rally in South Carolina."
    _, tgt, _, _ = roles_of(monkeypatch, text, "mocked")
    assert tgt == ["disabled reporter"]
    # an act's possessor is still its author: lashing out at someone's remarks addresses that someone
    _, tgt, _, _ = roles_of(monkeypatch, "Senator Tom Osei lashed out at Governor Anna Kell's remarks during the debate.",
                            "lashed")
    assert tgt == ["Anna Kell"]


def test_the_object_of_an_urging_verb_is_whom_it_urges_never_the_complements_object(monkeypatch):
    # "member states" names no actor here; the refugees are what the states are to accept, not who was urged
    _, tgt, _, _ = roles_of(monkeypatch, "The European Commission urged member states to accept more refugees.", "urged")
    assert tgt == []
    _, tgt, _, _ = roles_of(monkeypatch, "The European Commission urged Italy to accept more refugees.", "urged")
    assert tgt == ["Italy"]


def test_an_act_the_object_is_placed_under_is_done_by_the_subject_to_the_object(monkeypatch):
    src, tgt, _, _ = roles_of(monkeypatch, "Soldiers put the opposition leader Ana Telk under house arrest.", "arrest")
    assert src == ["Soldiers"] and tgt == ["Ana Telk"]
    # in a participle clause the subject comes from the main clause
    text = "The army seized the capital on Monday, having first placed President John Miller under house arrest."
    src, tgt, _, _ = roles_of(monkeypatch, text, "arrest")
    assert src == ["army"] and tgt == ["John Miller"]
    assert ("COERCE", ["army"], ["John Miller"]) in [(e[0], e[1], e[2]) for e in events(text)]


def test_a_by_phrase_after_a_claim_object_names_who_made_the_claim(monkeypatch):
    # the parser hangs "by Mara Quill" on the verb; an active verb has no agent, so it is the accusation's author
    src, tgt, _, _ = roles_of(monkeypatch, "The ministry dismissed the accusation by Senator Mara Quill.", "dismissed")
    assert src == ["ministry"] and tgt == ["Mara Quill"]
    _, tgt, _, _ = roles_of(monkeypatch, "The ministry rejected the plan by a wide margin.", "rejected")
    assert tgt == []


def test_a_shared_act_of_a_coordinated_subject_needs_no_recipient():
    # "Norway and Peru began joint exercises": both do it (both sources, as for an agreement); no recipient is needed
    got = events("Norway and Peru began joint naval exercises in the North Sea on Monday.")
    assert [(s, t) for e, s, t in got if e == "COOPERATE"] == [(["Norway", "Peru"], [])]


def test_an_act_done_in_protest_is_the_subjects_protest():
    # "walked off the job in protest at …": the bare noun is the manner of the clause's own act; "hurt in the protest" is not
    got = events("Dockworkers in Rotterdam walked off the job on Monday in protest at the government's plan to sell the harbour.")
    assert [s for t, s, _ in got if t == "PROTEST"] == [["Dockworkers"]]
    assert not [e for e in events("Two officers were hurt in the protest outside the ministry.") if e[0] == "PROTEST"]


def test_the_with_phrase_of_an_object_the_doer_owns_names_the_other_party():
    # "severed its ties with X", "deployed troops to its border with X"; a stance on "Kell's talks with Osei" judges Kell
    assert ("SANCTION", ["Ecuador"], ["Venezuela"]) in events("Ecuador severed its diplomatic ties with Venezuela on Monday.")
    got = events("Norway deployed two armoured brigades to its border with Russia on Sunday.")
    assert [t for e, _, t in got if e == "MOBILIZE"] == [["Russia"]]
    got = events("Senator Maria Keller criticized Governor Tom Brandt's talks with the union.")
    assert [t for e, _, t in got if e == "ACCUSE"] == [["Tom Brandt"]]


def test_a_stance_on_an_act_addresses_its_doer_in_the_by_phrase():
    # "condemned the arrest of three journalists by Egyptian police": the police, not the journalists; "Kell's arrest" stays Kell
    got = events("Amnesty criticized the arrest of three journalists by Egyptian police.")
    assert [t for e, _, t in got if e == "ACCUSE"] == [["Egyptian police"]]
    assert [t for e, _, t in events("Human rights groups condemned Kell's arrest.") if e == "ACCUSE"] == [["Kell"]]


def test_the_partner_of_an_intended_act_is_the_with_phrase_of_its_complement():
    # "agreed to resume joint patrols with X", "pledged to share its data with X": X is the party the promise concerns
    got = events("Bulgaria agreed to resume joint border patrols with Romania from next month.")
    assert [t for e, _, t in got if e == "AGREE"] == [["Romania"]]
    got = events("Chile pledged to share its fishing data with Peru.")
    assert [t for e, _, t in got if e == "AGREE"] == [["Peru"]]
    # a promise's that-clause is its content as well
    got = events("President Talia Ressen promised that her government would ratify the trade accord with Norway.")
    assert [t for e, _, t in got if e == "AGREE"] == [["Norway"]]


def test_a_threat_addresses_whoever_its_condition_asks_to_comply():
    # "threatened to quit the talks unless X stopped …": X, the one the condition is put to
    got = events("Kenya threatened to pull out of the talks unless Tanzania stopped its naval patrols.")
    assert [t for e, _, t in got if e == "THREATEN"] == [["Tanzania"]]


def test_a_protest_is_aimed_at_whoever_its_purpose_clause_addresses():
    # "marched … to demand the resignation of President X": the march is aimed at X; a march with no purpose has no target
    got = events("Thousands of protesters marched through central Nairobi on Saturday to demand the resignation of "
                 "President William Ruto.")
    assert [t for e, _, t in got if e == "PROTEST"] == [["William Ruto"]]
    assert [t for e, _, t in events("Thousands of protesters marched through central Nairobi on Saturday.")
            if e == "PROTEST"] == [[]]


def test_support_or_aid_received_from_someone_is_their_event_towards_the_receiver():
    # "enjoys the support of X", "received military aid from X": X supports (aids) the subject
    assert ("SUPPORT", ["Socialist Party"], ["Emmanuel Macron"]) in events(
        "Emmanuel Macron enjoys the support of the Socialist Party.")
    assert ("AID", ["Poland"], ["Ukraine"]) in events("Ukraine received military aid from Poland.")


def test_whose_names_the_owner_of_an_event_noun_in_a_relative_clause(monkeypatch):
    # "whose" stands for the antecedent of its clause even when the noun it owns is the clause's subject
    src, tgt, _, _ = roles_of(monkeypatch, "Barack Obama, whose criticism of Donald Trump has sharpened, spoke on "
                                           "Monday.", "criticism")
    assert (src, tgt) == (["Barack Obama"], ["Donald Trump"])


def test_what_a_mobilisation_moves_is_never_its_recipient(monkeypatch):
    # "massed troops near its border with X": the troops are the doer's own force; X, named by the place, is the target
    src, tgt, _, _ = roles_of(monkeypatch, "Poland has massed troops near its border with Belarus.", "massed")
    assert (src, tgt) == (["Poland"], ["Belarus"])
    src, tgt, _, _ = roles_of(monkeypatch, "Serbia mobilised its reserves on Monday.", "mobilised")
    assert (src, tgt) == (["Serbia"], [])


def test_an_armed_groups_strike_on_a_thing_in_a_named_country_targets_that_state():
    # a depot is no actor; the country it stands in is the state attacked, even when no actor names that state
    got = events("Rebel forces carried out drone strikes on a fuel depot in Moldova on Monday.")
    assert ("ASSAULT", ["Rebel forces"], ["Moldova"]) in got


def test_a_measured_object_is_read_through_to_what_it_counts():
    # "sent 40 tonnes of medical supplies to X": the tonnes measure the supplies, which make the sending aid
    assert ("AID", ["Germany"], ["Pakistan"]) in events("Germany sent 40 tonnes of medical supplies to Pakistan on Sunday.")
    assert not [e for e in events("Germany sent 40 tonnes of scrap metal to Pakistan on Sunday.") if e[0] == "AID"]


def test_acts_traded_between_coordinated_doers_need_no_other_recipient():
    # "X and Y traded accusations": each accuses the other; one doer alone names no recipient that way
    assert ("ACCUSE", ["Russia", "Ukraine"], []) in events("Russia and Ukraine traded accusations over the dam on Monday.")
    assert not [e for e in events("Russia traded accusations on Monday.") if e[0] == "ACCUSE"]


def test_a_participant_the_lexicon_leaves_open_takes_the_sector_its_word_gives():
    # the registry's agent sector ("women"), a learned role word's ("veterinarians"), else a person noun is a civilian
    rec = run_text("Police arrested four women and two teenagers in Nairobi on Monday. "
                   "Two veterinarians accused the ministry of negligence.")
    sectors = {a.name: a.sector for a in rec.actors}
    assert sectors.get("four women") == "CVL" and sectors.get("two teenagers") == "CVL"
    assert sectors.get("Two veterinarians") == "HLH"


def test_a_counted_plural_of_a_title_is_a_participant():
    # "three councillors" names no one person the text could resolve to: the group is the recipient
    assert ("SANCTION", ["party"], ["three councillors"]) in events("The party expelled three councillors on Monday.")


def test_the_one_asked_for_something_is_who_it_is_asked_from():
    # "asked for help from X": X is asked; "called for the release of prisoners from jail" names no one asked in "from"
    assert ("REQUEST", ["Kenya"], ["United Nations"]) in events("Kenya asked for help from the United Nations.")
    assert ("REQUEST", ["Kenya"], ["prisoners"]) in events("Kenya called for the release of prisoners from jail.")
