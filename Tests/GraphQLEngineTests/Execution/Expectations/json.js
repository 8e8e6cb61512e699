// graphql-js 16.6's responses for JSONOutputTests.swift (spec §7.2 "Serialization Format"):
// `JSON.stringify` of the result, byte for byte.
'use strict';
const { makeSchema, run } = require('./harness.js');

// Every control character, then the characters JSON treats specially or that are easy to get
// wrong: quote, backslash, slash, DEL, U+0080, é, the line and paragraph separators, an emoji
// (a surrogate pair in JavaScript) and U+FFFF.
const text = String.fromCharCode(...Array.from({ length: 32 }, (_, i) => i)) + '"\\/\x7f\x80\u00e9\u2028\u2029\u{1F600}\uffff';

const schema = makeSchema(`
scalar JSON
enum Color { RED GREEN }
type Query { text: String fail: String keyed: JSON floats: [Float] ints: [Int] flags: [Boolean] color: Color nothing: String }`, {
  fields: {
    Query: {
      text: () => text,
      fail: () => { throw new Error(text); },
      keyed: () => ({ [text]: [1, 'two', null, true] }),
      floats: () => [1e15, 1e21, 1.5e-7, 0.000001, 123456789012345680000, -0, 5e-324, 1.7976931348623157e308, 0.1 + 0.2, 1e20, -1.5, 2.5e-5, 100, 1e-7, 123e-20],
      ints: () => [0, -1, 2147483647, -2147483648, 10, -10],
      flags: () => [true, false, null],
      color: () => 'GREEN',
      nothing: () => null,
    },
  },
});

(async () => {
  await run('strings', schema, '{ text }');
  await run('error message', schema, '{ fail }');
  await run('object keys of a custom scalar', schema, '{ keyed }');
  await run('numbers', schema, '{ floats ints }');
  await run('other leaves', schema, '{ flags color nothing }');
  await run('key order', schema, '{ zeta: color alpha: nothing ... on Query { middle: color alpha: nothing } __typename }');
})();
