"""Places beyond literal toponyms: metonyms, demonyms, embedded and name-part toponyms; coordinates for
every country and first-level region; the event's place is where it happened (invented sentences)."""
from __future__ import annotations

from conftest import run_text
from dateline.knowledge import load_knowledge


def places(text):
    rec = run_text(text)
    for p in rec.places:
        assert rec.article.text[p.start:p.end] == p.text
    return rec, {p.text: p for p in rec.places}


def test_every_country_and_region_has_coordinates_and_a_country():
    gaz = load_knowledge().gazetteer
    assert len(gaz.countries) > 190
    missing = [iso for iso, c in gaz.countries.items() if c.lat is None]
    assert len(missing) <= 12, missing  # tiny dependencies without an outline in the source
    for iso in ("USA", "FRA", "CHN", "KEN", "BRA", "AUS", "RUS", "IND"):
        assert gaz.countries[iso].lat is not None and gaz.countries[iso].geonameid
    for name, iso in (("alberta", "CAN"), ("queensland", "AUS"), ("sichuan", "CHN"), ("bavaria", "DEU"), ("texas", "USA")):
        region = next(c for c in gaz[name] if c.kind == "state")
        assert region.country == iso and region.lat is not None


def test_a_countrys_point_lies_inside_its_main_landmass():
    gaz = load_knowledge().gazetteer
    us, fr = gaz.countries["USA"], gaz.countries["FRA"]
    assert 35 < us.lat < 42 and -105 < us.lon < -90     # middle of the contiguous states, not Alaska
    assert 44 < fr.lat < 48.5 and 0 < fr.lon < 5       # mainland France, not an overseas department


def test_a_sovereign_states_point_is_its_geonames_feature_point_or_its_centre_near_it():
    # session 9: the geographic centre where it lies within 150 km of GeoNames' point (Australia), else
    # GeoNames' own point (Canada, the US: their centres lie 600 and 380 km away)
    gaz = load_knowledge().gazetteer
    points = {c: (gaz.countries[c].lat, gaz.countries[c].lon, gaz.countries[c].geonameid) for c in ("AUS", "CAN", "USA")}
    assert points == {"AUS": (-25.274398, 133.775136, 2077456), "CAN": (60.10867, -113.64258, 6251999),
                      "USA": (39.76, -98.5, 6252001)}
    assert sum(1 for c in gaz.countries.values() if c.lat is not None) > 230  # territories keep the factbook point


def test_capital_as_acting_subject_is_a_metonym_of_its_state():
    _, p = places("Moscow said on Monday that the talks in Geneva had failed.")
    assert p["Moscow"].role == "metonym" and p["Moscow"].stands_for == "RUS"
    assert p["Moscow"].lat is not None and p["Geneva"].role == "literal"
    _, p = places("Washington warned Tehran against further missile tests.")
    assert p["Washington"].stands_for == "USA" and p["Washington"].country == "USA"


def test_a_capital_the_parser_left_untagged_is_a_metonym_when_it_acts():
    _, p = places("Kyiv said Russian drones had struck a power plant overnight.")
    assert p["Kyiv"].role == "metonym" and p["Kyiv"].stands_for == "UKR" and p["Kyiv"].lat is not None
    _, p = places("Kyiv lies on the Dnieper, the guide told the tourists.")
    assert "Kyiv" not in p or p["Kyiv"].role == "literal"  # a locative verb: where it lies, not who acts


def test_names_coordinated_with_an_acting_capital_act_too():
    _, p = places("London and Paris urged Berlin to back the plan.")
    assert (p["London"].stands_for, p["Paris"].stands_for) == ("GBR", "FRA")
    assert p["Berlin"].stands_for == "DEU"  # the party urged stands for its state too (session 10)


def test_a_plural_demonym_acting_is_no_metonym():
    rec, _ = places("The senator said he hoped Cubans could travel more freely next year.")
    assert all(p.role != "metonym" for p in rec.places)


def test_a_town_the_parser_missed_before_its_region_is_a_place_in_that_region():
    _, p = places("The twins were born in Gimli, Man. and moved away as children.")
    assert (p["Gimli"].country, p["Gimli"].kind, p["Man."].name) == ("CAN", "city", "Manitoba")
    _, p = places("A rancher from Vegreville, Alta., found the stray dog.")
    assert p["Vegreville"].country == "CAN" and p["Alta."].name == "Alberta"
    _, p = places("Survivors include a sister, Ann Reed of Durant, Oklahoma; and a nephew.")
    assert p["Durant"].country == "USA" and 33 < p["Durant"].lat < 35
    _, p = places("He was stopped near Moree, New South Wales, by police.")
    assert p["New South Wales"].kind == "region"


def test_a_persons_name_after_a_comma_is_no_region():
    rec, p = places("Reporters Ana Kell in Cairo, Vladimir Petrov in Moscow and Ben Ode in Lagos contributed.")
    assert "Vladimir" not in p and p["Cairo"].country == "EGY"


def test_each_demonym_of_a_hyphenated_pair_is_its_country():
    _, p = places("A 10-year-old Dutch-Moroccan girl won the prize.")
    assert (p["Dutch"].country, p["Moroccan"].country) == ("NLD", "MAR")
    rec, _ = places("Critics called the ban un-Canadian and cruel.")
    assert rec.places == []


def test_a_building_named_like_a_city_by_an_alternate_name_is_no_city():
    rec, _ = places("The senator spoke to reporters at the White House on Friday.")
    assert all(p.country != "MAR" for p in rec.places)  # Casablanca's English name


def test_a_capital_where_something_happens_is_literal():
    _, p = places("Protesters marched through Paris on Saturday.")
    assert p["Paris"].role == "literal" and p["Paris"].stands_for is None


def test_the_kenyan_capital_is_nairobi():
    _, p = places("Gunmen stormed a shopping centre in the Kenyan capital on Tuesday, police said.")
    cap = p["Kenyan capital"]
    assert cap.name == "Nairobi" and cap.country == "KEN" and cap.role == "embedded" and cap.geonameid


def test_a_demonym_modifier_denotes_its_country():
    _, p = places("Russian officials met near the Syrian border.")
    assert p["Russian"].name == "Russia" and p["Russian"].role == "adjectival" and p["Russian"].lat is not None
    assert p["Syrian border"].name == "Syria"  # the part of the country it names (session 10)


def test_a_region_in_an_organisation_name_is_a_name_part():
    _, p = places("The Kentucky State Police arrested two men in Edmonton, Alberta on Friday.")
    assert p["Kentucky"].role == "name_part" and p["Kentucky"].country == "USA"
    assert p["Edmonton"].country == "CAN" and p["Alberta"].kind == "region"


def test_a_disease_named_after_a_place_is_no_place():
    rec, p = places("Health officials confirmed two cases of West Nile virus in Ohio.")
    assert "West Nile" not in p and p["Ohio"].country == "USA"


def test_a_country_abbreviation_is_the_country_not_a_village():
    _, p = places("Talks between the US and the UK resumed in Geneva.")
    assert p["US"].name == "United States" and p["UK"].country == "GBR"


def test_the_event_place_is_where_it_happened_not_every_place_in_the_sentence():
    rec = run_text("Russian officials met Turkish diplomats in Ankara on Monday to discuss the war in Syria.")
    located = [e for e in rec.events if e.location is not None]
    assert located and all(e.location.name == "Ankara" for e in located)
    rec = run_text("Rebels attacked a police station in Kandahar on Tuesday, the Afghan interior ministry said.")
    located = [e for e in rec.events if e.location is not None]
    assert located and all(e.location.country == "AFG" and abs(e.location.lat - 31.6) < 0.3 for e in located)
    rec = run_text("The foreign minister, speaking in Brussels, said troops had clashed with protesters in Lagos.")
    assert all(e.location is None or e.location.country == "NGA" for e in rec.events)



def test_the_event_place_is_not_a_place_in_a_clause_about_something_else():
    """Where the arrest happened, not where the protests began; where they met, not where they come from."""
    rec = run_text("Police arrested three men in Mombasa after protests that began in Nairobi last week.")
    located = [e for e in rec.events if e.location is not None]
    assert located and all(e.location.name == "Mombasa" for e in located)
    rec = run_text("Officials from Canada and Mexico met in Geneva on Tuesday to negotiate a trade deal.")
    located = [e for e in rec.events if e.location is not None]
    assert located and all(e.location.name == "Geneva" for e in located)

def test_event_places_in_a_whole_article_through_the_public_api():
    """An invented article through dateline.analyze: each event's place is where that event happened,
    never the dateline's city, the place a statement was issued from, where an accused party shelters
    someone, or the topic of a meeting."""
    from dateline import analyze
    text = ("KAMPALA, Uganda (Agency) - Rebels attacked an army post in the northern town of Gulu on Tuesday, "
            "killing four soldiers, the military said in a statement issued in Kampala.\n\n"
            "Police arrested two suspects in Entebbe after the attack, officials said. Ugandan officials accused "
            "Sudan of sheltering the rebels in camps in Darfur.\n\n"
            "Diplomats from Ethiopia and Tanzania met in Addis Ababa on Thursday to discuss the violence in Uganda.")
    rec = analyze(text, "2025-03-06")
    where = {e.type: e.location.name if e.location else None for e in rec.events}
    assert where.get("COERCE") == "Entebbe" and where.get("CONSULT") == "Addis Ababa"
    assert where.get("ACCUSE") not in ("Darfur", "Kampala")
    assert not any(e.location and e.location.name in ("Kampala", "Uganda", "Ethiopia") for e in rec.events)


def test_region_abbreviations_resolve_to_their_region():
    gaz = load_knowledge().gazetteer
    from dateline.extract.places import resolve
    assert resolve(gaz, "Ky.", set()).name == "Kentucky"
    assert resolve(gaz, "B.C.", set()).country == "CAN"
    assert resolve(gaz, "NSW", set()).name == "New South Wales"


def test_a_place_the_parser_tagged_as_an_organisation_is_still_a_place_after_in():
    # invented: whatever the NER calls it, a major city after "in" or modifying a noun is a place
    from types import SimpleNamespace

    from dateline.extract.places import _mistagged_place
    gaz = load_knowledge().gazetteer
    tok = lambda text, dep="pobj": SimpleNamespace(lower_=text.lower(), dep_=dep)  # noqa: E731

    class Ent(list):
        def __init__(self, text, label, start, root_dep="pobj"):
            super().__init__([tok(text, root_dep)])
            self.text, self.label_, self.start, self.root = text, label, start, tok(text, root_dep)
    doc = [tok("fighting"), tok("in"), tok("Aleppo")]
    assert _mistagged_place(doc, Ent("Aleppo", "ORG", 2), gaz)
    assert not _mistagged_place([tok("said"), tok("Aleppo")], Ent("Aleppo", "PERSON", 1, "nsubj"), gaz)
    assert not _mistagged_place(doc, Ent("Zzyzxville", "ORG", 2), gaz)


def test_a_name_the_article_uses_as_a_place_is_a_place_wherever_it_recurs():
    rec, _ = places("Flooding closed roads in Tabriz on Sunday. Tabriz police said two people drowned. "
                    "One resident of Tabriz told reporters the water rose fast.")
    assert [(p.name, p.role) for p in rec.places] == [("Tabriz", "literal")] * 3
    rec, _ = places("A fire destroyed a warehouse in Kenora, Ontario. Kenora firefighters fought the blaze for hours.")
    assert [p.text for p in rec.places] == ["Kenora", "Ontario", "Kenora"]


def test_a_surname_title_or_amount_is_not_a_place_found_again():
    rec, _ = places("Lena Kingston toured a factory in Kingston, Ontario. Kingston said the plant would stay open.")
    assert [p.start for p in rec.places if p.text == "Kingston"] == [34]
    rec, _ = places("Prices rose in Perth. The fund raised $US 5 million. Mr Perth, a trader, disagreed.")
    assert [p.text for p in rec.places] == ["Perth"]
    rec, _ = places("Researchers in Marburg studied the Marburg virus.")
    assert [p.text for p in rec.places] == ["Marburg"]


def test_what_a_settlement_noun_is_of_is_a_place_whatever_its_size():
    rec, _ = places("Rebels shelled the villages of Qarvash and Tellim overnight, killing three people.")
    assert [(p.text, p.role, p.lat) for p in rec.places] == [("Qarvash", "literal", None), ("Tellim", "literal", None)]
    rec, _ = places("Police in the town of Karak said the gunmen had fled.")
    assert [(p.name, p.country) for p in rec.places] == [("Karak", "JOR")]


def test_a_major_place_after_of_is_a_place_and_a_group_word_is_not():
    rec, _ = places("The government took full control of Aleppo after the siege of Aleppo ended.")
    assert [(p.name, p.country) for p in rec.places] == [("Aleppo", "SYR")] * 2
    rec, _ = places("Researchers said Western powers had ignored the Western blot results under Jewish law.")
    assert rec.places == []


def test_a_dateline_in_capitals_is_a_place_however_the_parser_tagged_it():
    rec, _ = places("Storm damage closes schools.\nPADUCAH — Schools will stay closed on Monday after the storm, officials said.")
    assert [(p.text, p.name, p.country) for p in rec.places] == [("PADUCAH", "Paducah", "USA")]
    rec, _ = places("NATO - Allies agreed on Monday to send more troops.")
    assert rec.places == []  # an organisation the registry knows, not a village of that name


def test_a_region_abbreviation_after_a_place_is_the_region():
    rec, _ = places("BRANDON, Man. (Agency) - A man was charged on Friday with arson.")
    assert [(p.text, p.name, p.country) for p in rec.places] == [("BRANDON", "Brandon", "CAN"), ("Man.", "Manitoba", "CAN")]
    rec, _ = places("The couple moved from Kenora, Ont. to a farm near the lake.")
    assert [(p.text, p.name) for p in rec.places] == [("Kenora", "Kenora"), ("Ont.", "Ontario")]


def test_a_us_county_opening_an_organisations_name_is_its_name_part():
    rec, _ = places("Two men were held overnight in the Polk County Detention Center after the raid.")
    assert [(p.text, p.role, p.country) for p in rec.places] == [("Polk County", "name_part", "USA")]


def test_a_name_qualified_once_keeps_that_sense_in_the_article():
    # one sense per discourse: "Paris, Ky." makes the later bare "Paris" the Kentucky town too
    rec = run_text("Farmers gathered in Paris, Ky., on Saturday for the county fair. "
                   "The fair in Paris drew 3,000 visitors, organisers said.")
    paris = [p for p in rec.places if p.text == "Paris"]
    assert len(paris) == 2 and all(p.country == "USA" for p in paris)
    assert paris[0].lat == paris[1].lat


def test_two_qualified_senses_of_a_name_leave_the_bare_one_to_the_score():
    rec = run_text("A singer born in Paris, Texas, and a painter from Paris, France, opened a show. "
                   "The show moves to Paris next spring.")
    qualified = [p.country for p in rec.places if p.text == "Paris"][:2]
    assert qualified == ["USA", "FRA"]


def test_a_small_town_opening_a_local_institutions_name_is_its_name_part():
    # a town of any size opening a court's, council's or police's name ('local_institution_nouns'),
    # or taken by the parser for the organisation right before such a noun
    rec = run_text("The mason will appear in Litchfield Superior Court on April 7. "
                   "He was arrested by Danbury police on Monday.")
    parts = {p.text: p for p in rec.places}
    assert parts["Litchfield"].role == "name_part" and parts["Litchfield"].country == "USA"
    assert "Danbury" in parts and parts["Danbury"].country == "USA"


def test_an_acronym_or_a_generic_word_before_a_council_is_no_town():
    rec = run_text("The UN Security Council met on Monday. The South Council of Elders also met.")
    assert not [p for p in rec.places if p.text in ("UN", "South")]


def test_a_name_before_a_regional_office_is_the_region():
    # "Ruritania Gov.", "X's governor": the first-level region, not its namesake city
    rec = run_text("Former New York Gov. Ann Kell spoke at a rally in Brooklyn on Monday.")
    ny = [p for p in rec.places if p.text == "New York"]
    assert ny and ny[0].kind == "region" and ny[0].country == "USA"  # without the office: the city
    rec = run_text("Quebec Premier Ann Kell met the mayor of Montreal in Quebec City on Monday.")
    qc = [p for p in rec.places if p.text == "Quebec"]
    assert qc and qc[0].kind == "region" and qc[0].country == "CAN"


def test_a_major_place_the_parser_tagged_a_date_or_a_group_after_a_direction_word_is_a_place():
    # the small model tags a bare city after "in" as a DATE here, and a city after "eastern" as a group
    _, p = places("Crime continues regularly in Winnipeg.")
    assert p["Winnipeg"].country == "CAN"
    _, p = places("A ceasefire for eastern Aleppo collapsed less than a day after it was agreed.")
    assert p["Aleppo"].country == "SYR"
    _, p = places("The vote was held in May and in March.")
    assert not p  # month names the parser tags as dates are no places


def test_a_one_word_place_that_is_a_named_persons_given_name_or_surname_is_the_person():
    # the parser tags the skater's bare given name as a place; after a locative preposition it stays a place
    rec, _ = places("Georgia Kell, 14, won the junior title. Georgia began skating at four, said her father. "
                    "The family later moved to a farm in Georgia.")
    georgias = [q for q in rec.places if q.text == "Georgia"]
    assert len(georgias) == 1 and georgias[0].start > 100


def test_a_name_before_a_region_noun_is_one_place_with_it():
    """"the Donetsk region" (a name the parser left untagged) and "Idlib province" are places with their noun,
    so an event attached to the noun is placed there; a name that is no region stays no place."""
    rec, p = places("Troops shelled villages in the Donetsk region on Monday. Fighting spread across Idlib province.")
    assert p["Donetsk region"].country == "UKR" and p["Donetsk region"].kind == "region"
    assert p["Idlib province"].country == "SYR" and p["Idlib province"].lat is not None
    assert [e.location.name for e in rec.events if e.type == "ASSAULT" and e.location] == ["Donetsk"]
    _, p = places("The outbreak is in the Cuvette-Ouest region, near the border.")
    assert p["Cuvette-Ouest region"].country == "COG"
    _, p = places("The Kestrel region is quiet this year.")
    assert not p


def test_a_name_listed_with_national_capitals_is_a_capital():
    _, p = places("Talks between Washington and Tehran stalled again.")
    assert p["Washington"].kind == "city" and abs(p["Washington"].lat - 38.9) < 0.2


def test_a_capital_or_country_a_verb_addresses_is_a_metonym_of_its_state():
    """The party a verb of speech, judgement or pressure addresses stands for its state ("warned
    Washington", "urged Kyiv to", "called on Tehran to"); a place one travels to or praises something in
    stays literal."""
    _, p = places("Beijing warned Washington against new arms sales. The bloc urged Kyiv to hold elections.")
    assert (p["Washington"].role, p["Washington"].stands_for) == ("metonym", "USA")
    assert (p["Kyiv"].role, p["Kyiv"].stands_for) == ("metonym", "UKR")
    _, p = places("The summit called on Tehran to free the sailors.")
    assert p["Tehran"].stands_for == "IRN"
    _, p = places("Delegates flew to Moscow on Monday and praised the new museum in Paris.")
    assert p["Moscow"].role == p["Paris"].role == "literal"


def test_a_demonym_naming_a_part_of_its_country_places_an_event_there():
    """"at the Syrian border": the country, its span the whole phrase, so the event the preposition hangs on
    is placed there; a border between two countries names neither alone."""
    rec, p = places("Refugees massed at the Syrian border on Monday.")
    assert (p["Syrian border"].country, p["Syrian border"].role) == ("SYR", "adjectival")
    assert [e.location.country for e in rec.events if e.location] == ["SYR"]
    _, p = places("Fighting raged along the Turkish-Syrian border.")
    assert set(p) == {"Turkish", "Syrian"}


def test_a_major_place_the_parser_left_untagged_after_a_locative_preposition_is_a_place():
    _, p = places("The storm moved from Leeds toward York overnight.")
    assert p["York"].country == "GBR" and abs(p["York"].lat - 53.96) < 0.2
    _, p = places("Flights to Mobile resumed on Sunday.")
    assert "Mobile" not in p  # a generic word that is also a city's name
