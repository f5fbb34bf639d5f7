"""The claim desk dashboard (Streamlit): run it with `streamlit run dashboard/app.py`.

`app.py` is the entry script (navigation, sidebar); `app_pages/` holds one file per page;
`state.py` the per-process Desk and the per-session state; `i18n.py` the UI labels in Arabic
and English; `render.py` the escaped HTML of highlighted article text.
"""
