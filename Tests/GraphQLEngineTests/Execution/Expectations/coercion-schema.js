// The schema of VariableCoercionTests and ArgumentCoercionTests (CoercionTestSchema.swift).
// graphql-js 16.6 predates `@oneOf`: it is declared here so the SDL builds, and the `@oneOf`
// cases' expectations are written by hand from the spec.
'use strict';
const { valueFromASTUntyped } = require('graphql');
const { inspect } = require('graphql/jsutils/inspect');
const { makeSchema, sortedArgs, GraphQLError } = require('./harness.js');

const sdl = `
directive @oneOf on INPUT_OBJECT
scalar JSON
scalar Odd
enum Color { RED GREEN BLUE }
input Point { x: Int! y: Int = 0 tags: [String] }
input Shape { name: String! points: [Point!]! color: Color = RED }
input Choice @oneOf { id: ID name: String }
type Query {
  echo(int: Int, float: Float, string: String, boolean: Boolean, id: ID, ints: [Int], nonNullInts: [Int!], nested: [[Int]], color: Color, shape: Shape, odd: Odd, choice: Choice): JSON
  defaults(int: Int = 7, ints: [Int] = [1, 2], point: Point = {x: 1}, nonNull: Int! = 3, color: Color = GREEN): JSON
  required(int: Int!): JSON
}`;

function odd(value) {
  if (!Number.isInteger(value)) throw new GraphQLError(`Odd cannot represent a non-integer value: ${inspect(value)}`);
  if (value % 2 === 0) throw new GraphQLError(`Odd cannot represent an even number: ${value}`);
  return value;
}

const echo = (_, args) => sortedArgs(args);
const schema = makeSchema(sdl, {
  fields: { Query: { echo, defaults: echo, required: echo } },
  scalars: { Odd: { serialize: odd, parseValue: odd, parseLiteral: (node, vars) => odd(valueFromASTUntyped(node, vars)) } },
});

module.exports = { schema };
