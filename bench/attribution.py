"""Quotation attribution on the hand-annotated held-out sets (tests/claims/heldout*/).

Prints, per set: quotations found, quotations with the right speaker, and quoted names taken
for quotations. Sets marked HELD_OUT have never been tuned on: theirs is the honest figure.
Run: `.venv/bin/python bench/attribution.py`
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.claims.goldscore import Score, load, score  # noqa: E402

SETS = ROOT / "tests" / "claims"


def main() -> None:
    """Score every held-out set and print one row per set."""
    print(f"{'set':<12}{'status':<12}{'found':>10}{'right speaker':>20}{'names taken':>14}")
    folders = [p for p in SETS.glob("heldout*") if p.is_dir()]
    # heldout, heldout2, ..., heldout10: in the order the sets were written
    for folder in sorted(folders, key=lambda p: int(p.name.removeprefix("heldout") or 1)):
        total = Score()
        for path in sorted((folder / "gold").glob("*.json")):
            total.add(score(*load(path, folder / "articles")[::2])[0])
        status = "held out" if (folder / "HELD_OUT").exists() else "tuned on"
        right = f"{total.speakers_right}/{total.quotes} ({total.speakers_right / total.quotes:.1%})"
        print(
            f"{folder.name:<12}{status:<12}{total.quotes_found:>5}/{total.quotes:<4}{right:>20}"
            f"{total.names_taken:>8}/{total.names}"
        )


if __name__ == "__main__":
    main()
