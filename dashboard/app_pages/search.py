"""Search: free text in Arabic or English; claims from every language, best match first."""

from __future__ import annotations

from dataclasses import replace

import streamlit as st

from claims import browse
from dashboard import render, state
from dashboard.app_pages.common import claim_filter, claim_link
from dashboard.i18n import kind_label, labelled, status_label, t
from index import search

LANGS = ("any", "ar", "en")
SIZES = (10, 20, 50)
# Filters the index cannot apply (speaker, kind, check-worthiness, evidence) are applied to
# a larger candidate list, so that they still leave up to k results.
OVERFETCH = 5


def matches(hit: search.SearchHit, f: browse.ClaimFilter, with_evidence: set[int]) -> bool:
    """Whether a hit passes the filters search_claims does not apply itself."""
    return (
        (f.speaker is None or hit.speaker == f.speaker)
        and (f.kind is None or hit.kind == f.kind)
        and f.min_checkworthiness <= hit.checkworthiness <= f.max_checkworthiness
        and (f.has_evidence is None or (hit.claim_id in with_evidence) == f.has_evidence)
    )


def run_search(query: str, f: browse.ClaimFilter, lang: str | None, k: int) -> None:
    """Search, filter and show the results with their scores, each linking to its claim."""
    desk = state.desk()
    extra = replace(f, article_id=None, status=None) != browse.ClaimFilter()
    hits = search.search_claims(
        desk,
        search.check_query(query),
        k=k * OVERFETCH if extra else k,
        lang=lang,
        status=f.status,
        article_id=f.article_id,
    )
    with_evidence: set[int] = set()
    if f.has_evidence is not None and hits:
        marks = ",".join("?" * len(hits))
        with_evidence = {
            int(r["claim_id"])
            for r in desk.store.query(
                f"SELECT DISTINCT claim_id FROM evidence WHERE claim_id IN ({marks})",
                [h.claim_id for h in hits],
            )
        }
    hits = [h for h in hits if matches(h, f, with_evidence)][:k]
    if not hits:
        st.info(t("search.none"))
        return
    st.caption(t("search.count", n=len(hits)))
    for hit in hits:
        with st.container(border=True, key=f"search:hit:{hit.claim_id}"):
            score, body = st.columns([1, 9])
            score.metric(t("col.score"), f"{hit.score:.2f}")
            with body:
                st.html(render.text_block(hit.text, hit.lang))
                st.caption(
                    " · ".join(
                        render.md_escape(x)
                        for x in (
                            hit.speaker or "—",
                            kind_label(hit.kind),
                            status_label(hit.status),
                            f"{t('col.checkworthiness')} {hit.checkworthiness:.2f}",
                            hit.article_title,
                        )
                    )
                )
                claim_link(hit.claim_id)


st.title(t("page.search"))
with st.container(border=True):
    query = st.text_input(t("search.query"), key="search:f:q", placeholder=t("search.hint"))
    cols = st.columns([2, 1])
    lang = cols[0].segmented_control(
        t("search.lang"),
        LANGS,
        key=state.default("search:f:lang", "any"),
        format_func=labelled(LANGS, lambda code: t(f"lang.{code}")),
    )
    k = cols[1].selectbox(t("search.k"), SIZES, key="search:f:k")
    with st.expander(t("search.filters")):
        wanted = claim_filter("search:f:")

if query.strip():
    with state.user_errors():
        run_search(query, wanted, None if lang in (None, "any") else lang, k)
else:
    st.caption(t("search.empty"))
