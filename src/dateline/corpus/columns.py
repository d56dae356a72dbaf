"""The columns of every export: name, type (str | int | float) and meaning.

docs/corpus.md lists them (`python -m dateline.corpus.columns` prints that section). Lists and objects
are JSON text in CSV and Parquet, real lists in JSON Lines. Every table has `month` (YYYY-MM, the
Parquet partition; 'unknown' without a date).
"""
from __future__ import annotations

S, I, F = "str", "int", "float"

# an event's further reports: the restatements the merge step folded into it (the record's `mentions`)
MENTIONS_COUNT = ("n_mentions", I, "further reports of the act in the article, besides `evidence` (0: told once)")
MENTIONS = ("mentions", S, "JSON list of the further reports, in text order: {evidence (sentence), start, end "
            "(its characters in the article), trigger, rule, confidence (that reading's own)}")

COLUMNS: dict[str, list[tuple[str, str, str]]] = {
    "articles": [
        ("id", S, "article id"), ("date", S, "publication date"), ("month", S, "publication month"),
        ("title", S, "headline"), ("url", S, "URL"), ("outlet", S, "outlet that published it"),
        ("original_publisher", S, "wire service or outlet credited as the original"),
        ("authors", S, "JSON list of bylines"), ("n_events", I, "events extracted"),
        ("n_quotes", I, "quotes extracted"), ("n_claims", I, "claims extracted"),
        ("sha256", S, "hash of the article text"), ("dateline_version", S, "extractor version"),
    ],
    "events": [
        ("article_id", S, "article"), ("event_id", S, "event id inside the article"),
        ("corpus_event_id", I, "corpus event it was linked to (empty before `dateline corpus`)"),
        ("published", S, "article's publication date"), ("month", S, "month of the event date, else of publication"),
        ("type", S, "PLOVER event type"), ("cameo_root", S, "nearest CAMEO root code"), ("mode", S, "PLOVER mode"),
        ("modality", S, "asserted | negated | threatened | intended | hypothetical"),
        ("date", S, "event date (value as extracted)"), ("date_precision", S, "day, month, publication, …"),
        ("source", S, "source actor names (; separated)"), ("source_codes", S, "source actor codes (country+sector)"),
        ("target", S, "target actor names"), ("target_codes", S, "target actor codes"),
        ("place", S, "place name"), ("country", S, "place country (ISO 3166 alpha-3)"),
        ("lat", F, "latitude"), ("lon", F, "longitude"), ("confidence", F, "extractor confidence"),
        ("evidence", S, "evidence sentence"), ("rule", S, "rule or model that found it"),
        ("outlet", S, "outlet"), ("url", S, "article URL"), MENTIONS_COUNT, MENTIONS,
    ],
    "unattributed-events": [
        ("article_id", S, "article"), ("event_id", S, "report id inside the article (u…)"),
        ("corpus_event_id", I, "corpus event it was attached to as corroboration (corpus_unattributed; empty if none)"),
        ("published", S, "article's publication date"), ("month", S, "month of the event date, else of publication"),
        ("type", S, "PLOVER event type"), ("cameo_root", S, "nearest CAMEO root code"), ("mode", S, "PLOVER mode"),
        ("modality", S, "asserted | negated | threatened | intended | hypothetical"),
        ("date", S, "event date (value as extracted)"), ("date_precision", S, "day, month, publication, …"),
        ("source", S, "always empty: the text gives no doer"), ("source_codes", S, "always empty"),
        ("target", S, "target actor names (; separated)"), ("target_codes", S, "target actor codes"),
        ("place", S, "place name"), ("country", S, "place country (ISO 3166 alpha-3)"),
        ("lat", F, "latitude"), ("lon", F, "longitude"), ("confidence", F, "extractor confidence"),
        ("evidence", S, "evidence sentence"), ("trigger", S, "the act's word as written ('was arrested': arrested)"),
        ("rule", S, "rule that found it"), ("outlet", S, "outlet"), ("url", S, "article URL"), MENTIONS_COUNT, MENTIONS,
    ],
    "corpus-events": [
        ("GLOBALEVENTID", I, "corpus event id"), ("SQLDATE", I, "first event date YYYYMMDD (GDELT SQLDATE)"),
        ("month", S, "month of the first event date"), ("Actor1Code", S, "main source actor code (country+sector)"),
        ("Actor1Name", S, "main source actor"), ("Actor1CountryCode", S, "its country"),
        ("Actor2Code", S, "main target actor code"), ("Actor2Name", S, "main target actor"),
        ("Actor2CountryCode", S, "its country"), ("EventRootCode", S, "nearest CAMEO root code"),
        ("QuadClass", I, "1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict"),
        ("PloverType", S, "PLOVER event type"), ("Modality", S, "asserted | negated | threat | hypothetical"),
        ("NumMentions", I, "event mentions linked"), ("NumArticles", I, "distinct articles"),
        ("NumSources", I, "distinct outlets"),
        ("NumReread", I, "articles among NumArticles counted by a reread sentence, not an extracted event (corpus_rereads)"),
        ("NumUnattributed", I, "articles among NumArticles counted only by a report naming no doer (corpus_unattributed)"),
        ("Outlets", S, "JSON list of outlets"),
        ("ActionGeo_FullName", S, "place"), ("ActionGeo_CountryCode", S, "place country (ISO alpha-3)"),
        ("ActionGeo_Lat", F, "latitude"), ("ActionGeo_Long", F, "longitude"),
        ("DATEADDED", S, "earliest publication date among its reports"),
        ("FirstArticle", S, "earliest report's article id"), ("SOURCEURL", S, "earliest report's URL"),
        ("NumConflicts", I, "conflicting accounts listed for it"),
    ],
    "contests": [
        ("contest_id", I, "contest id (corpus_contests; session 28)"), ("winner", S, "winner as first written or resolved"),
        ("winner_key", S, "winner's key (stem of the name's last word)"), ("place", S, "place of the contest"),
        ("first_date", S, "earliest report's publication date"), ("month", S, "month of first_date"),
        ("n_articles", I, "articles reporting the outcome"), ("n_outlets", I, "distinct outlets"),
        ("outlets", S, "JSON list of outlets"), ("first_article", S, "earliest report's article id"),
        ("evidence", S, "earliest report's sentence"),
    ],
    "quotes": [
        ("article_id", S, "article"), ("quote_id", S, "quote id inside the article"),
        ("published", S, "publication date"), ("month", S, "publication month"), ("kind", S, "direct | indirect | mixed"),
        ("speaker", S, "speaker (resolved actor name)"), ("speaker_text", S, "speaker as written"),
        ("cue", S, "reporting verb"), ("text", S, "quoted text"), ("outlet", S, "outlet"),
    ],
    "actors": [
        ("key", S, "corpus-wide identity (registry id, else kind+name)"), ("name", S, "most frequent name"),
        ("kind", S, "person | organization | state | group | anonymous"), ("country", S, "ISO alpha-3"),
        ("sector", S, "sector code"), ("code", S, "country+sector code"), ("kb_id", S, "registry id"),
        ("month", S, "month first seen"), ("first_seen", S, "earliest publication date"),
        ("last_seen", S, "latest publication date"), ("articles", I, "articles naming it"),
        ("as_source", I, "events it is a source of"), ("as_target", I, "events it is a target of"),
        ("quotes", I, "quotes attributed to it"),
    ],
    "claims": [
        ("article_id", S, "article"), ("claim_id", S, "claim id inside the article"), ("published", S, "publication date"),
        ("month", S, "publication month"), ("holder", S, "who holds the claim"), ("text", S, "the claim"),
        ("quote_id", S, "quote it comes from (empty: a denial told without quoted words, session 24)"),
        ("conflicts_with", S, "JSON list of claim ids in the same article"),
        ("outlet", S, "outlet"),
    ],
    "conflicts": [
        ("id", I, "conflict id"), ("kind", S, "denial | figure | date | claim"),
        ("scope", S, "corpus (across articles) | article (inside one)"),
        ("corpus_event_id", I, "corpus event concerned (denials, figures, dates)"),
        ("matter", S, "what it is about (learned:<kind> for the learned decision)"),
        ("month", S, "month of side A's article"),
        ("a_article", S, "side A article"),
        ("a_ref", S, "side A event, claim or quote id (ev:e… an event's evidence sentence; s:N the sentence at character N)"), ("a_text", S, "side A text"),
        ("a_holder", S, "side A holder"), ("a_value", S, "side A value (figure, date, polarity)"),
        ("a_outlet", S, "side A outlet"), ("b_article", S, "side B article"),
        ("b_ref", S, "side B event, claim or quote id (ev:e… an event's evidence sentence; s:N the sentence at character N)"),
        ("b_text", S, "side B text"), ("b_holder", S, "side B holder"), ("b_value", S, "side B value"),
        ("b_outlet", S, "side B outlet"),
        ("score", F, "matter similarity (claims), link score (denials) or probability (learned rows)"),
        ("found_by", S, "the decision that listed it: rules | rebuttal | learned | encoded | reread | contest"),
    ],
}

POLECAT_ABOUT = ("POLECAT-style JSON Lines (`--what corpus-events --format polecat`): one object per corpus "
                 "event with the POLECAT field names Event ID, Event Date, Event Type, Event Mode, Quad Code, "
                 "Actor Name, Actor Country, Primary Actor Sector, Recipient Name, Recipient Country, Primary "
                 "Recipient Sector, Placename, Country, Latitude, Longitude, Feed, Story Date, Source URLs, "
                 "Number of Sources, Modality.")


def markdown() -> str:
    out = []
    for what, cols in COLUMNS.items():
        out.append(f"\n#### `--what {what}`\n\n| column | type | meaning |\n|---|---|---|")
        out += [f"| `{n}` | {t} | {d} |" for n, t, d in cols]
    out.append("\n" + POLECAT_ABOUT)
    return "\n".join(out)


if __name__ == "__main__":
    print(markdown())
