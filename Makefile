# Two entry points for a fresh machine (see README):
#   make app   - install into .venv and start the app on the embedded SQLite store
#   make test  - install into .venv (plus chromium, postgres start) and run ruff + the whole test suite
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
PG_URL ?= postgresql+psycopg://postgres@127.0.0.1:5432/test

.PHONY: app test install lint bench agreement lexicon

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test]'
	touch $(STAMP)

# the compiled lemma lexicon (~/.cache/trainer, once per simplemma version; see docs/text-analysis.md).
# Built on first use anyway; building it here keeps the one-off ~10-30 s out of the first test or page.
lexicon: $(STAMP)
	$(BIN)/python -m trainer.text.lexicon_store

install: $(STAMP)

app: $(STAMP) lexicon
	$(BIN)/trainer app

lint: $(STAMP)
	$(BIN)/ruff check trainer tests benchmarks
	$(BIN)/lint-imports --no-cache

test: $(STAMP) lexicon
	bash scripts/ensure-services.sh
	$(BIN)/ruff check trainer tests benchmarks
	$(BIN)/lint-imports --no-cache
	TRAINER_TEST_POSTGRES_URL=$(PG_URL) $(BIN)/python -m pytest -q -n 2 --dist loadfile -p no:cacheprovider

bench: $(STAMP)
	$(BIN)/python benchmarks/scoring.py

agreement: $(STAMP)
	$(BIN)/python benchmarks/agreement.py
