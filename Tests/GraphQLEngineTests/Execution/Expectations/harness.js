// Prints graphql-js 16.6's response for each case of a test file: the expectations the Swift
// tests next to this folder assert. Run a case file with
//   NODE_PATH=/usr/share/nodejs node Tests/GraphQLEngineTests/Execution/Expectations/<file>.js
// Documents are executed without validation, as the Swift tests execute them.
'use strict';
const { buildSchema, execute, parse, GraphQLError } = require('graphql');

/// A schema from SDL with resolvers attached: `fields` by type then field name, `types` (an
/// interface's or union's `resolveType`), `scalars` (serialize, parseValue, parseLiteral).
function makeSchema(sdl, { fields = {}, types = {}, scalars = {} } = {}) {
  const schema = buildSchema(sdl);
  for (const [typeName, resolvers] of Object.entries(fields)) {
    for (const [fieldName, resolve] of Object.entries(resolvers)) {
      schema.getType(typeName).getFields()[fieldName].resolve = resolve;
    }
  }
  for (const [typeName, resolveType] of Object.entries(types)) schema.getType(typeName).resolveType = resolveType;
  for (const [typeName, coercion] of Object.entries(scalars)) Object.assign(schema.getType(typeName), coercion);
  return schema;
}

/// Executes one case and prints its label and the response as `JSON.stringify` writes it.
async function run(label, schema, query, { variables, operationName, rootValue, contextValue } = {}) {
  const result = await execute({
    schema, document: parse(query), variableValues: variables, operationName, rootValue, contextValue,
  });
  console.log(`${label}\n${JSON.stringify(result)}`);
}

/// The arguments as the `echo` fields answer them: top-level keys sorted by name.
function sortedArgs(args) {
  return Object.fromEntries(Object.entries(args).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

module.exports = { makeSchema, run, sortedArgs, sleep, GraphQLError };
