// The data of benchmark rows (b) and (c) for graphql-js, as Workloads/items-schema.graphql
// describes it: plain objects read by graphql-js's default resolver, and `item(id:)` as a
// function on the root value, the way a schema built from SDL is usually served.
'use strict';

/** The 1,000 items of the workload and the root value serving them. */
function itemsRoot(count = 1000) {
  const owners = Array.from({ length: 50 }, (_, k) => ({
    id: `owner-${k}`,
    name: `Owner ${k}`,
    email: `owner-${k}@example.org`,
  }));
  const items = Array.from({ length: count }, (_, i) => ({
    id: `item-${i}`,
    name: `Item ${i}`,
    description: i % 3 === 0 ? null : `Description of item ${i}`,
    price: i + 0.5,
    quantity: i % 100,
    available: i % 2 === 0,
    category: `category-${i % 10}`,
    tags: [`tag-${i % 5}`, `tag-${i % 7}`, `tag-${i % 11}`],
    owner: owners[i % 50],
  }));
  const byID = new Map(items.map((item) => [item.id, item]));
  return { items, item: ({ id }) => byID.get(id) ?? null };
}

module.exports = { itemsRoot };
