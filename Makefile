# Case review pipeline. `make help` lists the targets.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
CASE   ?= demo
STAMP  := $(VENV)/.installed

.PHONY: help install merge test lint bench demo clean

help:  ## list the targets
	@grep -E '^[a-z]+:.*## ' $(MAKEFILE_LIST) | sed -E 's/:.*## /\t/' | expand -t 12

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)  ## create .venv and install the pipeline with its test tools (idempotent)

merge: install  ## merge a case: make merge CASE=<folder under inputs/> (default: the demo case)
	@# Exit 1 means "outputs written, findings to send back": not a failure of make.
	$(BIN)/python -m pipeline merge $(CASE) $(if $(CSV),--csv) $(if $(NO_PROTECT),--no-protect) || [ $$? -eq 1 ]

test: install  ## run the tests
	$(BIN)/python -m pytest -n 2

lint: install  ## check the code with ruff
	$(BIN)/ruff check pipeline tests bench

bench: install  ## measure speed and memory (prints figures, asserts nothing)
	$(BIN)/pip install --quiet -e '.[anchor]'
	$(BIN)/python -m bench

demo: install  ## rebuild the fictional demo case in inputs/demo from its script
	$(BIN)/python -m tests.builders.demo_case inputs/demo

clean:  ## remove generated outputs (keeps inputs and .venv)
	rm -rf outputs/*/
