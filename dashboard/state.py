"""What the dashboard keeps between reruns: one Desk per server process, and per-session state.

The Desk holds the embedding model and the FAISS index, so it lives in `st.cache_resource`:
it is built once per server process (per database file) and shared by every session. Session
state keys are prefixed with the page that owns them ("claims:page", "claim:note") so pages
never clash; the two app-wide keys are the UI language and the reviewer's name.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Literal

import streamlit as st

from claims.errors import ClaimDeskError
from claims.service import Desk, IngestReport
from claims.store import default_db_path

log = logging.getLogger(__name__)

REVIEWER_KEY = "reviewer"
# Widget values under these prefixes survive a visit to another page (Streamlit drops the
# state of widgets a run did not draw): the claim table's filters, the search box.
PERSISTENT_PREFIXES = ("claims:f:", "search:f:")

FlashKind = Literal["success", "info", "warning", "error"]


@st.cache_resource(show_spinner=False, max_entries=4)
def _desk_for(db: str) -> Desk:
    return Desk(db)


def desk() -> Desk:
    """Return this server process's Desk for the database CLAIMDESK_DB names."""
    return _desk_for(str(default_db_path()))


@st.cache_resource(show_spinner="Loading the sample articles… · جارٍ تحميل المقالات النموذجية…")
def _prepare(db: str) -> int:
    """Load the bundled sample into an empty database, and start warming the model up.

    Runs once per server process and database; returns how many sample articles were stored.
    """
    the_desk = _desk_for(db)
    report: IngestReport | None = the_desk.load_sample_if_empty()
    # Loading the model and the FAISS index in the background keeps the first page quick and
    # the first search from paying for it (Desk.index is computed once, under a lock).
    threading.Thread(target=_warm, args=(the_desk,), name="claimdesk-warmup", daemon=True).start()
    return report.stored if report else 0


def _warm(the_desk: Desk) -> None:
    try:
        _ = the_desk.index
    except Exception as err:  # a failed warm-up shows again where the index is used
        log.warning("warming the model and index up failed: %s", err)


def prepare() -> None:
    """Make sure the sample is loaded and the model warming up (cheap after the first call).

    A failure is shown on the page (and retried on the next run) instead of stopping the app.
    """
    try:
        _prepare(str(default_db_path()))
    except ClaimDeskError as err:
        st.error(str(err))


def default(key: str, value: object) -> str:
    """Give the widget `key` its first value through session state; return the key.

    Filter widgets keep their values across pages through session state, so they take their
    starting value from there too rather than from a widget default (the two would clash).
    """
    st.session_state.setdefault(key, value)
    return key


def reviewer() -> str:
    """Return the reviewer's name entered in the sidebar ("" until they enter one)."""
    return str(st.session_state.get(REVIEWER_KEY, "") or "").strip()


def keep_persistent_widgets() -> None:
    """Keep filter values when the user leaves their page and comes back.

    Re-assigning a widget's value turns it into plain session state, which Streamlit keeps.
    """
    for key in list(st.session_state.keys()):
        if isinstance(key, str) and key.startswith(PERSISTENT_PREFIXES):
            st.session_state[key] = st.session_state[key]


@contextmanager
def user_errors() -> Iterator[None]:
    """Show a ClaimDeskError raised inside the block as a one-line error on the page."""
    try:
        yield
    except ClaimDeskError as err:
        st.error(str(err))


def flash(where: str, kind: FlashKind, message: str) -> None:
    """Queue a message for `where` (a page or a form key) to show on the next run.

    Callbacks and code that ends in st.rerun() report this way: what they draw is lost.
    """
    st.session_state.setdefault(f"{where}:flash", []).append((kind, message))


def show_flash(where: str) -> None:
    """Show, then forget, the messages queued for `where`."""
    for kind, message in st.session_state.pop(f"{where}:flash", []):
        getattr(st, kind)(message)


def log_page_error(err: Exception) -> None:
    """Log an unexpected error with its traceback (for the operator, never for the page)."""
    log.exception("dashboard page failed", exc_info=err)
