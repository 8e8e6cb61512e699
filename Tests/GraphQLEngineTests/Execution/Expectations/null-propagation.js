// graphql-js 16.6's responses for NullPropagationTests.swift (spec §6.4.4 "Handling
// Execution Errors", "Errors and Non-Null Types"). Every case runs twice: with synchronous
// resolvers and with resolvers answering through promises (async resolvers in Swift); the
// responses are the same.
'use strict';
const { makeSchema, run } = require('./harness.js');

const sdl = `
type Node { value: String nonNullValue: String! child: Node nonNullChild: Node! fails: String nonNullFails: String! }
type Query {
  nullable: Node nonNull: Node! ok: String
  list: [Node] listOfNonNull: [Node!] nonNullList: [Node]! nonNullListOfNonNull: [Node!]!
  nested: [[Node!]] nestedNonNull: [[Node!]!] scalars: [Int!] nonNullScalars: [Int]!
}`;

// A node: `value` is its label; `nonNullValue` is missing when `broken`; children nest.
const node = (label, { broken = false, child, nonNullChild } = {}) => ({
  value: label, nonNullValue: broken ? null : label, child, nonNullChild,
});
const fail = () => { throw new Error('boom'); };

function schemaFor(wrap) {
  const field = (name) => (source) => wrap(source[name]);
  return makeSchema(sdl, {
    fields: {
      Node: {
        value: field('value'), nonNullValue: field('nonNullValue'), child: field('child'), nonNullChild: field('nonNullChild'),
        fails: () => wrap(undefined, true), nonNullFails: () => wrap(undefined, true),
      },
    },
  });
}
const sync = schemaFor((value, throws) => { if (throws) fail(); return value; });
const async = schemaFor((value, throws) => new Promise((resolve, reject) => setTimeout(() => (throws ? reject(new Error('boom')) : resolve(value)), 1)));

const good = node('a');
const broken = node('b', { broken: true });
const rootValue = {
  ok: 'ok', nullable: node('n', { nonNullChild: node('c', { nonNullChild: broken }) }), nonNull: broken,
  list: [good, broken, node('c', { broken: true })], listOfNonNull: [good, broken], nonNullList: [good, broken], nonNullListOfNonNull: [good, broken],
  nested: [[good], [good, broken], [good]], nestedNonNull: [[good], [good, broken]],
  scalars: [1, null, 3], nonNullScalars: [1, null],
};

const cases = [
  ['nullable field', '{ nullable { nonNullValue: value broken: nonNullChild { nonNullChild { nonNullValue } } } ok }'],
  ['non-null field to the root', '{ ok nonNull { value nonNullValue } }'],
  ['thrown error in a non-null field', '{ nullable { value nonNullFails } ok }'],
  ['thrown error in a nullable field', '{ nullable { value fails } ok }'],
  ['nullable list', '{ list { value nonNullValue } ok }'],
  ['list of non-null', '{ listOfNonNull { value nonNullValue } ok }'],
  ['non-null list', '{ nonNullList { nonNullValue } ok }'],
  ['non-null list of non-null', '{ ok nonNullListOfNonNull { nonNullValue } }'],
  ['nested lists', '{ nested { nonNullValue } ok }'],
  ['nested non-null lists', '{ nestedNonNull { nonNullValue } ok }'],
  ['scalar items', '{ scalars nonNullScalars }'],
  ['aliases in paths', '{ n: nullable { c: nonNullChild { d: nonNullChild { e: nonNullValue } } } }'],
];

(async () => {
  for (const [label, query] of cases) {
    await run(`${label} (sync)`, sync, query, { rootValue });
    await run(`${label} (async)`, async, query, { rootValue });
  }
  // A nullable sibling failing beside a non-null one that nulls their parent: one error, the
  // sibling's being discarded with the parent (the spec allows cancelling it).
  // The Swift test loads `nonNullValue` through a batch loader that answers null for key 2.
  const loaded = [{ nonNullValue: 'v1' }, { nonNullValue: null }];
  await run('batch-loaded null', async, '{ listOfNonNull { nonNullValue } nonNullList { nonNullValue } }', { rootValue: { listOfNonNull: loaded, nonNullList: loaded } });
  const rootAsync = makeSchema(sdl, { fields: { Query: { nonNull: async () => null, ok: async () => 'ok' } } });
  await run('async null at the root', rootAsync, '{ ok nonNull { value } }');
  await run('sibling errors (async)', async, '{ nullable { nonNullFails fails } ok }', { rootValue });
})();

