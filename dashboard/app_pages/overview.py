"""Overview: claims by status, speaker and article; check-worthiness; progress; evidence balance."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pandas as pd
import plotly.express as px
import plotly.graph_objects as go
import streamlit as st

from claims import browse
from claims.store import STATUSES
from dashboard import state
from dashboard.i18n import stance_label, status_label, t
from dashboard.render import ARABIC_FONTS

STATUS_COLOURS = {
    "unverified": "#94a3b8", "in review": "#60a5fa", "true": "#16a34a", "mostly true": "#86efac",
    "misleading": "#f59e0b", "false": "#dc2626", "unverifiable": "#a78bfa",
}  # fmt: skip
STANCE_COLOURS = {"supports": "#16a34a", "contradicts": "#dc2626", "context": "#94a3b8"}
BINS = 20
LABEL_CHARS = 40


def short(text: str | None) -> str:
    """Shorten a title or claim for an axis label."""
    text = (text or "").strip()
    return text if len(text) <= LABEL_CHARS else text[: LABEL_CHARS - 1] + "…"


def counts_axis(fig: go.Figure, biggest: int) -> None:
    """Tick a horizontal axis of counts in whole numbers (not 0.2, 0.4… for small counts)."""
    fig.update_xaxes(tickformat=",d", dtick=1 if biggest <= 10 else None, rangemode="tozero")


def show(fig: go.Figure) -> None:
    """Draw a figure with Arabic-capable fonts and no outside resources."""
    fig.update_layout(font_family=ARABIC_FONTS, margin={"l": 10, "r": 10, "t": 40, "b": 10})
    st.plotly_chart(fig, width="stretch", config={"displaylogo": False})


@st.cache_data(ttl=15, show_spinner=False, max_entries=4)
def figures(db: str) -> browse.Overview:
    # One pass over every claim; a quarter of a minute of reuse keeps page switches fast.
    return browse.overview(state.desk().store)


def by_status(o: browse.Overview) -> None:
    """Claims per status, in workflow order."""
    frame = pd.DataFrame(o.by_status)
    frame["label"] = frame["status"].map(status_label)
    fig = px.bar(
        frame,
        x="label",
        y="claims",
        color="status",
        title=t("overview.by_status"),
        color_discrete_map=STATUS_COLOURS,
        category_orders={"status": list(STATUSES)},
    )
    fig.update_layout(showlegend=False, xaxis_title=None, yaxis_title=t("col.claims"))
    show(fig)


def by_group(rows: list[dict], label: Callable[[dict], str], title: str) -> None:
    """Reviewed and open claims per speaker or article, biggest first."""
    frame = pd.DataFrame(rows)
    frame["label"] = [label(r) for r in rows]
    frame["open"] = frame["claims"] - frame["reviewed"]
    long = frame.melt(
        id_vars="label", value_vars=["reviewed", "open"], var_name="state", value_name="n"
    )
    long["state"] = long["state"].map(lambda s: t(f"overview.{s}"))
    fig = px.bar(
        long,
        y="label",
        x="n",
        color="state",
        orientation="h",
        title=title,
        color_discrete_sequence=["#16a34a", "#cbd5e1"],
    )
    fig.update_layout(
        yaxis={"autorange": "reversed", "title": None},
        xaxis_title=None,
        legend={"title": None, "orientation": "h", "y": -0.15},
        height=max(260, 140 + 28 * len(frame)),
    )
    counts_axis(fig, int(frame["claims"].max()))
    show(fig)


def checkworthiness(o: browse.Overview) -> None:
    """Histogram of every claim's check-worthiness."""
    # Binned here: sending every score of 100k claims to the browser would be megabytes.
    counts, edges = np.histogram(np.asarray(o.checkworthiness, dtype=float), BINS, (0.0, 1.0))
    fig = go.Figure(
        go.Bar(
            x=(edges[:-1] + edges[1:]) / 2, y=counts, width=1 / BINS * 0.95, marker_color="#d97706"
        )
    )
    fig.update_layout(
        title=t("overview.checkworthiness"),
        xaxis_title=t("col.checkworthiness"),
        yaxis_title=t("col.claims"),
    )
    show(fig)


def progress(o: browse.Overview) -> None:
    """Claims reviewed so far (cumulative) and changes per day."""
    frame = pd.DataFrame(o.progress)
    # Days as labels: a time axis over one or two days would tick in fractions of a second.
    frame["date"] = frame["date"].astype(str)
    fig = go.Figure()
    fig.add_bar(
        x=frame["date"], y=frame["changes"], name=t("overview.changes"), marker_color="#cbd5e1"
    )
    fig.add_scatter(
        x=frame["date"],
        y=frame["reviewed"],
        name=t("overview.reviewed"),
        mode="lines+markers",
        line_color="#16a34a",
    )
    fig.update_layout(
        title=t("overview.progress"),
        xaxis_type="category",
        legend={"title": None, "orientation": "h", "y": -0.15},
        bargap=0.5,
    )
    show(fig)


def balance(o: browse.Overview) -> None:
    """Supporting, contradicting and context links of the most-checked claims."""
    frame = pd.DataFrame(o.evidence_balance)
    frame["label"] = [
        f"#{i} {short(x)}" for i, x in zip(frame["claim_id"], frame["text"], strict=True)
    ]
    fig = go.Figure()
    for stance, colour in STANCE_COLOURS.items():
        fig.add_bar(
            y=frame["label"],
            x=frame[stance],
            name=stance_label(stance),
            orientation="h",
            marker_color=colour,
        )
    fig.update_layout(
        barmode="stack",
        title=t("overview.balance"),
        legend={"title": None, "orientation": "h", "y": -0.15},
        yaxis={"autorange": "reversed"},
        height=max(260, 160 + 30 * len(frame)),
        bargap=0.4,
    )
    counts_axis(fig, int(frame[list(STANCE_COLOURS)].sum(axis=1).max()))
    show(fig)


st.title(t("page.overview"))
with state.user_errors():
    o = figures(str(state.desk().store.path))
    total = sum(r["claims"] for r in o.by_status)
    reviewed = total - next(r["claims"] for r in o.by_status if r["status"] == "unverified")
    cols = st.columns(3)
    cols[0].metric(t("col.claims"), f"{total:,}")
    cols[1].metric(t("overview.reviewed"), f"{reviewed:,}")
    cols[2].metric(t("overview.share"), f"{reviewed / total:.0%}" if total else "—")
    if not total:
        st.info(t("overview.empty"))
    else:
        left, right = st.columns(2)
        with left:
            by_status(o)
        with right:
            checkworthiness(o)
        left, right = st.columns(2)
        with left:
            if o.by_speaker:
                by_group(o.by_speaker, lambda r: short(r["speaker"]), t("overview.by_speaker"))
            else:
                st.caption(t("overview.no_speakers"))
        with right:
            by_group(
                o.by_article,
                lambda r: f"#{r['article_id']} {short(r['title'])}",
                t("overview.by_article"),
            )
        if o.progress:
            progress(o)
        else:
            st.caption(t("overview.no_progress"))
        if o.evidence_balance:
            balance(o)
        else:
            st.caption(t("overview.no_balance"))
