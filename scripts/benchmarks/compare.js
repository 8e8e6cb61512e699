// Prints the benchmark tables from the results of one `scripts/bench` run:
//   the static rows (parse, build, validate), PeerHub against graphql-js, goal 3x or more;
//   the execution rows (a), (b1), (b2), (c), PeerHub against graphql-js, graphql-core and
//   GraphQLSwift, with issue 3's targets.
// A ratio is the peer's median divided by PeerHub's: how many times faster PeerHub is.
//
// Usage: node compare.js RESULTS_DIRECTORY
//   reads *.jmh.json (PeerHub, ordo-one/benchmark's JMH export), graphql-js.json, and, when
//   present, graphql-core.json and graphqlswift.json ({"times": {row: μs}, "bytes": {row: n}}).
'use strict';

const fs = require('fs');
const path = require('path');

const directory = process.argv[2];
const files = fs.readdirSync(directory);
const jmhFile = files.find((name) => name.endsWith('.jmh.json'));
if (!jmhFile) {
  console.error(`compare.js: no *.jmh.json in ${directory}; did the Swift benchmark run?`);
  process.exit(1);
}

// ordo-one names each JMH entry package.benchmark.TARGET.NAME, spaces as underscores; times are in μs.
const peerhub = {};
const peerhubMallocs = {};
for (const element of JSON.parse(fs.readFileSync(path.join(directory, jmhFile), 'utf8'))) {
  const name = element.benchmark.split('.').slice(3).join('.').replace(/_/g, ' ');
  const wallClock = element.secondaryMetrics['Time (wall clock)'];
  if (wallClock) peerhub[name] = wallClock.scorePercentiles['50.0'];
  const mallocs = element.secondaryMetrics['Malloc (total)'];
  if (mallocs) peerhubMallocs[name] = mallocs.scorePercentiles['50.0'];
}

/** A peer's results, or undefined when it was not run. */
function peer(file) {
  const full = path.join(directory, file);
  return fs.existsSync(full) ? JSON.parse(fs.readFileSync(full, 'utf8')) : undefined;
}
const peers = [
  { name: 'graphql-js 16', results: peer('graphql-js.json') },
  { name: 'graphql-core 3.2', results: peer('graphql-core.json') },
  { name: 'GraphQLSwift 4.3', results: peer('graphqlswift.json') },
].filter((p) => p.results);

const formatTime = (us) => {
  if (us === undefined) return '—';
  if (us >= 1000) return `${(us / 1000).toFixed(2)} ms`;
  return `${us.toFixed(1)} μs`;
};
const ratio = (peerTime, ours) => (peerTime !== undefined && ours ? peerTime / ours : undefined);
const formatRatio = (value) => (value === undefined ? '—' : `${value >= 100 ? value.toFixed(0) : value.toFixed(1)}x`);

function printTable(header, rows) {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
  const line = (cells) =>
    '| ' +
    cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join(' | ') +
    ' |';
  console.log(line(header));
  console.log('|' + widths.map((width, column) => '-'.repeat(width + 1) + (column === 0 ? '-' : ':')).join('|') + '|');
  for (const row of rows) console.log(line(row));
}

const graphqlJS = peers.find((p) => p.name.startsWith('graphql-js'));

// The static rows (issue 2), when graphql-js ran them.
const staticRows = ['parse GitHub schema SDL', 'buildASTSchema GitHub schema', 'parse introspection query', 'validate introspection query'];
if (graphqlJS && staticRows.some((name) => graphqlJS.results.times[name] !== undefined)) {
  const rows = staticRows.map((name) => {
    const theirs = graphqlJS.results.times[name];
    return [name, formatTime(peerhub[name]), formatTime(theirs), formatRatio(ratio(theirs, peerhub[name])), String(peerhubMallocs[name] ?? '—')];
  });
  printTable(['row (median)', 'PeerHub', 'graphql-js 16', 'graphql-js / PeerHub', 'PeerHub mallocs'], rows);
  const slow = staticRows.filter((name) => !(ratio(graphqlJS.results.times[name], peerhub[name]) >= 3));
  console.log(slow.length === 0 ? '\nEvery row is at least 3x faster than graphql-js.\n' : `\nBelow the 3x goal: ${slow.join(', ')}\n`);
}

// The execution rows (issue 3) and their targets.
const executionRows = [
  { key: 'execute introspection query', label: '(a) introspection query, GitHub schema' },
  { key: 'execute 1000 items', label: '(b1) 1,000 items, result in memory' },
  { key: 'execute 1000 items to JSON', label: '(b2) 1,000 items, to JSON bytes' },
  { key: 'small query from cache to JSON', label: '(c) small query, text in, JSON out' },
];
const targets = {
  'graphql-js 16': { rows: ['execute introspection query', 'execute 1000 items', 'execute 1000 items to JSON'], factor: 5 },
  'GraphQLSwift 4.3': { rows: executionRows.map((row) => row.key), factor: 30 },
};
const maximumRequestOverhead = 20; // μs, row (c)

const header = ['row (median)', 'PeerHub', ...peers.map((p) => p.name), ...peers.map((p) => `vs ${p.name.split(' ')[0]}`), 'PeerHub mallocs'];
const rows = executionRows.map(({ key, label }) => [
  label,
  formatTime(peerhub[key]),
  ...peers.map((p) => formatTime(p.results.times[key])),
  ...peers.map((p) => formatRatio(ratio(p.results.times[key], peerhub[key]))),
  String(peerhubMallocs[key] ?? '—'),
]);
printTable(header, rows);

console.log(`
Ratios are the peer's median over PeerHub's. Targets: at least 5x graphql-js on (a), (b1), (b2);
at least 30x GraphQLSwift on every row; (c) under ${maximumRequestOverhead} μs.
(c): PeerHub serves the request from its cache of parsed, validated and planned documents; the
peers have no such cache (graphql-js graphql(), graphql-core graphql_sync, GraphQLSwift graphql()
parse and validate every request). graphql-js and graphql-core produce JSON text (a string).
(a), GraphQLSwift: the query less __InputValue's isDeprecated and deprecationReason, which
GraphQLSwift 4.3.0 cannot answer (its result would be null), so it does a little less work.`);

const missed = [];
for (const { key, label } of executionRows) {
  if (peerhub[key] === undefined) {
    missed.push(`${label}: PeerHub not measured (see its run above)`);
    continue;
  }
  for (const p of peers) {
    const target = targets[p.name];
    if (!target || !target.rows.includes(key)) continue;
    const value = ratio(p.results.times[key], peerhub[key]);
    if (value !== undefined && value < target.factor) missed.push(`${label}: ${formatRatio(value)} ${p.name}, target ${target.factor}x`);
  }
}
const overhead = peerhub['small query from cache to JSON'];
if (overhead !== undefined && overhead >= maximumRequestOverhead) {
  missed.push(`(c): ${formatTime(overhead)} per request, target under ${maximumRequestOverhead} μs`);
}
console.log(missed.length === 0 ? '\nEvery target is met.' : `\nTargets not met:\n${missed.map((m) => `- ${m}`).join('\n')}`);

// Every engine serialized the same response; different sizes would mean different work.
for (const { key, label } of executionRows) {
  const sizes = peers.filter((p) => p.results.bytes?.[key] !== undefined).map((p) => `${p.name} ${p.results.bytes[key]}`);
  const distinct = new Set(peers.map((p) => p.results.bytes?.[key]).filter((n) => n !== undefined));
  if (distinct.size > 1) console.log(`note: ${label}: the peers' JSON sizes differ (${sizes.join(', ')})`);
}
