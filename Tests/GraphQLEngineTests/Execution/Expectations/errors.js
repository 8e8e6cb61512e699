// graphql-js 16.6's responses for ErrorTests.swift (spec §6.4.4 "Handling Execution Errors",
// §7.1.2 "Errors"): message, locations, path and extensions of field errors.
'use strict';
const { makeSchema, run, GraphQLError } = require('./harness.js');

const sdl = `
type Item { id: Int fails: String }
type Query { ok: String fails: String asyncFails: String list: [Item] denied: String notFound: String elsewhere: String placed: String }`;

const schema = makeSchema(sdl, {
  fields: {
    Item: { fails: (item) => { throw new Error(`item ${item.id} failed`); } },
    Query: {
      ok: () => 'ok',
      fails: () => { throw new Error('boom'); },
      asyncFails: async () => { throw new Error('async boom'); },
      list: () => [{ id: 1 }, { id: 2 }],
      // A GraphQLError with extensions of its own (Swift: a thrown GraphQLError).
      denied: () => { throw new GraphQLError('Members only.', { extensions: { code: 'FORBIDDEN', scope: 'member' } }); },
      // An error carrying extensions (Swift: a GraphQLErrorConvertible).
      notFound: () => { const error = new Error('Practice 7 was not found.'); error.extensions = { code: 'NOT_FOUND', id: 7 }; throw error; },
      // An error already located elsewhere: it keeps its location.
      elsewhere: (_, __, ___, info) => { throw new GraphQLError('Look here.', { source: info.operation.loc.source, positions: [0] }); },
      // An error already placed (from a nested execution): it keeps its path and gains no location.
      placed: () => { throw new GraphQLError('Placed already.', { path: ['other', 0] }); },
    },
  },
});

(async () => {
  await run('a thrown error', schema, '{ ok fails }');
  await run('merged fields', schema, '{ fails ...F } fragment F on Query { fails }');
  await run('list paths', schema, '{ list { id fails } }');
  await run('aliases', schema, '{ a: list { b: fails } }');
  await run('async', schema, '{ asyncFails ok }');
  await run('extensions', schema, '{ denied notFound }');
  await run('already located', schema, '{ elsewhere placed }');
  await run('no errors', schema, '{ ok }');
  await run('errors in order', schema, '{ fails list { fails } ok asyncFails }');
})();
