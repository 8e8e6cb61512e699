// Prints the benchmark table: each row's median with PeerHub (from ordo-one/benchmark's JMH
// export) and with graphql-js (from graphql-js-bench.js), and the ratio graphql-js / PeerHub.
//
// Usage: node compare.js RESULTS_DIRECTORY   (holding *.jmh.json and graphql-js.json)
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
const graphqlJS = JSON.parse(fs.readFileSync(path.join(directory, 'graphql-js.json'), 'utf8'));

const formatTime = (us) => {
  if (us === undefined) return '—';
  if (us >= 1000) return `${(us / 1000).toFixed(2)} ms`;
  return `${us.toFixed(1)} μs`;
};

const rows = Object.keys(graphqlJS).map((name) => {
  const ours = peerhub[name];
  const theirs = graphqlJS[name];
  const ratio = ours ? theirs / ours : undefined;
  return [
    name,
    formatTime(ours),
    formatTime(theirs),
    ratio === undefined ? '—' : `${ratio.toFixed(1)}x`,
    peerhubMallocs[name] === undefined ? '—' : String(peerhubMallocs[name]),
  ];
});
const header = ['row (median)', 'PeerHub', 'graphql-js 16', 'graphql-js / PeerHub', 'PeerHub mallocs'];
const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
const line = (cells) =>
  '| ' +
  cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join(' | ') +
  ' |';
console.log(line(header));
console.log('|' + widths.map((width, column) => '-'.repeat(width + 1) + (column === 0 ? '-' : ':')).join('|') + '|');
for (const row of rows) console.log(line(row));

const missing = Object.keys(graphqlJS).filter((name) => peerhub[name] === undefined);
if (missing.length > 0) {
  console.error(`compare.js: no PeerHub result for: ${missing.join(', ')}`);
  process.exit(1);
}
const slow = rows.filter((row) => parseFloat(row[3]) < 3);
console.log(
  slow.length === 0
    ? '\nEvery row is at least 3x faster than graphql-js.'
    : `\nBelow the 3x goal: ${slow.map((row) => row[0]).join(', ')}`,
);
