"""The compiled event dictionary, its parse matcher and the learned decision (invented examples)."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from conftest import ROOT, run_text
from dateline.extract.events.dictionary import match_noun, match_verb
from dateline.extract.events.learned import calibrated, decide, features, score
from dateline.knowledge.events import EventDictionary, load
from dateline.nlp import load as load_nlp
from dateline.options import DEFAULT_MODEL


def _build_module():
    spec = importlib.util.spec_from_file_location("build_event_lexicon", ROOT / "scripts/build_event_lexicon.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


PETRARCH_SNIPPET = """\
####### SYNONYM SETS #######

&PLEDGE
+PLEDGE
+PROMISE

####### VERB PATTERNS #######

---  SCOLD   [111]  ---
SCOLD
+TELL_OFF {+TELLS_OFF +TOLD_OFF }
- * {STERN WARNING}                                   [138]         # SCOLD
- * (FOR &PLEDGE)                                     [---]         # SCOLD

######## TRANSFORMATIONS ##########
~ a (a b ATTACK) SAY = a b 015
"""


def test_petrarch_reader_groups_patterns_and_particles(tmp_path):
    mod = _build_module()
    path = tmp_path / "dict.txt"
    path.write_text(PETRARCH_SNIPPET, encoding="utf-8")
    synsets, entries = mod.read_petrarch(path)
    assert synsets == {"&pledge": ["pledge", "promise"]}
    heads = {(e[0], tuple(e[1]), e[2]) for e in entries if not (e[3] or e[4] or e[5])}
    assert heads == {("scold", (), "111"), ("tell", ("off",), "111")}
    pats = {(e[0], tuple(e[4]), tuple(e[5]), e[2]) for e in entries if e[4] or e[5]}
    assert ("scold", ("stern", "warning"), (), "138") in pats
    assert ("tell", ("&pledge",), ("for",), "---") in pats  # a group's pattern holds for each of its verbs
    assert all(e[6] == "petrarch2:SCOLD" for e in entries)


def test_tabari_stems_and_exact_words(tmp_path):
    mod = _build_module()
    path = tmp_path / "tab.verbs"
    path.write_text("SCOLD  [111] ;xx 1/1/01\n- * + TO_ NEGOTIAT  [036] ;xx\n", encoding="latin-1")
    rows = mod.read_tabari(path)
    assert rows[0][:3] == ("scold", [], "111")
    assert rows[1][2] == "036" and rows[1][4] == ["negotiat*"] and rows[1][5] == ["to"]


def test_tabari_headwords_are_keyed_by_the_lemmas_they_stand_for():
    """TABARI writes headwords as stems or inflected forms ("SCOLDI" is invented); a parse gives lemmas, so the
    compiled dictionary keys each headword by the verbs WordNet lists for it."""
    mod = _build_module()
    lemmas = frozenset({"scold", "scolding", "rebuke", "ban", "fight", "apply", "applaud", "be", "tarry"})
    irregular = {"fought": "fight", "been": "be"}
    assert mod.headword_lemmas("scold", lemmas, irregular) == ["scold"]
    assert mod.headword_lemmas("rebuk", lemmas, irregular) == ["rebuke"]        # a stem
    assert mod.headword_lemmas("appl", lemmas, irregular) == ["apply"]          # not "applaud": too far from the stem
    assert mod.headword_lemmas("fought", lemmas, irregular) == ["fight"]        # irregular form
    assert mod.headword_lemmas("banned", lemmas, irregular) == ["ban"]          # doubled consonant
    assert mod.headword_lemmas("tarried", lemmas, irregular) == ["tarry"]
    assert mod.headword_lemmas("been", lemmas, irregular) == ["been"]           # never keyed by an auxiliary
    assert mod.headword_lemmas("zzq", lemmas, irregular) == ["zzq"]             # unknown: kept as written


def test_packaged_dictionary_is_keyed_by_lemmas():
    """Verbs the parse lemmatises ("urged" -> urge) are found; TABARI's stems are not keys of their own."""
    verbs = json.loads((ROOT / "src/dateline/knowledge/data/events/dictionary.json").read_text(encoding="utf-8"))["verbs"]
    assert {"urge", "require", "criticize", "accuse"} <= set(verbs)
    assert not {"urg", "requir", "critici", "accus"} & set(verbs)
    assert any(row[5] == "tabari" for row in verbs["urge"])


def test_nominalisations_include_common_forms():
    mod = _build_module()
    assert "accusation" in mod.nominalisations("accuse")
    assert "refusal" in mod.nominalisations("refuse")
    assert "invasion" in mod.nominalisations("invade")
    assert "withdrawal" in mod.nominalisations("withdraw")


TOY = {
    "cameo": {"111": ["ACCUSE", "disapprove"], "138": ["THREATEN", None], "036": ["AGREE", None]},
    "synsets": {"&pledge": ["pledge", "promise"]},
    "verbs": {"scold": [["111", [], [], [], [], "toy:SCOLD"], ["138", [], [], ["stern", "warning"], [], "toy:SCOLD"],
                        ["---", [], [], ["&pledge"], ["for"], "toy:SCOLD"]],
              "talk": [["036", [], [], [], [], "toy:TALK"]]},
    "nouns": {"scolding": "scold"},
}


@pytest.fixture(scope="module")
def nlp():
    return load_nlp(DEFAULT_MODEL)


def test_matcher_reads_the_parse_not_the_string(nlp):
    dic = EventDictionary(TOY)
    plain = nlp("The mayor scolded the council.")
    assert match_verb(dic, next(t for t in plain if t.lemma_ == "scold")).type == "ACCUSE"
    specific = nlp("The mayor scolded the council with a stern warning.")
    m = match_verb(dic, next(t for t in specific if t.lemma_ == "scold"))
    assert (m.type, m.code, m.words) == ("THREATEN", "138", 2)
    # "---": the dictionary's explicit no-event reading (a synonym set word + its preposition)
    none = nlp("The mayor scolded the council for its promise.")
    m = match_verb(dic, next(t for t in none if t.lemma_ == "scold"))
    assert m.code == "---" and m.type is None and m.default_type == "ACCUSE"
    nom = nlp("The scolding of the council by the mayor surprised nobody.")
    assert match_noun(dic, next(t for t in nom if t.lower_ == "scolding")).type == "ACCUSE"


def test_plover_code_falls_back_to_parent():
    dic = EventDictionary(TOY)
    assert dic.plover("1115") == ("ACCUSE", "disapprove")
    assert dic.plover("---") == (None, None)


def test_model_scoring_and_calibration_map():
    model = {"classes": ["ACCUSE", "NONE"], "intercept": [0.0, 0.0], "weights": {"lem=scold": [2.0, 0.0]},
             "calibration": {"x": [0.2, 0.8], "y": [0.1, 0.9]}}
    p = score(model, ["lem=scold", "unknown"])
    assert p["ACCUSE"] > 0.85 and abs(sum(p.values()) - 1) < 1e-9
    assert calibrated(model, 0.5) == pytest.approx(0.5)
    assert calibrated(model, 0.0) == 0.1 and calibrated(model, 1.0) == 0.9


def test_packaged_model_is_plain_json_and_consistent():
    lex = load()
    assert lex.dictionary is not None and len(lex.dictionary.verbs) > 1000
    model = lex.model
    assert model is not None and "NONE" in model["classes"]
    assert all(len(w) == len(model["classes"]) for w in list(model["weights"].values())[:500])
    xs = model["calibration"]["x"]
    assert xs == sorted(xs)


def test_learned_decision_on_invented_sentences(nlp):
    lex = load()
    doc = nlp("The rebels shelled the border town overnight.")
    tok = next(t for t in doc if t.lemma_ == "shell")
    etype, conf, _ = decide(tok, lex)
    assert etype == "ASSAULT" and 0.0 <= conf <= 1.0
    assert any(f.startswith("lem=shell") for f in features(tok, lex))


def test_learned_features_read_a_measured_object_as_what_it_counts(nlp):
    # "shipped 40 tonnes of grain": the kind of thing sent is grain; the measure says how much, not what
    lex = load()
    doc = nlp("Ostland shipped 40 tonnes of grain to Velland on Sunday.")
    f = features(next(t for t in doc if t.lower_ == "shipped"), lex)
    assert "obj=grain" in f and "lem|obj=ship|grain" in f
    assert not [x for x in f if x.endswith("=tonne") or x.endswith("|tonne")]
    plain = features(next(t for t in nlp("Ostland shipped grain to Velland.") if t.lower_ == "shipped"), lex)
    assert "obj=grain" in plain


def test_learned_candidates_fill_in_where_rules_found_nothing(nlp):
    from types import SimpleNamespace

    from dateline.extract.events import _learned_candidates
    lex = load()
    doc = nlp("Russian troops shelled Ukrainian border posts on Tuesday, officials said.")
    ctx = SimpleNamespace(in_provenance=lambda s, e: False)
    got = _learned_candidates(doc, lex, [], ctx)
    [shell] = [c for c in got if c.trigger.lemma_ == "shell"]
    assert shell.type == "ASSAULT" and shell.rule == "verb.active.shell.model"
    assert shell.sense["dictionary"].split(":")[-1].startswith(("18", "19", "20"))  # CAMEO force codes
    assert not any(c.trigger.lemma_ == "say" for c in got)  # reported speech is no event


def test_an_event_found_in_text_keeps_roles_from_the_construction():
    rec = run_text("Russian troops shelled Ukrainian border posts on Tuesday, officials said.")
    names = {a.id: a.name for a in rec.actors}
    [ev] = [e for e in rec.events if e.type == "ASSAULT"]
    assert [names[i] for i in ev.target] == ["Ukraine"] and 0.0 < ev.confidence <= 0.95


def test_min_confidence_drops_events():
    from dateline.options import Options
    text = "Russian troops shelled Ukrainian border posts on Tuesday, officials said."
    assert not run_text(text, options=Options(event_min_confidence=0.99)).events


def _script(name: str):
    spec = importlib.util.spec_from_file_location(name, ROOT / f"scripts/{name}.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _train_module():
    return _script("train_events")


def test_recipient_requirement_is_measured_on_the_labels():
    te = _train_module()
    ev = lambda t, target: {"type": t, "target": target}  # noqa: E731
    hand = [{"events": [ev("ACCUSE", "the senator")] * 9 + [ev("ACCUSE", "")]},
            {"events": [ev("REJECT", "")] * 12 + [ev("REJECT", "the plan")] * 8},
            {"events": [ev("MOBILIZE", "")] * 3}]
    got = te.needs_target(hand, below=0.3)
    assert got["targetless_share"] == {"ACCUSE": 0.1, "MOBILIZE": 1.0, "REJECT": 0.6}
    assert got["types"] == []  # too few labels of each type
    assert te.needs_target(hand, below=0.3, min_count=10)["types"] == ["ACCUSE"]


def test_a_mode_whose_labels_clearly_differ_from_its_type_is_an_exception():
    te = _train_module()
    ev = lambda t, m, target: {"type": t, "mode": m, "target": target}  # noqa: E731
    # accusations need a recipient, but investigations are told without one half the time; visits always have one
    hand = [{"events": [ev("ACCUSE", "disapprove", "the senator")] * 40 + [ev("ACCUSE", "investigate", "")] * 12
             + [ev("ACCUSE", "investigate", "the firm")] * 12 + [ev("ACCUSE", "allege", "")] * 4
             + [ev("CONSULT", "", "")] * 20 + [ev("CONSULT", "visit", "Kell")] * 25}]
    got = te.needs_target(hand, below=0.3)
    assert got["types"] == ["ACCUSE"]
    assert got["modes"] == {"optional": [["ACCUSE", "investigate"]], "required": [["CONSULT", "visit"]]}
    # a share on the other side of the line, but not clearly (few labels), is no exception
    few = [{"events": [ev("ACCUSE", "disapprove", "the senator")] * 40 + [ev("ACCUSE", "investigate", "")] * 4
            + [ev("ACCUSE", "investigate", "the firm")] * 6}]
    assert te.needs_target(few, below=0.3)["modes"] == {"optional": [], "required": []}


def test_the_recipient_rule_reads_the_modes_of_the_model():
    from types import SimpleNamespace

    from dateline.extract.events import needs_target
    rule = needs_target(SimpleNamespace(model={"needs_target": ["ACCUSE"], "needs_target_modes": {
        "optional": [["ACCUSE", "investigate"]], "required": [["CONSULT", "visit"]]}}))
    assert rule.need("ACCUSE", None) and rule.need("ACCUSE", "disapprove") and not rule.need("ACCUSE", "investigate")
    assert rule.need("CONSULT", "visit") and not rule.need("CONSULT", None)


def test_the_models_recipient_list_decides_which_events_need_one():
    from types import SimpleNamespace

    from dateline.extract.events import NEEDS_TARGET, needs_target
    assert needs_target(SimpleNamespace(model=None)) == NEEDS_TARGET
    assert needs_target(SimpleNamespace(model={"needs_target": ["ACCUSE"]})) == {"ACCUSE"}
    packaged = load().model.get("needs_target")
    assert packaged is None or set(packaged) <= set(load().model["classes"])


def test_a_targetless_rejection_is_kept_only_when_the_model_allows_it(tmp_path):
    from dateline.options import Options
    text = "The ministry rejected the accusation on Monday."
    runs = {}
    for name, listed in (("strict", ["REJECT"]), ("loose", [])):  # one directory each: knowledge is cached per path
        (tmp_path / name / "events").mkdir(parents=True)
        (tmp_path / name / "events" / "model.json").write_text(json.dumps({"=needs_target": listed}))
        runs[name] = run_text(text, options=Options(knowledge_dir=str(tmp_path / name)))
    assert not [e for e in runs["strict"].events if e.type == "REJECT"]
    assert [e.type for e in runs["loose"].events if not e.target] == ["REJECT"]


@pytest.mark.skipif(not (ROOT.parent / "shared/data/ngec").exists(), reason="../shared is not available")
def test_the_synthetic_check_uses_only_stories_training_never_drew():
    te, se = _train_module(), _script("synthetic_eval")
    manifest = json.loads(te.MANIFEST.read_text(encoding="utf-8"))
    shared = ROOT.parent / "shared"
    trained = {s["text"] for s in te.ngec_sentences(manifest, shared, manifest["ngec_limit"], manifest["seed"])}
    held = se.held_out_leads(shared, 200)
    assert len(held) == 200 and all(int(s["id"][4:]) >= manifest["ngec_limit"] for s in held)
    assert not trained & {s["text"] for s in held} - {""}


def test_british_spellings_read_as_the_lexicons_american_entries():
    from dateline.knowledge.events import with_spellings
    got = with_spellings({"mobilization": 1, "criticize": 2, "defense": 3, "labor": 4, "size": 5, "organise": 6})
    assert got["mobilisation"] == 1 and got["criticise"] == 2 and got["defence"] == 3 and got["labour"] == 4
    assert "sise" not in got  # too short to be a suffix change
    assert with_spellings({"realize": 1, "realise": 9})["realise"] == 9  # an entry of its own stays
    lex = load()
    assert lex.nouns["mobilisation"] == lex.nouns["mobilization"]
    assert "criticise" in lex.dictionary.verbs or "criticise" in lex.verbs
