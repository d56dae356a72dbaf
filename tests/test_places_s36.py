"""Places, session 36: the publishing outlet's home country stands in for the article's context when choosing
among same-named places (a local paper's city named like a foreign capital)."""
from __future__ import annotations

from dateline.extract.places import FEATURES, ArticleGeo, Setting, _aligned, candidate_features, first_pass
from dateline.extract.places import resolve as _resolve
from dateline.ingest import make_article
from dateline.knowledge import load_knowledge
from dateline.options import Options
from dateline.pipeline import process

LOCAL_FIRE = "Firefighters put out a blaze at a bakery on Maple Row in London early Tuesday, the fire chief said."
HOME = FEATURES.index("home")


def places_of(text: str, url: str | None):
    art = make_article(text, source="<test>", id="t", date="2025-03-06", url=url)
    [result] = list(process([art], Options(), strict=True))
    return {p.text: p for p in result.record.places}


def test_a_local_paper_s_london_is_in_its_own_country():
    """An invented Canadian town paper (a .ca address) writing of "London" alone: Ontario's, not England's."""
    p = places_of(LOCAL_FIRE, "https://www.example-valley-courier.ca/2025/03/06/bakery-fire")["London"]
    assert p.country == "CAN"


def test_without_an_outlet_or_from_a_british_one_london_is_england_s():
    assert places_of(LOCAL_FIRE, None)["London"].country == "GBR"
    assert places_of(LOCAL_FIRE, "https://www.example-borough-post.co.uk/news/1")["London"].country == "GBR"


def test_the_home_feature_fires_only_where_the_article_names_nothing_in_that_country():
    gaz = load_knowledge().gazetteer
    cands = gaz.get("london", ())
    bare = ArticleGeo(home="CAN")
    row = {c.country: r for c, r in zip(cands, candidate_features(gaz, "london", cands, Setting(), bare))}
    assert row["CAN"][HOME] == 1.0 and row["GBR"][HOME] == 0.0
    placed = ArticleGeo(home="CAN", first=[("toronto", first_pass(gaz, "toronto"))])
    row = {c.country: r for c, r in zip(cands, candidate_features(gaz, "london", cands, Setting(), placed))}
    assert row["CAN"][HOME] == 0.0  # the article's own places speak for the country already
    assert _resolve(gaz, "London", article=ArticleGeo()).country == "GBR"


def test_weights_fitted_before_the_feature_give_it_none():
    old = [*FEATURES[:HOME], *FEATURES[HOME + 1:], "bias"]
    weights = _aligned({"features": old, "weights": [float(i) for i in range(len(old))]})
    assert weights[HOME] == 0.0 and weights[-1] == float(len(old) - 1)
    assert _aligned({"features": [*FEATURES, "bias"], "weights": [1.0] * (len(FEATURES) + 1)}) == [1.0] * 20
