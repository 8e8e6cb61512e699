// graphql-js 16.6's responses for ResultCoercionTests.swift (spec §6.4.3 `CoerceResult`,
// §3.5 "Scalars", §3.9 "Enums"): each case resolves one field to one raw value.
'use strict';
const { makeSchema, run, GraphQLError } = require('./harness.js');

function odd(value) {
  if (value % 2 === 0) throw new GraphQLError(`Odd cannot represent an even number: ${value}`);
  return value;
}

const schema = makeSchema(`
scalar Odd
scalar JSON
scalar Vanishing
enum Color { RED GREEN BLUE }
type Query { int: Int float: Float string: String boolean: Boolean id: ID color: Color odd: Odd json: JSON vanishing: Vanishing ints: [Int] }`, {
  scalars: { Odd: { serialize: odd }, Vanishing: { serialize: () => null } },
});

const cases = [
  ['int', 7], ['int', 2147483648], ['int', -2147483649], ['int', 1.5], ['int', 3.0], ['int', '12'], ['int', true],
  ['int', NaN], ['int', [1]], ['int', { a: 1 }],
  ['float', 1.5], ['float', 2], ['float', NaN], ['float', Infinity], ['float', '2.5'], ['float', 'abc'], ['float', false],
  ['string', 's'], ['string', 1], ['string', 1.5], ['string', true], ['string', [1]], ['string', NaN],
  ['boolean', true], ['boolean', 0], ['boolean', 2], ['boolean', 'true'], ['boolean', NaN],
  ['id', 'x'], ['id', 12], ['id', 1.5], ['id', true], ['id', 3.0],
  ['color', 'GREEN'], ['color', 'PURPLE'], ['color', 1],
  ['odd', 3], ['odd', 4],
  ['json', { a: [1, 'x', null], b: { c: 1.5 } }],
  ['vanishing', 5],
  ['ints', [1, 'x', 2147483648, 3]],
];

(async () => {
  for (const [field, value] of cases) await run(`${field} ${String(value)}`, schema, `{ ${field} }`, { rootValue: { [field]: value } });
  await run('a string for a list', schema, '{ ints }', { rootValue: { ints: '1, 2' } });
})();
