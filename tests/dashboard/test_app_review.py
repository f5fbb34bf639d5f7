"""AppTest of the reviewing pages: claim grid, claim page (verdict, evidence), search,
overview and export, on a copy of the seed article's database (made once with the real model).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest
from streamlit.testing.v1.element_tree import Html

from bench.generate import arabic_articles
from claims.articles import save_article
from claims.reading import Document
from claims.service import Desk
from claims.store import Store
from claims.types import ArticleInfo, Claim, Extraction

REPO = Path(__file__).resolve().parents[2]
APP = REPO / "dashboard" / "app.py"
TIMEOUT = 120  # the first run of a test session loads the embedding model
# Beijing "pushed back on the US hint that it is considering sending lethal aid".
DENIAL = "تراجعت بكين"

pytestmark = pytest.mark.slow  # the seeded database is extracted and embedded for real


@pytest.fixture(scope="session")
def seeded_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database holding the seed article, extracted and embedded once per test session."""
    path = tmp_path_factory.mktemp("seeded") / "desk.duckdb"
    report = Desk(path).load_sample_if_empty()
    assert report is not None and report.stored == 1
    return path


@pytest.fixture
def seeded(seeded_template: Path, desk_db: Path) -> Store:
    """This test's database: a copy of the seeded template."""
    shutil.copy(seeded_template, desk_db)
    return Store(desk_db)


def _app(**query: str) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=TIMEOUT)
    at.session_state["ui_lang"] = "en"
    at.query_params.update(query)
    return at


def _denial(store: Store) -> int:
    return int(store.scalar("SELECT id FROM claims WHERE strpos(text, ?) > 0", [DENIAL]))


def _html(at: AppTest) -> list[str]:
    return [h.value for h in at.get("html") if isinstance(h, Html)]


def _submit(at: AppTest, form: str, label: str) -> AppTest:
    return at.button(key=f"FormSubmitter:{form}-{label}").click().run()


def test_claim_grid_filters_sorts_pages_and_opens_a_claim(desk_db: Path) -> None:
    text = "\n".join(f"الادعاء رقم {i} عن الاقتصاد." for i in range(120))
    lines = text.split("\n")
    starts = [sum(len(x) + 1 for x in lines[:i]) for i in range(len(lines))]
    claims = [
        Claim(
            line,
            s,
            s + len(line),
            "numeric" if i % 3 else "event",
            "الوزير" if i % 2 else None,
            round(i / 120, 3),
        )
        for i, (line, s) in enumerate(zip(lines, starts, strict=True))
    ]
    extraction = Extraction(ArticleInfo("اقتصاد", "ar", len(text)), [], [], claims, [])
    save_article(Store(desk_db), Document(text=text, title="اقتصاد"), extraction)

    at = _app().run()
    at.switch_page("app_pages/claims.py").run()
    assert not at.exception and not at.error
    assert at.caption[0].value.startswith("Claims 1–50 of 120.")
    assert at.dataframe[0].value["Claim"].iloc[0] == "الادعاء رقم 119 عن الاقتصاد."  # best first

    at.selectbox(key="claims:f:kind").set_value("event").run()
    assert at.caption[0].value.startswith("Claims 1–40 of 40.")
    at.selectbox(key="claims:f:kind").set_value(None).run()
    at.number_input(key="claims:f:page").set_value(3).run()
    assert at.caption[0].value.startswith("Claims 101–120 of 120.")
    at.selectbox(key="claims:f:speaker").set_value("الوزير").run()  # a filter resets the page
    assert at.caption[0].value.startswith("Claims 1–50 of 60.")

    first = int(at.dataframe[0].value["#"].iloc[0])
    at.session_state["claims:grid"] = {"selection": {"rows": [0], "columns": [], "cells": []}}
    at.run()
    assert at.query_params["claim"] == [str(first)] or at.query_params["claim"] == str(first)
    assert at.title[0].value == f"Claim #{first}"


def test_unknown_or_malformed_claim_id_is_a_message(seeded: Store) -> None:
    at = _app(claim="99999").run()
    assert not at.exception and [e.value for e in at.error] == ["There is no claim #99999."]
    at = _app(claim="<script>").run()
    assert not at.exception and at.error[0].value == "“<script>” is not a claim number."


def test_verdict_needs_a_name_and_a_note_and_lands_in_the_history(seeded: Store) -> None:
    cid = _denial(seeded)
    at = _app(claim=str(cid)).run()
    assert not at.exception and not at.error
    assert DENIAL in "".join(_html(at))
    at.selectbox(key=f"claim:{cid}:verdict:status").set_value("false")
    _submit(at, f"claim:{cid}:verdict", "Save verdict")
    assert "Enter your name in the sidebar first" in at.error[0].value

    at.sidebar.text_input(key="reviewer").input("Mona")
    _submit(at, f"claim:{cid}:verdict", "Save verdict")
    assert at.error[0].value == "a note is required"
    assert seeded.scalar("SELECT status FROM claims WHERE id = ?", [cid]) == "unverified"

    at.text_area(key=f"claim:{cid}:verdict:note").input("China's denial is not evidence")
    _submit(at, f"claim:{cid}:verdict", "Save verdict")
    assert not at.error
    assert at.success[0].value == "Verdict changed: Unverified → False."
    assert at.text_area(key=f"claim:{cid}:verdict:note").value == ""  # ready for the next
    assert seeded.scalar("SELECT status FROM claims WHERE id = ?", [cid]) == "false"
    history = at.dataframe[0].value
    assert history["Who"].tolist() == ["Mona"]
    assert history["Old → new"].tolist() == ["Unverified → False"]
    assert at.metric[0].value == "False"


def test_evidence_is_linked_edited_and_removed_with_its_history(seeded: Store) -> None:
    cid = _denial(seeded)
    at = _app(claim=str(cid))
    at.session_state["reviewer"] = "Omar"
    at.run()
    form = f"claim:{cid}:new"
    at.text_input(key=f"{form}:title").input("<img src=x onerror=alert(1)> بيان")
    at.text_input(key=f"{form}:url").input("javascript:alert(1)")
    at.radio(key=f"{form}:stance").set_value("contradicts")
    _submit(at, form, "Add source and link it")
    assert at.error[0].value.startswith("not an http(s) URL")
    assert seeded.scalar("SELECT count(*) FROM sources") == 0

    at.text_input(key=f"{form}:url").input("https://example.org/statement")
    at.text_area(key=f"{form}:text").input("قالت الخارجية الصينية إن بكين لم ترسل أسلحة فتاكة.")
    at.text_area(key=f"{form}:excerpt").input("لم ترسل أسلحة")
    _submit(at, form, "Add source and link it")
    assert not at.error and at.success[0].value == "Evidence linked."
    assert at.text_input(key=f"{form}:title").value == ""
    (link,) = seeded.query("SELECT id, stance, created_by FROM evidence WHERE claim_id = ?", [cid])
    assert (link["stance"], link["created_by"]) == ("contradicts", "Omar")
    cards = "".join(_html(at))
    assert "&lt;img src=x onerror=alert(1)&gt; بيان" in cards and "<img" not in cards
    assert 'href="https://example.org/statement"' in cards
    # The stored source's passage is suggested back for this claim.
    assert at.button(key=f"claim:{cid}:use:0").label == "Use in the link form"

    lid = link["id"]
    at.selectbox(key=f"ev:{lid}:stance").set_value("context")
    _submit(at, f"ev:{lid}:edit", "Save")
    assert seeded.scalar("SELECT stance FROM evidence WHERE id = ?", [lid]) == "context"
    at.text_input(key=f"ev:{lid}:why").input("duplicate")
    _submit(at, f"ev:{lid}:remove", "Remove")
    assert seeded.scalar("SELECT count(*) FROM evidence") == 0
    actions = [
        r["action"]
        for r in seeded.query(
            "SELECT action FROM claim_history WHERE claim_id = ? ORDER BY id", [cid]
        )
    ]
    assert actions == ["evidence added", "evidence edited", "evidence removed"]
    assert at.dataframe[0].value["Change"].tolist() == [
        "evidence added",
        "evidence edited",
        "evidence removed",
    ]


def test_english_search_finds_the_arabic_claim(seeded: Store) -> None:
    at = _app().run()
    at.switch_page("app_pages/search.py").run()
    at.text_input(key="search:f:q").input("China denies sending lethal aid to Russia").run()
    assert not at.exception and not at.error
    results = [x for x in _html(at) if 'class="cd-text"' in x]
    assert len(results) == 10  # the default number of results
    assert any(DENIAL in x for x in results)
    at.text_input(key="search:f:q").input("x").run()
    assert "too short" in at.error[0].value
    at.text_input(key="search:f:q").input("China denies sending lethal aid").run()
    at.selectbox(key="search:f:status").set_value("false").run()
    assert at.info[0].value == "Nothing found."


def test_overview_and_export_pages(seeded: Store) -> None:
    at = _app()
    at.session_state["reviewer"] = "Mona"
    at.run()
    at.switch_page("app_pages/overview.py").run()
    assert not at.exception and not at.error
    assert len(at.get("plotly_chart")) >= 4
    assert at.metric[0].value == f"{seeded.scalar('SELECT count(*) FROM claims'):,}"
    at.switch_page("app_pages/export.py").run()
    assert not at.exception and not at.error
    assert len(at.get("download_button")) == 3
    at.text_input(key="export:publisher_url").input("javascript:alert(1)").run()
    assert at.error[0].value.startswith("not an http(s) URL")
    assert len(at.get("download_button")) == 2


def test_two_reviewers_and_a_cli_ingest_at_once_lose_nothing(
    seeded: Store, desk_db: Path, tmp_path: Path
) -> None:
    batch = tmp_path / "batch.jsonl"
    batch.write_text(
        "".join(
            json.dumps({"id": str(i), "title": f"مقال {i}", "text": text}, ensure_ascii=False)
            + "\n"
            for i, text in enumerate(arabic_articles(20))
        ),
        encoding="utf-8",
    )
    cli = subprocess.Popen(
        [sys.executable, "-m", "claims", "ingest", str(batch)],
        cwd=REPO,
        env={**os.environ, "CLAIMDESK_DB": str(desk_db)},
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    first, second = (int(r["id"]) for r in seeded.query("SELECT id FROM claims LIMIT 2"))
    sessions = []
    for who, cid in (("Mona", first), ("Omar", second)):
        at = _app(claim=str(cid))
        at.session_state["reviewer"] = who
        sessions.append((at.run(), cid))
    saves = 0
    deadline = time.monotonic() + 240
    while cli.poll() is None or saves < 4:
        assert time.monotonic() < deadline, "the CLI ingest did not finish"
        for at, cid in sessions:
            status = ("false", "misleading")[saves % 2]
            at.selectbox(key=f"claim:{cid}:verdict:status").set_value(status)
            at.text_area(key=f"claim:{cid}:verdict:note").input(f"save {saves}")
            _submit(at, f"claim:{cid}:verdict", "Save verdict")
            assert not at.exception and not at.error, [e.value for e in at.error]
        saves += 1
    output = cli.stdout.read().decode() if cli.stdout else ""
    assert cli.returncode == 0, output
    assert seeded.scalar("SELECT count(*) FROM articles") == 21
    for _, cid in sessions:
        notes = [
            r["note"]
            for r in seeded.query(
                "SELECT note FROM claim_history WHERE claim_id = ? ORDER BY id", [cid]
            )
        ]
        assert notes == [f"save {i}" for i in range(saves)]
