# Fresh machine: `make extract` and `make test` set themselves up (a .venv from pyproject.toml).
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
# Byte-code of the package, compiled once per change of its sources: an editable install leaves
# it uncompiled, and where PYTHONDONTWRITEBYTECODE is set (this CI image sets it) every process
# would compile some 70 modules again on start (0.3 s of a two-file extract's 1.2 s).
PYSRC  := $(wildcard pipeline/*.py pipeline/*/*.py extractors/*.py normalizers/*.py)
BYTECODE := $(VENV)/.compiled
SAMPLES := samples/main_body_spaced_date_goals_footnotes.pdf samples/appendix_split_row_leads.pdf
OUT    ?= outputs
INPUT  ?= samples
CORPUS ?= ../shared/corpus

.PHONY: setup extract test bench diff samples clean

setup: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test]'
	touch $(STAMP)

$(SAMPLES): samples/build_samples.py $(STAMP)
	$(BIN)/python samples/build_samples.py

samples: $(SAMPLES)

$(BYTECODE): $(PYSRC) $(STAMP)
	$(BIN)/python -m compileall -q pipeline extractors normalizers
	touch $(BYTECODE)

extract: $(STAMP) $(BYTECODE) $(SAMPLES)
	$(BIN)/ai-strategy extract $(INPUT) --out $(OUT)

test: $(STAMP) $(BYTECODE) $(SAMPLES)
	$(BIN)/python -m pytest

bench: $(STAMP) $(BYTECODE)
	$(BIN)/python bench/bench.py --corpus $(CORPUS)

diff: $(STAMP)
	@test -n "$(EDITIONS)" || { echo "usage: make diff EDITIONS=\"out/2019 out/2021 out/2022\" OUT=out (edition folders written by extract)"; exit 2; }
	$(BIN)/ai-strategy diff $(EDITIONS) --out $(OUT)

clean:
	rm -rf $(VENV) $(SAMPLES) build *.egg-info
