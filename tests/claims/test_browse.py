"""Tests for claims.browse: filters, sorting, pagination, claim context and overview figures."""

from __future__ import annotations

import time
from datetime import date
from pathlib import Path

import pytest

from claims import browse
from claims.browse import ClaimFilter, claim_detail, list_claims, overview
from claims.errors import NotFoundError, ValidationError
from claims.normalize import normalize_for_hash
from claims.review import add_source, link_evidence, set_status
from claims.store import STANCES, STATUSES, Store

INJECTION = "x'); DROP TABLE claims; --"
Seeded = tuple[Store, dict[str, int]]


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return Store(tmp_path / "desk.duckdb")


def add_article(store: Store, text: str, title: str = "مقال", **extra: str) -> int:
    """Insert an article row directly; return its id."""
    with store.connect() as con:
        row = con.execute(
            """INSERT INTO articles (content_hash, title, url, publisher, published, lang, text)
               VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id""",
            [
                str(hash((title, text))),
                title,
                extra.get("url"),
                extra.get("publisher"),
                extra.get("published"),
                extra.get("lang", "ar"),
                text,
            ],
        ).fetchone()
    assert row
    return int(row[0])


def add_claim(
    store: Store,
    article_id: int,
    text: str,
    kind: str = "event",
    speaker: str | None = None,
    cw: float = 0.5,
    start: int = 0,
) -> int:
    """Insert a claim row directly (status unverified); return its id."""
    with store.connect() as con:
        row = con.execute(
            """INSERT INTO claims (article_id, text, text_folded, start_pos, end_pos, kind,
                   speaker, checkworthiness) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""",
            [
                article_id,
                text,
                normalize_for_hash(text),
                start,
                start + len(text),
                kind,
                speaker,
                cw,
            ],
        ).fetchone()
    assert row
    return int(row[0])


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Seeded:
    """Two articles, seven claims with varied speakers, kinds, scores, statuses and evidence.

    Shared by the read-only tests of this module (building it takes a second).
    """
    store = Store(tmp_path_factory.mktemp("desk") / "desk.duckdb")
    a1 = add_article(store, "نص أول", title="الاقتصاد")
    a2 = add_article(store, "نص ثان", title="الانتخابات")
    ids = {
        "oil": add_claim(store, a1, "ارتفع إنتاج النفط بنسبة 12%", "numeric", "الوزير", 0.9, 0),
        "gdp": add_claim(store, a1, "The GDP grew by 3.5 percent", "numeric", "Minister", 0.7, 40),
        "jobs": add_claim(store, a1, "وفرت الحكومة 50 ألف وظيفة", "event", "الوزير", 0.4, 90),
        "vote": add_claim(store, a2, "بلغت نسبة المشاركة 60%", "numeric", None, 0.8, 0),
        "rally": add_claim(store, a2, "احتشد الآلاف في الساحة", "event", "الشرطة", 0.2, 30),
        "pct": add_claim(store, a2, "رقم 100% صحيح_تماما", "position", "الشرطة", 0.6, 60),
        "ban": add_claim(store, a2, "منعت السلطات التجمع", "event", None, 0.1, 90),
    }
    ids["a1"], ids["a2"] = a1, a2
    set_status(store, ids["oil"], "false", "سارة", "الأرقام الرسمية تقول 4%")
    set_status(store, ids["vote"], "true", "سارة", "مطابق للجنة الانتخابات")
    set_status(store, ids["rally"], "in review", "علي", "نبحث")
    source = add_source(store, "تقرير البنك المركزي", "سارة", url="https://example.org/r")
    link_evidence(store, ids["oil"], source, "contradicts", "سارة")
    link_evidence(store, ids["oil"], source, "context", "سارة")
    link_evidence(store, ids["vote"], source, "supports", "سارة")
    return store, ids


def ids_of(page: browse.ClaimPage) -> list[int]:
    return [r["id"] for r in page.rows]


def test_no_filter_lists_everything_with_row_fields(seeded: Seeded) -> None:
    store, desk = seeded
    page = list_claims(store, ClaimFilter())
    assert page.total == 7 and len(page.rows) == 7
    oil = next(r for r in page.rows if r["id"] == desk["oil"])
    assert oil["article_title"] == "الاقتصاد"
    assert oil["evidence_count"] == 2 and oil["status"] == "false"
    assert set(oil) == {
        "id",
        "text",
        "kind",
        "speaker",
        "status",
        "checkworthiness",
        "article_id",
        "article_title",
        "evidence_count",
        "updated_at",
    }


def test_filters_combine(seeded: Seeded) -> None:
    store, desk = seeded

    def ids(**kw: object) -> set[int]:
        return set(ids_of(list_claims(store, ClaimFilter(**kw))))  # type: ignore[arg-type]

    assert ids(speaker="الوزير") == {desk["oil"], desk["jobs"]}
    assert ids(speaker="الوزير", kind="numeric") == {desk["oil"]}
    assert ids(kind="numeric", article_id=desk["a2"]) == {desk["vote"]}
    assert ids(status="unverified", article_id=desk["a1"]) == {desk["gdp"], desk["jobs"]}
    assert ids(min_checkworthiness=0.6, max_checkworthiness=0.8) == {
        desk["gdp"],
        desk["vote"],
        desk["pct"],
    }
    assert ids(min_checkworthiness=0.6, kind="event") == set()
    assert ids(status="false", speaker="الشرطة") == set()


def test_has_evidence_filter(seeded: Seeded) -> None:
    store, desk = seeded
    with_ev = list_claims(store, ClaimFilter(has_evidence=True))
    assert set(ids_of(with_ev)) == {desk["oil"], desk["vote"]}
    assert {r["id"]: r["evidence_count"] for r in with_ev.rows} == {desk["oil"]: 2, desk["vote"]: 1}
    without = list_claims(store, ClaimFilter(has_evidence=False, article_id=desk["a2"]))
    assert set(ids_of(without)) == {desk["rally"], desk["pct"], desk["ban"]}
    assert all(r["evidence_count"] == 0 for r in without.rows)


def test_text_filter_arabic_case_and_wildcards(seeded: Seeded) -> None:
    store, desk = seeded
    assert ids_of(list_claims(store, ClaimFilter(text="النفط"))) == [desk["oil"]]
    assert ids_of(list_claims(store, ClaimFilter(text="  الساحة "))) == [desk["rally"]]
    assert ids_of(list_claims(store, ClaimFilter(text="gdp GREW"))) == [desk["gdp"]]
    # % and _ are literal characters, not LIKE wildcards.
    assert ids_of(list_claims(store, ClaimFilter(text="100%"))) == [desk["pct"]]
    assert ids_of(list_claims(store, ClaimFilter(text="_"))) == [desk["pct"]]
    assert list_claims(store, ClaimFilter(text="غير موجود")).total == 0
    assert list_claims(store, ClaimFilter(text="   ")).total == 7


def test_pagination_totals_and_no_overlap(seeded: Seeded) -> None:
    store, desk = seeded
    pages = [list_claims(store, ClaimFilter(), "speaker", page=p, page_size=3) for p in (1, 2, 3)]
    assert [len(p.rows) for p in pages] == [3, 3, 1]
    assert all(p.total == 7 and p.page_size == 3 for p in pages)
    seen = [i for p in pages for i in ids_of(p)]
    assert len(seen) == len(set(seen)) == 7
    past = list_claims(store, ClaimFilter(), page=4, page_size=3)
    assert past.rows == [] and past.total == 7 and past.page == 4
    filtered = list_claims(store, ClaimFilter(article_id=desk["a2"]), page=2, page_size=3)
    assert filtered.total == 4 and len(filtered.rows) == 1


def test_sort_orders(seeded: Seeded) -> None:
    store, desk = seeded
    scores = [r["checkworthiness"] for r in list_claims(store, ClaimFilter()).rows]
    assert scores == sorted(scores, reverse=True)
    asc = [r["checkworthiness"] for r in list_claims(store, ClaimFilter(), descending=False).rows]
    assert asc == sorted(scores)

    # Status sorts by the review workflow (unverified first), not alphabetically.
    statuses = [r["status"] for r in list_claims(store, ClaimFilter(), "status", False).rows]
    assert statuses == sorted(statuses, key=STATUSES.index)
    assert statuses[0] == "unverified" and statuses[-1] == "false"

    # Unattributed claims come last in both directions.
    for descending in (True, False):
        speakers = [
            r["speaker"] for r in list_claims(store, ClaimFilter(), "speaker", descending).rows
        ]
        assert speakers[-2:] == [None, None]
        named = speakers[:-2]
        assert named == sorted(named, reverse=descending)

    by_article = list_claims(store, ClaimFilter(), "article", descending=False).rows
    assert ids_of(browse.ClaimPage(by_article, 7, 1, 50)) == [
        desk[k] for k in ("oil", "gdp", "jobs", "vote", "rally", "pct", "ban")
    ]

    # The three claims given a status were updated last, the last one set first.
    updated = ids_of(list_claims(store, ClaimFilter(), "updated"))
    assert updated[:3] == [desk["rally"], desk["vote"], desk["oil"]]


def test_bad_arguments_raise(seeded: Seeded) -> None:
    store = seeded[0]
    with pytest.raises(ValidationError):
        list_claims(store, ClaimFilter(), sort="id; DROP TABLE claims")
    with pytest.raises(ValidationError):
        list_claims(store, ClaimFilter(status="maybe"))
    with pytest.raises(ValidationError):
        list_claims(store, ClaimFilter(), page=0)
    with pytest.raises(ValidationError):
        list_claims(store, ClaimFilter(), page_size=0)
    with pytest.raises(ValidationError):
        list_claims(store, ClaimFilter(min_checkworthiness=0.8, max_checkworthiness=0.2))


def test_filter_values_are_bound_not_spliced(seeded: Seeded) -> None:
    store = seeded[0]
    for f in (
        ClaimFilter(speaker=INJECTION),
        ClaimFilter(kind=INJECTION),
        ClaimFilter(text=INJECTION),
        ClaimFilter(speaker="' OR 1=1 --"),
    ):
        assert list_claims(store, f).total == 0
    assert list_claims(store, ClaimFilter()).total == 7
    assert store.scalar("SELECT count(*) FROM claims") == 7


ARTICLE = (
    "عنوان الخبر\n"
    "\n"
    "  قال الوزير إن الاقتصاد نما. وأضاف أن النمو بلغ 3.5 في المئة هذا العام! ثم غادر.\n"
    "فقرة أخيرة؟ نعم."
)


def test_claim_detail_context_quotes_evidence_history(store: Store) -> None:
    article_id = add_article(
        store,
        ARTICLE,
        title="خبر",
        url="https://news.example/1",
        publisher="وكالة",
        published="2024-05-01",
        lang="ar",
    )
    claim_text = "في المئة هذا العام"
    start = ARTICLE.index(claim_text)
    claim_id = add_claim(store, article_id, claim_text, "numeric", "الوزير", 0.9, start)
    with store.connect() as con:
        for q_start, q_end in ((start - 5, start + 5), (0, 5), (start + len(claim_text), 200)):
            con.execute(
                """INSERT INTO quotes (article_id, text, start_pos, end_pos, speaker, kind)
                   VALUES (?, ?, ?, ?, 'الوزير', 'full')""",
                [article_id, ARTICLE[q_start:q_end], q_start, q_end],
            )
    source = add_source(store, "الإحصاء", "سارة")
    link_evidence(store, claim_id, source, "supports", "سارة", excerpt="3.5%")
    set_status(store, claim_id, "true", "سارة", "مطابق")

    d = claim_detail(store, claim_id)
    assert d["id"] == claim_id and d["text"] == claim_text
    assert d["article"] == {
        "id": article_id,
        "title": "خبر",
        "url": "https://news.example/1",
        "publisher": "وكالة",
        "published": "2024-05-01",
        "lang": "ar",
    }
    # The decimal point in 3.5 does not end the sentence; the leading spaces are not kept.
    assert d["sentence"] == "وأضاف أن النمو بلغ 3.5 في المئة هذا العام!"
    assert d["paragraph"] == ARTICLE.splitlines()[2].strip()
    s, e = d["offset_in_paragraph"]
    assert d["paragraph"][s:e] == claim_text
    assert [q["start_pos"] for q in d["quotes"]] == [start - 5]
    assert [link["excerpt"] for link in d["evidence"]["supports"]] == ["3.5%"]
    assert d["evidence"]["contradicts"] == [] and set(d["evidence"]) == set(STANCES)
    assert [h["action"] for h in d["history"]] == ["evidence added", "status"]


def test_claim_detail_sentence_edges(store: Store) -> None:
    article_id = add_article(store, ARTICLE)
    first = add_claim(store, article_id, "فقرة أخيرة؟", start=ARTICLE.index("فقرة أخيرة؟"))
    d = claim_detail(store, first)
    assert d["sentence"] == "فقرة أخيرة؟" and d["paragraph"] == "فقرة أخيرة؟ نعم."
    assert d["offset_in_paragraph"] == (0, len("فقرة أخيرة؟"))
    title = add_claim(store, article_id, "عنوان", start=0)
    assert claim_detail(store, title)["sentence"] == "عنوان الخبر"
    # A closing quote after the full stop belongs to the sentence it closes.
    quoted = "قال: «نما الاقتصاد.» ثم غادر الوزير."
    quoted_id = add_article(store, quoted)
    left = add_claim(store, quoted_id, "ثم غادر", start=quoted.index("ثم غادر"))
    assert claim_detail(store, left)["sentence"] == "ثم غادر الوزير."


def test_claim_detail_unknown_id(store: Store) -> None:
    with pytest.raises(NotFoundError):
        claim_detail(store, 424242)


def test_speakers_and_kinds(seeded: Seeded) -> None:
    store = seeded[0]
    assert browse.speakers(store) == sorted(["الوزير", "Minister", "الشرطة"])
    assert browse.kinds(store) == ["event", "numeric", "position"]


def _log(
    store: Store, claim_id: int, day: str, action: str, old: str | None, new: str | None
) -> None:
    with store.connect() as con:
        con.execute(
            """INSERT INTO claim_history (claim_id, changed_at, who, action, old_value, new_value)
               VALUES (?, CAST(? AS TIMESTAMP), 'سارة', ?, ?, ?)""",
            [claim_id, day, action, old, new],
        )


def test_overview_counts(seeded: Seeded) -> None:
    store, desk = seeded
    o = overview(store)
    assert [r["status"] for r in o.by_status] == list(STATUSES)
    counts = {r["status"]: r["claims"] for r in o.by_status}
    assert counts == {
        "unverified": 4,
        "in review": 1,
        "true": 1,
        "mostly true": 0,
        "misleading": 0,
        "false": 1,
        "unverifiable": 0,
    }
    assert o.by_speaker[0] == {"speaker": "الشرطة", "claims": 2, "reviewed": 1}
    assert {r["speaker"] for r in o.by_speaker} == {"الشرطة", "الوزير", "Minister"}
    assert [(r["article_id"], r["claims"], r["reviewed"]) for r in o.by_article] == [
        (desk["a2"], 4, 2),
        (desk["a1"], 3, 1),
    ]
    assert sorted(o.checkworthiness) == [0.1, 0.2, 0.4, 0.6, 0.7, 0.8, 0.9]
    assert o.evidence_balance[0] == {
        "claim_id": desk["oil"],
        "text": "ارتفع إنتاج النفط بنسبة 12%",
        "supports": 0,
        "contradicts": 1,
        "context": 1,
    }
    assert [r["claim_id"] for r in o.evidence_balance] == [desk["oil"], desk["vote"]]
    today = o.progress[-1]
    assert today["reviewed"] == 3 and today["changes"] == 6


def test_overview_progress_is_cumulative_per_day(store: Store) -> None:
    article_id = add_article(store, "نص")
    a, b, c = (add_claim(store, article_id, t) for t in ("أ", "ب", "ج"))
    _log(store, a, "2024-03-01 09:00", "status", "unverified", "in review")
    _log(store, a, "2024-03-01 17:00", "status", "in review", "false")
    _log(store, b, "2024-03-02 10:00", "status", "unverified", "true")
    _log(store, b, "2024-03-03 10:00", "evidence added", None, "#1 supports")
    _log(store, a, "2024-03-04 10:00", "status", "false", "unverified")
    _log(store, c, "2024-03-04 11:00", "status", "unverified", "in review")
    _log(store, c, "2024-03-04 12:00", "status", "in review", "unverified")
    progress = overview(store).progress
    assert [(p["date"], p["reviewed"], p["changes"]) for p in progress] == [
        (date(2024, 3, 1), 1, 2),
        (date(2024, 3, 2), 2, 1),
        (date(2024, 3, 3), 2, 1),
        (date(2024, 3, 4), 1, 3),
    ]


def test_overview_of_empty_store(store: Store) -> None:
    o = overview(store)
    assert all(r["claims"] == 0 for r in o.by_status)
    assert (o.by_speaker, o.by_article, o.checkworthiness, o.progress, o.evidence_balance) == (
        [],
        [],
        [],
        [],
        [],
    )


def seed_bulk(store: Store, n_claims: int, n_articles: int = 1000) -> None:
    """Fill an empty store with synthetic articles, claims, evidence and history (one INSERT
    ... SELECT from range() per table)."""
    with store.connect() as con:
        con.execute(
            """INSERT INTO articles (content_hash, title, lang, text)
               SELECT 'h' || i, 'مقال ' || i, 'ar', 'نص المقال ' || i FROM range(?) t(i)""",
            [n_articles],
        )
        first = con.execute("SELECT min(id) FROM articles").fetchone()[0]  # type: ignore[index]
        con.execute(
            """INSERT INTO claims (article_id, text, text_folded, start_pos, end_pos, kind,
                   speaker, checkworthiness, status, updated_at)
               SELECT ? + i % ?,
                      'ادعاء رقم ' || i || CASE WHEN i % 7 = 0 THEN ' عن البطالة'
                                                ELSE ' عن النفط' END,
                      'ادعاء رقم ' || i || CASE WHEN i % 7 = 0 THEN ' عن البطاله'
                                                ELSE ' عن النفط' END,
                      0, 10, (['numeric', 'event', 'attribution', 'position', 'quote'])[i % 5 + 1],
                      CASE WHEN i % 4 = 0 THEN NULL ELSE 'متحدث ' || (i % 300) END,
                      ((i * 7919) % 1000) / 1000.0, (?::VARCHAR[])[i % 7 + 1],
                      TIMESTAMP '2024-01-01' + to_hours(i % 2000)
               FROM range(?) t(i)""",
            [first, n_articles, list(STATUSES), n_claims],
        )
        con.execute("INSERT INTO sources (title, created_by) VALUES ('مصدر', 'bench')")
        con.execute(
            """INSERT INTO evidence (claim_id, source_id, stance, created_by)
               SELECT c.id, s.id, (?::VARCHAR[])[c.id % 3 + 1], 'bench'
               FROM claims c, sources s WHERE c.id % 10 = 0""",
            [list(STANCES)],
        )
        con.execute(
            """INSERT INTO claim_history (claim_id, changed_at, who, action, old_value, new_value)
               SELECT id, updated_at, 'bench', 'status', 'unverified', status FROM claims
               WHERE status <> 'unverified'"""
        )


def test_queries_at_100k_claims(store: Store) -> None:
    """Correct answers at scale; the timings are printed (pytest -s), not asserted."""
    n = 100_000
    seed_bulk(store, n)
    timings: dict[str, str] = {}

    def timed(label: str, f: ClaimFilter, sort: str, page: int = 1) -> browse.ClaimPage:
        t0 = time.perf_counter()
        result = list_claims(store, f, sort, page=page)
        timings[label] = f"{(time.perf_counter() - t0) * 1000:.0f} ms"
        return result

    for sort in browse.SORTS:
        page = timed(sort, ClaimFilter(), sort, page=1000)
        assert page.total == n and len(page.rows) == 50
    assert len(timed("last page", ClaimFilter(), "status", page=2000).rows) == 50
    text = timed("text", ClaimFilter(text="البطالة"), "speaker")
    assert text.total == len(range(0, n, 7))
    evidence = timed("evidence+status", ClaimFilter(has_evidence=True, status="false"), "updated")
    assert evidence.total == store.scalar(
        "SELECT count(*) FROM claims WHERE id % 10 = 0 AND status = 'false'"
    )
    t0 = time.perf_counter()
    o = overview(store)
    timings["overview"] = f"{(time.perf_counter() - t0) * 1000:.0f} ms"
    assert sum(r["claims"] for r in o.by_status) == n == len(o.checkworthiness)
    assert o.progress[-1]["reviewed"] == n - len(range(0, n, 7))
    print(timings)
