# SPDX-License-Identifier: GPL-2.0
# Thin front end: every target runs one script (see README.md).
.PHONY: all demo check tree export build lint wcheck bisect kunit vm-test bench deps clean

all: demo

demo:
	@scripts/demo

check:
	@scripts/check

tree:
	@scripts/tree

export:
	@scripts/tree --export

build: tree
	@scripts/build

lint:
	@scripts/lint

wcheck:
	@scripts/wcheck

bisect:
	@scripts/bisect

kunit:
	@scripts/kunit

vm-test:
	@scripts/vmtests

bench:
	@scripts/bench

deps:
	@scripts/deps

# Removes this checkout's generated files; the cache outside the repository
# (base package, ccache, sparse) is kept.
clean:
	rm -rf build
