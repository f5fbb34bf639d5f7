"""The reviewing half of the claim page: the verdict, the evidence links and their suggestions.

Every write goes through `claims.review` in a form's on_click callback. Callbacks run before
the page is drawn, so the page shows the new state (and the new history row) straight after a
save, and a successful save can empty its form. The outcome is shown under the form that
asked for it. Widget keys carry the claim id, so a half-typed note never follows the reviewer
to another claim.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

import streamlit as st

from claims import review
from claims.errors import ClaimDeskError
from claims.store import STANCES, STATUSES
from dashboard import render, state
from dashboard.i18n import labelled, stance_label, status_label, t
from index import search

PAGE = "claim"


def _save(
    report_to: str, write: Callable[[str], str], reset: Mapping[str, Any] | None = None
) -> None:
    """Form callback body: run `write(reviewer)` and report its message (or the error).

    On success the widgets in `reset` get their empty values back.
    """
    who = state.reviewer()
    if not who:
        state.flash(report_to, "error", t("need_reviewer"))
        return
    try:
        message = write(who)
    except ClaimDeskError as err:
        state.flash(report_to, "error", str(err))
        return
    for key, empty in (reset or {}).items():
        st.session_state[key] = empty
    state.flash(report_to, "success", message)


def _value(key: str) -> Any:
    return st.session_state.get(key)


def _save_verdict(cid: int) -> None:
    key = f"claim:{cid}:verdict"
    status = _value(f"{key}:status")

    def write(who: str) -> str:
        old = review.set_status(state.desk().store, cid, status, who, _value(f"{key}:note"))
        return t("verdict.saved", old=status_label(old), new=status_label(status))

    _save(key, write, {f"{key}:note": ""})


def verdict_form(claim: dict[str, Any]) -> None:
    """Set the claim's status with a required note; the change lands in the history."""
    key = f"claim:{claim['id']}:verdict"
    with st.form(key):
        st.selectbox(
            t("verdict.status"),
            STATUSES,
            index=STATUSES.index(claim["status"]),
            format_func=labelled(STATUSES, status_label),
            key=f"{key}:status",
        )
        st.text_area(t("verdict.note"), height=90, key=f"{key}:note")
        st.form_submit_button(
            t("verdict.save"), type="primary", on_click=_save_verdict, args=(claim["id"],)
        )
        state.show_flash(key)


def stance_fields(prefix: str) -> None:
    """Draw the stance / excerpt / note fields of a link form, keyed under `prefix`."""
    st.radio(
        t("link.stance"),
        STANCES,
        horizontal=True,
        format_func=labelled(STANCES, stance_label),
        key=f"{prefix}:stance",
    )
    st.text_area(t("link.excerpt"), height=90, key=f"{prefix}:excerpt")
    st.text_input(t("link.note"), key=f"{prefix}:note")


def _link(cid: int, prefix: str, source_id: int, who: str) -> str:
    review.link_evidence(
        state.desk().store,
        cid,
        source_id,
        _value(f"{prefix}:stance"),
        who,
        _value(f"{prefix}:excerpt") or "",
        _value(f"{prefix}:note") or "",
    )
    return t("link.saved")


def _link_existing(cid: int) -> None:
    prefix = f"claim:{cid}:link"
    _save(
        prefix,
        lambda who: _link(cid, prefix, int(_value(f"{prefix}:source")), who),
        {f"{prefix}:excerpt": "", f"{prefix}:note": ""},
    )


def link_existing_source(cid: int) -> None:
    """Attach a stored source to the claim."""
    sources = {int(s["id"]): str(s["title"]) for s in review.list_sources(state.desk().store)}
    if not sources:
        st.info(t("link.no_sources"))
        return
    prefix = f"claim:{cid}:link"
    with st.form(prefix):
        st.selectbox(
            t("link.source"),
            list(sources),
            key=f"{prefix}:source",
            format_func=lambda s: f"#{s} · {sources[s]}",
        )
        stance_fields(prefix)
        st.form_submit_button(t("link.save"), type="primary", on_click=_link_existing, args=(cid,))
        state.show_flash(prefix)


def _link_new(cid: int) -> None:
    prefix = f"claim:{cid}:new"

    def write(who: str) -> str:
        day = _value(f"{prefix}:date")
        source_id = review.add_source(
            state.desk().store,
            _value(f"{prefix}:title"),
            who,
            url=_value(f"{prefix}:url"),
            publisher=_value(f"{prefix}:publisher"),
            published=day.isoformat() if day else None,
            text=_value(f"{prefix}:text") or "",
        )
        return _link(cid, prefix, source_id, who)

    fields = ("title", "url", "publisher", "text", "excerpt", "note")
    _save(prefix, write, {f"{prefix}:date": None} | {f"{prefix}:{f}": "" for f in fields})


def link_new_source(cid: int) -> None:
    """Store a new source (title, URL, publisher, date, text) and attach it to the claim."""
    prefix = f"claim:{cid}:new"
    with st.form(prefix):
        st.text_input(t("field.title"), key=f"{prefix}:title")
        cols = st.columns([3, 2, 2])
        cols[0].text_input(t("field.url"), key=f"{prefix}:url")
        cols[1].text_input(t("field.publisher"), key=f"{prefix}:publisher")
        cols[2].date_input(t("field.published"), value=None, key=f"{prefix}:date")
        st.text_area(t("link.source_text"), height=90, key=f"{prefix}:text")
        stance_fields(prefix)
        st.form_submit_button(t("link.save_new"), type="primary", on_click=_link_new, args=(cid,))
        state.show_flash(prefix)


def _edit_link(lid: int) -> None:
    def write(who: str) -> str:
        review.edit_evidence(
            state.desk().store,
            lid,
            who,
            stance=_value(f"ev:{lid}:stance"),
            excerpt=_value(f"ev:{lid}:excerpt"),
            note=_value(f"ev:{lid}:note"),
        )
        return t("evidence.edited")

    _save(PAGE, write)


def _remove_link(lid: int) -> None:
    def write(who: str) -> str:
        review.remove_evidence(state.desk().store, lid, who, _value(f"ev:{lid}:why") or "")
        return t("evidence.removed")

    _save(PAGE, write)


def evidence_card(link: dict[str, Any]) -> None:
    """One evidence link: its source, excerpt and note, with edit and remove."""
    lid = int(link["id"])
    with st.container(border=True, key=f"claim:ev:{lid}"):
        meta = (link.get("publisher"), link.get("published"))
        st.html(
            render.source_card(
                title=link["title"],
                url=link.get("url"),
                meta=" · ".join(str(v) for v in meta if v),
                excerpt=link.get("excerpt") or "",
                note=link.get("note") or "",
                by=t("evidence.by", who=link["created_by"], when=f"{link['updated_at']:%Y-%m-%d}"),
            )
        )
        buttons = st.container(horizontal=True)
        with buttons.popover(t("evidence.edit"), icon=":material/edit:"), st.form(f"ev:{lid}:edit"):
            st.selectbox(
                t("link.stance"),
                STANCES,
                index=STANCES.index(link["stance"]),
                format_func=labelled(STANCES, stance_label),
                key=f"ev:{lid}:stance",
            )
            st.text_area(
                t("link.excerpt"), value=link.get("excerpt") or "", key=f"ev:{lid}:excerpt"
            )
            st.text_input(t("link.note"), value=link.get("note") or "", key=f"ev:{lid}:note")
            st.form_submit_button(t("save"), on_click=_edit_link, args=(lid,))
        with (
            buttons.popover(t("evidence.remove"), icon=":material/link_off:"),
            st.form(f"ev:{lid}:remove"),
        ):
            st.text_input(t("evidence.remove_note"), key=f"ev:{lid}:why")
            st.form_submit_button(t("evidence.remove"), on_click=_remove_link, args=(lid,))


def evidence_section(claim: dict[str, Any]) -> None:
    """The evidence linked so far, grouped by stance."""
    for stance in STANCES:
        links = claim["evidence"].get(stance, [])
        st.markdown(f"**{stance_label(stance)}** · {len(links)}")
        for link in links:
            evidence_card(link)


def _use_passage(cid: int, source_id: int, text: str) -> None:
    # A button callback runs before the link form is drawn, so the form picks the values up.
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
