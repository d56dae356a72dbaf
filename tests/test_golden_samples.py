"""Golden tests on Wikinews articles the extractors were not developed on.

Each file in tests/golden/ names one article of ../shared/corpus/samples.jsonl
(CC BY 2.5; never the dev or held-out evaluation articles) and lists what a
careful analyst following ../shared/eval/GOLD.md must find in it — times,
actors, quotes, events, cited sources — and a few things that must NOT be
found. The expectations were written from reading the articles, not from
the system's output. Every expectation is its own test case; the ones the
system currently misses are listed in KNOWN_MISSES and run as
xfail(strict=True), so a fix shows up as an XPASS to be un-marked.

Fixture format (one JSON file per article): `id` and `short` (case-id prefix);
`times` [{text, value}] — the first occurrence of `text` must carry a time
whose date part equals `value`'s; `actors` [{names, country, sector,
mentions}] — the actor is the system actor named (or ending in) the first
matching name, country/sector must be one of the listed values, each listed
mention text must be among its mentions; `quotes` [{text, speaker}] — some
quote contains `text`, and its speaker actor (or speaker text) carries one of
the `speaker` names; `not_quotes` — strings that must not be a quote on their
own; `events` [{what, type, source, target, modality?, evidence?}] and
`not_events` [{why, type|null, source, target, modality?}] — matched as in
`event_matches`; `provenance` {cited_sources: [[alternatives]], not_cited,
no_cited_sources}.

docs/golden_samples.md summarises the pass/fail counts per category;
`python tests/test_golden_samples.py` prints the current misses and counts.
"""
from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

import pytest

from dateline.ingest import make_article
from dateline.options import Options
from dateline.pipeline import process
from dateline.record import to_dict

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT.parent / "shared" / "corpus" / "samples.jsonl"
GOLDEN = Path(__file__).resolve().parent / "golden"

# Categories, in the order of the report table.
CATEGORIES = ("times", "actors", "quotes", "events", "provenance")


# ---------------------------------------------------------------- matching


def norm(s: str | None) -> str:
    """Case-, quote-mark- and whitespace-insensitive form of a string."""
    s = unicodedata.normalize("NFC", s or "")
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    return re.sub(r"\s+", " ", s).strip().lower()


def _headed_by(hay: str, name: str) -> bool:
    """`hay` is `name` or a longer phrase ending in it ("former Vice President Joe Biden" ~ "Joe Biden")."""
    hay = re.sub(r"'s?$", "", hay)
    return bool(name) and (hay == name or hay.endswith(" " + name))


def names_match(strings: list[str], names: list[str]) -> bool:
    """True when one of the actor's strings is, or ends in, an expected name."""
    return any(_headed_by(norm(s), norm(n)) for s in strings if s for n in names)


def actor_strings(actor: dict) -> list[str]:
    return [actor["name"], *(m["text"] for m in actor.get("mentions", []))]


def find_actor(rec: dict, names: list[str]) -> dict | None:
    """The system actor an expectation is about: by name first, then by any mention."""
    for strings_of in (lambda a: [a["name"]], actor_strings):
        for name in names:  # the first, most specific, name wins
            pool = [a for a in rec["actors"] if names_match(strings_of(a), [name])]
            if pool:
                return max(pool, key=lambda a: len(a.get("mentions", [])))
    return None
    return None


def ids_match(rec: dict, ids: list[str], names: list[str]) -> bool:
    actors = {a["id"]: a for a in rec["actors"]}
    return any(i in actors and names_match(actor_strings(actors[i]), names) for i in ids)


def _evidence_overlaps(rec: dict, ev: dict, phrases: list[str]) -> bool:
    """One of the event's reports (its evidence or a further mention the merge kept, `mentions`) covers one of the
    phrases that state the expected event."""
    text = rec["article"]["text"]
    spans = [ev["evidence"], *(m["evidence"] for m in ev.get("mentions") or [])]
    for phrase in phrases:
        start = text.find(phrase)
        assert start >= 0, f"fixture error: evidence {phrase!r} not in the article"
        if any(sp["start"] < start + len(phrase) and sp["end"] > start for sp in spans):
            return True
    return False


def event_matches(rec: dict, ev: dict, spec: dict) -> bool:
    """Type in `type`, a source actor named in `source`, a target named in `target` (each when given),
    modality in `modality` (a list, when given), a report over one of `evidence` (when given).
    CONSULT, AGREE and COOPERATE may have their roles swapped, as in GOLD.md's scoring."""
    if spec.get("type") and ev["type"] not in spec["type"]:
        return False
    if spec.get("modality") and isinstance(spec["modality"], list) and ev.get("modality") not in spec["modality"]:
        return False
    if spec.get("evidence") and not _evidence_overlaps(rec, ev, spec["evidence"]):
        return False
    src, tgt = spec.get("source") or [], spec.get("target") or []
    symmetric = ev["type"] in ("CONSULT", "AGREE", "COOPERATE")
    participants = ev["source"] + ev["target"] + ev.get("others", [])

    def role_ok(ids: list[str], names: list[str]) -> bool:
        return not names or ids_match(rec, ids, names)

    if symmetric:
        return role_ok(participants, src) and role_ok(participants, tgt)
    return role_ok(ev["source"], src) and role_ok(ev["target"], tgt)


def describe_events(rec: dict) -> str:
    actors = {a["id"]: a["name"] for a in rec["actors"]}
    return "; ".join(
        f"{e['type']}({','.join(actors.get(i, i) for i in e['source'])}->{','.join(actors.get(i, i) for i in e['target'])})"
        for e in rec["events"]) or "none"


# ---------------------------------------------------------------- checks
# Each check returns None when the expectation holds, else a message saying what the system did.


def check_time(rec: dict, spec: dict) -> str | None:
    text = rec["article"]["text"]
    start = text.find(spec["text"])
    assert start >= 0, f"fixture error: {spec['text']!r} not in the article"
    end = start + len(spec["text"])
    overlapping = [t for t in rec["times"] if t["start"] < end and t["end"] > start]
    if not overlapping:
        return f"no time expression found over {spec['text']!r}"
    want = spec["value"].split("T")[0]
    if any((t["value"] or "").split("T")[0] == want for t in overlapping):
        return None
    return f"{spec['text']!r}: got {[(t['text'], t['value']) for t in overlapping]}, want {spec['value']}"


def check_actor_found(rec: dict, spec: dict) -> str | None:
    return None if find_actor(rec, spec["names"]) else f"no actor named {spec['names'][0]!r}"


def check_actor_attr(attr: str):
    def check(rec: dict, spec: dict) -> str | None:
        actor = find_actor(rec, spec["names"])
        if actor is None:
            return f"no actor named {spec['names'][0]!r}, so no {attr}"
        if actor.get(attr) in spec[attr]:
            return None
        return f"{actor['name']!r}: {attr} {actor.get(attr)!r}, want one of {spec[attr]}"
    return check


def _same_mention(got: str, want: str) -> bool:
    """Equal up to case and a leading article: a span convention, not what the expectation is about."""
    strip = lambda t: re.sub(r"^(the|a|an) ", "", norm(t))  # noqa: E731
    return strip(got) == strip(want)


def check_actor_mention(rec: dict, spec: dict) -> str | None:
    actor = find_actor(rec, spec["names"])
    if actor is None:
        return f"no actor named {spec['names'][0]!r}, so no mention {spec['mention']!r}"
    if any(_same_mention(m["text"], spec["mention"]) for m in actor.get("mentions", [])):
        return None
    holders = [a["name"] for a in rec["actors"] if any(_same_mention(m["text"], spec["mention"]) for m in a["mentions"])]
    return f"mention {spec['mention']!r} not under {actor['name']!r} (it is under {holders or 'no actor'})"


def _quotes_with(rec: dict, fragment: str) -> list[dict]:
    return [q for q in rec["quotes"] if norm(fragment) in norm(q["text"])]


def check_quote_found(rec: dict, spec: dict) -> str | None:
    return None if _quotes_with(rec, spec["text"]) else f"no quote containing {spec['text']!r}"


def check_quote_speaker(rec: dict, spec: dict) -> str | None:
    quotes = _quotes_with(rec, spec["text"])
    if not quotes:
        return f"no quote containing {spec['text']!r}, so no speaker"
    actors = {a["id"]: a for a in rec["actors"]}
    got = []
    for q in quotes:
        strings = actor_strings(actors[q["speaker"]]) if q.get("speaker") in actors else []
        if names_match(strings + [q.get("speaker_text") or ""], spec["speaker"]):
            return None
        got.append(actors[q["speaker"]]["name"] if q.get("speaker") in actors else q.get("speaker_text"))
    return f"speaker of {spec['text']!r} is {got}, want {spec['speaker'][0]!r}"


def check_not_quote(rec: dict, spec: dict) -> str | None:
    bare = norm(spec["text"]).strip(" .,;:'\"")
    bad = [q["text"] for q in rec["quotes"] if norm(q["text"]).strip(" .,;:'\"") == bare]
    return f"{spec['text']!r} reported as a quote" if bad else None


def check_event(rec: dict, spec: dict) -> str | None:
    if any(event_matches(rec, e, spec) for e in rec["events"]):
        return None
    return f"no {'/'.join(spec['type'])} event {spec['what']!r}; system events: {describe_events(rec)}"


def check_event_modality(rec: dict, spec: dict) -> str | None:
    matching = [e for e in rec["events"] if event_matches(rec, e, {**spec, "modality": None})]
    if not matching:
        return f"event {spec['what']!r} not found, so no modality"
    if any(e["modality"] == spec["modality"] for e in matching):
        return None
    return f"{spec['what']!r}: modality {[e['modality'] for e in matching]}, want {spec['modality']}"


def check_not_event(rec: dict, spec: dict) -> str | None:
    bad = [e for e in rec["events"] if event_matches(rec, e, spec)]
    if not bad:
        return None
    return f"wrong event(s) ({spec['why']}): {[(e['type'], e['evidence']['text'][:80]) for e in bad]}"


def check_cited(rec: dict, spec: dict) -> str | None:
    got = rec["article"]["cited_sources"]
    if any(norm(g) == norm(n) for g in got for n in spec["names"]):
        return None
    return f"cited source {spec['names'][0]!r} missing; cited_sources={got}"


def check_not_cited(rec: dict, spec: dict) -> str | None:
    got = rec["article"]["cited_sources"]
    return f"{spec['name']!r} wrongly in cited_sources={got}" if any(norm(g) == norm(spec["name"]) for g in got) else None


def check_no_cited(rec: dict, spec: dict) -> str | None:
    got = rec["article"]["cited_sources"]
    return f"article cites no news organisation, got cited_sources={got}" if got else None


# ---------------------------------------------------------------- cases


def _slug(s: str, n: int = 32) -> str:
    return re.sub(r"[^a-z0-9]+", "_", norm(s).replace("'", ""))[:n].strip("_")


def load_golden() -> list[dict]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(GOLDEN.glob("*.json"))]


def build_cases() -> list[tuple[str, str, str, object, dict]]:
    """(case id, article id, category, check, spec) for every expectation in tests/golden/."""
    cases = []

    def add(g: dict, category: str, label: str, check, spec: dict) -> None:
        cases.append((f"{g['short']}:{category}:{label}", g["id"], category, check, spec))

    for g in load_golden():
        for t in g.get("times", []):
            add(g, "times", _slug(t["text"]), check_time, t)
        for a in g.get("actors", []):
            who = _slug(a["names"][0])
            add(g, "actors", f"{who}:found", check_actor_found, a)
            for attr in ("country", "sector"):
                if attr in a:
                    add(g, "actors", f"{who}:{attr}", check_actor_attr(attr), a)
            for m in a.get("mentions", []):
                add(g, "actors", f"{who}:mention_{_slug(m)}", check_actor_mention, {**a, "mention": m})
        for q in g.get("quotes", []):
            add(g, "quotes", f"{_slug(q['text'])}:found", check_quote_found, q)
            add(g, "quotes", f"{_slug(q['text'])}:speaker", check_quote_speaker, q)
        for nq in g.get("not_quotes", []):
            add(g, "quotes", f"not_{_slug(nq)}", check_not_quote, {"text": nq})
        for e in g.get("events", []):
            add(g, "events", _slug(e["what"], 40), check_event, e)
            if e.get("modality"):
                add(g, "events", f"{_slug(e['what'], 40)}:modality", check_event_modality, e)
        for ne in g.get("not_events", []):
            add(g, "events", f"not_{_slug(ne['why'], 40)}", check_not_event, ne)
        prov = g.get("provenance", {})
        for names in prov.get("cited_sources", []):
            add(g, "provenance", f"cites_{_slug(names[0])}", check_cited, {"names": names})
        for name in prov.get("not_cited", []):
            add(g, "provenance", f"not_cited_{_slug(name)}", check_not_cited, {"name": name})
        if prov.get("no_cited_sources"):
            add(g, "provenance", "no_cited_sources", check_no_cited, {})
    return cases


# Expectations the system misses today (case id -> what it does instead).
# Update with the current behaviour when the extractors change; never drop the expectation.
KNOWN_MISSES: dict[str, str] = {
    'samoa:events:the_american_samoan_government_objects_t':
        "no REJECT/ACCUSE event 'the American Samoan government objects to the ruling'; system events: REJECT(Clark Waddoups->); REQUEST(American Samoans->); AGREE(American Samoa->); REJECT(United States Su...",
    'dcprotest:events:clashes_with_counter_protesters':
        "no ASSAULT event 'clashes with counter-protesters'; system events: PROTEST(several thousand people->United States); COERCE(two police officers->twenty people); ACCUSE(Donald Trump->Muriel Bowser); ...",
    'gdansk:actors:tomasz_stefaniak:sector':
        "'Tomasz Stefaniak': sector None, want one of ['HLH']",
    'gdansk:events:the_suspect_is_arrested':
        "no COERCE event 'the suspect is arrested'; system events: ASSAULT(attacker->Paweł Adamowicz); ACCUSE(Joachim Brudziński->attacker)",
    'gdansk:provenance:cites_tvn24':
        "cited source 'TVN24' missing; cited_sources=['The Guardian']",
    'gdansk:provenance:cites_associated_press':
        "cited source 'Associated Press' missing; cited_sources=['The Guardian']",
    'subpoena:times:the_upcoming_2020_race':
        "no time expression found over 'the upcoming 2020 race'",
    'subpoena:actors:joe_biden:sector':
        "'Joe Biden': sector 'GOV', want one of ['OPP']",
    'subpoena:provenance:cites_nevada_independent':
        "cited source 'Nevada Independent' missing; cited_sources=['The New York Times']",
    'wiranto:actors:jamaah_ansharut_daulah:sector':
        "'Jamaah Ansharut Daulah network': sector 'MED', want one of ['REB']",
    'wiranto:quotes:the_suspects_were_linked_to_the:speaker':
        "speaker of 'the suspects were linked to the Jamaah Ansharut Daulah network' is ['BBC'], want 'Budi Gunawan'",
    'montana:times:the_2018_midterm_elections':
        "no time expression found over 'the 2018 midterm elections'",
    'montana:events:de_le_n_criticises_the_law_and_so_the_st':
        "no ACCUSE/REJECT event 'De León criticises the law (and so the state)'; system events: ACCUSE(American Civil Liberties Union,Native American Rights Fund->Montana); SUPPORT(State legislators,Montana...",
    'sessioncourt:actors:colin_sutherland:sector':
        "'Colin Sutherland': sector None, want one of ['JUD']",
    'sessioncourt:quotes:that_although_advice_to_hm:speaker':
        "speaker of 'that although advice to HM' is ['the summary'], want 'Colin Sutherland'",
    'sessioncourt:quotes:the_uk_government_needs_to_bring:speaker':
        'speaker of \'The UK government needs to bring forward a strong domestic legislative agenda\' is ["prime minister\'s office"], want \'spokeman\'',
    'sessioncourt:events:not_the_supreme_court_is_only_background_it':
        'wrong event(s) (the Supreme Court is only background, it did nothing here): [(\'ACCUSE\', \'The three-judge court found Johnson\\\'s advice to the Queen "was motivated by the \')]',
    'sessioncourt:events:not_the_petition_went_to_the_court_of_sessio':
        "wrong event(s) (the petition went to the Court of Session, the Supreme Court was not addressed): [('REQUEST', 'The court had been petitioned by Joanna Cherry of the Scottish National Party an')]",
    'tunisia:quotes:tunisia_is_facing_terrorist_atta:speaker':
        "speaker of 'Tunisia is facing terrorist attacks' is ['A member of the Tunisian Parliament'], want 'Samir Dilou'",
    'ukelection:actors:jo_swinson:sector':
        "'Jo Swinson': sector None, want one of ['OPP']",
    'ukelection:quotes:humbled:speaker':
        "speaker of 'humbled' is ['Conservative Party leader and', 'Conservative Party leader and'], want 'Boris Johnson'",
    'ukelection:quotes:i_and_we_will_never_take_your_su:found':
        "no quote containing 'I and we will never take your support for granted'",
    'ukelection:quotes:i_and_we_will_never_take_your_su:speaker':
        "no quote containing 'I and we will never take your support for granted', so no speaker",
}

CASES = build_cases()


def _param(case):
    case_id = case[0]
    marks = [pytest.mark.xfail(strict=True, reason=KNOWN_MISSES[case_id])] if case_id in KNOWN_MISSES else []
    return pytest.param(*case[1:], id=case_id, marks=marks)


@pytest.fixture(scope="module")
def golden_records() -> dict[str, dict]:
    """Every golden article, run through the whole pipeline once per module."""
    if not SAMPLES.exists():
        pytest.skip("../shared/corpus/samples.jsonl is not available")
    return _run_golden_articles()


def _run_golden_articles() -> dict[str, dict]:
    wanted = {g["id"] for g in load_golden()}
    rows = [json.loads(line) for line in SAMPLES.read_text(encoding="utf-8").splitlines() if line.strip()]
    rows = [r for r in rows if r["id"] in wanted]
    assert {r["id"] for r in rows} == wanted, "a golden article is missing from samples.jsonl"
    options = Options()
    arts = [make_article(r["text"], source=f"samples.jsonl:{r['id']}", id=r["id"], date=r["date"],
                         title=r.get("title"), url=r.get("url"), options=options) for r in rows]
    return {res.record.article.id: to_dict(res.record) for res in process(arts, options, strict=True)}


def test_golden_cases_are_unique_and_known():
    ids = [c[0] for c in CASES]
    assert len(ids) == len(set(ids)), "two expectations share a case id"
    assert set(KNOWN_MISSES) <= set(ids), f"stale KNOWN_MISSES: {set(KNOWN_MISSES) - set(ids)}"


def test_golden_articles_are_not_evaluation_material():
    dev = ROOT.parent / "shared" / "eval" / "dev.articles.jsonl"
    if not dev.exists():
        pytest.skip("../shared/eval is not available")
    dev_ids = {json.loads(line)["id"] for line in dev.read_text(encoding="utf-8").splitlines() if line.strip()}
    assert not dev_ids & {g["id"] for g in load_golden()}


@pytest.mark.parametrize("article_id, category, check, spec", [_param(c) for c in CASES])
def test_golden(golden_records, article_id, category, check, spec):
    problem = check(golden_records[article_id], spec)
    assert problem is None, problem


if __name__ == "__main__":
    # `python tests/test_golden_samples.py`: the current misses as a KNOWN_MISSES block,
    # and pass/fail per category for docs/golden_samples.md.
    records = _run_golden_articles()
    counts = {c: [0, 0] for c in CATEGORIES}
    print("KNOWN_MISSES: dict[str, str] = {")
    for case_id, article_id, category, check, spec in CASES:
        problem = check(records[article_id], spec)
        counts[category][problem is not None] += 1
        if problem:
            print(f"    {case_id!r}:\n        {(problem if len(problem) <= 200 else problem[:197] + '...')!r},")
    print("}")
    for category, (passed, failed) in counts.items():
        print(f"# {category}: {passed} pass, {failed} fail")
