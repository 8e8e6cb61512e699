// graphql-js 16.6's responses for OperationTests.swift (spec §6.1 "GetOperation", §6.2
// "Executing Operations").
'use strict';
const { makeSchema, run } = require('./harness.js');

const full = makeSchema('type Query { a: String } type Mutation { b: String } type Subscription { c: String }');
const queryOnly = makeSchema('type Query { a: String }');
const rootValue = { a: 'A', b: 'B', c: 'C' };

(async () => {
  await run('anonymous query', full, '{ a }', { rootValue });
  await run('the only operation, named', full, 'query Q { a }', { rootValue });
  await run('chosen by name', full, 'query Q1 { one: a } mutation M { b } query Q2 { two: a }', { rootValue, operationName: 'Q2' });
  await run('mutation chosen by name', full, 'query Q1 { one: a } mutation M { b } query Q2 { two: a }', { rootValue, operationName: 'M' });
  await run('several without a name', full, 'query Q1 { a } query Q2 { a }', { rootValue });
  await run('anonymous and named without a name', full, '{ a } query Q { a }', { rootValue });
  await run('unknown name', full, 'query Q1 { a } query Q2 { a }', { rootValue, operationName: 'Nope' });
  await run('a name for an anonymous operation', full, '{ a }', { rootValue, operationName: 'Q' });
  await run('empty name', full, '{ a }', { rootValue, operationName: '' });
  await run('fragments only', full, 'fragment F on Query { a }', { rootValue });
  await run('no mutation type', queryOnly, 'query Q { a }\nmutation M { b }', { rootValue, operationName: 'M' });
  await run('no subscription type', queryOnly, '  subscription { c }', { rootValue });
  await run('typename of each root', full, 'query { __typename } ', { rootValue });
  await run('typename of the mutation root', full, 'mutation { __typename b }', { rootValue });
})();
