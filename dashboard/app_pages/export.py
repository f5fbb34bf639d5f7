"""Export: claims with their evidence and history as CSV or JSON; verdicts as ClaimReview."""

from __future__ import annotations

import json
from collections.abc import Callable

import streamlit as st

from claims import browse, export
from claims.review import safe_url
from dashboard import state
from dashboard.app_pages.common import article_choices
from dashboard.i18n import labelled, t

PAGE_SIZE = browse.MAX_PAGE_SIZE


def claim_ids(article_id: int | None) -> list[int] | None:
    """The ids of one article's claims (None means every claim)."""
    if article_id is None:
        return None
    store, wanted = state.desk().store, browse.ClaimFilter(article_id=article_id)
    ids: list[int] = []
    page = 1
    while True:
        rows = browse.list_claims(
            store, wanted, sort="article", descending=False, page=page, page_size=PAGE_SIZE
        ).rows
        ids += [int(r["id"]) for r in rows]
        if len(rows) < PAGE_SIZE:
            return ids
        page += 1


def records_as(fmt: Callable[[list[dict]], str], article_id: int | None) -> Callable[[], str]:
    """A deferred export: built only when its button is clicked, not on every rerun."""
    return lambda: fmt(export.export_records(state.desk().store, claim_ids(article_id)))


def reviews_as_jsonld(publisher: str, publisher_url: str | None) -> Callable[[], str]:
    """A deferred ClaimReview JSON-LD export of every claim with a verdict."""
    return lambda: json.dumps(
        export.claim_reviews(state.desk().store, publisher=publisher, publisher_url=publisher_url),
        ensure_ascii=False,
        indent=2,
    )


st.title(t("page.export"))
articles = article_choices()
st.subheader(t("export.records"))
scopes = [None, *articles]
article_id = st.selectbox(
    t("export.scope"),
    scopes,
    key="export:article",
    format_func=labelled(
        scopes, lambda a: t("export.all") if a is None else f"#{a} · {articles.get(a, '')}"
    ),
)
suffix = "all" if article_id is None else f"article-{article_id}"
cols = st.columns(2)
cols[0].download_button(
    t("export.csv"),
    records_as(export.to_csv, article_id),
    file_name=f"claims-{suffix}.csv",
    mime="text/csv",
    icon=":material/table:",
    key="export:csv",
    on_click="ignore",
)
cols[1].download_button(
    t("export.json"),
    records_as(export.to_json, article_id),
    file_name=f"claims-{suffix}.json",
    mime="application/json",
    icon=":material/data_object:",
    key="export:json",
    on_click="ignore",
)

st.subheader(t("export.claimreview"))
st.caption(t("export.claimreview_help"))
cols = st.columns(2)
publisher = cols[0].text_input(t("export.publisher"), value="Claim Desk", key="export:publisher")
publisher_url = cols[1].text_input(t("export.publisher_url"), key="export:publisher_url")
with state.user_errors():
    safe_url(publisher_url)  # a bad address is reported here, before any click
    st.download_button(
        t("export.jsonld"),
        reviews_as_jsonld(publisher.strip() or "Claim Desk", publisher_url.strip() or None),
        file_name="claim-reviews.jsonld",
        mime="application/ld+json",
        icon=":material/verified:",
        key="export:jsonld",
        on_click="ignore",
    )
