// graphql-js 16.6's responses and resolver logs for ExecutionOrderTests.swift (spec §6.2.2
// "Mutation", §6.3 "Normal and Serial Execution"): a mutation's root fields run one after
// another, each with its sub-fields, even when a later one would finish first.
'use strict';
const { makeSchema, run, sleep } = require('./harness.js');

const log = [];
const sdl = `
type Counter { value: Int after: Int }
type Mutation { set(value: Int!, delayMs: Int!): Counter fail(value: Int!): Counter failNonNull(value: Int!): Counter! }
type Query { value: Int }`;
const schema = makeSchema(sdl, {
  fields: {
    Mutation: {
      set: async (_, { value, delayMs }) => { log.push(`start ${value}`); await sleep(delayMs); log.push(`end ${value}`); return { value }; },
      fail: async (_, { value }) => { log.push(`fail ${value}`); throw new Error(`cannot set ${value}`); },
      failNonNull: async (_, { value }) => { log.push(`fail ${value}`); throw new Error(`cannot set ${value}`); },
    },
    Counter: { after: async ({ value }) => { await sleep(5); log.push(`after ${value}`); return value; } },
  },
});

async function logged(label, query) {
  log.length = 0;
  await run(label, schema, query);
  console.log(JSON.stringify(log));
}

(async () => {
  await logged('in order', 'mutation { first: set(value: 1, delayMs: 60) { value after } second: set(value: 2, delayMs: 1) { value after } third: set(value: 3, delayMs: 20) { value } }');
  await logged('nullable failure', 'mutation { a: set(value: 1, delayMs: 1) { value } b: fail(value: 2) { value } c: set(value: 3, delayMs: 1) { value } }');
  await logged('non-null failure', 'mutation { a: set(value: 1, delayMs: 1) { value } b: failNonNull(value: 2) { value } c: set(value: 3, delayMs: 1) { value } }');
})();
