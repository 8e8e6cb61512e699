// graphql-js 16.6's responses for AbstractTypeTests.swift (spec §6.4.3 "Resolving Abstract
// Types"): interfaces and unions resolved by a type resolver (`kind` here, a TypeResolver in
// Swift) or by the value's `__typename` (graphql-js's default; `ObjectValue.typeName`).
'use strict';
const { makeSchema, run } = require('./harness.js');

const sdl = `
scalar Weird
interface Pet { name: String }
type Dog implements Pet { name: String barks: Boolean }
type Cat implements Pet { name: String meows: Boolean }
type Human { name: String }
union Animal = Dog | Cat
type Query { pets: [Pet] animals: [Animal] pet: Pet animal: Animal nonNullPet: Pet! nonNullPets: [Pet!] }`;

const byKind = makeSchema(sdl, {
  types: {
    Pet: (value) => { if (value.kind === 'throw') throw new Error('Cannot tell the kind of pet.'); return value.kind; },
    Animal: (value) => value.kind,
  },
});
const byTypename = makeSchema(sdl);

const dog = { kind: 'Dog', __typename: 'Dog', name: 'Rex', barks: true };
const cat = { kind: 'Cat', __typename: 'Cat', name: 'Tom', meows: false };
const odd = (kind) => ({ kind, __typename: kind, name: 'Odd' });
const unknown = { name: 'Unknown' };

const all = '{ pets { __typename name ... on Dog { barks } ... on Cat { meows } } animals { __typename ... on Pet { name } ... on Dog { barks } ... on Cat { meows } } pet { name } animal { ... on Cat { name } } }';
const goodRoot = { pets: [dog, cat], animals: [cat, dog], pet: cat, animal: cat };

(async () => {
  await run('by kind', byKind, all, { rootValue: goodRoot });
  await run('by typename', byTypename, all, { rootValue: goodRoot });
  const failing = '{ pets { name } }';
  for (const [label, value] of [['none', unknown], ['not possible', odd('Human')], ['not in schema', odd('Nope')], ['scalar', odd('Weird')], ['interface', odd('Pet')], ['throws', odd('throw')]]) {
    await run(`pets ${label}`, byKind, failing, { rootValue: { pets: [dog, value, cat] } });
  }
  await run('typename none', byTypename, failing, { rootValue: { pets: [dog, unknown] } });
  await run('union not possible', byKind, '{ animal { __typename } animals { __typename } }', { rootValue: { animal: odd('Human'), animals: [odd('Human')] } });
  await run('non-null', byKind, '{ nonNullPet { name } pets { name } }', { rootValue: { nonNullPet: odd('Human'), pets: [dog] } });
  await run('non-null items', byKind, '{ nonNullPets { name } pet { name } }', { rootValue: { nonNullPets: [dog, unknown], pet: dog } });
})();
