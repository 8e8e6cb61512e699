// graphql-js 16.6's results for the subscription tests (SubscriptionTests.swift,
// SubscriptionRequestErrorTests.swift): the same SDL, documents and variables, with resolvers
// equivalent to the Swift fixture's. Run `node subscriptions.js` with graphql 16.6 on NODE_PATH.
//
// One difference is bridged here, not in the engine's output: graphql-js's default resolver
// reads the root field from the event (`event.latest`), where the engine resolves the root
// field to the event itself, so `latest` and `count` are given `resolve: (event) => event`.
const { buildSchema, parse, subscribe, execute } = require('graphql');

const sdl = `
type Query { hello: String }
type Subscription {
  practicePublished(region: String!, limit: Int = 2): Practice!
  tick(by: Int!): Int!
  count: Int
  latest: Practice!
}
type Practice { title: String! votes: Int boom: String late: String }
`;
const feed = [
  { title: 'A', region: 'north', votes: 1 },
  { title: 'B', region: 'south', votes: null },
  { title: 'C', region: 'north', votes: 3 },
  { title: 'D', region: 'north', votes: 4 },
];

function makeSchema() {
  const schema = buildSchema(sdl);
  const fields = schema.getSubscriptionType().getFields();
  fields.practicePublished.subscribe = async function* (_, { region, limit }) {
    for (const practice of feed.filter((p) => p.region === region).slice(0, limit)) yield practice;
  };
  fields.practicePublished.resolve = (event) => event;
  fields.tick.subscribe = async function* () { yield 1; yield 2; yield 3; };
  fields.tick.resolve = (tick, { by }) => {
    if (tick === 2) throw new Error('two is bad');
    return tick * by;
  };
  for (const name of ['count', 'latest']) {
    fields[name].subscribe = (_, __, context) => context.events;
    fields[name].resolve = (event) => event;
  }
  schema.getType('Practice').getFields().boom.resolve = (practice) => {
    if (practice.title === 'C') throw new Error('C exploded');
    return `ok ${practice.title}`;
  };
  return schema;
}

async function* events(items, error) {
  for (const item of items) yield item;
  if (error) throw error;
}

async function show(name, document, options = {}) {
  let lines;
  try {
    const result = await subscribe({ schema: options.schema ?? makeSchema(), document: parse(document), ...options });
    if (result[Symbol.asyncIterator]) {
      lines = [];
      try {
        for await (const item of result) lines.push(JSON.stringify(item));
      } catch (error) {
        lines.push(`throws: ${error.message}`);
      }
    } else {
      lines = [JSON.stringify(result)];
    }
  } catch (error) {
    lines = [`rejects: ${error.message}`];
  }
  console.log(`${name}\n  ${lines.join('\n  ')}`);
}

(async () => {
  await show('variables', 'subscription ($r: String!) { p: practicePublished(region: $r) { title votes } }', {
    variableValues: { r: 'north' },
  });
  await show('limit', 'subscription ($r: String!, $l: Int) { practicePublished(region: $r, limit: $l) { title } }', {
    variableValues: { r: 'north', l: 3 },
  });
  await show('field error', 'subscription { practicePublished(region: "north", limit: 3) { title boom } }');
  await show('root resolver', 'subscription ($b: Int!) { t: tick(by: $b) }', { variableValues: { b: 10 } });
  await show('fragment', 'subscription { ...F } fragment F on Subscription { tick(by: 1) }');
  await show('non-null root', 'subscription { latest { title votes } }', {
    contextValue: { events: events([null, { title: null }, { title: 'E', votes: 5 }]) },
  });
  await show('source error', 'subscription { n: count }', {
    contextValue: { events: events([1], new Error('The feed broke.')) },
  });
  await show('no operation', 'fragment F on Query { hello }');
  await show('several operations', 'subscription A { count } subscription B { count }');
  await show('unknown operation', 'subscription A { count }', { operationName: 'X' });
  await show('no subscription type', 'subscription S { hello }', { schema: buildSchema('type Query { hello: String }') });
  await show('undefined field', 'subscription { nope }');
  await show('missing variable', 'subscription ($r: String!) { practicePublished(region: $r) { title } }');
  await show('invalid variable', 'subscription ($b: Int!) { tick(by: $b) }', { variableValues: { b: 'q' } });
  await show('invalid argument', 'subscription { practicePublished(region: 3) { title } }');
  await show('argument from variable', 'subscription ($b: Int) { tick(by: $b) }');
  await show('skipped root field', 'subscription ($s: Boolean!) { count @skip(if: $s) }', { variableValues: { s: true } });
  await show('resolver throws', 'subscription { count }', { contextValue: { events: undefined }, schema: (() => {
    const schema = makeSchema();
    schema.getSubscriptionType().getFields().count.subscribe = () => { throw new Error('No feed for you.'); };
    return schema;
  })() });
  await show('no source stream', 'subscription { hello: count }', { schema: buildSchema(sdl) });
  // `execute` runs a subscription operation as a query, reading the root fields from the root value.
  console.log('execute\n  ' + JSON.stringify(await execute({
    schema: buildSchema(sdl),
    document: parse('subscription { count c: count latest { title } }'),
    rootValue: { count: 3, latest: { title: 'T' } },
  })));
})();
