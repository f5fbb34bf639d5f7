"""The claim desk dashboard's entry script: `streamlit run dashboard/app.py`.

Draws the sidebar (UI language, the reviewer's name), loads the bundled sample into an empty
database once per server process, and runs the page the URL names. Any link with
`?claim=<id>` opens the claim page, whatever page path it was opened on.
"""

from __future__ import annotations

import sys
from pathlib import Path

# `streamlit run` puts only this folder on sys.path; the packages live one level up.
ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import streamlit as st  # noqa: E402

from dashboard import render, state  # noqa: E402
from dashboard.i18n import LANG_KEY, LANGS, lang, t  # noqa: E402

st.set_page_config(page_title="Claim desk · مكتب الادعاءات", page_icon="🗞️", layout="wide")
st.html(render.CSS)
if lang() == "ar":
    st.html(render.RTL_CSS)
state.keep_persistent_widgets()

with st.sidebar:
    st.segmented_control(
        "Language · اللغة",
        list(LANGS),
        key=LANG_KEY,
        default="ar",
        format_func=LANGS.__getitem__,
    )
    st.text_input(
        t("reviewer"),
        key=state.REVIEWER_KEY,
        placeholder=t("reviewer.hint"),
        icon=":material/person:",
    )
    if not state.reviewer():
        st.caption(t("reviewer.why"))

pages = {
    "articles": st.Page(
        "app_pages/articles.py",
        title=t("page.articles"),
        icon=":material/newspaper:",
        url_path="articles",
        default=True,
    ),
    "claims": st.Page(
        "app_pages/claims.py", title=t("page.claims"), icon=":material/list:", url_path="claims"
    ),
    "claim": st.Page(
        "app_pages/claim.py", title=t("page.claim"), icon=":material/fact_check:", url_path="claim"
    ),
    "search": st.Page(
        "app_pages/search.py", title=t("page.search"), icon=":material/search:", url_path="search"
    ),
    "overview": st.Page(
        "app_pages/overview.py",
        title=t("page.overview"),
        icon=":material/monitoring:",
        url_path="overview",
    ),
    "export": st.Page(
        "app_pages/export.py", title=t("page.export"), icon=":material/download:", url_path="export"
    ),
}
page = st.navigation(list(pages.values()))
if "claim" in st.query_params and page.url_path != "claim":
    st.switch_page(pages["claim"], query_params={"claim": st.query_params["claim"]})
try:
    state.prepare()
    page.run()
except Exception as err:  # the last line of defence: no traceback on the page
    state.log_page_error(err)
    st.error(t("unexpected", error=type(err).__name__))
