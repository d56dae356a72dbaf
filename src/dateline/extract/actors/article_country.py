"""A learned decision: does an actor that no evidence places take the article's main country?

An actor the registry, its own words and its affiliation leave without a country may still be the story's: a
shop owner quoted in a story about one country, a ministry named bare in it. It may as well be no one's (a
generic group), or another country's (the senators of the paper's own country in a story about another). The
decision reads what the article and the actor's mentions say — how much of the article is about its main
country, which countries the paragraph first naming the actor names, the actor's kind, its sector, how it is
named and how often — and scores the main country with a logistic regression trained on the spent hand-labelled
actor sets, whole articles held out together (eval/actors/train_article_country.py; weights in
knowledge/data/actors/article_country_model.json, loaded into `ActorWords.article_country_model`). The main
country is given when the score reaches the shipped threshold: the kind's own (`kind_thresholds`, since session
31: raised where held-out wrong countries fall and no held-out right one is lost) or else the model's one. An empty
model leaves the rules of `Resolver._article_country` in charge.
"""
from __future__ import annotations

import math

KINDS = ("person", "anonymous", "organization", "group")
# a person whose first paragraph names another country besides the main one takes the main country only when the
# article is at least this much about it (held out on the spent sets: 0.5 gave 8 more right, 11 more wrong)
MIXED_PARAGRAPH_SHARE = 0.6
# the outlet's home country as features of the decision (outlet_country.py): tried in sessions 35 and 36, no held-out
# gain (docs/actors.md); off, as the shipped weights were trained (eval/actors/train_article_country.py --home-features)
HOME_FEATURES = False


def vetoed(feats: dict[str, float], kind: str, person_article_country: bool = True) -> bool:
    """Cases the decision never gives the main country to, whatever the score: a person when the user switched
    the inference off (words.json `person_article_country`), whose own words tie them to another country or make
    them a commentator on the story's place ("the Republican candidate X" in a story about France, "an expert on
    the war in Ruritania"), whose first paragraph names only other countries, or names another beside the main
    one in an article not mostly about it (US senators quoted in a story about Russia)."""
    if kind not in ("person", "anonymous"):
        return False
    return not person_article_country or "tied_elsewhere" in feats or "paragraph_other_only" in feats or (
        "paragraph_main_and_other" in feats and feats["share"] < MIXED_PARAGRAPH_SHARE)


def features(resolver, cs, kind: str, sector: str | None) -> dict[str, float]:
    """What the article and the actor's own mentions say, for the main-country decision."""
    share = resolver.dominant_share
    dominant = resolver.dominant
    f: dict[str, float] = {f"kind={kind}": 1.0, "share": share, f"kind={kind}*share": share}
    named = [c for c in cs if c.mkind != "pronoun"] or list(cs)
    first = min(named, key=lambda c: c.start)
    near = resolver.countries_near(first.start)
    others = near - {dominant}
    if not near:
        f["paragraph_none"] = 1.0
    elif not others:
        f["paragraph_only_main"] = 1.0
    elif dominant in near:
        f["paragraph_main_and_other"] = 1.0
    else:
        f["paragraph_other_only"] = 1.0
    if others:
        f[f"kind={kind}*paragraph_other"] = 1.0
    if share >= 0.999:
        f["one_country"] = 1.0
        f[f"kind={kind}*one_country"] = 1.0
    if not others and near:
        f[f"kind={kind}*paragraph_only_main"] = 1.0
    shares = sorted((v for k, v in resolver.vote_shares.items() if k != dominant), reverse=True)
    f["second_share"] = shares[0] if shares else 0.0
    f["countries"] = math.log1p(len(resolver.vote_shares))
    if dominant == "USA":
        f["main_usa"] = 1.0
    else:  # the paper's own country in a story about another ("Congress" in a story about Ruritania)
        f["usa_share"] = resolver.vote_shares.get("USA", 0.0)
        if "USA" in near:
            f[f"kind={kind}*usa_in_paragraph"] = 1.0
    home = getattr(resolver, "home_country", None)
    if HOME_FEATURES and home:  # the story's readers' country: is the main country theirs, how much is it named
        f["main_home" if dominant == home else "main_not_home"] = 1.0
        f["home_share"] = resolver.vote_shares.get(home, 0.0)
        if home in near:
            f["home_in_paragraph"] = 1.0
    f[f"sector={sector or 'none'}"] = 1.0
    f[f"first={first.mkind}"] = 1.0
    if any(c.mkind == "name" for c in cs):
        f["named"] = 1.0
    f["mentions"] = math.log1p(len(cs))
    if resolver.in_quote(first.start):
        f["in_quote"] = 1.0
    if resolver._tied_elsewhere(cs):
        f["tied_elsewhere"] = 1.0
    return f


def probability(model: dict, feats: dict[str, float]) -> float:
    """The logistic model's probability for one row of features: here that the article's main country is the
    actor's; person_country.py scores each candidate country with it."""
    weights = model.get("weights") or {}
    z = model.get("bias", 0.0) + sum(weights.get(k, 0.0) * v for k, v in feats.items())
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def takes_main_country(model: dict, resolver, cs, kind: str, sector: str | None) -> bool | None:
    """True/False by the learned decision; None when no model ships (the rules decide) or the kind is not one
    it was trained on."""
    if not model.get("weights") or kind not in KINDS:
        return None
    feats = features(resolver, cs, kind, sector)
    if vetoed(feats, kind, resolver.w.person_article_country):
        return False
    threshold = (model.get("kind_thresholds") or {}).get(kind, model.get("threshold", 0.5))
    return probability(model, feats) >= threshold
