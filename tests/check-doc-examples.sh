#!/usr/bin/env bash
# Runs the code blocks of README.md, docs/*.md and the packages' READMEs:
# see tests/doc_examples.py for what each kind of block must do.
cd "$(dirname "$0")/.."
exec "${PYTHON:-/usr/bin/python3}" tests/doc_examples.py "$@"
