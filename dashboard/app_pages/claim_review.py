"""The reviewing half of the claim page: the verdict, the evidence links and their suggestions.

Every write goes through `claims.review` and is followed by st.rerun(), so the page shows the
new state (and the new history row) straight after a save. Widget keys carry the claim id, so
a half-typed note never follows the reviewer to another claim.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import streamlit as st

from claims import review
from claims.store import STANCES, STATUSES
from dashboard import render, state
from dashboard.i18n import labelled, stance_label, status_label, t
from index import search

PAGE = "claim"


def require_reviewer() -> str | None:
    """Return the reviewer's name, or show why nothing can be saved without one."""
    who = state.reviewer()
    if not who:
        st.error(t("need_reviewer"))
        return None
    return who


def verdict_form(claim: dict[str, Any]) -> None:
    """Set the claim's status with a required note; the change lands in the history."""
    cid = int(claim["id"])
    with st.form(f"claim:{cid}:verdict"):
        status = st.selectbox(
            t("verdict.status"),
            STATUSES,
            index=STATUSES.index(claim["status"]),
            format_func=labelled(STATUSES, status_label),
            key=f"claim:{cid}:verdict:status",
        )
        note = st.text_area(t("verdict.note"), height=90, key=f"claim:{cid}:verdict:note")
        if st.form_submit_button(t("verdict.save"), type="primary") and (who := require_reviewer()):
            with state.user_errors():
                old = review.set_status(state.desk().store, cid, status, who, note)
                state.forget(f"claim:{cid}:verdict:note")
                state.flash(
                    PAGE,
                    "success",
                    t("verdict.saved", old=status_label(old), new=status_label(status)),
                )
                st.rerun()


def stance_fields(prefix: str) -> tuple[str, str, str]:
    """Draw stance / excerpt / note fields keyed under `prefix`; return their values."""
    stance = st.radio(
        t("link.stance"),
        STANCES,
        horizontal=True,
        format_func=labelled(STANCES, stance_label),
        key=f"{prefix}:stance",
    )
    excerpt = st.text_area(t("link.excerpt"), height=90, key=f"{prefix}:excerpt")
    note = st.text_input(t("link.note"), key=f"{prefix}:note")
    return stance, excerpt, note


def _linked(prefix: str, fields: tuple[str, ...]) -> None:
    state.forget(*(f"{prefix}:{f}" for f in fields))
    state.flash(PAGE, "success", t("link.saved"))
    st.rerun()


def link_existing_source(cid: int) -> None:
    """Attach a stored source to the claim."""
    sources = {int(s["id"]): s for s in review.list_sources(state.desk().store)}
    if not sources:
        st.info(t("link.no_sources"))
        return
    prefix = f"claim:{cid}:link"
    with st.form(f"{prefix}:form"):
        source_id = st.selectbox(
            t("link.source"),
            list(sources),
            key=f"{prefix}:source",
            format_func=lambda s: f"#{s} · {sources[s]['title']}",
        )
        stance, excerpt, note = stance_fields(prefix)
        if st.form_submit_button(t("link.save"), type="primary") and (who := require_reviewer()):
            with state.user_errors():
                review.link_evidence(state.desk().store, cid, source_id, stance, who, excerpt, note)
                _linked(prefix, ("excerpt", "note"))


def link_new_source(cid: int) -> None:
    """Store a new source (title, URL, publisher, date, text) and attach it to the claim."""
    prefix = f"claim:{cid}:new"
    with st.form(f"{prefix}:form"):
        title = st.text_input(t("field.title"), key=f"{prefix}:title")
        cols = st.columns([3, 2, 2])
        url = cols[0].text_input(t("field.url"), key=f"{prefix}:url")
        publisher = cols[1].text_input(t("field.publisher"), key=f"{prefix}:publisher")
        day: date | None = cols[2].date_input(
            t("field.published"), value=None, key=f"{prefix}:date"
        )
        text = st.text_area(t("link.source_text"), height=90, key=f"{prefix}:text")
        stance, excerpt, note = stance_fields(prefix)
        if st.form_submit_button(t("link.save_new"), type="primary") and (
            who := require_reviewer()
        ):
            with state.user_errors():
                store = state.desk().store
                source_id = review.add_source(
                    store,
                    title,
                    who,
                    url=url,
                    publisher=publisher,
                    published=day.isoformat() if day else None,
                    text=text,
                )
                review.link_evidence(store, cid, source_id, stance, who, excerpt, note)
                _linked(prefix, ("title", "url", "publisher", "date", "text", "excerpt", "note"))


def evidence_card(cid: int, link: dict[str, Any]) -> None:
    """One evidence link: its source, excerpt and note, with edit and remove."""
    lid = int(link["id"])
    with st.container(border=True, key=f"claim:ev:{lid}"):
        st.html(
            render.source_card(
                title=link["title"],
                url=link.get("url"),
                meta=" · ".join(
                    str(v) for v in (link.get("publisher"), link.get("published")) if v
                ),
                excerpt=link.get("excerpt") or "",
                note=link.get("note") or "",
                by=t("evidence.by", who=link["created_by"], when=f"{link['updated_at']:%Y-%m-%d}"),
            )
        )
        edit, remove = st.columns(2)
        with edit.popover(t("evidence.edit"), icon=":material/edit:"), st.form(f"ev:{lid}:edit"):
            stance = st.selectbox(
                t("link.stance"),
                STANCES,
                index=STANCES.index(link["stance"]),
                format_func=labelled(STANCES, stance_label),
                key=f"ev:{lid}:stance",
            )
            excerpt = st.text_area(
                t("link.excerpt"), value=link.get("excerpt") or "", key=f"ev:{lid}:excerpt"
            )
            note = st.text_input(t("link.note"), value=link.get("note") or "", key=f"ev:{lid}:note")
            if st.form_submit_button(t("save")) and (who := require_reviewer()):
                with state.user_errors():
                    review.edit_evidence(
                        state.desk().store, lid, who, stance=stance, excerpt=excerpt, note=note
                    )
                    state.flash(PAGE, "success", t("evidence.edited"))
                    st.rerun()
        with (
            remove.popover(t("evidence.remove"), icon=":material/link_off:"),
            st.form(f"ev:{lid}:remove"),
        ):
            why = st.text_input(t("evidence.remove_note"), key=f"ev:{lid}:why")
            if st.form_submit_button(t("evidence.remove")) and (who := require_reviewer()):
                with state.user_errors():
                    review.remove_evidence(state.desk().store, lid, who, why)
                    state.flash(PAGE, "success", t("evidence.removed"))
                    st.rerun()


def evidence_section(claim: dict[str, Any]) -> None:
    """The evidence linked so far, one column per stance."""
    cid = int(claim["id"])
    for column, stance in zip(st.columns(len(STANCES)), STANCES, strict=True):
        links = claim["evidence"].get(stance, [])
        with column:
            st.markdown(f"**{stance_label(stance)}** · {len(links)}")
            for link in links:
                evidence_card(cid, link)
            if not links:
                st.caption(t("evidence.none"))


def _use_passage(cid: int, source_id: int, text: str) -> None:
    # Runs as a button callback, before the link form is drawn, so the form picks it up.
    st.session_state[f"claim:{cid}:link:source"] = source_id
    st.session_state[f"claim:{cid}:link:excerpt"] = text


def suggestions(claim: dict[str, Any]) -> None:
    """Passages of stored sources nearest the claim, each one click from the link form."""
    cid = int(claim["id"])
    with state.user_errors():
        passages = search.suggest_evidence(state.desk(), cid, k=5)
        if not passages:
            st.caption(t("suggest.none"))
        for i, p in enumerate(passages):
            with st.container(border=True):
                st.html(
                    render.source_card(
                        title=p.source_title,
                        url=None,
                        meta=t("score", score=p.score),
                        excerpt=p.text,
                    )
                )
                st.button(
                    t("suggest.use"),
                    key=f"claim:{cid}:use:{i}",
                    on_click=_use_passage,
                    args=(cid, p.source_id, p.text),
                    icon=":material/north_west:",
                )


def review_panel(claim: dict[str, Any]) -> None:
    """Evidence by stance, the forms that link more, and suggested passages."""
    cid = int(claim["id"])
    st.subheader(t("evidence.title"))
    evidence_section(claim)
    st.subheader(t("link.title"))
    existing, new = st.tabs([t("link.existing"), t("link.new")])
    with existing:
        link_existing_source(cid)
    with new:
        link_new_source(cid)
    st.subheader(t("suggest.title"))
    suggestions(claim)
