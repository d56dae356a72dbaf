"""Places: toponyms resolved offline, with the article's other places deciding ambiguous names."""
from __future__ import annotations

from conftest import needs_shared, run_text
from dateline.extract.places import ArticleGeo, first_pass
from dateline.extract.places import resolve as _resolve
from dateline.knowledge import load_knowledge


def resolve(*args, **kw):
    return _resolve(load_knowledge().gazetteer, *args, **kw)


def place(rec, text):
    return next((p for p in rec.places if p.text == text), None)


def test_georgia_is_the_country_unless_the_article_is_about_us_places():
    assert resolve("Georgia", set()).country == "GEO"
    gaz = load_knowledge().gazetteer
    art = ArticleGeo(first=[(k, first_pass(gaz, k)) for k in ("atlanta", "savannah", "macon")], us=True)
    assert resolve("Georgia", article=art).country == "USA"


def test_paris_is_french_unless_texas_follows():
    assert resolve("Paris", set()).country == "FRA"
    rec = run_text("The county fair opened in Paris, Texas, on Friday.")
    p = place(rec, "Paris")
    assert p is not None and p.country == "USA" and p.lat < 40
    rec = run_text("The summit opened in Paris on Friday.")
    assert place(rec, "Paris").country == "FRA"


def test_a_city_is_read_in_the_region_the_article_speaks_of():
    """Homonyms: the candidate near the article's other places wins over the more populous one."""
    rec = run_text("Flooding closed roads in Kingston and Brockville, Ontario, and police in Ottawa urged caution.")
    k = place(rec, "Kingston")
    assert k is not None and k.country == "CAN"
    rec = run_text("Heavy rain hit Kingston and Montego Bay, and Jamaica's government opened shelters.")
    assert place(rec, "Kingston").country == "JAM"


def test_country_names_win_over_cities_named_by_an_alternate_name():
    assert resolve("Mexico", set()).kind == "country"
    assert resolve("Europe", set()).kind == "continent"


def test_places_in_an_article_use_each_other():
    rec = run_text("Storms hit Atlanta and Savannah on Monday. Georgia declared an emergency.")
    g = place(rec, "Georgia")
    assert g is not None and g.country == "USA"
    rec = run_text("Russian troops entered Georgia in 2008, near Tbilisi.")
    g = place(rec, "Georgia")
    assert g is not None and g.country == "GEO"


def test_paris_texas_in_text():
    rec = run_text("A tornado struck Paris, Texas on Sunday.")
    p = place(rec, "Paris")
    assert p is not None and p.country == "USA"
    assert 33 < p.lat < 34.5 and -96.5 < p.lon < -95


def test_place_records_carry_coordinates_and_geonameid():
    rec = run_text("Officials met in Doha and Jerusalem on Monday.")
    doha, jer = place(rec, "Doha"), place(rec, "Jerusalem")
    assert doha.country == "QAT" and abs(doha.lat - 25.29) < 0.1 and doha.geonameid
    assert jer.country == "ISR" and abs(jer.lon - 35.2) < 0.1
    for p in rec.places:
        assert rec.article.text[p.start:p.end] == p.text


def test_unknown_toponym_is_kept_unresolved():
    rec = run_text("The convoy reached Qaryat al-Zawiya al-Gharbiya on Monday.")
    for p in rec.places:
        assert p.name and rec.article.text[p.start:p.end] == p.text


@needs_shared
def test_seed_places(seed_record):
    names = {(p.text, p.country) for p in seed_record.places}
    assert ("Jerusalem", "ISR") in names
    assert any(t == "Qatar" and c == "QAT" for t, c in names)


def test_a_us_state_named_like_a_country_is_not_that_state_actor():
    rec = run_text("Storms hit Atlanta and Savannah on Monday. Georgia declared an emergency.")
    assert not any(a.country == "GEO" for a in rec.actors)


def test_generic_heads_and_region_groups_resolve():
    """'X province' is the region X, 'X County' falls back to X, a group of directional regions
    ('North/South/West Darfur') answers to its common name, river-qualified city names to the short one."""
    for name, iso, kind in (("Sichuan province", "CHN", "state"), ("Anhui", "CHN", "state"),
                            ("Darfur", "SDN", "state"), ("South Darfur", "SDN", "state"),
                            ("Ludwigshafen", "DEU", "city")):
        c = resolve(name, set(), article=ArticleGeo())
        assert c is not None and c.country == iso and c.kind == kind and c.lat is not None, name
    rec = run_text("Officials in Dallas County, Texas, reported two new cases on Monday.")
    p = place(rec, "Dallas County")
    assert p is not None and p.country == "USA" and abs(p.lat - 32.8) < 1.0
    rec = run_text("An outbreak hit southern Indiana. Cases in Scott County, Indiana, rose again.")
    p = place(rec, "Scott County")
    assert p is not None and p.name == "Scott County" and 38 < p.lat < 39.5 and -86.5 < p.lon < -85  # Indiana's


def test_supranational_regions_have_a_point_among_their_members():
    west_africa = resolve("West Africa", set())
    assert west_africa.kind == "continent" and 0 < west_africa.lat < 20 and -20 < west_africa.lon < 10
    assert resolve("the Middle East", set()).lon > 30


def test_the_packaged_weights_match_the_features():
    from dateline.extract.places import FEATURES
    weights = load_knowledge().gazetteer.resolver
    assert weights["features"] == [*FEATURES, "bias"] and len(weights["weights"]) == len(FEATURES) + 1


def test_second_level_regions_compete_with_same_named_towns():
    """A county is the county when the article is about its country; a town of the name elsewhere loses."""
    rec = run_text("Police in Suffolk, England, searched farmland for the missing hiker on Sunday.")
    p = place(rec, "Suffolk")
    assert p is not None and p.country == "GBR" and p.kind == "region"
    rec = run_text("Navy ships left Norfolk, Virginia, on Monday.")
    assert place(rec, "Norfolk").country == "USA"
