PY ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: install test golden accuracy bench bench-instructions fuzz samples clean

install:  ## set up .venv with the package, its dev tools and OCR (Tesseract: system packages where it can, else a hint)
	@bash scripts/install_ocr.sh
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev,ocr]' || { \
	  echo "OCR: the Python binding tesserocr did not install; everything else does (pip install tesserocr to read scans)"; \
	  $(BIN)/pip install --quiet -e '.[dev]'; }

test:  ## type-check (mypy, settings in pyproject.toml) and run the test suite
	$(BIN)/python -m mypy
	$(BIN)/pytest

accuracy:  ## score seeds and ../shared/corpus/dev against gold; fail below the pinned floors
	$(BIN)/python scripts/accuracy.py

bench:  ## benchmark: raw pdfium vs referat, engines, batch -j1/-j2, peak RSS, start-up
	$(BIN)/python benchmarks/bench.py --json benchmarks/latest.json

bench-instructions:  ## instructions per page (valgrind): referat vs raw pdfium, machine-independent; minutes, not seconds
	$(BIN)/python benchmarks/instructions.py

samples:  ## remake the PDF/DOCX/web renditions of the seeds in samples/ (then: make golden)
	$(BIN)/python scripts/make_samples.py
	$(BIN)/python scripts/make_web_samples.py

fuzz:  ## fuzz the readers for 60 s (FUZZ_SECONDS=600 for longer); installs atheris, a dev-only tool
	$(BIN)/python -c "import atheris" 2>/dev/null || $(BIN)/pip install --quiet atheris
	$(BIN)/python fuzz/fuzz_readers.py -max_total_time=$(or $(FUZZ_SECONDS),60) -timeout=20 -rss_limit_mb=2048

golden:  ## regenerate the golden JSON files in tests/golden (review the diff!)
	$(BIN)/python scripts/make_golden.py

clean:
	rm -rf $(VENV) build dist src/*.egg-info .pytest_cache .hypothesis .mypy_cache
