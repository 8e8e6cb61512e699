"""Times graphql-core 3.2 (Python) on the execution rows of scripts/bench.

The same fixtures and workloads as Benchmarks/EngineBenchmarks (PeerHub) and graphql-js-bench.js:
  (a) executing the full introspection query on GitHub's schema, parsed and validated beforehand;
  (b) the 1,000 items of Workloads/items-schema.graphql (dicts read by the default resolver), to a
      result in memory, then also through json.dumps;
  (c) the small `item(id:)` query through graphql_sync, request text in, JSON text out
      (graphql-core has no document cache: each request is parsed and validated again).
Each row is warmed up, then sampled one run at a time; prints, as JSON,
{"times": {"row": median μs, ...}, "bytes": {"row": JSON size, ...}}.

Usage: python3 graphql-core-bench.py REPOSITORY_ROOT
"""

import json
import sys
import time
from pathlib import Path

from graphql import build_schema, execute_sync, graphql_sync, parse, validate

# The same rule in every peer's harness (graphql-js-bench.js, GraphQLSwift's Measure.swift):
# warm up for at least 5 runs and 0.5 s (at most 2 s), then one sample a run until 1,000 samples
# or 5 s; the median, in microseconds.
MINIMUM_WARMUP_RUNS = 5
MINIMUM_WARMUP_NS = 500_000_000
MAXIMUM_WARMUP_NS = 2_000_000_000
MAXIMUM_SAMPLES = 1000
MAXIMUM_NS = 5_000_000_000


def measure(run):
    """The median time of `run`, in microseconds."""
    now = time.perf_counter_ns
    warmup_start = now()
    runs = 0
    while True:
        run()
        runs += 1
        elapsed = now() - warmup_start
        if elapsed >= MAXIMUM_WARMUP_NS or (runs >= MINIMUM_WARMUP_RUNS and elapsed >= MINIMUM_WARMUP_NS):
            break
    samples = []
    started = now()
    while len(samples) < MAXIMUM_SAMPLES and now() - started < MAXIMUM_NS:
        start = now()
        run()
        samples.append((now() - start) / 1000)
    samples.sort()
    middle = len(samples) // 2
    return samples[middle] if len(samples) % 2 else (samples[middle - 1] + samples[middle]) / 2


def prepare(text, schema, what):
    """A document parsed and validated against `schema`; raises naming `what` when invalid."""
    document = parse(text)
    errors = validate(schema, document)
    if errors:
        raise SystemExit(f"graphql-core-bench.py: {what} does not validate: {errors[0].message}")
    return document


def checked(result, what):
    """The result, or the run stops when it carries errors."""
    if result.errors:
        raise SystemExit(f"graphql-core-bench.py: {what} failed: {result.errors[0].message}")
    return result


def items_root(count=1000):
    """The 1,000 items of the workload as dicts, and the root value serving them."""
    owners = [{"id": f"owner-{k}", "name": f"Owner {k}", "email": f"owner-{k}@example.org"} for k in range(50)]
    items = [
        {
            "id": f"item-{i}",
            "name": f"Item {i}",
            "description": None if i % 3 == 0 else f"Description of item {i}",
            "price": i + 0.5,
            "quantity": i % 100,
            "available": i % 2 == 0,
            "category": f"category-{i % 10}",
            "tags": [f"tag-{i % 5}", f"tag-{i % 7}", f"tag-{i % 11}"],
            "owner": owners[i % 50],
        }
        for i in range(count)
    ]
    by_id = {item["id"]: item for item in items}
    # The default resolver calls a callable found in a dict with the field's arguments.
    return {"items": items, "item": lambda _info, id: by_id.get(id)}


def to_json(result):
    """The response as compact JSON text."""
    return json.dumps(result.formatted, separators=(",", ":"), ensure_ascii=False)


def main():
    root = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).resolve().parents[2])
    read = lambda name: (root / name).read_text(encoding="utf-8")  # noqa: E731
    times, sizes = {}, {}

    # (a)
    github = build_schema(read("Tests/Fixtures/github-schema.graphql"))
    introspection = prepare(read("Tests/Fixtures/introspection-query.graphql"), github, "the introspection query")
    times["execute introspection query"] = measure(
        lambda: checked(execute_sync(github, introspection), "the introspection query")
    )

    # (b)
    schema = build_schema(read("scripts/benchmarks/Workloads/items-schema.graphql"))
    root_value = items_root()
    items = prepare(read("scripts/benchmarks/Workloads/items-query.graphql"), schema, "the items query")

    def execute_items():
        return checked(execute_sync(schema, items, root_value), "the items query")

    times["execute 1000 items"] = measure(execute_items)
    times["execute 1000 items to JSON"] = measure(lambda: to_json(execute_items()))
    sizes["execute 1000 items to JSON"] = len(to_json(execute_items()).encode())

    # (c)
    source = read("scripts/benchmarks/Workloads/item-query.graphql")

    def request():
        result = graphql_sync(schema, source, root_value, variable_values={"id": "item-7"})
        return to_json(checked(result, "the item query"))

    times["small query from cache to JSON"] = measure(request)
    sizes["small query from cache to JSON"] = len(request().encode())

    print(json.dumps({"times": times, "bytes": sizes}))


if __name__ == "__main__":
    main()
