# Two commands set everything up: `make demo` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
DB     ?= vnie.db

.PHONY: demo test install bench eval clean

$(BIN)/vnie: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[test,serve,dask,analysis]"
	@touch $(BIN)/vnie

install: $(BIN)/vnie

demo: install
	rm -f $(DB) $(DB)-wal $(DB)-shm
	$(BIN)/vnie ingest corpus/ --db $(DB) --quiet
	$(BIN)/vnie stats --db $(DB)
	$(BIN)/vnie query people --db $(DB) --limit 10
	$(BIN)/vnie person "Lâm Văn Đông" --db $(DB)
	$(BIN)/vnie query ratios --db $(DB) --subject "đảng viên"
	$(BIN)/vnie query events --db $(DB) --limit 10

test: install
	$(BIN)/python -m pytest -q

eval: install
	$(BIN)/vnie extract ../shared/seeds ../shared/dev/articles --format jsonl \
	  | $(BIN)/python ../shared/eval/score.py ../shared/gold ../shared/dev/gold -

bench: install
	$(BIN)/python bench/run.py

clean:
	rm -rf $(VENV) $(DB) $(DB)-wal $(DB)-shm .pytest_cache
