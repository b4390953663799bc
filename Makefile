# Two commands set everything up: `make demo` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
DB     ?= vnie.db
SHARED ?= ../shared

.PHONY: demo test test-fast lint install bench eval clean

$(BIN)/vnie: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip "setuptools>=68" wheel
	$(BIN)/pip install --quiet -e ".[test,serve,dask,analysis]"
	@# an editable install is not byte-compiled (a wheel is): done here, so no run compiles vnie again
	$(BIN)/python -m compileall -q pipeline > /dev/null
	@touch $(BIN)/vnie

install: $(BIN)/vnie

demo: install
	rm -f $(DB) $(DB)-wal $(DB)-shm
	$(BIN)/vnie ingest corpus/ --db $(DB) --quiet
	$(BIN)/vnie stats --db $(DB)
	$(BIN)/vnie query people --db $(DB) --limit 10
	$(BIN)/vnie person "Lâm Văn Đông" --db $(DB)
	$(BIN)/vnie post "Bí thư Tỉnh ủy" --place "Hòa Phong" --db $(DB)
	$(BIN)/vnie query ratios --db $(DB) --subject "đảng viên" --by province,owner_level,half
	$(BIN)/vnie query events --db $(DB) --limit 10

# ruff (pipeline, bench, tests) and mypy (pipeline, as set in pyproject.toml), then every test
test: lint
	$(BIN)/python -m pytest -q

# the quick loop: the same checks, and the tests not marked slow (@pytest.mark.slow)
test-fast: lint
	$(BIN)/python -m pytest -q -m "not slow"

lint: install
	$(BIN)/ruff check pipeline bench tests
	$(BIN)/mypy

# scores seeds + dev (the gated set), dev2, and both; one line and exit 0 where ../shared is absent
eval: install
	@if [ -f $(SHARED)/eval/score.py ]; then $(BIN)/python bench/eval.py $(SHARED); \
	else echo "make eval: nothing to score: $(SHARED) (the gold articles and eval/score.py) is not beside the project"; fi

bench: install
	$(BIN)/python bench/run.py

clean:
	rm -rf $(VENV) $(DB) $(DB)-wal $(DB)-shm .pytest_cache .mypy_cache .ruff_cache
