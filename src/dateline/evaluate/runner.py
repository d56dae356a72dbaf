"""Running an evaluation: gold sets (a dev set of gold folders, the frozen blind set) to system records
and scores, and the quality gate of pinned floors. `dateline eval` only parses arguments and prints."""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator

from .scorer import score

if TYPE_CHECKING:
    from ..options import Options
    from ..record import Article
    from ..errors import InputError

BLIND_PREFIX = "blind."  # floors with this prefix gate the blind set, the others the dev set
# Blind and validation articles read with their manifest's outlet (its corpus code named by the outlet table), as a
# real input names its outlet (a feed, a record's "outlet" field, a URL). On since session 36: validation provenance
# 0.396/0.438/0.446/0.444 -> 0.521/0.562/0.571/0.542 (s18/s20/s26/s28), no other figure moves; set it False to
# compare with the figures of sessions before 36.
OUTLETS = True


def load_gold(paths: Iterable[str | Path]) -> dict[str, dict]:
    """Gold objects by article id from gold files or directories of `*.gold.json`.
    Raises ValueError naming the file that is missing, not JSON, or has no "id"."""
    gold = {}
    for p in map(Path, paths):
        files = sorted(p.glob("*.gold.json")) if p.is_dir() else [p]
        for f in files:
            try:
                g = json.loads(f.read_text(encoding="utf-8"))
            except OSError as exc:
                raise ValueError(f"gold {f}: {exc.strerror}") from exc
            except ValueError as exc:
                raise ValueError(f"gold {f}: not JSON ({exc})") from exc
            if not isinstance(g, dict) or not isinstance(g.get("id"), str):
                raise ValueError(f'gold {f}: expected an object with an "id" string')
            gold[g["id"]] = g
    return gold


def article_files(gold_paths: Iterable[str | Path]) -> list[str]:
    """The article texts beside gold folders: their `*.txt` and `*.jsonl`, and a sibling `DIR.articles.jsonl`."""
    sources: list[str] = []
    for g in map(Path, gold_paths):
        folder = g if g.is_dir() else g.parent
        sources += [str(p) for p in sorted(folder.glob("*.txt")) + sorted(folder.glob("*.jsonl"))]
        sibling = folder.parent / f"{folder.name}.articles.jsonl"
        if sibling.exists():
            sources.append(str(sibling))
    return sources


def blind_articles(blind_dir: str | Path, shared: str | Path) -> list[dict]:
    """The blind set's articles built from its manifest (`manifest.json`: id, date, source relative
    to ../shared — a text file, `corpus/samples.jsonl#id` or `data/geo/TR-News.xml#docid` — and the sha256 of the text;
    optionally the outlet, a name or a corpus code the outlet table lists: "wash-post"). Raises
    ValueError naming the article when a text is missing or has changed."""
    from ..knowledge.outlets import outlet_by_code

    blind_dir, shared = Path(blind_dir), Path(shared)
    manifest = json.loads((blind_dir / "manifest.json").read_text(encoding="utf-8"))
    collections: dict[str, dict[str, str]] = {}
    out = []
    for a in manifest["articles"]:
        path, _, key = a["source"].partition("#")
        full = shared / path
        try:
            if key:
                if path not in collections:
                    collections[path] = _collection_texts(full)
                text = collections[path][key]
            else:
                text = full.read_text(encoding="utf-8")
        except (OSError, KeyError, ValueError) as exc:
            raise ValueError(f"blind article {a['id']}: cannot read {full}{'#' + key if key else ''} ({exc})") from exc
        if hashlib.sha256(text.encode("utf-8")).hexdigest() != a["sha256"]:
            raise ValueError(f"blind article {a['id']}: text of {a['source']} does not match its sha256 in the manifest")
        out.append({"id": a["id"], "date": a["date"], "text": text, "outlet": outlet_by_code(a.get("outlet"))})
    return out


def _collection_texts(path: Path) -> dict[str, str]:
    """The texts of a file holding many articles, by id: JSON Lines (`id`, `text`) or a geoparsing corpus in
    XML (`<article docid=...>` with a `<text>` element, as TR-News ships)."""
    if path.suffix == ".xml":
        import xml.etree.ElementTree as ET

        root = ET.parse(path).getroot()
        return {a.get("docid", ""): a.findtext("text") or "" for a in root.iter("article")}
    with path.open(encoding="utf-8") as fh:
        return {d["id"]: d["text"] for d in map(json.loads, fh)}


@dataclass
class EvalSet:
    """A named gold set and where its articles come from (`inputs(options)` yields Articles or InputErrors)."""
    name: str
    gold: dict[str, dict]
    inputs: Callable[["Options"], Iterator["Article | InputError"]]


def dev_set(gold_paths: Iterable[str | Path], articles: Iterable[str] | None = None, name: str = "dev") -> EvalSet:
    """Gold folders (or files) and their articles (default: `article_files(gold_paths)`).
    Raises ValueError when the folders hold no gold."""
    from ..ingest import read_inputs

    gold_paths = [str(p) for p in gold_paths]
    gold = load_gold(gold_paths)
    if not gold:
        raise ValueError(f"no *.gold.json files in {', '.join(gold_paths)}")
    sources = list(articles or []) or article_files(gold_paths)
    return EvalSet(name, gold, lambda options: read_inputs(sources, options))


def blind_set(blind_dir: str | Path, shared: str | Path, outlets: bool | None = None) -> EvalSet:
    """The frozen blind set: `DIR/gold` and the manifest's texts from `shared`, sha256-checked; with `outlets`
    (default `OUTLETS`), an article reaches the pipeline with the manifest's outlet as its "source", as a JSON Lines
    article's "source" would.
    Raises ValueError (or OSError) naming the set and the problem."""
    from ..errors import InputError
    from ..ingest import make_article

    try:
        gold = load_gold([Path(blind_dir) / "gold"])
        arts = blind_articles(blind_dir, shared)
    except (OSError, ValueError) as exc:
        raise ValueError(f"blind set {blind_dir}: {exc}") from exc
    where = Path(blind_dir) / "manifest.json"
    outlets = OUTLETS if outlets is None else outlets

    def inputs(options: Options) -> Iterator[Article | InputError]:
        for a in arts:
            try:
                yield make_article(a["text"], source=f"{where}#{a['id']}", id=a["id"], date=a["date"],
                                   options=options, metadata={"source": a["outlet"]} if a["outlet"] and outlets else None)
            except InputError as exc:
                yield exc
    return EvalSet("blind", gold, inputs)


@dataclass
class EvalRun:
    """Scores by set name, the system records of the gold articles, and the articles that failed."""
    results: dict[str, dict[str, Any]] = field(default_factory=dict)
    records: list[dict] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    @property
    def complete(self) -> bool:
        """No article failed and every gold article has a record."""
        return not self.errors and not any(r["missing"] for r in self.results.values())


def evaluate_sets(sets: Iterable[EvalSet], options: Options, strict: bool = False) -> EvalRun:
    """Run the pipeline on each set's articles and score the records of those with gold.
    A failed article is named in `errors`; with `strict`, an extractor's exception propagates instead."""
    from ..pipeline import process
    from ..record import to_dict

    run = EvalRun()
    for s in sets:
        system: dict[str, dict] = {}
        for result in process(s.inputs(options), options, strict=strict):
            if result.error:
                run.errors.append(str(result.error))
                continue
            rec = to_dict(result.record)
            if rec["article"]["id"] in s.gold:
                system[rec["article"]["id"]] = rec
        run.records += system.values()
        run.results[s.name] = score(system, s.gold)
    return run


def below_floors(result: dict[str, Any], floors: dict[str, float]) -> list[str]:
    """Metrics under their pinned floor (an F1 triple is judged by its F1, also `_p` for precision).
    Keys starting with "blind." belong to the blind set (`dateline eval --blind`) and are skipped here."""
    out = []
    for key, floor in floors.items():
        if key.startswith(("_", BLIND_PREFIX)):
            continue
        base, part = (key[:-2], 0) if key.endswith("_p") and key[:-2] in result else (key, None)
        v = result.get(base)
        if isinstance(v, (list, tuple)):
            v = v[0] if part == 0 else v[2]
        if v is None or v < floor:
            out.append(f"{key} = {v} is below its floor {floor}")
    return out


def load_floors(path: str | Path) -> dict[str, float]:
    """The pinned floors of a JSON file (e.g. quality_floors.json); ValueError naming the file if unusable."""
    try:
        floors = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ValueError(f"floors file {path}: {exc}") from exc
    if not isinstance(floors, dict):
        raise ValueError(f"floors file {path}: expected a JSON object of metric -> floor")
    return floors


def gate(results: dict[str, dict[str, Any]], floors: dict[str, float]) -> list[str]:
    """Every figure below its floor: "blind." floors judge the "blind" result, the others every other set."""
    below = []
    for name, result in results.items():
        prefix = BLIND_PREFIX if name == "blind" else ""
        mine = {k[len(prefix):]: v for k, v in floors.items() if k.startswith(BLIND_PREFIX) == bool(prefix)}
        below += [f"{prefix}{msg}" for msg in below_floors(result, mine)]
    return below
