// Times the four benchmark rows with graphql-js 16, the reference implementation, on the same
// fixtures as Benchmarks/EngineBenchmarks: parsing the GitHub schema's SDL, building the schema
// from the parsed document (buildASTSchema), parsing the full introspection query, and validating
// it against the schema. Each row is warmed up, then run until it has enough samples or time;
// the median of the samples, in microseconds, is printed as JSON: {"row name": median, ...}.
//
// Usage: NODE_PATH=/usr/share/nodejs node graphql-js-bench.js REPOSITORY_ROOT
'use strict';

const fs = require('fs');
const path = require('path');
const { parse, buildASTSchema, validate } = require('graphql');

const root = process.argv[2] || path.join(__dirname, '..', '..');
const read = (name) => fs.readFileSync(path.join(root, 'Tests', 'Fixtures', name), 'utf8');
const sdl = read('github-schema.graphql');
const introspectionQuery = read('introspection-query.graphql');

const schemaDocument = parse(sdl);
const schema = buildASTSchema(schemaDocument);
const query = parse(introspectionQuery);
const errors = validate(schema, query);
if (errors.length > 0) {
  throw new Error(`the introspection query does not validate: ${errors[0].message}`);
}

// The same limits as the Swift side: 5 warm-up runs, then at most 1,000 samples or 5 seconds.
const warmupIterations = 5;
const maxIterations = 1000;
const maxDurationNs = 5_000_000_000n;

let sink = 0;
function measure(run) {
  for (let i = 0; i < warmupIterations; i++) sink ^= run() ? 1 : 0;
  const samples = [];
  const started = process.hrtime.bigint();
  while (samples.length < maxIterations && process.hrtime.bigint() - started < maxDurationNs) {
    const start = process.hrtime.bigint();
    const result = run();
    const end = process.hrtime.bigint();
    sink ^= result ? 1 : 0;
    samples.push(Number(end - start) / 1000);
  }
  samples.sort((a, b) => a - b);
  const middle = samples.length >> 1;
  return samples.length % 2 ? samples[middle] : (samples[middle - 1] + samples[middle]) / 2;
}

const results = {
  'parse GitHub schema SDL': measure(() => parse(sdl)),
  'buildASTSchema GitHub schema': measure(() => buildASTSchema(schemaDocument)),
  'parse introspection query': measure(() => parse(introspectionQuery)),
  'validate introspection query': measure(() => validate(schema, query)),
};
process.stdout.write(JSON.stringify(results) + '\n');
if (sink === 2) process.stderr.write('');  // keeps the results observable
