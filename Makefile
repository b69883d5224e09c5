# The two commands a newcomer needs: `make run` and `make test`. Both install what is missing first.
.PHONY: deps run test bench export

deps:
	@scripts/install-deps.sh

# Builds byline and reads the bundled example corpus.
run: deps
	swift build -c release --product byline
	.build/release/byline examples/corpus

# The whole test suite, including the gold scoring of the seeds in ../shared/seeds.
test: deps
	swift build --build-tests
	swift test --skip-build

# Ingest and query speed on a generated corpus (10k articles; ARTICLES=100000 for the large one). The query
# figures stand beside DuckDB on the same rows, through its Python package.
bench: deps
	@python3 -c 'import duckdb' 2>/dev/null || python3 -m pip install --quiet duckdb
	swift run -c release byline-bench --articles $${ARTICLES:-10000}

export: deps
	swift run -c release byline export examples/corpus
