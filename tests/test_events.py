"""Events: rule logic on small hand-made texts, and the seed article as a golden test."""
from __future__ import annotations

import pytest

from conftest import needs_shared, run_text
from dateline.knowledge.events import load as load_lexicon
from dateline.record import MODALITIES, PLOVER_TYPES


class Names(frozenset):
    """The surface forms of the actors in one role: "Russia" == Names({"Russian Federation", "Russia"})."""

    def __eq__(self, other):
        if isinstance(other, (set, frozenset)) and not isinstance(other, Names):
            return len(other) == self.n and all(o in self for o in other)
        return frozenset.__eq__(self, other)

    __hash__ = frozenset.__hash__


def _names(rec, ids):
    forms = {a.id: {a.name, *(m.text for m in a.mentions)} for a in rec.actors}
    out = Names(f for i in ids for f in forms.get(i, ()))
    out.n = len(ids)
    return out


def events(text: str, date: str = "2025-03-06"):
    """(record, [(type, source forms, target forms, others forms, modality, rule)]);
    a role compares equal to a set of names when each name is a form of one of its actors."""
    rec = run_text(text, date=date)
    return rec, [(e.type, _names(rec, e.source), _names(rec, e.target), _names(rec, e.others), e.modality, e.rule)
                 for e in rec.events]


def find(evs, etype):
    return [e for e in evs if e[0] == etype]


# ---------------------------------------------------------------- the lexicon is data and valid
def test_lexicon_types_are_plover():
    lex = load_lexicon()
    for table in (lex.verbs, lex.nouns):
        for lemma, senses in table.items():
            for s in senses:
                assert s["type"] in PLOVER_TYPES, (lemma, s)
    assert "issue" in lex.light_verbs and "intend" in lex.modality["intent_governors"]


# ---------------------------------------------------------------- roles
def test_active_verb():
    _, evs = events("Russia attacked Ukraine on Monday.")
    [(t, src, tgt, _, mod, rule)] = find(evs, "ASSAULT")
    assert src == {"Russia"} and tgt == {"Ukraine"} and mod == "asserted" and rule.startswith("verb.active")


def test_passive_verb_agent_is_source():
    _, evs = events("Ukraine was attacked by Russia on Monday.")
    [(t, src, tgt, _, mod, rule)] = find(evs, "ASSAULT")
    assert src == {"Russia"} and tgt == {"Ukraine"} and rule.startswith("verb.passive")


def test_passive_designation_with_date():
    _, evs = events("Hamas was designated by the U.S. as a terrorist organization in 1997.")
    [(t, src, tgt, _, _, rule)] = find(evs, "SANCTION")
    assert "U.S." in src and tgt == {"Hamas"} and rule == "verb.passive.designate"


def test_relative_clause_object_is_the_target():
    # invented: a relative clause whose object is the noun it modifies
    rec, evs = events("Norway has held direct talks with the Taliban, which it designated as a militant group 20 years ago.")
    [(t, src, tgt, _, _, _)] = find(evs, "SANCTION")
    assert tgt == {"Taliban"}
    [ev] = [e for e in rec.events if e.type == "SANCTION"]
    assert ev.date.value == "2005"


def test_withdrawing_from_a_treaty_is_a_sanction_on_the_other_party():
    _, evs = events("Last year Donald Trump withdrew the United States from the nuclear treaty with Iran.")
    [(t, src, tgt, _, _, _)] = find(evs, "SANCTION")
    assert "Trump" in " ".join(src) and tgt == {"Iran"}


def test_light_verb_threat():
    _, evs = events("On Tuesday, Iran issued a clear threat to Israel.")
    [(t, src, tgt, _, mod, rule)] = find(evs, "THREATEN")
    assert src == {"Iran"} and tgt == {"Israel"} and rule == "light.issue.threat"


def test_nominal_talks_with():
    _, evs = events("France has held direct talks with Germany.")
    [(t, src, tgt, _, _, rule)] = find(evs, "CONSULT")
    assert src == {"France"} and tgt == {"Germany"} and rule == "light.hold.talks"


def test_nominal_meeting_between_lists_all_participants():
    _, evs = events("The meeting took place in Cairo between Egypt, Jordan and representatives of mediators Qatar and Oman.")
    [(t, src, tgt, oth, _, rule)] = find(evs, "CONSULT")
    assert src == {"Egypt"} and tgt == {"Jordan"} and oth == {"Qatar", "Oman"}
    assert rule == "nominal.happen.meeting"


def test_argument_in_complement_clause():
    _, evs = events("Germany refused to provide Poland with the weapons.")
    [(t, src, tgt, _, _, _)] = find(evs, "REJECT")
    assert src == {"Germany"} and tgt == {"Poland"}


def test_possessor_of_the_object_is_the_target():
    _, evs = events("Germany rejected Poland's proposal on Monday.")
    [(t, src, tgt, _, _, _)] = find(evs, "REJECT")
    assert src == {"Germany"} and tgt == {"Poland"}


def test_event_noun_refers_back_to_its_initiator():
    _, evs = events("Egypt held talks with Hamas on Monday.\n\nIsraeli officials expressed outrage over these talks.")
    [(t, src, tgt, _, _, rule)] = find(evs, "ACCUSE")
    assert "Egypt" in tgt and rule == "light.express.outrage"


def test_ordering_someone_to_act_is_the_coercion():
    _, evs = events("Egypt ordered Al-Ahram to shut down.")
    [(t, src, tgt, _, _, rule)] = find(evs, "COERCE")
    assert src == {"Egypt"} and tgt == {"Al-Ahram"} and rule == "verb.active.order"


def test_collective_meeting_needs_no_counterpart():
    _, evs = events("Leaders of the European Union met in Brussels on Monday.")
    assert len(find(evs, "CONSULT")) == 1


def test_attached_date():
    rec, _ = events("Russia attacked Ukraine on March 3, 2025.", date="2025-03-06")
    [ev] = rec.events
    assert ev.date.value == "2025-03-03" and ev.date.precision == "day"


def test_time_on_the_verb_dates_it_inside_the_reported_content_of_its_quotation():
    # the quotes stage takes "Turkey last week of violating …" as what was said; "last week" still hangs on "accused"
    rec, _ = events("Greece accused Turkey last week of violating its airspace.", date="2024-03-08")
    [ev] = [e for e in rec.events if e.type == "ACCUSE"]
    assert ev.date.value == "2024-02-29" and ev.date.text == "last week"  # the middle day of that week


def test_location_from_the_clause_or_its_subject():
    rec, _ = events("Russia attacked Ukraine in Kharkiv.\n\nIsraeli officials in Jerusalem condemned Iran.")
    locs = {e.type: e.location.name if e.location else None for e in rec.events}
    assert locs == {"ASSAULT": "Kharkiv", "ACCUSE": "Jerusalem"}


def test_location_through_a_settlement_noun():
    # "in the town of X": the place the event happened is X, not the word "town"
    rec, _ = events("Police arrested two protesters in the town of Bakhmut on Monday.")
    assert [e.location.name if e.location else None for e in rec.events] == ["Bakhmut"]
    rec, _ = events("Police arrested the mayor of Bakhmut in Kyiv on Monday.")
    assert [e.location.name if e.location else None for e in rec.events] == ["Kyiv"]


def test_reference_time_dates_later_undated_events():
    """With no date in the opening paragraph, an undated event takes the story's reference time: the
    nearest earlier day shortly before publication (a headline line comes first here)."""
    text = ("Ruritania and Freedonia clash over border.\n\n"
            "The talks in Port Aster ended without a deal on Tuesday, officials said.\n\n"
            "Later, Russia accused Ukraine of moving troops to the border.")
    rec, _ = events(text, date="2025-03-06")
    ev = next(e for e in rec.events if e.type == "ACCUSE")
    assert ev.date.value == "2025-03-04" and ev.date.text == "Tuesday"


def test_reference_time_ignores_old_dates_and_other_quotes():
    """A date long before publication, or inside someone else's quotation, is no reference time."""
    text = ("Freedonia leader speaks.\n\n"
            "The treaty was signed on March 3, 2019. \"We met on Monday,\" a diplomat said.\n\n"
            "Russia accused Ukraine of moving troops to the border.")
    rec, _ = events(text, date="2025-03-06")
    ev = next(e for e in rec.events if e.type == "ACCUSE")
    assert ev.date.precision == "publication"


def test_publication_date_fallback():
    rec, _ = events("Russia attacked Ukraine.", date="2025-03-06")
    [ev] = rec.events
    assert ev.date.value == "2025-03-06" and ev.date.precision == "publication"


def test_military_movement_into_territory():
    _, evs = events("The statement said US troops had defeated ISIS and Turkey would be moving into Syria.")
    # (the defeat is an armed event of its own; this test is about the movement)
    [(t, src, tgt, _, mod, rule)] = [e for e in find(evs, "ASSAULT") if "move" in e[5]]
    assert src == {"Turkey"} and "Syria" in " ".join(tgt) and mod == "intended"
    _, evs = events("Donald Trump moved into the White House in 2017.")
    assert find(evs, "ASSAULT") == []


def test_critics_of_x_are_not_x():
    _, evs = events("Critics of the government, which include the environmental group Greenpeace, "
                    "blame Jair Bolsonaro for the fires.")
    [(t, src, tgt, _, _, _)] = find(evs, "ACCUSE")
    assert src == {"Greenpeace"} and "Bolsonaro" in " ".join(tgt)


# ---------------------------------------------------------------- modality
def test_intended():
    _, evs = events("Germany intends to provide aid to Ukraine.")
    [(t, src, tgt, _, mod, _)] = find(evs, "AID")
    assert src == {"Germany"} and tgt == {"Ukraine"} and mod == "intended"


def test_negated():
    _, evs = events("Biden did not meet Putin in Geneva.")
    [(t, src, tgt, _, mod, _)] = find(evs, "CONSULT")
    assert mod == "negated"


def test_hypothetical():
    _, evs = events("If Iran attacks Israel, the region will burn.")
    [(t, src, tgt, _, mod, _)] = find(evs, "ASSAULT")
    assert src == {"Iran"} and mod == "hypothetical"


def test_embedded_act_is_not_a_second_event():
    _, evs = events("Iran threatened to attack Israel.")
    assert [e[0] for e in evs] == ["THREATEN"]
    assert evs[0][1] == {"Iran"} and evs[0][2] == {"Israel"}


def test_event_inside_a_quote_belongs_to_the_speaker():
    _, evs = events('"We warn Israel that our missiles will keep flying," Hassan Nasrallah said on Monday.')
    [(t, src, tgt, _, mod, _)] = find(evs, "THREATEN")
    assert src and "Israel" in tgt and mod == "asserted"


def test_evaluative_speech():
    _, evs = events("Angela Merkel called Putin's decision a grave mistake.")
    [(t, src, tgt, _, _, rule)] = find(evs, "ACCUSE")
    assert "Merkel" in " ".join(src) and "Putin" in " ".join(tgt) and rule == "eval.call"
    _, evs = events("Benjamin Netanyahu called Trump's order swift, forceful and decisive.")
    assert [e[0] for e in evs] == ["SUPPORT"]


def test_strongly_rated_words_judge_where_the_hand_list_is_silent():
    # no word of the complement is in the evaluation lists; VADER's ratings make it a clear judgement
    _, evs = events("Mayor Ana Telk described Senator Mara Quill as a greedy bully.")
    [(t, src, tgt, _, _, rule)] = find(evs, "ACCUSE")
    assert "Telk" in " ".join(src) and "Quill" in " ".join(tgt) and rule == "eval.describe"
    # words of both signs judge nothing clearly
    _, evs = events("Mayor Ana Telk described Senator Mara Quill as a greedy bully and a loving grandmother.")
    assert [e for e in evs if e[5].startswith("eval.")] == []


def test_copular_judgement_in_reported_speech():
    _, evs = events('Oleksiy Honcharuk wrote a resignation offer. He said Zelensky is "a model of honesty for me".')
    [(t, src, tgt, _, _, rule)] = find(evs, "SUPPORT")
    assert "Honcharuk" in " ".join(src) and "Zelensky" in " ".join(tgt) and rule == "eval.copula"


def test_judging_oneself_is_no_event():
    _, evs = events("The United States called its actions defensive in nature, pointing to the attack on its embassy.")
    assert find(evs, "ACCUSE") == [] and find(evs, "SUPPORT") == []


def test_what_a_third_party_must_do_is_a_request():
    _, evs = events('"Turkey must stop the offensive immediately," Emmanuel Macron said on Monday.')
    [(t, src, tgt, _, _, rule)] = find(evs, "REQUEST")
    assert "Macron" in " ".join(src) and tgt == {"Turkey"} and rule == "deontic.must"


def test_a_vow_of_force_is_a_threat():
    _, evs = events("Iran vowed to retaliate against the United States.")
    assert [(e[0], e[4]) for e in evs] == [("THREATEN", "asserted")]


def test_firing_at_is_an_attack_firing_someone_is_not():
    _, evs = events("Hamas fired rockets at Israel on Monday.")
    assert [e[0] for e in evs] == ["ASSAULT"]
    _, evs = events("The minister fired his spokesman.")
    assert evs == []


# ---------------------------------------------------------------- what is not an event
def test_reported_speech_alone_is_no_event():
    _, evs = events("Vladimir Putin said the Russian economy is growing.")
    assert evs == []


def test_declined_to_comment_is_no_rejection():
    _, evs = events("Asked about Iran, Emmanuel Macron declined to comment.")
    assert find(evs, "REJECT") == []


def test_non_political_sense():
    _, evs = events("In compliance, ABS-CBN signed off that night.")
    assert find(evs, "AGREE") == []


def test_ordering_mourning_is_no_coercion():
    _, evs = events("President Hassan Rouhani ordered three days of mourning in Iran.")
    assert evs == []


def test_possessive_on_killing_is_not_the_killer():
    _, evs = events("Khashoggi's killing shocked Turkey.")
    assert all("Khashoggi" not in e[1] for e in evs)


# ---------------------------------------------------------------- restatements
# ---------------------------------------------------------------- generalisation rules (2026-11-29)
def test_generic_participants_become_actors_of_force_events():
    rec, evs = events("Soldiers arrested three students in Yangon on Tuesday.")
    [(t, src, tgt, _, mod, rule)] = find(evs, "COERCE")
    assert src == {"Soldiers"} and tgt == {"three students"}
    made = [a for a in rec.actors if a.name == "three students"]
    assert made and made[0].kind == "group" and made[0].sector == "EDU"


def test_agentless_attack_takes_the_articles_attacker():
    rec, evs = events("The governor was shot on Friday. Police said the gunman fled in a car.")
    [(t, src, tgt, _, mod, rule)] = find(evs, "ASSAULT")
    assert "gunman" in " ".join(src) and "governor" in " ".join(tgt)


def test_agentless_arrest_takes_the_police_of_the_sentence():
    _, evs = events("Kenya Police spokesman Charles Owino said four suspects were arrested on Sunday.")
    [(t, src, tgt, _, mod, rule)] = find(evs, "COERCE")
    assert any(w in " ".join(src) for w in ("Police", "Charles Owino")) and "four suspects" in tgt


def test_agentless_passive_guesses_nothing_without_support():
    _, evs = events("The mayor of Lagos was stabbed on Friday.")
    assert not find(evs, "ASSAULT")


def test_platform_is_never_a_party():
    _, evs = events("President Macron lashed out at Prime Minister Johnson on Twitter, accusing him of lying.")
    for e in find(evs, "ACCUSE"):
        assert "Twitter" not in e[2]
    assert any("Johnson" in " ".join(e[2]) for e in find(evs, "ACCUSE"))


def test_subnational_government_as_party():
    rec, evs = events("The union filed a lawsuit against the state of Texas on Monday.")
    [(t, src, tgt, _, mod, rule)] = find(evs, "ACCUSE")
    assert "Texas" in tgt
    assert [a for a in rec.actors if a.name == "Texas"][0].kind == "state"


def test_at_the_request_of():
    _, evs = events("Parliament was dissolved by the King at the request of Prime Minister Pedro Sanchez.")
    [(t, src, tgt, _, mod, rule)] = find(evs, "REQUEST")
    assert "Pedro Sanchez" in " ".join(src) and "King" in " ".join(tgt)


def test_breaking_the_law_in_a_quote_is_an_accusation():
    _, evs = events('Senator Warren said, "The administration is breaking the law."')
    [(t, src, tgt, _, mod, rule)] = find(evs, "ACCUSE")
    assert "Warren" in " ".join(src) and rule.startswith("violation.")


def test_breaking_the_law_in_narrative_is_no_event():
    _, evs = events("The company was breaking the law for years.")
    assert not find(evs, "ACCUSE")


def test_support_for_a_measure_needs_no_recipient():
    _, evs = events("Senator Collins voiced support for the bill on Tuesday.")
    assert find(evs, "SUPPORT")


def test_no_evidence_to_support_is_no_support():
    _, evs = events("Officials said there is no evidence to support Bolsonaro's claims.")
    assert not find(evs, "SUPPORT")


def test_appointing_is_not_designating_as_an_enemy():
    _, evs = events("Erdogan designated Mehmet Simsek as finance minister in 2018.")
    assert not find(evs, "SANCTION")
    _, evs = events("The United States designated Hezbollah as a terrorist organisation.")
    assert find(evs, "SANCTION")


def test_nominal_recipient_on_the_object():
    _, evs = events("Germany's withholding of weapons to Ukraine angered Kyiv.")
    [(t, src, tgt, _, mod, rule)] = find(evs, "SANCTION")
    assert "Germany" in src and "Ukraine" in tgt


def test_taking_to_the_streets_is_a_protest():
    _, evs = events("Thousands of people took to the streets of Santiago on Friday.")
    [(t, src, tgt, _, mod, rule)] = find(evs, "PROTEST")
    assert "Thousands of people" in src
    _, evs = events("The president took to the stage on Friday.")
    assert not find(evs, "PROTEST")


def test_supporters_of_x_are_not_x():
    _, evs = events("Supporters of Bolsonaro rallied in Brasilia on Sunday.")
    [(t, src, tgt, _, mod, rule)] = find(evs, "PROTEST")
    assert "Bolsonaro" not in src and "Supporters of Bolsonaro" in src


def test_passive_split_from_its_subordinator():
    # the parser reads "after X … was shot" as a PP plus a second main verb: X is still the victim
    _, evs = events("A man has been detained after Governor Ortiz, head of the province of Sonora, "
                    "was shot on Friday. The gunman fled on foot.")
    [(t, src, tgt, _, mod, rule)] = find(evs, "ASSAULT")
    assert "Ortiz" in " ".join(tgt) and "gunman" in " ".join(src)


def test_counted_states_are_a_collective_party():
    rec, evs = events("Sixteen states sued the federal government on Monday.")
    [(t, src, tgt, _, mod, rule)] = find(evs, "ACCUSE")
    assert src == {"Sixteen states"}
    assert [a for a in rec.actors if a.name == "Sixteen states"][0].sector == "GOV"


def test_passive_demand_in_a_quote():
    _, evs = events('"New elections must be held this year," Juan Guaidó said on Thursday.')
    [(t, src, tgt, _, mod, rule)] = find(evs, "REQUEST")
    assert "Juan Guaidó" in " ".join(src) and not tgt
    _, evs = events('"The prisoners must be released now," Senator Marco Rubio said on Thursday.')
    assert find(evs, "REQUEST")
    _, evs = events("Bolsonaro said the rainforest should be opened up to agriculture.")
    assert not find(evs, "REQUEST")


def test_positions_of_an_armed_group_are_the_group():
    _, evs = events("The army shelled rebel positions near Idlib on Monday.")
    [(t, src, tgt, _, mod, rule)] = find(evs, "ASSAULT")
    assert "rebel" in tgt
    _, evs = events("Soldiers raided a refugee camp near Jenin on Monday.")
    assert not find(evs, "ASSAULT")  # a refugee camp is no armed group


def test_boycotting_a_vote_is_a_protest():
    _, evs = events("The opposition boycotted the vote in parliament on Tuesday.")
    assert find(evs, "PROTEST")


def test_going_on_strike_is_a_protest():
    _, evs = events("Thousands of nurses went on strike in Nairobi on Monday.")
    assert find(evs, "PROTEST")
    _, evs = events("The minister went on holiday on Monday.")
    assert not find(evs, "PROTEST")


def test_condemning_what_happened_in_a_state_targets_it():
    _, evs = events("The African Union condemned the coup in Mali on Wednesday.")
    [(t, src, tgt, _, mod, rule)] = find(evs, "ACCUSE")
    assert "Mali" in tgt


def test_opening_fire_on_is_an_attack_holding_fire_is_not():
    _, evs = events("Soldiers opened fire on demonstrators in Yangon on Sunday.")
    [(t, src, tgt, _, mod, rule)] = find(evs, "ASSAULT")
    assert src == {"Soldiers"} and tgt == {"demonstrators"}
    _, evs = events("Soldiers held fire on Sunday.")
    assert not find(evs, "ASSAULT")


def test_lifting_restrictions_on_x_answers_x():
    _, evs = events("Japan lifted its export restrictions on South Korea on Monday.")
    [(t, src, tgt, _, mod, rule)] = find(evs, "RETREAT")
    assert tgt == {"South Korea"}


def test_threatened_act_names_the_recipient():
    _, evs = events("Trump threatened to impose tariffs on Mexican goods on Thursday.")
    [(t, src, tgt, _, mod, rule)] = find(evs, "THREATEN")
    assert tgt == {"Mexico"} or "Mexico" in " ".join(tgt) or "Mexican" in " ".join(tgt)


def test_vowing_revenge_is_a_threat():
    _, evs = events("Hezbollah vowed revenge against Israel on Sunday.")
    [(t, src, tgt, _, mod, rule)] = find(evs, "THREATEN")
    assert src == {"Hezbollah"} and tgt == {"Israel"}


def test_judging_someones_comments_is_an_event():
    _, evs = events("Erdogan slammed Macron's comments on Tuesday.")
    [(t, src, tgt, _, mod, rule)] = find(evs, "ACCUSE")
    assert "Macron" in " ".join(tgt)


def test_summoning_an_ambassador_is_a_diplomatic_protest():
    _, evs = events("Germany summoned the Russian ambassador on Friday.")
    assert find(evs, "ACCUSE")
    _, evs = events("The court summoned the witness on Friday.")
    assert not find(evs, "ACCUSE")


def test_deployed_forces_are_not_the_target():
    _, evs = events("Turkey deployed troops to Libya on Thursday.")
    [(t, src, tgt, _, mod, rule)] = find(evs, "MOBILIZE")
    assert src == {"Turkey"} and tgt == {"Libya"}


def test_crowd_control_weapons_are_an_assault():
    # PLOVER ASSAULT, mode crowd-control: tear gas, water cannons
    _, evs = events("Police used water cannon against protesters in Minsk on Sunday.")
    [(t, src, tgt, _, mod, rule)] = find(evs, "ASSAULT")
    assert src == {"Police"} and tgt == {"protesters"}
    _, evs = events('"We will use the full force of the law," said Interior Minister Eduardo Año.')
    assert not find(evs, "ASSAULT") and not find(evs, "THREATEN")


def test_restatement_is_one_event():
    _, evs = events("Egypt held talks with Hamas on Monday.\n\n"
                    "The talks between Egypt and Hamas took place in Cairo.")
    assert len(find(evs, "CONSULT")) == 1


def test_record_fields():
    rec, _ = events("Russia attacked Ukraine on Monday.")
    [ev] = rec.events
    assert ev.modality in MODALITIES and 0 < ev.confidence <= 1 and ev.rule
    assert rec.article.text[ev.evidence.start:ev.evidence.end] == ev.evidence.text
    assert ev.date is not None and ev.date.value


# ---------------------------------------------------------------- the seed article
def _seed_events(rec):
    names = {a.id: {a.name.lower(), *(m.text.lower() for m in a.mentions)} for a in rec.actors}

    def named(ids, *want):
        return any(w in n for i in ids for n in names.get(i, ()) for w in want)
    return names, named


@needs_shared
def test_seed_us_hamas_meeting(seed_record):
    _, named = _seed_events(seed_record)
    hits = [e for e in seed_record.events if e.type == "CONSULT" and named(e.source + e.target + e.others, "hamas")
            and named(e.source + e.target + e.others, "u.s.", "united states", "boehler")]
    assert len(hits) == 1
    assert named(hits[0].others, "egypt") and named(hits[0].others, "qatar")
    assert hits[0].mode == "third-party"


@needs_shared
def test_seed_trump_meets_freed_hostages(seed_record):
    _, named = _seed_events(seed_record)
    assert any(e.type == "CONSULT" and named(e.source, "trump") and named(e.target, "survivors", "hostages")
               for e in seed_record.events)


@needs_shared
def test_seed_trump_threatens_hamas(seed_record):
    _, named = _seed_events(seed_record)
    assert any(e.type == "THREATEN" and named(e.source, "trump") and named(e.target, "hamas")
               for e in seed_record.events)


@needs_shared
def test_seed_intended_aid_to_israel(seed_record):
    _, named = _seed_events(seed_record)
    assert any(e.type == "AID" and e.modality == "intended" and named(e.source, "trump") and named(e.target, "israel")
               for e in seed_record.events)


@needs_shared
def test_seed_israel_outrage_at_us(seed_record):
    _, named = _seed_events(seed_record)
    assert any(e.type == "ACCUSE" and named(e.source, "israel") and named(e.target, "u.s.", "united states")
               for e in seed_record.events)


@needs_shared
def test_seed_few_false_positives(seed_record, seed_gold):
    import json
    import subprocess
    import sys
    import tempfile
    from pathlib import Path

    from conftest import SEED_GOLD, SHARED
    from dateline.record import to_dict
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "seed.jsonl"
        out.write_text(json.dumps(to_dict(seed_record)) + "\n")
        res = json.loads(subprocess.run([sys.executable, str(SHARED / "eval/score.py"), str(out), str(SEED_GOLD), "--json"],
                                        capture_output=True, text=True, check=True).stdout)
    assert res["counts"]["ev_fp"] <= 2


# ---------------------------------------------------------------- dev gate (issue 6 acceptance floors)
EVENT_FLOORS = {"f1": 0.60, "precision": 0.60, "date": 0.80, "modality": 0.80}


@needs_shared
def test_dev_event_floors(dev_records, seed_record):
    """Event F1 and precision, date and modality accuracy on seed + dev stay above the issue's floors
    (measured 2026-11-29: F1 0.74, P 0.86, date 0.92, modality 0.98)."""
    import json
    import subprocess
    import sys
    import tempfile
    from pathlib import Path

    from conftest import DEV_GOLD, SEED_GOLD, SHARED
    from dateline.record import to_dict
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "dev.jsonl"
        out.write_text("".join(json.dumps(to_dict(r)) + "\n" for r in [seed_record, *dev_records]))
        res = json.loads(subprocess.run([sys.executable, str(SHARED / "eval/score.py"), str(out), str(SEED_GOLD),
                                         str(DEV_GOLD), "--json"], capture_output=True, text=True, check=True).stdout)
    p, _, f1 = res["events_prf"]
    assert f1 >= EVENT_FLOORS["f1"] and p >= EVENT_FLOORS["precision"], res["events_prf"]
    assert res["events_date_acc"] >= EVENT_FLOORS["date"]
    assert res["events_modality_acc"] >= EVENT_FLOORS["modality"]


def test_protesters_gathering_is_a_protest():
    # invented; the agent noun makes the event (PLOVER PROTEST), kept as a general pattern
    _, evs = events("About 300 protesters gathered outside the parliament in Lusaka on Monday.")
    [(t, src, tgt, _, _, rule)] = find(evs, "PROTEST")
    assert src and rule == "agent.protester"


def test_a_named_party_attacking_a_person_without_weapons_is_criticism():
    # invented: the verbal reading of "attack" (PLOVER ACCUSE) vs the physical one (ASSAULT)
    _, evs = events("Senator Ted Cruz attacked Donald Trump on Tuesday.")
    assert [e[0] for e in evs] == ["ACCUSE"]
    _, evs = events("Two men attacked Governor Ali Osei outside his home on Monday.")
    assert [e[0] for e in evs] == ["ASSAULT"]


def test_a_named_person_attacking_people_a_noun_names_is_criticism_unless_armed():
    # invented: the verbal reading reaches role nouns ("a federal judge", "reporters") when a named person
    # attacks or fights them with no weapon; a weapon, or unnamed assailants, keep the physical reading
    _, evs = events("Governor Jonas Osei attacked a federal judge on Tuesday.")
    assert [e[0] for e in evs] == ["ACCUSE"]
    _, evs = events("Senator Mara Kell fought with reporters at the rally.")
    assert [e[0] for e in evs] == ["ACCUSE"]
    _, evs = events("Jonas Osei attacked a neighbour with a knife on Tuesday.")
    assert [e[0] for e in evs] == ["ASSAULT"]
    _, evs = events("Two gunmen attacked the reporters outside the hotel.")
    assert [e[0] for e in evs] == ["ASSAULT"]
    _, evs = events("Government troops fought with rebels near the border.")
    assert [e[0] for e in evs] == ["ASSAULT"]


def test_a_surname_the_parser_calls_a_place_or_firm_is_the_person_named_before():
    # invented: spaCy's small model labels these bare surnames GPE / ORG; the actors stage knows them as the
    # people named in full earlier, and the verbal reading of an attack follows that (kinds.py)
    _, evs = events("Governor Tom Velk and Senator Ann Lowe met voters on Friday. "
                    "Lowe unleashed withering attacks against Velk in the debate.")
    [(_, src, tgt, _, _, _)] = find(evs, "ACCUSE")
    assert src == {"Ann Lowe"} and tgt == {"Tom Velk"} and not find(evs, "ASSAULT")
    _, evs = events("Governor Tom Kessel and Senator Ann Lowe campaigned in Ohio. Lowe attacked Kessel over trade.")
    assert [e[0] for e in evs if e[0] in ("ACCUSE", "ASSAULT")] == ["ACCUSE"]


def test_a_named_civilian_attacking_an_organisation_is_criticism_an_officer_attacking_it_is_not():
    # invented: an organisation as the target of a named person's attack; the doer's sector (an armed force
    # or not) decides between the verbal and the physical reading
    _, evs = events("Senator Mara Kell attacked the Velk Foundation on Monday.")
    assert [e[0] for e in evs] == ["ACCUSE"]
    _, evs = events("Voters cheered Senator Mara Kell's attacks on the Velk Foundation.")
    assert [e[0] for e in evs] == ["ACCUSE"]
    _, evs = events("General Jonas Osei attacked the Velk Front near the border.")
    assert [e[0] for e in evs] == ["ASSAULT"]


def test_a_named_partys_attacks_on_a_person_are_criticism():
    # invented: the same verbal reading for the noun, by its possessor or a light verb's subject
    _, evs = events("Senator Ted Cruz leveled fresh attacks against Donald Trump on Tuesday.")
    assert [e[0] for e in evs] == ["ACCUSE"]
    _, evs = events("Voters cheered Donald Trump's attacks on Ted Cruz.")
    assert "ACCUSE" in [e[0] for e in evs] and "ASSAULT" not in [e[0] for e in evs]
    _, evs = events("A gunman's attack on Senator Ali Osei left two aides wounded.")
    assert [e[0] for e in evs] == ["ASSAULT"]
    # and attacking a news outlet is criticism of it
    _, evs = events("Senator Ted Cruz attacked the newspaper on Monday.")
    assert [e[0] for e in evs] == ["ACCUSE"]



@pytest.mark.parametrize("text,verbal", [
    # a subjectless participle takes its clause's subject as the attacker
    ("Senator Ana Kell has spent the week attacking Governor Tom Reese.", True),
    # a name before the noun is the attacker
    ("Senator Ana Kell campaigned in Ohio on Monday. The Kell attacks on the Reese Foundation were unfair, "
     "its director said.", True),
    # a named person's attacks on a people are words; a state's are not
    ("Senator Ana Kell's attacks on Muslims drew criticism.", True),
    ("Turkey's attacks on Kurds in Syria drew criticism.", False),
    # an armed force's commander attacking people is the physical reading
    ("Army commander General Omar Osei spent the week attacking rebel fighters in the hills.", False),
])
def test_the_verbal_reading_of_attack_follows_the_attacker(text, verbal):
    # invented
    _, evs = events(text)
    assert [e[0] for e in evs if e[0] in ("ACCUSE", "ASSAULT")][:1] == ["ACCUSE" if verbal else "ASSAULT"]

def test_a_clash_between_named_people_is_criticism_not_combat():
    # invented: "clash" between or with named persons is verbal; between forces it stays ASSAULT
    _, evs = events("Senator Ana Kell clashed with Governor Tom Osei at the hearing.")
    assert [e[0] for e in evs] == ["ACCUSE"]
    _, evs = events("Reporters watched the clash between Ana Kell and Tom Osei at the hearing.")
    assert [e[0] for e in evs] == ["ACCUSE"]
    _, evs = events("Police clashed with protesters in the capital on Monday.")
    assert [e[0] for e in evs] == ["ASSAULT"]


def test_the_infinitive_of_an_event_noun_is_its_content_not_another_event():
    # invented: "the refusal to ratify" is one REJECT, not also an AGREE; the infinitive gives the recipient
    _, evs = events("Congress's refusal to ratify the treaty angered Mexico.")
    assert [e[0] for e in evs] == ["REJECT"]
    _, evs = events("The union issued a threat to strike against the ministry.")
    [(t, src, tgt, _, _, _)] = evs
    assert t == "THREATEN" and tgt == {"ministry"}


def test_an_endorsement_for_someone_targets_them():
    # invented: "X's endorsement for Y" as "X's endorsement of Y"
    _, evs = events("Barack Obama's endorsement for Hillary Clinton came on Thursday.")
    [(t, src, tgt, _, _, _)] = evs
    assert t == "SUPPORT" and tgt == {"Hillary Clinton"}


def test_a_comparative_is_no_evaluation():
    # invented: "X is stronger now" describes, "X is a strong leader" praises
    _, evs = events("Ali Osei said Russia is much stronger now.")
    assert "SUPPORT" not in [e[0] for e in evs]
    _, evs = events("Ali Osei said Vladimir Putin is a strong leader.")
    assert "SUPPORT" in [e[0] for e in evs]


def test_a_relative_clause_asserts_its_own_act():
    # the threat governs the expelling, not what the diplomats did before
    _, evs = events("Ostland threatened to expel the diplomats who had criticized its government.")
    [(t, src, tgt, _, mod, rule)] = find(evs, "ACCUSE")
    assert mod == "asserted"


@pytest.mark.parametrize("text, etype", [
    ("Police beat the protesters with batons in the capital.", "ASSAULT"),
    ("Rebels captured two soldiers near the border on Monday.", "COERCE"),
])
def test_force_against_people_named_by_a_common_noun(text, etype):
    _, evs = events(text)
    assert find(evs, etype)


def test_rivals_beating_each_other_in_a_contest_is_no_assault():
    _, evs = events("Only Senator Ted Vane can beat Governor Mark Bell in the primary.")
    assert not find(evs, "ASSAULT")


@pytest.mark.parametrize("text", [
    "The United Nations sent 20 tonnes of food aid to flood victims in northern Pakistan.",
    "Japan gave $5 million in aid to Indonesia after the earthquake.",
])
def test_light_verb_reaches_its_event_noun_through_a_measure(text):
    _, evs = events(text)
    assert find(evs, "AID")


@pytest.mark.parametrize("text, etype", [
    ("Senator Ted Vane took aim at Governor Mark Bell on Tuesday.", "ACCUSE"),
    ("Senator Ted Vane ripped Governor Mark Bell over his record on trade.", "ACCUSE"),
    ("Senator Ted Vane knocked Governor Mark Bell for skipping the debate.", "ACCUSE"),
    ("Senator Ted Vane heaped praise on Governor Mark Bell.", "SUPPORT"),
    ("Senator Ted Vane heaped scorn on Governor Mark Bell.", "ACCUSE"),
    ("Senator Ted Vane threw his support behind Governor Mark Bell.", "SUPPORT"),
    ("Senator Ted Vane hit back at Governor Mark Bell on Wednesday.", "ACCUSE"),
    ("Senator Ted Vane questioned Governor Mark Bell's judgment.", "ACCUSE"),
])
def test_idioms_of_criticism_and_praise(text, etype):
    _, evs = events(text)
    [(t, src, tgt, _, mod, rule)] = find(evs, etype)
    assert src == {"Ted Vane"} and tgt == {"Mark Bell"}


def test_hitting_back_at_positions_stays_an_attack():
    _, evs = events("Israel hit back at Hamas positions in Gaza with air strikes.")
    assert find(evs, "ASSAULT") and not find(evs, "ACCUSE")


@pytest.mark.parametrize("text, source, target", [
    ('Senator Ted Vane said Governor Mark Bell\'s accusations were "completely false."', "Ted Vane", "Mark Bell"),
    ('"The allegations made by Senator Ted Vane are baseless," Governor Mark Bell said.', "Mark Bell", "Ted Vane"),
    ("Governor Mark Bell said Senator Ted Vane's claims were not true.", "Mark Bell", "Ted Vane"),
])
def test_a_claim_judged_false_rejects_its_author(text, source, target):
    _, evs = events(text)
    [(t, src, tgt, _, mod, rule)] = find(evs, "REJECT")
    assert src == {source} and tgt == {target} and mod == "asserted"


def test_a_claim_judged_true_is_no_rejection():
    _, evs = events("Governor Mark Bell said Senator Ted Vane's report was accurate.")
    assert not find(evs, "REJECT")


def test_coming_under_fire_from_someone_is_their_criticism_or_attack():
    _, evs = events("Governor Mark Bell came under fire from Senator Ted Vane on Tuesday.")
    [(t, src, tgt, _, mod, rule)] = find(evs, "ACCUSE")
    assert src == {"Ted Vane"} and tgt == {"Mark Bell"}
    _, evs = events("Israeli troops came under fire from Hamas militants in Gaza.")
    assert find(evs, "ASSAULT") and not find(evs, "ACCUSE")


def test_brushing_off_a_criticism_rejects_it_brushing_off_snow_does_not():
    # invented: particle verbs of dismissal (brush off / aside, shrug off, wave off, laugh off) reject a claim,
    # criticism or act named by their object; a thing that is no act is no rejection
    _, evs = events("Senator Mara Kell brushed off Governor Jonas Osei's criticism on Monday.")
    [(_, src, tgt, _, _, _)] = find(evs, "REJECT")
    assert src == {"Mara Kell"} and tgt == {"Jonas Osei"}
    _, evs = events("Senator Mara Kell shrugged off the accusations made by Governor Jonas Osei.")
    assert [e[0] for e in evs] == ["REJECT"]
    _, evs = events("Senator Mara Kell brushed off the snow from her coat.")
    assert evs == []


def test_a_pronoun_judged_in_someones_words_is_accused():
    # invented: a copular judgement whose subject is "he" / "she" accuses the person the pronoun stands for
    # (resolved as pronouns in quoted words are); a pronoun praised says too little ("she's right") and is left
    _, evs = events('Senator Mara Kell spoke on Monday. "She is a liar and a disgrace," Governor Jonas Osei said.')
    [(_, src, tgt, _, _, rule)] = find(evs, "ACCUSE")
    assert src == {"Jonas Osei"} and tgt == {"Mara Kell"} and rule == "eval.copula"
    _, evs = events('Senator Mara Kell spoke on Monday. "She is right about the budget," Governor Jonas Osei said.')
    assert not find(evs, "SUPPORT")


def test_hosting_a_guest_is_a_visit_hosting_a_debate_or_a_tournament_is_not():
    # invented: a host with a guest is a visit (CONSULT); hosting a thing (a debate, a tournament) names no guest
    _, evs = events("Norway hosted Chile's president Petra Varga in Oslo on Tuesday.")
    [(_, src, tgt, _, _, _)] = find(evs, "CONSULT")
    assert src == {"Norway"} and tgt == {"Petra Varga"}
    _, evs = events("The Velk Broadcasting Company hosted the debate in Denver on Tuesday.")
    assert not find(evs, "CONSULT")
    _, evs = events("Qatar was chosen to host the 2022 tournament.")
    assert not find(evs, "CONSULT")


def test_what_is_discussed_is_the_topic_not_the_partner():
    # invented: the object of "discuss" is its topic ("her opposition to the plan" names no partner); the partner
    # is the one discussed with
    _, evs = events("Senator Mara Kell went on to discuss her strong opposition to the resettlement plan.")
    assert not find(evs, "CONSULT")
    _, evs = events("Senator Mara Kell discussed the budget with Governor Jonas Osei on Tuesday.")
    [(_, src, tgt, _, _, _)] = find(evs, "CONSULT")
    assert src == {"Mara Kell"} and tgt == {"Jonas Osei"}


def test_a_promise_of_a_hostile_act_is_that_act_not_an_agreement():
    # the promise tells the act's modality, the act its type (extract/events/commissives.py)
    _, evs = events("President Reed promised to impose tariffs on Ostland.")
    assert [(e[0], e[2]) for e in evs] == [("THREATEN", {"Ostland"})]
    _, evs = events("Senator Mara Kell pledged to oppose the Ostland government's plan.")
    assert not find(evs, "AGREE") and find(evs, "ACCUSE")
    # a promised retreat is a concession (the codebook's CONCEDE: a promise of future concessions); the retreat
    # itself, done, is RETREAT; a promise of cooperation stays an agreement
    _, evs = events("Governor Osei promised to release the prisoners held by the Front.")
    assert [e[0] for e in evs] == ["CONCEDE"]
    _, evs = events("Ostland will withdraw its remaining soldiers from Velna by June.")
    assert [e[0] for e in evs] == ["CONCEDE"]
    _, evs = events("Ostland withdrew its remaining soldiers from Velna on Friday.")
    assert [e[0] for e in evs] == ["RETREAT"]
    _, evs = events("Governor Osei promised to build a new road with Ostland.")
    assert find(evs, "AGREE")


def test_a_warning_about_what_others_will_do_is_a_forecast_not_a_threat():
    # no addressee, and the warned-of clause is someone else's act or the world's (extract/events/senses.py)
    _, evs = events("Ostland's defence minister warned that the Front would attack Velna within days.")
    assert not find(evs, "THREATEN")
    _, evs = events("The union warned of more strikes.")
    assert not find(evs, "THREATEN")
    # its own act, an addressee or an against-phrase keep the threat
    assert find(events("Ostland warned on Monday that it would retaliate against Velna.")[1], "THREATEN")
    assert find(events("Ostland warned that its forces would respond to any attack by Velna.")[1], "THREATEN")
    assert find(events("Governor Osei warned Senator Kell not to block the bill.")[1], "THREATEN")


def test_a_warning_that_someone_would_be_punished_threatens_them():
    # an agentless passive of a coercion, a sanction or an attack: the warner's side is the unsaid doer, and the one
    # who would undergo it is the threat's target (extract/events/senses.py threatened_party)
    [(t, src, tgt, *_)] = find(events("Ostland's interior minister warned that Vellandic soldiers would be punished "
                                      "if they crossed the border.")[1], "THREATEN")
    assert "Ostland's interior minister" in src and "Vellandic soldiers" in tgt
    [(t, src, tgt, *_)] = find(events("Governor Osei warned that Senator Kell's aides would be arrested.")[1], "THREATEN")
    assert "Osei" in src and "Kell's aides" in tgt
    # another's act (its agent named) or an act that punishes no one stays a forecast
    assert not find(events("Governor Osei warned that the protesters would be arrested by the army.")[1], "THREATEN")
    assert not find(events("Governor Osei warned that the bridge would be closed.")[1], "THREATEN")


def test_what_a_poll_found_is_no_event():
    # poll results are no events (GOLD conventions); an act told beside a poll still is
    _, evs = events("A new poll found that most voters support Senator Anna Kell.")
    assert not find(evs, "SUPPORT")
    _, evs = events("According to a new survey, most voters oppose Senator Anna Kell.")
    assert not evs
    _, evs = events("The poll was released after Senator Tom Osei endorsed Senator Anna Kell.")
    assert find(evs, "SUPPORT")


def test_a_denied_readiness_negates_the_act():
    # a stated willingness is an offer (AGREE, see test_a_stated_willingness_to_meet_is_an_offer_not_the_meeting);
    # a denied one leaves the meeting negated
    _, evs = events("Japan is not willing to meet China.")
    [(t, src, tgt, _, got, rule)] = find(evs, "CONSULT")
    assert got == "negated"
    _, evs = events("Japan is willing to meet China.")
    assert [(e[0], e[4]) for e in evs] == [("AGREE", "asserted")]


def test_a_named_object_is_never_a_nonpolitical_word():
    # "a party" is a celebration; "the Velland Party" is a party to the event
    _, evs = events("Governor Tom Dunn vowed to sue the Velland Party over the ads.")
    [(t, src, tgt, _, _, _)] = evs
    assert t == "THREATEN" and "Dunn" in " ".join(src) and "Velland Party" in " ".join(tgt)
    _, evs = events("Senator Mara Quill threw a party in Velna on Friday.")
    assert evs == []


def test_pushing_back_against_a_party_rejects_it():
    # the parser reads "back" as an adverb; with no object the idiom is a rejection ("pushed the crowd back" is not)
    _, evs = events("Governor Tom Dunn pushed back on Senator Mara Quill's plan.")
    [(t, src, tgt, _, _, _)] = evs
    assert t == "REJECT" and "Dunn" in " ".join(src) and "Quill" in " ".join(tgt)
    assert events("Police pushed the crowd back.")[1] == []


def test_a_stated_willingness_to_meet_is_an_offer_not_the_meeting():
    # "said it was ready to resume talks with X", "expressed readiness to hold talks with X": AGREE (the codebook's
    # "indicate willingness … to cooperate"), not a CONSULT that has not happened; talks resumed are a CONSULT
    _, evs = events("Ostland said it was ready to resume talks with Velland.")
    assert [(e[0], e[2]) for e in evs] == [("AGREE", {"Velland"})]
    _, evs = events("Ostland expressed readiness to hold talks with Velland.")
    assert [(e[0], e[2]) for e in evs] == [("AGREE", {"Velland"})]
    _, evs = events("Ostland resumed talks with Velland on Monday.")
    assert [e[0] for e in evs] == ["CONSULT"]


def test_a_particle_the_parser_reads_as_an_adverb_still_makes_the_phrasal_verb():
    # "stepped down on Friday": the parser tags "down" an adverb; the phrasal verb (a resignation) is read all the same,
    # while a bare "went down" stays nothing
    _, evs = events("The Ostlandic interior minister, Lena Brask, stepped down on Friday.")
    assert [e[0] for e in evs] == ["RETREAT"]
    _, evs = events("Ostlandic bond prices went down on Friday.")
    assert evs == []
