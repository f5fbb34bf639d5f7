"""Verdicts, sources and evidence links, each change recorded in the claim's history."""

from __future__ import annotations

from pathlib import Path

import pytest

from claims import review
from claims.errors import NotFoundError, ValidationError
from claims.store import Store
from tests.conftest import MakeClaim


@pytest.fixture
def store(desk_db: Path) -> Store:
    return Store(desk_db)


def test_status_change_is_recorded_with_who_old_new_and_note(
    make_claim: MakeClaim, store: Store
) -> None:
    cid = make_claim(store)
    assert review.set_status(store, cid, "in review", "Mona", "checking the figure") == "unverified"
    assert review.set_status(store, cid, "false", "Omar", "ministry data says otherwise") == (
        "in review"
    )
    history = review.history_for(store, cid)
    assert [(h["who"], h["old_value"], h["new_value"], h["note"]) for h in history] == [
        ("Mona", "unverified", "in review", "checking the figure"),
        ("Omar", "in review", "false", "ministry data says otherwise"),
    ]
    assert store.scalar("SELECT status FROM claims WHERE id = ?", [cid]) == "false"


@pytest.mark.parametrize(
    ("status", "who", "note", "message"),
    [
        ("wrong", "Mona", "n", "unknown status"),
        ("false", "Mona", "  ", "note"),
        ("false", "", "n", "reviewer"),
    ],
)
def test_bad_verdicts_are_refused_and_change_nothing(
    make_claim: MakeClaim, store: Store, status: str, who: str, note: str, message: str
) -> None:
    cid = make_claim(store)
    with pytest.raises(ValidationError, match=message):
        review.set_status(store, cid, status, who, note)
    assert review.history_for(store, cid) == []
    with pytest.raises(NotFoundError):
        review.set_status(store, 999_999, "false", "Mona", "n")


def test_evidence_link_edit_remove_each_in_history(make_claim: MakeClaim, store: Store) -> None:
    cid = make_claim(store)
    sid = review.add_source(
        store,
        "Reuters report",
        "Mona",
        url="https://reuters.com/x",
        text="China denied the claims.",
    )
    link = review.link_evidence(store, cid, sid, "contradicts", "Mona", "China denied", "key")
    [ev] = review.evidence_for(store, cid)
    assert (ev["stance"], ev["title"], ev["excerpt"]) == (
        "contradicts",
        "Reuters report",
        "China denied",
    )
    review.edit_evidence(store, link, "Omar", stance="context", note="weaker than thought")
    assert review.evidence_for(store, cid)[0]["stance"] == "context"
    review.remove_evidence(store, link, "Omar", "duplicate")
    assert review.evidence_for(store, cid) == []
    assert [h["action"] for h in review.history_for(store, cid)] == [
        "evidence added",
        "evidence edited",
        "evidence removed",
    ]


def test_bad_links_and_urls_are_refused(make_claim: MakeClaim, store: Store) -> None:
    cid = make_claim(store)
    with pytest.raises(ValidationError, match="http"):
        review.add_source(store, "x", "Mona", url="javascript:alert(1)")
    sid = review.add_source(store, "x", "Mona", url="")
    with pytest.raises(ValidationError, match="stance"):
        review.link_evidence(store, cid, sid, "agrees", "Mona")
    with pytest.raises(NotFoundError, match="source"):
        review.link_evidence(store, cid, 424242, "supports", "Mona")
    assert review.evidence_for(store, cid) == []
