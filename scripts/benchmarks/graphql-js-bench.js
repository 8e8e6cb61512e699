// Times graphql-js 16, the reference implementation, on the rows of scripts/bench, with the same
// fixtures as Benchmarks/EngineBenchmarks (PeerHub):
//   the static rows: parsing the GitHub schema's SDL, building the schema from the parsed
//   document (buildASTSchema), parsing the full introspection query, validating it;
//   the execution rows: (a) executing that query on the GitHub schema (parsed and validated
//   beforehand); (b) the 1,000 items of Workloads/items-schema.graphql, to a result in memory,
//   then also through JSON.stringify; (c) the small `item(id:)` query through `graphql()`,
//   request text in, JSON text out (graphql-js has no document cache: each request is parsed and
//   validated again).
// Each row is warmed up, then sampled one run at a time; prints, as JSON,
// {"times": {"row": median μs, ...}, "bytes": {"row": JSON size, ...}}.
//
// Usage: NODE_PATH=/usr/share/nodejs node graphql-js-bench.js REPOSITORY_ROOT [--execution-only]
'use strict';

const fs = require('fs');
const path = require('path');
const { parse, buildASTSchema, buildSchema, validate, execute, graphql } = require('graphql');
const { itemsRoot } = require('./items-data');

const root = process.argv[2] || path.join(__dirname, '..', '..');
const executionOnly = process.argv.includes('--execution-only');
const read = (name) => fs.readFileSync(path.join(root, name), 'utf8');
const sdl = read('Tests/Fixtures/github-schema.graphql');
const introspectionQuery = read('Tests/Fixtures/introspection-query.graphql');

// The same rule in every peer's harness (GraphQLSwift's Measure.swift, graphql-core-bench.py):
// warm up for at least 5 runs and 0.5 s (at most 2 s), then one sample a run until 1,000 samples
// or 5 s; the median, in microseconds.
const minimumWarmupRuns = 5;
const minimumWarmupNs = 500_000_000n;
const maximumWarmupNs = 2_000_000_000n;
const maximumSamples = 1000;
const maximumNs = 5_000_000_000n;

let sink = 0;
const now = () => process.hrtime.bigint();
async function measure(run) {
  const warmupStart = now();
  for (let runs = 1; ; runs++) {
    sink ^= (await run()) ? 1 : 0;
    const elapsed = now() - warmupStart;
    if (elapsed >= maximumWarmupNs || (runs >= minimumWarmupRuns && elapsed >= minimumWarmupNs)) break;
  }
  const samples = [];
  const started = now();
  while (samples.length < maximumSamples && now() - started < maximumNs) {
    const start = now();
    const result = await run();
    const end = now();
    sink ^= result ? 1 : 0;
    samples.push(Number(end - start) / 1000);
  }
  samples.sort((a, b) => a - b);
  const middle = samples.length >> 1;
  return samples.length % 2 ? samples[middle] : (samples[middle - 1] + samples[middle]) / 2;
}

/** A document parsed and validated against `schema`; throws naming `what` when invalid. */
function prepare(text, schema, what) {
  const document = parse(text);
  const errors = validate(schema, document);
  if (errors.length > 0) throw new Error(`${what} does not validate: ${errors[0].message}`);
  return document;
}

/** The result, or an exception when it carries errors. */
function checked(result, what) {
  if (result.errors) throw new Error(`${what} failed: ${result.errors[0].message}`);
  return result;
}

async function main() {
  const times = {};
  const bytes = {};
  const schemaDocument = parse(sdl);
  const github = buildASTSchema(schemaDocument);
  const introspection = prepare(introspectionQuery, github, 'the introspection query');

  if (!executionOnly) {
    times['parse GitHub schema SDL'] = await measure(() => parse(sdl));
    times['buildASTSchema GitHub schema'] = await measure(() => buildASTSchema(schemaDocument));
    times['parse introspection query'] = await measure(() => parse(introspectionQuery));
    times['validate introspection query'] = await measure(() => validate(github, introspection));
  }

  // (a)
  times['execute introspection query'] = await measure(() =>
    checked(execute({ schema: github, document: introspection }), 'the introspection query'),
  );

  // (b)
  const schema = buildSchema(read('scripts/benchmarks/Workloads/items-schema.graphql'));
  const rootValue = itemsRoot();
  const items = prepare(read('scripts/benchmarks/Workloads/items-query.graphql'), schema, 'the items query');
  const executeItems = () => checked(execute({ schema, document: items, rootValue }), 'the items query');
  times['execute 1000 items'] = await measure(executeItems);
  times['execute 1000 items to JSON'] = await measure(() => JSON.stringify(executeItems()));
  bytes['execute 1000 items to JSON'] = Buffer.byteLength(JSON.stringify(executeItems()));

  // (c)
  const source = read('scripts/benchmarks/Workloads/item-query.graphql');
  const request = async () =>
    JSON.stringify(
      checked(await graphql({ schema, source, rootValue, variableValues: { id: 'item-7' } }), 'the item query'),
    );
  times['small query from cache to JSON'] = await measure(request);
  bytes['small query from cache to JSON'] = Buffer.byteLength(await request());

  process.stdout.write(JSON.stringify({ times, bytes }) + '\n');
  if (sink === 2) process.stderr.write(''); // keeps the results observable
}

main().catch((error) => {
  console.error(`graphql-js-bench.js: ${error.message}`);
  process.exit(1);
});
