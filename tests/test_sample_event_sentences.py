"""The event-sentence sampler (scripts/sample_event_sentences.py) never draws an evaluation document,
whatever name the evaluation copy is stored under, and draws training documents only when asked."""
import importlib.util
import json
from pathlib import Path
from types import SimpleNamespace

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("sample_event_sentences", ROOT / "scripts/sample_event_sentences.py")
sampler = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(sampler)

# Invented article texts (names and places made up).
TEXTS = {
    "trained": "Councillor Vema Oduya opened the Lakeside ferry terminal on Tuesday and thanked the harbour board.",
    "blind": "The Dornish river authority reported record water levels as boats were moved inland by owners.",
    "seed": "Mayor Ilse Brandvik of Nordhavn said the new tram line would open in spring after a long delay.",
    "free": "Government troops were deployed to the border town of Karsel after rebels attacked a checkpoint.",
    "flu": "Health officials in the province of Merrow confirmed eleven new cases of a seasonal flu this week.",
    "actors": "Aid agencies flew tents and water filters to the island of Tolva after the storm flattened homes.",
    "wn": "Students in the city of Pellor marched to the ministry demanding lower tuition fees for all.",
    "held": "The Pellor council will meet again on Friday to vote on the harbour plan, its chair Anke Roos said.",
    "polnear": "Senator Obel Tarrant told reporters the budget talks had stalled over the new rail tunnel.",
}


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def _tree(tmp_path: Path) -> tuple[Path, Path]:
    root, shared = tmp_path / "main", tmp_path / "shared"
    _write(root / "training/events/sentences.jsonl",
           json.dumps({"id": "s0001", "source": "tr-news", "doc": "100", "start": 0, "end": 20, "sha1": "x"}) + "\n")
    _write(root / "eval/blind/manifest.json",
           json.dumps({"articles": [{"id": "200", "source": "data/geo/TR-News.xml#200"}]}))
    _write(root / "eval/corpus_linking/articles.tsv", "article\tdate\toutlet\nnyt_x\t2016-01-01\tnyt\n")
    # an actor set stores a GeoVirus article under a name of its own: found by its text
    _write(root / "eval/actors/labels_s1.json",
           json.dumps({"articles": [{"file": "texts_s1/geovirus-001-aid-flown-to-tolva.txt"}]}))
    _write(root / "eval/actors/texts_s1/geovirus-001-aid-flown-to-tolva.txt", TEXTS["actors"])
    _write(root / "eval/times_s10/gold.jsonl", json.dumps({"file": "nyt_y.txt"}) + "\n")
    _write(shared / "eval/dev/wn-dev.gold.json", "{}")
    _write(shared / "eval/dev.articles.jsonl", json.dumps({"id": "wn-dev"}) + "\n")
    _write(shared / "eval/seed/000_x.txt", TEXTS["seed"])  # a copy of TR-News 300 under another name
    tr = "".join(f'<article docid="{d}"><dltime>2016-12-0{i}</dltime><text>{TEXTS[k]}</text></article>'
                 for i, (d, k) in enumerate([("100", "trained"), ("200", "blind"), ("300", "seed"), ("400", "free")]))
    _write(shared / "data/geo/TR-News.xml", f"<articles>{tr}</articles>")
    geo = "".join(f"<article><source>https://en.wikinews.org/wiki/{n}</source><text>{TEXTS[k]}</text></article>"
                  for n, k in [("Flu_cases_in_Merrow", "flu"), ("Aid_flown_to_Tolva", "actors")])
    _write(shared / "data/geo/GeoVirus.xml", f"<articles>{geo}</articles>")
    _write(shared / "corpus/samples.jsonl", "".join(json.dumps({"id": i, "date": "2019-01-01", "text": TEXTS[k]}) + "\n"
                                                    for i, k in [("wn-dev", "wn"), ("wn-free", "wn")]))
    _write(shared / "corpus/wikinews-politics.jsonl", "".join(
        json.dumps({"id": i, "text": TEXTS[k]}) + "\n" for i, k in [("wn-free", "wn"), ("wn-held", "held")]))
    _write(root / "eval/validation_s9/manifest.json", json.dumps({"articles": [{"doc": "nyt_z"}]}))
    _write(shared / "data/polnear/train/text/nyt_z.txt", TEXTS["polnear"])
    return root, shared


def _drawn(docs):
    return sorted((d["source"], d["doc"]) for d in docs)


def test_every_used_document_is_excluded_by_name_or_by_text(tmp_path):
    root, shared = _tree(tmp_path)
    docs = sampler.candidates(shared, ["tr-news", "geovirus", "wikinews-samples"], [], 0, root=root)
    assert _drawn(docs) == [("geovirus", "Flu_cases_in_Merrow"), ("tr-news", "400"), ("wikinews-samples", "wn-free")]


def test_training_documents_only_on_request_and_skip_batches(tmp_path):
    root, shared = _tree(tmp_path)
    skip = tmp_path / "batch.jsonl"
    skip.write_text(json.dumps({"doc": "400"}) + "\n", encoding="utf-8")
    docs = sampler.candidates(shared, ["tr-news"], [str(skip)], 0, reuse_training=True, root=root)
    assert _drawn(docs) == [("tr-news", "100")]
    assert docs[0]["labelled"] == [(0, 20)]  # its labelled sentence is never drawn again


def test_material_filter_keeps_documents_by_their_words(tmp_path):
    root, shared = _tree(tmp_path)
    docs = sampler.candidates(shared, ["tr-news", "geovirus", "wikinews-samples"], [], 1, root=root)
    assert _drawn(docs) == [("tr-news", "400")]
    pat = sampler.material_pattern()
    assert pat.search("troops withdrew overnight") and pat.search("the seizure of arms")
    assert not pat.search("two aides of the senator") and not pat.search("a troupe of dancers")


def test_dense_window_prefers_the_most_material_sentences():
    sents = [SimpleNamespace(text=t) for t in
             ["The mayor spoke.", "Rebels attacked the post.", "Troops were deployed.", "It rained.", "Fans sang."]]
    pat = sampler.material_pattern()
    for seed in range(5):
        rng = sampler.random.Random(seed)
        got = [s.text for s in sampler._window(sents, 2, rng, pat, dense=True)]
        assert got == ["Rebels attacked the post.", "Troops were deployed."]


def test_a_sentence_repeating_an_evaluation_text_is_left_out(tmp_path):
    root, shared = _tree(tmp_path)
    texts = sampler.eval_texts(root, shared)
    for key in ("blind", "seed", "actors", "held", "polnear"):  # by file, manifest name or held-out Wikinews id
        assert TEXTS[key] in " ".join(texts), key
    assert TEXTS["free"] not in " ".join(texts) and TEXTS["wn"] not in " ".join(texts)
    windows = set().union(*map(sampler._word_windows, texts))
    repeated = "As in March, the Pellor council will meet again on Friday to vote on the harbour plan."
    assert sampler.repeats_eval(repeated, windows)
    # nine words in common (two eight-word windows) are a stock phrase, not a repetition
    assert not sampler.repeats_eval("The Pellor council will meet again on Friday to discuss tolls.", windows)


def test_a_nested_evaluation_set_is_excluded_too(tmp_path):
    # a set one folder deeper (eval/<area>/<set>/manifest.json) reserves its documents like eval/<set>/ does
    root, shared = _tree(tmp_path)
    _write(root / "eval/quotes/s9/manifest.json", json.dumps({"set": "s9", "articles": [{"id": "400"}]}))
    docs = sampler.candidates(shared, ["tr-news"], [], 0, root=root)
    assert ("tr-news", "400") not in _drawn(docs)
