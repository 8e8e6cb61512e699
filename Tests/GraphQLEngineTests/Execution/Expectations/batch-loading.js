// graphql-js 16.6's response for BatchLoaderTests.swift's small case, with plain per-item
// resolvers: batching changes the loader calls (asserted in Swift), not the response.
'use strict';
const { makeSchema, run } = require('./harness.js');

const schema = makeSchema(`
type Query { practices(count: Int!): [Practice!]! }
type Practice { id: Int! title: String author: Person }
type Person { id: Int! name: String friends: [Person] }`, {
  fields: {
    Query: { practices: (_, { count }) => Array.from({ length: count }, (_, id) => id) },
    Practice: { id: (id) => id, title: (id) => `Practice ${id}`, author: (id) => ({ id: id % 10 }) },
    Person: { name: ({ id }) => `Person ${id}`, friends: ({ id }) => [{ id: id + 1 }, { id: id + 2 }] },
  },
});

run('small case', schema, '{ practices(count: 3) { title author { name friends { name } } } }');
