"""Claims: every stored claim, filtered and sorted in the database, one page at a time."""

from __future__ import annotations

import math

import streamlit as st

from claims import browse
from dashboard import state
from dashboard.app_pages.common import claim_filter, claims_grid
from dashboard.i18n import labelled, t

PAGE_KEY = "claims:f:page"
PAGE_SIZES = (25, 50, 100, 200)


def back_to_first_page() -> None:
    """Any change of filter or sort starts again from page 1."""
    st.session_state[PAGE_KEY] = 1


st.title(t("page.claims"))
with st.container(border=True):
    wanted = claim_filter("claims:f:", on_change=back_to_first_page)
    cols = st.columns([3, 3, 2, 2])
    wanted.text = (
        cols[0].text_input(t("filter.text"), key="claims:f:text", on_change=back_to_first_page)
        or None
    )
    sort = cols[1].selectbox(
        t("sort.by"),
        browse.SORTS,
        key="claims:f:sort",
        on_change=back_to_first_page,
        format_func=labelled(browse.SORTS, lambda s: t(f"sort.{s}")),
    )
    descending = cols[2].toggle(
        t("sort.descending"),
        key=state.default("claims:f:desc", True),
        on_change=back_to_first_page,
    )
    page_size = cols[3].selectbox(
        t("page.size"),
        PAGE_SIZES,
        key=state.default("claims:f:size", 50),
        on_change=back_to_first_page,
    )

page_no = max(1, int(st.session_state.get(PAGE_KEY, 1)))
with state.user_errors():
    result = browse.list_claims(
        state.desk().store,
        wanted,
        sort=sort,
        descending=descending,
        page=page_no,
        page_size=page_size,
    )
    pages = max(1, math.ceil(result.total / page_size))
    if page_no > pages:  # the filter now matches fewer claims: show the last page
        st.session_state[PAGE_KEY] = pages
        st.rerun()
    first = (page_no - 1) * page_size + 1 if result.total else 0
    last = min(page_no * page_size, result.total)
    st.caption(t("claims.showing", first=first, last=last, total=result.total))
    if result.rows:
        claims_grid(result.rows, key="claims:grid")
    else:
        st.info(t("claims.none"))
    st.number_input(
        t("page.number", pages=pages),
        min_value=1,
        max_value=pages,
        step=1,
        key=PAGE_KEY,
    )
