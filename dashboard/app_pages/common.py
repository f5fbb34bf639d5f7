"""Pieces several pages share: links to a claim, the claim grid and the claim filters."""

from __future__ import annotations

from typing import Any, cast

import pandas as pd
import streamlit as st

from claims import browse
from claims.articles import list_articles
from claims.store import STATUSES
from dashboard import state
from dashboard.i18n import kind_label, labelled, or_any, status_label, t

CLAIM_PAGE = "app_pages/claim.py"
ARTICLES_PAGE = "app_pages/articles.py"


def claim_link(claim_id: int, label: str | None = None) -> None:
    """Draw a link that opens the claim's page in this session (keeping the reviewer's name)."""
    st.page_link(
        CLAIM_PAGE,
        label=label or t("open_claim", id=claim_id),
        icon=":material/fact_check:",
        query_params={"claim": str(claim_id)},
    )


def article_link(article_id: int, label: str) -> None:
    """Draw a link that opens the article's reading view."""
    st.page_link(
        ARTICLES_PAGE,
        label=label,
        icon=":material/article:",
        query_params={"article": str(article_id)},
    )


def claims_grid(rows: list[dict[str, Any]], key: str) -> None:
    """Show claim rows as a table; selecting a row opens that claim's page."""
    ids = [int(r["id"]) for r in rows]
    frame = pd.DataFrame(
        {
            t("col.id"): ids,
            t("col.claim"): [r["text"] for r in rows],
            t("col.speaker"): [r.get("speaker") or "" for r in rows],
            t("col.kind"): [kind_label(r.get("kind") or "") for r in rows],
            t("col.status"): [status_label(r["status"]) for r in rows],
            t("col.checkworthiness"): [float(r["checkworthiness"]) for r in rows],
            t("col.evidence"): [int(r.get("evidence_count") or 0) for r in rows],
            t("col.article"): [r.get("article_title") or "" for r in rows],
        }
    )
    event = st.dataframe(
        frame,
        key=key,
        on_select="rerun",
        selection_mode="single-row",
        hide_index=True,
        width="stretch",
        column_config={
            t("col.id"): st.column_config.NumberColumn(width="small", format="%d"),
            t("col.claim"): st.column_config.TextColumn(width="large"),
            t("col.checkworthiness"): st.column_config.ProgressColumn(
                min_value=0.0, max_value=1.0, format="%.2f", width="small"
            ),
            t("col.evidence"): st.column_config.NumberColumn(width="small"),
        },
    )
    selected = event.selection.rows
    if selected and 0 <= selected[0] < len(ids):
        st.switch_page(CLAIM_PAGE, query_params={"claim": str(ids[selected[0]])})


# Pickers offer the newest articles only: every option travels to the browser on each rerun.
# Older articles open by id (?article=ID, or from a claim's page).
ARTICLE_CHOICES = 300
# Titles and speakers change only on ingest, which clears these caches in the session that
# ingests; other sessions see new articles within a minute. Spares re-counting on each rerun.
CHOICES_TTL = 60


@st.cache_data(ttl=CHOICES_TTL, show_spinner=False, max_entries=8)
def _article_choices(db: str) -> list[tuple[int, str]]:
    rows = list_articles(state.desk().store, limit=ARTICLE_CHOICES)
    return [(int(a["id"]), str(a["title"])) for a in rows]


@st.cache_data(ttl=CHOICES_TTL, show_spinner=False, max_entries=8)
def _distinct(db: str) -> tuple[list[str], list[str]]:
    store = state.desk().store
    return browse.speakers(store), browse.kinds(store)


def article_choices() -> dict[int, str]:
    """Return {article id: title} of the newest articles, newest first (cached for a minute)."""
    return dict(_article_choices(str(state.desk().store.path)))


def refresh_choices() -> None:
    """Forget cached article titles and speakers (after an ingest or a delete)."""
    _article_choices.clear()
    _distinct.clear()


def claim_filter(prefix: str, on_change: Any = None) -> browse.ClaimFilter:
    """Draw the claim filters (article, speaker, kind, status, check-worthiness, evidence).

    Widget keys start with `prefix`; `on_change` runs when any of them changes.
    Returns the filter they describe.
    """
    articles = article_choices()
    speakers, kinds = _distinct(str(state.desk().store.path))
    cols = st.columns(3)
    article_options: list[int | None] = [None, *articles]
    chosen = st.session_state.get(f"{prefix}article")
    if chosen is not None and chosen not in articles:
        article_options.append(chosen)  # picked before it dropped out of the newest
    article_id = cols[0].selectbox(
        t("filter.article"),
        article_options,
        key=f"{prefix}article",
        on_change=on_change,
        format_func=labelled(article_options, or_any(lambda a: f"#{a} · {articles.get(a, '')}")),
    )
    speaker = cols[1].selectbox(
        t("filter.speaker"),
        [None, *speakers],
        key=f"{prefix}speaker",
        on_change=on_change,
        format_func=labelled([None, *speakers], or_any(str)),
    )
    kind = cols[2].selectbox(
        t("filter.kind"),
        [None, *kinds],
        key=f"{prefix}kind",
        on_change=on_change,
        format_func=labelled([None, *kinds], or_any(kind_label)),
    )
    cols = st.columns(3)
    status = cols[0].selectbox(
        t("filter.status"),
        [None, *STATUSES],
        key=f"{prefix}status",
        on_change=on_change,
        format_func=labelled([None, *STATUSES], or_any(status_label)),
    )
    # A range slider: its starting value (a pair) comes from session state.
    low, high = cast(
        tuple[float, float],
        cols[1].slider(
            t("filter.checkworthiness"),
            0.0,
            1.0,
            step=0.05,
            key=state.default(f"{prefix}cw", (0.0, 1.0)),
            on_change=on_change,
        ),
    )
    evidence = cols[2].selectbox(
        t("filter.evidence"),
        [None, True, False],
        key=f"{prefix}evidence",
        on_change=on_change,
        format_func=labelled([None, True, False], or_any(lambda e: t("yes") if e else t("no"))),
    )
    return browse.ClaimFilter(
        article_id=article_id,
        speaker=speaker,
        kind=kind,
        status=status,
        min_checkworthiness=low,
        max_checkworthiness=high,
        has_evidence=evidence,
    )
