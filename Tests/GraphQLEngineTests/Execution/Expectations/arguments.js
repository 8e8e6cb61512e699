// graphql-js 16.6's responses for ArgumentCoercionTests.swift (spec §6.4.1
// "CoerceArgumentValues"). The `@oneOf` cases are by hand in the Swift file.
'use strict';
const { run } = require('./harness.js');
const { schema } = require('./coercion-schema.js');

(async () => {
  await run('defaults', schema, '{ defaults }');
  await run('null instead of a default', schema, '{ defaults(int: null, ints: null, point: null, color: null) }');
  const fromVariable = 'query ($v: Int) { defaults(int: $v) }';
  await run('absent variable takes the default', schema, fromVariable, { variables: {} });
  await run('null variable overrides the default', schema, fromVariable, { variables: { v: null } });
  const nonNull = 'query ($v: Int) { defaults(nonNull: $v) }';
  await run('absent variable for a non-null argument with a default', schema, nonNull, { variables: {} });
  await run('null variable for a non-null argument', schema, nonNull, { variables: { v: null } });
  await run('required argument missing', schema, '{ required }');
  await run('required argument from an absent variable', schema, 'query ($v: Int) { required(int: $v) }', { variables: {} });
  await run('required argument null literal', schema, '{ required(int: null) }');
  await run('invalid literal', schema, '{ echo(int: "x") ok: echo(int: 1) }');
  await run('literals of every kind', schema, '{ echo(int: -3, float: 2, string: "s", boolean: false, id: 12, color: BLUE, odd: 5) }');
  await run('invalid enum literal', schema, '{ echo(color: "BLUE") }');
  await run('custom scalar refusing a literal', schema, '{ echo(odd: 4) }');
  await run('single value for a list', schema, '{ echo(ints: 1, nested: 2, nonNullInts: 3) }');
  await run('list literals', schema, '{ echo(ints: [1, null], nested: [[1], 2, null]) }');
  await run('null in a list of non-null', schema, '{ echo(nonNullInts: [1, null]) }');
  const nested = 'query ($x: Int, $y: Int, $t: String) { echo(shape: {name: "n", points: [{x: $x, y: $y, tags: [$t, "b"]}]}) }';
  await run('variables in nested literals', schema, nested, { variables: { x: 4, y: 5, t: 'a' } });
  await run('absent variables in nested literals', schema, nested, { variables: { x: 4 } });
  await run('absent variable for a required input field', schema, nested, { variables: { y: 5 } });
  await run('null variable for a required input field', schema, nested, { variables: { x: null } });
  await run('variable for a whole list', schema, 'query ($l: [Int]) { echo(ints: $l) }', { variables: { l: [1, 2] } });
  await run('input object literal with defaults', schema, '{ echo(shape: {name: "n", points: {x: 1}}) }');
})();
