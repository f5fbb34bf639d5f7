"""The learned name-or-quotation model: its features, the shipped weights, and its training."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claims.extract import extract, read
from claims.name_or_quote import NameModel, name_model, rules_only, span_features
from claims.quotes import SpeechVerbs, quoted_words
from claims.train_quoted_names import gold_sets, train


def _features(text: str, lang: str = "ar") -> list[str]:
    r = read(text, lang)
    (q,) = r.spans
    first, last = quoted_words(r.ctx, q)
    before, after = SpeechVerbs(r.spans, r.attributions).around(r.ctx, q)
    return span_features(r.ctx, q, first, last, bool(before), bool(after))


def test_features_read_the_words_and_their_surroundings() -> None:
    feats = _features("ونقل موقع «صدى البلد» عن مصادر محلية أن الطريق أغلق.")
    for wanted in ("len=2", "ar:len=2", "w=صدي", "prev=موقع", "next=عن", "gap_before="):
        assert wanted in feats
    assert "ends_punct" not in feats
    said = _features('He said: "We will not move, not now."', "en")
    assert {"ends_punct", "inner_punct", "gap_before=:", "ends_sentence"} - set(said) == set()


def test_shipped_model_loads_with_a_threshold() -> None:
    model = name_model()
    assert isinstance(model, NameModel)
    assert 0.5 < model.threshold < 1.0
    assert len(model.weights) > 1000


@pytest.mark.parametrize(
    "text",
    [
        "وتحدث الأهالي عن «حكومة الظل» في المدينة منذ سنوات.",  # no naming noun before it
        "وأصيبت مئات الأشجار بمرض «التبقع الأسود» في مزارع الجنوب.",
    ],
)
def test_model_takes_names_the_rules_miss_for_names(text: str) -> None:
    model = name_model()
    assert model is not None and model.is_name(_features(text))
    assert extract(text, lang="ar").quotes == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("وقال الوزير: «لن نتراجع».", "ar"),
        ("وقالت الشركة إن «الأسعار لن تتغير هذا العام».", "ar"),
        ("He described the deal as “a good start”, adding that talks would go on.", "en"),
    ],
)
def test_short_quotations_stay_quotations(text: str, lang: str) -> None:
    assert len(extract(text, lang=lang).quotes) == 1


def test_rules_only_switches_the_model_off() -> None:
    text = "وتحدث الأهالي عن «حكومة الظل» في المدينة منذ سنوات."
    with rules_only():
        assert name_model() is None
        assert [q.text for q in extract(text, lang="ar").quotes] == ["حكومة الظل"]
    assert name_model() is not None


def test_training_writes_a_model_that_separates_names(tmp_path: Path) -> None:
    sets = [s for s in gold_sets() if not s[2]][:6]  # six tuned sets: enough for grouped folds
    out = tmp_path / "model.json"
    figures = train(sets, out)
    data = json.loads(out.read_text(encoding="utf-8"))
    model = NameModel(data["weights"], data["bias"], data["threshold"])
    assert figures["threshold"] == data["threshold"]
    cv = data["cross_validated"]
    assert cv["names"] > 20 and cv["quotations"] > 20
    # at its threshold the model loses at most the budgeted share of quotations out of fold
    assert cv["quotations_lost_to_model"] <= data["quote_budget"] * cv["quotations"] + 1
    assert cv["names_found_by_model_alone"] > cv["names"] / 2
    assert model.p_name(_features("ونقل موقع «صدى البلد» عن مصادر محلية")) > 0.5
