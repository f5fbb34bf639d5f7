"""Tests for claims.export: records, CSV, JSON and schema.org ClaimReview JSON-LD."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest

from claims.errors import NotFoundError, ValidationError
from claims.export import claim_reviews, export_records, to_csv, to_json
from claims.review import add_source, link_evidence, set_status
from claims.store import Store

ARABIC = 'قال الوزير: "ارتفعت البطالة إلى 12%" <b>&</b>'


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return Store(tmp_path / "desk.duckdb")


@pytest.fixture
def ids(store: Store) -> dict[str, int]:
    """An article with four claims: false (with evidence), unverifiable, unverified, true."""
    with store.connect() as con:
        article = con.execute(
            """INSERT INTO articles (content_hash, title, url, publisher, published, lang, text)
               VALUES ('h1', 'البطالة في ارتفاع', 'https://news.example/a?id=1&x=2',
                       'وكالة الأنباء', 'Tue, 05 Mar 2024 10:00:00 +0000', 'ar', 'نص')
               RETURNING id"""
        ).fetchone()[0]  # type: ignore[index]

        def claim(text: str, speaker: str | None, start: int) -> int:
            return int(
                con.execute(
                    """INSERT INTO claims (article_id, text, start_pos, end_pos, kind, speaker,
                           checkworthiness, entities) VALUES (?, ?, ?, ?, 'numeric', ?, 0.8, ?)
                       RETURNING id""",
                    [article, text, start, start + len(text), speaker, ["البطالة"]],
                ).fetchone()[0]  # type: ignore[index]
            )

        out = {
            "false": claim(ARABIC, "الوزير", 0),
            "unverifiable": claim('=HYPERLINK("http://evil")', "وزارة العمل", 50),
            "unverified": claim("لم يراجع بعد", None, 80),
            "true": claim("صدق الخبر", None, 100),
        }
        con.execute("INSERT INTO entities (canonical, type) VALUES ('وزارة العمل', 'ORG')")
        out["article"] = int(article)
    set_status(store, out["false"], "in review", "سارة", "بدأنا")
    set_status(store, out["false"], "false", "سارة", "الرقم الرسمي 7%")
    set_status(store, out["unverifiable"], "unverifiable", "علي", "لا بيانات")
    set_status(store, out["true"], "true", "علي", "مؤكد")
    source = add_source(store, "تقرير الإحصاء", "سارة", url="https://stats.example/r")
    link_evidence(store, out["false"], source, "contradicts", "سارة", excerpt="7%", note="جدول 3")
    link_evidence(store, out["false"], source, "context", "سارة")
    return out


def test_export_records_hold_claim_article_evidence_history(
    store: Store, ids: dict[str, int]
) -> None:
    records = export_records(store)
    assert [r["id"] for r in records] == [
        ids[k] for k in ("false", "unverifiable", "unverified", "true")
    ]
    r = records[0]
    assert r["text"] == ARABIC and r["status"] == "false" and r["entities"] == ["البطالة"]
    assert r["article"]["title"] == "البطالة في ارتفاع"
    assert r["article"]["url"] == "https://news.example/a?id=1&x=2"
    assert [(e["stance"], e["source_title"], e["source_url"], e["who"]) for e in r["evidence"]] == [
        ("context", "تقرير الإحصاء", "https://stats.example/r", "سارة"),
        ("contradicts", "تقرير الإحصاء", "https://stats.example/r", "سارة"),
    ]
    assert r["evidence"][1]["excerpt"] == "7%" and r["evidence"][1]["note"] == "جدول 3"
    assert [h["action"] for h in r["history"]] == [
        "status",
        "status",
        "evidence added",
        "evidence added",
    ]
    assert (r["history"][1]["old_value"], r["history"][1]["new_value"]) == ("in review", "false")
    assert r["history"][1]["who"] == "سارة" and r["history"][1]["note"] == "الرقم الرسمي 7%"
    assert records[2]["evidence"] == [] and records[2]["history"] == []


def test_export_selected_ids_in_given_order(store: Store, ids: dict[str, int]) -> None:
    records = export_records(store, [ids["true"], ids["false"], ids["true"]])
    assert [r["id"] for r in records] == [ids["true"], ids["false"]]
    assert len(records[1]["evidence"]) == 2 and records[0]["evidence"] == []
    assert export_records(store, []) == []
    with pytest.raises(NotFoundError):
        export_records(store, [ids["true"], 999_999])


def test_csv_parses_back_with_arabic_intact(store: Store, ids: dict[str, int]) -> None:
    text = to_csv(export_records(store))
    assert text.startswith("\ufeff")
    # What Excel and csv readers see once the text is written as UTF-8.
    raw = text.encode("utf-8")
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    assert len(rows) == 4
    first = rows[0]
    assert first["text"] == ARABIC
    assert first["article_title"] == "البطالة في ارتفاع" and first["speaker"] == "الوزير"
    assert (
        first["evidence_supports"],
        first["evidence_contradicts"],
        first["evidence_context"],
    ) == ("0", "1", "1")
    assert "تقرير الإحصاء" in first["evidence"] and "«7%»" in first["evidence"]
    assert len(first["history"].splitlines()) == 4 and "in review → false" in first["history"]
    assert [e["stance"] for e in json.loads(first["evidence_json"])] == ["context", "contradicts"]
    assert json.loads(first["history_json"])[1]["note"] == "الرقم الرسمي 7%"
    # A claim that looks like a formula is shown, not run, by spreadsheets.
    assert rows[1]["text"] == '\'=HYPERLINK("http://evil")'
    assert rows[2]["evidence"] == "" and rows[2]["evidence_supports"] == "0"


def test_csv_of_no_records_is_a_header() -> None:
    rows = list(csv.reader(io.StringIO(to_csv([]).lstrip("\ufeff"))))
    assert len(rows) == 1 and rows[0][0] == "claim_id"


def test_json_round_trip(store: Store, ids: dict[str, int]) -> None:
    text = to_json(export_records(store))
    assert "البطالة في ارتفاع" in text  # not \\u escapes
    data = json.loads(text)
    assert data[0]["text"] == ARABIC
    assert data[0]["history"][0]["when"][:4].isdigit() and "T" in data[0]["history"][0]["when"]
    assert data[0]["updated_at"] == export_records(store)[0]["updated_at"].isoformat()


def _reviews_by_text(reviews: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {r["claimReviewed"]: r for r in reviews}


def test_claim_reviews_fields_and_ratings(store: Store, ids: dict[str, int]) -> None:
    with store.connect() as con:
        # The latest status change decides the review date, not the evidence added later.
        con.execute(
            """UPDATE claim_history SET changed_at = TIMESTAMP '2024-06-02 23:30:00'
               WHERE claim_id = ? AND new_value = 'false'""",
            [ids["false"]],
        )
        con.execute(
            """UPDATE claim_history SET changed_at = TIMESTAMP '2024-06-01 08:00:00'
               WHERE claim_id = ? AND new_value = 'in review'""",
            [ids["false"]],
        )
    reviews = claim_reviews(store, publisher="مرصد", publisher_url="https://desk.example/")
    by_text = _reviews_by_text(reviews)
    assert set(by_text) == {ARABIC, '=HYPERLINK("http://evil")', "صدق الخبر"}
    false = by_text[ARABIC]
    assert false["@context"] == "https://schema.org" and false["@type"] == "ClaimReview"
    assert false["reviewRating"] == {
        "@type": "Rating",
        "ratingValue": 1,
        "bestRating": 5,
        "worstRating": 1,
        "alternateName": "False",
    }
    assert false["author"] == {
        "@type": "Organization",
        "name": "مرصد",
        "url": "https://desk.example/",
    }
    assert false["url"] == f"https://desk.example/claim?claim={ids['false']}"
    assert false["datePublished"] == "2024-06-02"
    assert false["inLanguage"] == "ar"
    item = false["itemReviewed"]
    assert item["author"] == {"@type": "Person", "name": "الوزير"}
    assert item["appearance"] == [
        {
            "@type": "CreativeWork",
            "url": "https://news.example/a?id=1&x=2",
            "headline": "البطالة في ارتفاع",
            "publisher": {"@type": "Organization", "name": "وكالة الأنباء"},
        }
    ]
    assert item["datePublished"] == "2024-03-05T10:00:00+00:00"

    unverifiable = by_text['=HYPERLINK("http://evil")']
    assert unverifiable["reviewRating"] == {"@type": "Rating", "alternateName": "Unverifiable"}
    assert unverifiable["itemReviewed"]["author"]["@type"] == "Organization"
    true = by_text["صدق الخبر"]
    assert true["reviewRating"]["ratingValue"] == 5
    assert "author" not in true["itemReviewed"]
    # Stored text goes out exactly as stored: JSON escapes it, nothing is HTML-escaped.
    assert json.loads(json.dumps(reviews, ensure_ascii=False))[0]["claimReviewed"] == ARABIC


def test_claim_review_rating_scale(store: Store, ids: dict[str, int]) -> None:
    for status, value in (("misleading", 2), ("mostly true", 4)):
        set_status(store, ids["true"], status, "علي", "مراجعة")
        review = _reviews_by_text(claim_reviews(store))["صدق الخبر"]
        assert review["reviewRating"]["ratingValue"] == value
        assert review["reviewRating"]["alternateName"] == status.capitalize()


def test_unreviewed_claims_are_not_published(store: Store, ids: dict[str, int]) -> None:
    set_status(store, ids["true"], "in review", "علي", "إعادة فتح")
    texts = set(_reviews_by_text(claim_reviews(store)))
    assert "لم يراجع بعد" not in texts and "صدق الخبر" not in texts
    assert len(texts) == 2


def test_claim_review_without_publisher_url_or_dates(store: Store, ids: dict[str, int]) -> None:
    with store.connect() as con:
        con.execute("UPDATE articles SET published = 'yesterday-ish', lang = 'en'")
    review = _reviews_by_text(claim_reviews(store))[ARABIC]
    assert "url" not in review and review["author"] == {
        "@type": "Organization",
        "name": "Claim Desk",
    }
    assert "datePublished" not in review["itemReviewed"] and review["inLanguage"] == "en"
    with pytest.raises(ValidationError):
        claim_reviews(store, publisher_url="javascript:alert(1)")
