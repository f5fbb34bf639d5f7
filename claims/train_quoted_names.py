"""Train the name-or-quotation model shipped in `claims/models/quoted_names.json` (reproducible).

Run: `.venv/bin/python -m claims.train_quoted_names` (about two minutes on two cores).

Data: the hand-annotated articles under tests/claims/ (gold/ and heldout*/gold/). Every span
of one to eight words between quote marks is an example: a name when the annotator listed it
under `not_quotes`, speech when it is (part of) an annotated quotation. Sets whose folder holds
a `HELD_OUT` file are never trained on; they are the test figures printed at the end.

Model: logistic regression over the binary features of claims.name_or_quote.span_features.
Regularisation C is chosen by cross-validation grouped by set (an examiner's set never lies on
both sides of a split), on the names found at a threshold that flags at most a budget of the
quotations. The threshold is then set on out-of-fold probabilities: the lowest one that flags
at most QUOTE_BUDGET of the quotations, so the model can only veto quotations it is sure of.
Everything is seeded, so two runs write the same model.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path

import click
import numpy as np
import sklearn
from scipy import sparse
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

from claims.extract import read
from claims.name_or_quote import MODEL_PATH, rules_only, span_features, speech_shaped
from claims.normalize import normalize_arabic
from claims.quoted_names import MAX_TITLE_WORDS
from claims.quotes import SpeechVerbs, find_quotes, quoted_words
from claims.segment import paragraphs

TESTS = Path(__file__).resolve().parent.parent / "tests" / "claims"
C_GRID = [0.3, 1.0, 3.0, 10.0]
FOLDS = 5
# the share of short quotations the model may take for names: each costs a quotation found
QUOTE_BUDGET = 0.005
# marks and punctuation at the edges of quoted words: "“Squawk Box,”" names "Squawk Box"
EDGE_PUNCT = " \"'.,،:؛;«»“”‘’"


@dataclass
class Example:
    """One quoted span: its set, features, label (1 = name) and the rules' reading."""

    group: str
    features: list[str]
    is_name: int
    rules_quote: bool
    speech_shaped: bool  # grammar says speech: the model is not asked


def gold_key(text: str) -> str:
    """The form in which annotated text is matched: Arabic letters folded, curly double quotes
    straightened, spaces collapsed, lower case."""
    return " ".join(normalize_arabic(text).replace("“", '"').replace("”", '"').split()).lower()


def gold_sets() -> list[tuple[Path, Path, bool]]:
    """(gold folder, articles folder, held out) for every annotated set."""
    out = [(TESTS / "gold", TESTS / "articles", False)]
    for d in sorted(TESTS.glob("heldout*")):
        out.append((d / "gold", d / "articles", (d / "HELD_OUT").exists()))
    return out


def examples(gold_dir: Path, articles: Path) -> list[Example]:
    """Return the labelled short quoted spans of one annotated set."""
    out: list[Example] = []
    for path in sorted(gold_dir.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        text = (articles / gold["article"]).read_text(encoding="utf-8")
        names = {gold_key(x).strip(EDGE_PUNCT) for x in gold["not_quotes"]}
        quotes = [gold_key(g["text"]) for g in gold["quotes"]]
        r = read(text, gold["lang"])
        found = find_quotes(r.ctx, r.spans, r.attributions, paragraphs(text))
        verbs = SpeechVerbs(r.spans, r.attributions)
        for q in r.spans:
            first, last = quoted_words(r.ctx, q)
            if not 0 < last - first <= MAX_TITLE_WORDS:
                continue
            inner = gold_key(text[q.inner_start : q.inner_end]).strip(EDGE_PUNCT)
            if inner in names:
                label = 1
            elif any(g and (g in inner or inner in g) for g in quotes):
                label = 0
            else:
                continue  # not annotated either way (a mark inside a quotation)
            said = any(q.inner_start <= f.start < q.inner_end for f in found)
            before, after = verbs.around(r.ctx, q)
            feats = span_features(r.ctx, q, first, last, bool(before), bool(after))
            shaped = speech_shaped(r.ctx, q, first, last)
            out.append(Example(gold_dir.parent.name, feats, label, said, shaped))
    return out


def _threshold(p: np.ndarray, y: np.ndarray) -> float:
    """The lowest probability that flags at most QUOTE_BUDGET of the quotations."""
    quotes = np.sort(p[y == 0])[::-1]
    allowed = int(QUOTE_BUDGET * len(quotes))
    return float(quotes[allowed]) + 1e-6


def _fit(x: sparse.csr_matrix, y: np.ndarray, c: float) -> LogisticRegression:
    return LogisticRegression(C=c, max_iter=2000, random_state=0).fit(x, y)


def _oof(x: sparse.csr_matrix, y: np.ndarray, groups: list[str], c: float) -> np.ndarray:
    p = np.zeros(len(y))
    for train, test in GroupKFold(FOLDS).split(x, y, groups):
        p[test] = _fit(x[train], y[train], c).predict_proba(x[test])[:, 1]
    return p


def _report(label: str, ex: list[Example], p: np.ndarray, threshold: float) -> dict[str, int]:
    y = np.array([e.is_name for e in ex])
    rules = np.array([e.rules_quote for e in ex])
    flagged = p >= threshold
    figures = {
        "quotations": int((y == 0).sum()),
        "names": int(y.sum()),
        "names_taken_by_rules": int((rules & (y == 1)).sum()),
        "names_taken_with_model": int((rules & ~flagged & (y == 1)).sum()),
        "quotations_lost_to_model": int((rules & flagged & (y == 0)).sum()),
        "names_found_by_model_alone": int((flagged & (y == 1)).sum()),
    }
    click.echo(f"{label}: {figures}")
    return figures


def train(sets: list[tuple[Path, Path, bool]], output: Path) -> dict[str, object]:
    """Train on the sets not held out, write the model to `output`; return its figures."""
    train_ex: list[Example] = []
    held: list[Example] = []
    with rules_only():
        for gold_dir, articles, held_out in sets:
            (held if held_out else train_ex).extend(examples(gold_dir, articles))
    vec = DictVectorizer()
    x = vec.fit_transform([dict.fromkeys(e.features, 1) for e in train_ex])
    y = np.array([e.is_name for e in train_ex])
    groups = [e.group for e in train_ex]
    asked = np.array([not e.speech_shaped for e in train_ex])  # the model's say, where it has one
    best: tuple[float, float, np.ndarray] | None = None
    for c in C_GRID:
        p = _oof(x, y, groups, c) * asked
        found = float((p[y == 1] >= _threshold(p, y)).mean())
        click.echo(f"C={c}: names found at the quotation budget {found:.3f}")
        if best is None or found > best[0]:
            best = (found, c, p)
    assert best is not None
    _, c, p = best
    threshold = _threshold(p, y)
    figures: dict[str, object] = {
        "trained": dt.date.today().isoformat(),
        "sklearn": sklearn.__version__,
        "examples": len(train_ex),
        "names": int(y.sum()),
        "C": c,
        "quote_budget": QUOTE_BUDGET,
        "cross_validated": _report("cross-validated", train_ex, p, threshold),
    }
    model = _fit(x, y, c)
    if held:
        xh = vec.transform([dict.fromkeys(e.features, 1) for e in held])
        p_held = model.predict_proba(xh)[:, 1] * [not e.speech_shaped for e in held]
        figures["held_out"] = _report("held-out sets", held, p_held, threshold)
    coefs = zip(vec.feature_names_, model.coef_[0], strict=True)
    weights = {f: round(float(w), 5) for f, w in coefs if w}
    figures |= {
        "threshold": round(threshold, 5),
        "bias": round(float(model.intercept_[0]), 5),
        "weights": weights,
    }
    output.write_text(json.dumps(figures, ensure_ascii=False, indent=0), encoding="utf-8")
    return figures


@click.command()
@click.option("--output", type=click.Path(path_type=Path), default=MODEL_PATH, show_default=True)
def main(output: Path) -> None:
    """Train the model, print cross-validated and held-out figures, write the weights."""
    figures = train(gold_sets(), output)
    click.echo(f"wrote {output} (threshold {figures['threshold']})")


if __name__ == "__main__":
    main()
