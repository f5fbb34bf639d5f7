"""End to end: the real app in Debian's chromium, driven by Playwright, one browser session.

The server starts on an empty database and loads the bundled sample itself. The test reads the
seed article (a quote highlighted with its speaker), adds an article carrying HTML and script
(shown as text, never run), searches in English for an Arabic claim, links a contradicting
source, sets a verdict, and checks the database. Screenshots of every page go to
tests/screenshots/ (git-ignored) for a human to look at.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from claims.store import Store

sync_api = pytest.importorskip("playwright.sync_api")
expect = sync_api.expect
if TYPE_CHECKING:
    from playwright.sync_api import Page

REPO = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")
SHOTS = REPO / "tests" / "screenshots"
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
]  # fmt: skip
IDLE = '[data-testid="stApp"][data-test-script-state="notRunning"]'
QUOTE = "الولايات المتحدة هي الوحيدة التي تحتاج إلى هذه المذبحة"
SPEAKER = "ألكسندر لوكاشينكو"
QUERY = "China denies sending lethal aid to Russia"
# Beijing "pushed back on the US hint that it is considering sending lethal aid".
DENIAL = "تراجعت بكين"
REVIEWER = "Mona"

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium"),
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """A `streamlit run` of the dashboard on a free port and an empty database."""
    db = tmp_path_factory.mktemp("e2e") / "desk.duckdb"
    port = _free_port()
    log = (db.parent / "server.log").open("w")
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "streamlit",
            "run",
            "dashboard/app.py",
            "--server.headless",
            "true",
            "--server.port",
            str(port),
            "--server.address",
            "127.0.0.1",
        ],
        cwd=REPO,
        env={**os.environ, "CLAIMDESK_DB": str(db)},
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as r:
                    if r.status == 200:
                        break
            except OSError:
                pass
            assert proc.poll() is None, (db.parent / "server.log").read_text()
            assert time.monotonic() < deadline, "the dashboard did not come up"
            time.sleep(0.3)
        yield url, db
    finally:
        proc.terminate()
        proc.wait(timeout=20)
        log.close()


def _idle(page: Page, timeout: float = 30_000) -> None:
    """Wait for the script run a click or key started to finish."""
    page.wait_for_timeout(250)  # let the rerun start before waiting for its end
    page.wait_for_selector(IDLE, timeout=timeout)


def _shot(page: Page, name: str) -> None:
    """Screenshot the whole page: Streamlit scrolls inside stMain, so grow the window to fit."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    size = page.viewport_size or {"width": 1400, "height": 1000}
    height = page.evaluate("document.querySelector('[data-testid=\"stMain\"]').scrollHeight")
    page.set_viewport_size({"width": size["width"], "height": min(max(height, 600), 6000)})
    page.wait_for_timeout(300)
    page.screenshot(path=str(SHOTS / f"{name}.png"))
    page.set_viewport_size(size)


def _nav(page: Page, url_path: str) -> None:
    """Go to a page through the sidebar (the session, with the reviewer's name, stays)."""
    page.locator(f'[data-testid="stSidebarNav"] a[href$="/{url_path}"]').click()
    _idle(page)


def _select(page: Page, key: str, option: str) -> None:
    """Pick `option` in the selectbox with widget key `key`."""
    box = page.locator(f".st-key-{key} input")
    box.click()
    box.press("ArrowDown")  # a click alone only focuses the box after some reruns
    page.locator('[role="option"]', has_text=option).first.click()


def test_review_a_claim_end_to_end(server: tuple[str, Path]) -> None:
    url, db = server
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 1000}, locale="ar")
        errors: list[str] = []
        page.on("pageerror", lambda e: errors.append(str(e)))

        # First start: the app loads the sample and the model, then shows the seed article.
        page.goto(url)
        page.wait_for_selector(".cd-article", timeout=150_000)
        _idle(page)
        # expect() retries until the page has drawn what it asserts.
        quote = page.locator(f'mark.cd-quote[data-speaker="{SPEAKER}"]', has_text=QUOTE)
        expect(quote.first).to_be_visible()
        expect(page.locator(".cd-who", has_text=SPEAKER).first).to_be_visible()
        expect(page.locator(".cd-article")).to_have_attribute("dir", "rtl")
        expect(page.locator("a.cd-claim").nth(9)).to_be_attached()
        _shot(page, "articles")

        page.locator(".st-key-reviewer input").fill(REVIEWER)
        page.locator(".st-key-reviewer input").press("Enter")
        _idle(page)

        # An article carrying markup: shown as text, nothing runs.
        page.locator('[data-testid="stExpander"] summary').first.click()
        page.get_by_role("tab").nth(1).click()
        hostile = '<script>window.__xss = 1</script><img src=x onerror="window.__xss = 2">'
        page.locator(".st-key-articles-text textarea").fill(
            f"قال الوزير إن {hostile} الاقتصاد نما بنسبة 5 في المئة هذا العام."
        )
        page.locator(".st-key-articles-paste-title input").fill("<b>عنوان</b> اختبار")
        page.locator(".st-key-articles-paste-title input").press("Tab")
        paste_form = page.locator(
            '[data-testid="stForm"]', has=page.locator(".st-key-articles-text")
        )
        paste_form.get_by_role("button", name="إضافة وتحليل").click()
        page.locator(".cd-article", has_text="<script>window.__xss").wait_for(timeout=60_000)
        _idle(page, 60_000)
        expect(page.locator(".cd-article img")).to_have_count(0)
        assert page.evaluate("window.__xss") is None
        expect(page.get_by_text("<b>عنوان</b> اختبار").first).to_be_visible()

        # English query, Arabic claim.
        _nav(page, "search")
        box = page.locator(".st-key-search-f-q input")
        box.fill(QUERY)
        box.press("Enter")
        _idle(page)
        hit = page.locator('[class*="st-key-search-hit-"]', has_text=DENIAL).first
        hit.wait_for(timeout=30_000)
        _shot(page, "search")
        hit.locator('[data-testid="stPageLink"] a').click()
        _idle(page)
        expect(page.locator(".cd-claim-text", has_text=DENIAL)).to_have_count(1)
        claim_id = int(page.url.split("claim=")[1].split("&")[0])

        # Link a new source as contradicting.
        page.get_by_role("tab", name="مصدر جديد").click()
        new = f"claim-{claim_id}-new"
        page.locator(f".st-key-{new}-title input").fill("بيان وزارة الخارجية الصينية")
        page.locator(f".st-key-{new}-url input").fill("https://example.org/statement")
        page.locator(f".st-key-{new}-stance label", has_text="يناقض").click()
        page.locator(f".st-key-{new}-excerpt textarea").fill("الصين لا ترسل أسلحة إلى أي طرف.")
        page.locator(f".st-key-{new}-note input").fill("statement of 24 February")
        page.get_by_role("button", name="إضافة المصدر وربطه").click()
        _idle(page)
        card = page.locator('[class*="st-key-claim-ev-"]', has_text="بيان وزارة الخارجية الصينية")
        card.wait_for(timeout=15_000)

        # Set a verdict with a note.
        _select(page, f"claim-{claim_id}-verdict-status", "مضلل")
        page.locator(f".st-key-claim-{claim_id}-verdict-note textarea").fill("denial, not proof")
        page.get_by_role("button", name="حفظ الحكم").click()
        _idle(page)
        page.get_by_text("تغيّر الحكم").wait_for(timeout=15_000)
        _shot(page, "claim")

        for url_path in ("claims", "overview", "export"):
            _nav(page, url_path)
            page.wait_for_timeout(800)  # charts and the grid's canvas draw after the run
            _shot(page, url_path)
        expect(page.locator('[data-testid="stDownloadButton"]')).to_have_count(3)
        _nav(page, "claims")
        _select(page, "claims-f-status", "مضلل")
        _idle(page)
        cell = page.locator('[data-testid^="glide-cell-"]', has_text=DENIAL)
        expect(cell.first).to_be_attached()

        assert not errors, errors
        browser.close()

    store = Store(db)
    claim = store.query("SELECT status, text FROM claims WHERE id = ?", [claim_id])[0]
    assert claim["status"] == "misleading" and DENIAL in claim["text"]
    links = store.query(
        "SELECT e.stance, e.created_by, s.url FROM evidence e JOIN sources s ON s.id = e.source_id"
        " WHERE e.claim_id = ?",
        [claim_id],
    )
    assert links == [
        {"stance": "contradicts", "created_by": REVIEWER, "url": "https://example.org/statement"}
    ]
    changes = store.query(
        "SELECT action, who, new_value FROM claim_history WHERE claim_id = ? ORDER BY id",
        [claim_id],
    )
    assert [(c["action"], c["who"]) for c in changes] == [
        ("evidence added", REVIEWER),
        ("status", REVIEWER),
    ]
    assert changes[-1]["new_value"] == "misleading"
