"""Articles: add one (upload or paste), pick one, read it with quotes and claims highlighted."""

from __future__ import annotations

from datetime import date

import streamlit as st

from claims import browse
from claims.articles import get_article
from claims.errors import ClaimDeskError, NotFoundError
from claims.reading import MAX_FILE_BYTES, SUFFIXES
from claims.review import safe_url
from claims.service import IngestReport
from dashboard import render, state
from dashboard.app_pages.common import article_choices, claims_grid, refresh_choices
from dashboard.i18n import status_label, t

PAGE = "articles"


def meta_fields(form: str) -> dict[str, str | None]:
    """Draw the optional title / URL / publisher / date fields; return their values."""
    cols = st.columns([3, 3, 2, 2])
    day: date | None = cols[3].date_input(t("field.published"), value=None, key=f"{form}:date")
    return {
        "title": cols[0].text_input(t("field.title"), key=f"{form}:title").strip() or None,
        "url": cols[1].text_input(t("field.url"), key=f"{form}:url").strip() or None,
        "publisher": cols[2].text_input(t("field.publisher"), key=f"{form}:publisher").strip()
        or None,
        "published": day.isoformat() if day else None,
    }


def ingest(data: bytes, name: str, meta: dict[str, str | None]) -> None:
    """Send an upload or a paste to the service with a progress indicator; report the outcome."""
    if len(data) > MAX_FILE_BYTES:
        st.error(t("add.too_big", size=len(data), limit=MAX_FILE_BYTES))
        return
    failure: str | None = None
    with st.status(t("add.processing", name=name), expanded=False) as progress:
        try:
            safe_url(meta.get("url"))
            report: IngestReport = state.desk().ingest_bytes(data, name, **meta)
        except ClaimDeskError as err:
            progress.update(label=t("add.failed"), state="error")
            failure = str(err)
        else:
            progress.update(label=t("add.done"), state="complete")
    if failure is not None:  # shown outside the (collapsed) progress box
        st.error(failure)
        return
    refresh_choices()
    for r in report.results:
        if r.ok:
            state.flash(
                PAGE, "success", t("add.stored", title=r.title, claims=r.claims, quotes=r.quotes)
            )
        elif r.duplicate_of is not None:
            state.flash(PAGE, "warning", t("add.duplicate", title=r.title, id=r.duplicate_of))
        else:
            state.flash(PAGE, "error", f"{r.name}: {r.error}")
    first = next(
        (r.article_id or r.duplicate_of for r in report.results if r.article_id or r.duplicate_of),
        None,
    )
    if first is not None:
        st.query_params["article"] = str(first)
    st.rerun()


def add_article(expanded: bool) -> None:
    """The "add an article" panel: upload a file, or paste text."""
    with st.expander(t("add.title"), expanded=expanded, icon=":material/add_notes:"):
        upload_tab, paste_tab = st.tabs([t("add.upload"), t("add.paste")])
        with upload_tab, st.form("articles:upload_form", border=False):
            file = st.file_uploader(
                t("add.file", limit=MAX_FILE_BYTES // (1024 * 1024)),
                type=[s.lstrip(".") for s in SUFFIXES],
                key="articles:file",
            )
            meta = meta_fields("articles:upload")
            if st.form_submit_button(t("add.submit"), type="primary"):
                if file is None:
                    st.error(t("add.no_file"))
                else:
                    ingest(file.getvalue(), file.name, meta)
        with paste_tab, st.form("articles:paste_form", border=False):
            text = st.text_area(t("add.text"), height=220, key="articles:text")
            meta = meta_fields("articles:paste")
            if st.form_submit_button(t("add.submit"), type="primary"):
                if not text.strip():
                    st.error(t("add.empty_paste"))
                else:
                    ingest(text.encode("utf-8"), "pasted-text.txt", meta)


def _pick_to_url() -> None:
    st.query_params["article"] = str(st.session_state["articles:pick"])


def chosen_article(choices: dict[int, str]) -> int | None:
    """The article in the URL (?article=ID), else the newest; a new pick goes into the URL."""
    raw = st.query_params.get("article")
    current = int(raw) if raw and raw.isdigit() else None
    if raw and current is None:
        st.error(t("article.bad_id", id=raw))
    options = list(choices)
    if current is not None and current not in choices:
        options.insert(0, current)  # an id not (yet) in the cached list still opens
    if not options:
        return None
    # The URL decides which article is shown, so a shared link opens the same one.
    st.session_state["articles:pick"] = current if current in options else options[0]
    picked: int = st.selectbox(
        t("article.pick"),
        options,
        key="articles:pick",
        on_change=_pick_to_url,
        format_func=lambda a: f"#{a} · {choices.get(a, '')}",
    )
    return picked


def article_header(article: dict) -> None:
    """Title, source and counts of the article being read."""
    st.html(render.text_block(article["title"], article.get("lang"), "cd-text cd-title"))
    source = [
        article.get("publisher"),
        article.get("published"),
        t(f"lang.{article['lang']}")
        if article.get("lang") in ("ar", "en")
        else article.get("lang"),
    ]
    st.caption(" · ".join(render.md_escape(str(v)) for v in source if v))
    cols = st.columns([1, 1, 3])
    cols[0].metric(t("col.claims"), len(article["claims"]))
    cols[1].metric(t("col.quotes"), len(article["quotes"]))
    url = article.get("url")
    if url:
        try:
            cols[2].link_button(t("article.original"), safe_url(url) or "", icon=":material/link:")
        except ClaimDeskError:
            cols[2].caption(t("article.unsafe_url"))
            cols[2].code(url, language=None)


def read_article(article_id: int) -> None:
    """The reading view: highlighted text, then the article's claims as a grid."""
    try:
        article = get_article(state.desk().store, article_id)
    except NotFoundError:
        st.error(t("article.not_found", id=article_id))
        return
    article_header(article)
    st.html(
        f'<div class="cd-legend"><span><mark class="cd-quote">{t("legend.quote")}</mark></span>'
        f'<span><span class="cd-speaker">{t("legend.speaker")}</span></span>'
        f'<span><a class="cd-claim">{t("legend.claim")}</a></span></div>'
    )

    def tooltip(c: dict) -> str:
        return t(
            "claim.tooltip",
            id=c["id"],
            status=status_label(c["status"]),
            score=float(c["checkworthiness"]),
        )

    marks = render.marks_for_article(article["quotes"], article["claims"], tooltip)
    st.html(render.highlight(article["text"], marks, article.get("lang")))
    st.subheader(t("article.claims"))
    if article["claims"]:
        # In reading order, with their evidence counts (one page holds any real article).
        rows = browse.list_claims(
            state.desk().store,
            browse.ClaimFilter(article_id=article_id),
            sort="article",
            descending=False,
            page_size=browse.MAX_PAGE_SIZE,
        ).rows
        claims_grid(rows, key="articles:grid")
    else:
        st.info(t("article.no_claims"))
    with st.expander(t("article.delete"), icon=":material/delete:"):
        sure = st.checkbox(t("article.delete_confirm"), key="articles:delete_sure")
        if st.button(t("article.delete"), disabled=not sure, key="articles:delete"):
            with state.user_errors():
                gone = state.desk().delete_article(article_id)
                refresh_choices()
                state.flash(PAGE, "success", t("article.deleted", claims=gone))
                st.query_params.pop("article", None)
                st.rerun()


st.title(t("page.articles"))
state.show_flash(PAGE)
choices = article_choices()
add_article(expanded=not choices)
picked = chosen_article(choices)
if picked is None:
    st.info(t("article.none"))
else:
    read_article(picked)
