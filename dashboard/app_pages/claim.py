"""Claim (`?claim=<id>`): the claim in its sentence and paragraph, its verdict and history,
its evidence, similar claims across all articles and earlier fact-checks of it."""

from __future__ import annotations

import re
from typing import Any

import pandas as pd
import streamlit as st

from claims import browse
from claims.errors import NotFoundError
from dashboard import render, state
from dashboard.app_pages.claim_review import PAGE, review_panel, verdict_form
from dashboard.app_pages.common import article_link, claim_link
from dashboard.i18n import kind_label, stance_label, status_label, t, tier_label
from index import search

_LINK_VALUE = re.compile(r"#(\d+) (\w+)")  # how claims.review records an evidence link


def claim_id_from_url() -> int | None:
    """The claim id in the URL; without one, a box to type an id into."""
    raw = st.query_params.get("claim")
    if raw is None:
        st.info(t("claim.choose"))
        wanted = st.number_input(t("claim.id"), min_value=1, step=1, value=None, key="claim:goto")
        if wanted is not None and st.button(t("claim.open"), key="claim:goto_button"):
            st.query_params["claim"] = str(int(wanted))
            st.rerun()
        return None
    if not raw.strip().isdigit():
        st.error(t("claim.bad_id", id=raw))
        return None
    return int(raw)


def header(claim: dict[str, Any], lang: str | None) -> None:
    """The claim's text, status, speaker, kind, check-worthiness and article."""
    st.title(t("claim.title", id=claim["id"]))
    st.html(render.text_block(claim["text"], lang, "cd-text cd-claim-text"))
    cols = st.columns(4)
    cols[0].metric(t("col.status"), status_label(claim["status"]))
    cols[1].metric(t("col.speaker"), claim.get("speaker") or "—")
    cols[2].metric(t("col.kind"), kind_label(claim["kind"]))
    cols[3].metric(t("col.checkworthiness"), f"{float(claim['checkworthiness']):.2f}")
    article = claim["article"]
    article_link(int(article["id"]), t("claim.in_article", title=article.get("title") or ""))


def context(claim: dict[str, Any], lang: str | None) -> None:
    """The paragraph with the claim (and the quotes it overlaps) highlighted, and its sentence."""
    start, end = claim["offset_in_paragraph"]
    shift = int(claim["start_pos"]) - int(start)  # article offset of the paragraph
    quotes = [
        {**q, "start_pos": q["start_pos"] - shift, "end_pos": q["end_pos"] - shift}
        for q in claim["quotes"]
    ]
    marks = [render.Mark(int(start), int(end), "focus"), *render.marks_for_article(quotes, [])]
    st.markdown(f"**{t('claim.paragraph')}**")
    st.html(render.highlight(claim["paragraph"], marks, lang))
    st.markdown(f"**{t('claim.sentence')}**")
    st.html(render.text_block(claim["sentence"], lang))


@st.cache_data(ttl=30, show_spinner=False, max_entries=256)
def _neighbours(db: str, claim_id: int, text: str) -> tuple[list[Any], list[Any]]:
    # The forms on this page rerun it on every save; the neighbours of a claim change only
    # when articles are added, so half a minute of reuse keeps saves fast.
    desk = state.desk()
    return search.similar_claims(desk, claim_id, k=5), search.factcheck_matches(desk, text, k=5)


def neighbours(claim: dict[str, Any]) -> None:
    """Similar claims across all articles, and the nearest earlier fact-checks with verdicts."""
    with state.user_errors():
        similar, checked = _neighbours(
            str(state.desk().store.path), int(claim["id"]), claim["text"]
        )
        st.subheader(t("claim.similar"))
        if not similar:
            st.caption(t("claim.no_similar"))
        for hit in similar:
            with st.container(border=True):
                st.html(render.text_block(hit.text, hit.lang, "cd-text cd-small"))
                st.caption(
                    " · ".join(
                        render.md_escape(x)
                        for x in (
                            t("score", score=hit.score),
                            hit.speaker or "—",
                            status_label(hit.status),
                            hit.article_title,
                        )
                    )
                )
                claim_link(hit.claim_id)
        st.subheader(t("claim.factchecks"))
        # Weak matches are noise to a fact-checker: only suggested and near-certain show.
        shown = [fc for fc in checked if fc.tier != "weak"]
        if not shown:
            st.caption(t("claim.no_factchecks"))
        if len(shown) < len(checked):
            st.caption(t("claim.weak_factchecks_hidden", n=len(checked) - len(shown)))
        for fc in shown:
            with st.container(border=True):
                st.html(
                    render.source_card(
                        title=fc.title or fc.claim,
                        url=fc.url,
                        meta=t(
                            "factcheck.meta",
                            verdict=fc.verdict or "—",
                            score=fc.score,
                            tier=tier_label(fc.tier),
                        ),
                        excerpt=fc.claim if fc.title else "",
                    )
                )


def history(claim: dict[str, Any]) -> None:
    """Every change to the claim: when, who, what, old -> new, note."""
    st.subheader(t("claim.history"))
    rows = claim["history"]
    if not rows:
        st.caption(t("claim.no_history"))
        return
    st.dataframe(
        pd.DataFrame(
            {
                t("col.when"): [r["changed_at"] for r in rows],
                t("col.who"): [r["who"] for r in rows],
                t("col.action"): [t(f"action.{r['action']}") for r in rows],
                t("col.change"): [
                    t("history.change", old=_value(r["old_value"]), new=_value(r["new_value"]))
                    for r in rows
                ],
                t("col.note"): [r["note"] for r in rows],
            }
        ),
        hide_index=True,
        width="stretch",
    )


def _value(value: str | None) -> str:
    """A history value in the UI language: a status, or "#<link id> <stance>"."""
    if not value:
        return "—"
    link = _LINK_VALUE.fullmatch(value)
    return f"#{link[1]} {stance_label(link[2])}" if link else status_label(value)


state.show_flash(PAGE)
claim_id = claim_id_from_url()
if claim_id is not None:
    try:
        claim = browse.claim_detail(state.desk().store, claim_id)
    except NotFoundError:
        st.error(t("claim.not_found", id=claim_id))
    else:
        lang = claim["article"].get("lang")
        header(claim, lang)
        left, right = st.columns([3, 2], gap="large")
        with left:
            context(claim, lang)
            review_panel(claim)
            history(claim)
        with right:
            st.subheader(t("verdict.title"))
            verdict_form(claim)
            neighbours(claim)
