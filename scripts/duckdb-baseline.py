#!/usr/bin/env python3
"""The DuckDB side of byline-bench's query figures.

Loads the flat JSONL tables byline-bench wrote (articles, sentences, mentions, quotes: the same rows byline
queries, exported through `byline`'s own jsonl writer) into an in-memory DuckDB database and times the same
questions byline answers. Prints one JSON object: load seconds and, per query, the best of three runs in
seconds plus the answer, so the two sides can be checked against each other.

    python3 scripts/duckdb-baseline.py TABLE_DIR SOURCE WORD

Needs the `duckdb` Python package (pip install duckdb); exits with status 3 when it is missing.
"""
import json
import sys
import time

try:
    import duckdb
except ImportError:
    print(json.dumps({"error": "the duckdb Python package is not installed (pip install duckdb)"}))
    sys.exit(3)


def best_of_three(connection, sql, parameters=()):
    best = None
    answer = None
    for _ in range(3):
        start = time.perf_counter()
        answer = connection.execute(sql, parameters).fetchall()
        elapsed = time.perf_counter() - start
        best = elapsed if best is None else min(best, elapsed)
    return best, answer


def main():
    folder, source, word = sys.argv[1], sys.argv[2], sys.argv[3]
    connection = duckdb.connect()
    start = time.perf_counter()
    for table in ("articles", "sentences", "mentions", "quotes"):
        connection.execute(
            f"create table {table} as select * from read_json_auto(?, format='newline_delimited')",
            [f"{folder}/{table}.jsonl"],
        )
    load = time.perf_counter() - start
    queries = {
        "article filter": ("select count(*) from articles where source = ?", [source]),
        "sentence scan": (
            "select source, count(*) from sentences where text ilike ? group by source order by source",
            [f"%{word}%"],
        ),
        "group mentions": (
            "select entity, count(*) as c from mentions group by entity order by c desc, entity limit 10",
            [],
        ),
        "sort quotes": ("create or replace temp table sorted_quotes as select * from quotes order by text", []),
    }
    results = {}
    for name, (sql, parameters) in queries.items():
        seconds, answer = best_of_three(connection, sql, parameters)
        results[name] = {"seconds": seconds, "rows": len(answer), "first": [str(cell) for cell in answer[0]] if answer else []}
    print(json.dumps({"load": load, "queries": results}))


if __name__ == "__main__":
    main()
