#!/usr/bin/env python3
"""Writes the expected introspection results in this folder with graphql-core 3.2.8.

Run from the repository's top folder: python3 Tests/Fixtures/introspection/generate.py

- NAME.json for each NAME.graphql here: the response ({"data": ...}) of graphql-core's full
  introspection query (Tests/Fixtures/introspection-query.graphql) on that schema, written as
  json.dumps(..., ensure_ascii=False, separators=(",", ":")) writes it: the exact bytes our
  JSON writer must produce.
- github-schema.json: the same for Tests/Fixtures/github-schema.graphql, too large to keep, as
  its byte count and FNV-1a (64-bit) digest, plus one digest per entry of __schema.types and
  __schema.directives, so that a failing test can name what differs.
- queries.json: smaller queries (meta-fields, __typename, includeDeprecated, isOneOf,
  variables) with their expected responses.

Two deliberate differences are written in: where graphql-core 3.2.8 words two built-in
descriptions otherwise than graphql-js 16, the engine keeps graphql-js's wording, and so do the
expected files: __Schema.subscriptionType ("If this server support subscription, ...", sic) and
@oneOf ("Indicates exactly one field must be supplied and this field must not be `null`.").
"""

import json
import pathlib

import graphql

HERE = pathlib.Path(__file__).resolve().parent
FIXTURES = HERE.parent


# graphql-core's wording -> graphql-js 16's, for the descriptions the two word differently.
GRAPHQL_JS_WORDING = [
    (
        '"If this server supports subscription, the type',
        '"If this server support subscription, the type',
    ),
    (
        '"Indicates an Input Object is a OneOf Input Object."',
        '"Indicates exactly one field must be supplied and this field must not be `null`."',
    ),
]


def dumps(value):
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    for core, graphql_js in GRAPHQL_JS_WORDING:
        text = text.replace(core, graphql_js)
    return text


def fnv1a(text):
    digest = 0xCBF29CE484222325
    for byte in text.encode("utf-8"):
        digest ^= byte
        digest = (digest * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return f"{digest:016x}"


def run(schema, query, variables=None):
    result = graphql.graphql_sync(schema, query, variable_values=variables)
    response = {}
    if result.errors:
        response["errors"] = [error.formatted for error in result.errors]
    response["data"] = result.data
    return response


def introspection_query():
    text = (FIXTURES / "introspection-query.graphql").read_text()
    expected = graphql.get_introspection_query(
        descriptions=True,
        specified_by_url=True,
        directive_is_repeatable=True,
        schema_description=True,
        input_value_deprecation=True,
    )
    assert text.strip() == expected.strip(), "introspection-query.graphql is not graphql-core's query"
    return text


QUERIES = [
    ("unknown type name gives null", "types", '{ __type(name: "Nope") { name } }', None),
    (
        "__type finds introspection types",
        "minimal",
        '{ __type(name: "__Directive") { kind name fields { name type { kind name ofType { kind name } } } } }',
        None,
    ),
    (
        "__typename on the introspection types",
        "defaults",
        "{ __typename __schema { __typename queryType { __typename fields { __typename"
        " args { __typename type { __typename } } } } directives { __typename args { __typename } } }"
        ' __type(name: "Color") { __typename enumValues { __typename } } }',
        None,
    ),
    (
        "deprecated items are left out by default",
        "deprecations",
        '{ query: __type(name: "Query") { fields { name isDeprecated args { name } } }'
        ' filter: __type(name: "Filter") { inputFields { name } }'
        ' status: __type(name: "Status") { enumValues { name isDeprecated } }'
        ' named: __type(name: "Named") { fields { name } }'
        ' __schema { directives { name args { name } } } }',
        None,
    ),
    (
        "includeDeprecated: false and true",
        "deprecations",
        '{ query: __type(name: "Query") { off: fields(includeDeprecated: false) { name args(includeDeprecated: false) { name } }'
        " on: fields(includeDeprecated: true) { name deprecationReason args(includeDeprecated: true) { name isDeprecated deprecationReason } } }"
        ' filter: __type(name: "Filter") { off: inputFields(includeDeprecated: false) { name }'
        " on: inputFields(includeDeprecated: true) { name isDeprecated deprecationReason } }"
        ' status: __type(name: "Status") { off: enumValues(includeDeprecated: false) { name }'
        " on: enumValues(includeDeprecated: true) { name deprecationReason } } }",
        None,
    ),
    (
        "includeDeprecated from a variable",
        "deprecations",
        "query ($name: String!, $deprecated: Boolean) { __type(name: $name) { name"
        " fields(includeDeprecated: $deprecated) { name } enumValues(includeDeprecated: $deprecated) { name } } }",
        {"name": "Query", "deprecated": True},
    ),
    (
        "includeDeprecated null from a variable",
        "deprecations",
        "query ($deprecated: Boolean) { __type(name: \"Status\") { enumValues(includeDeprecated: $deprecated) { name } } }",
        {"deprecated": None},
    ),
    (
        "isOneOf on input objects and other kinds",
        "types",
        '{ choice: __type(name: "Choice") { kind isOneOf } plain: __type(name: "Plain") { isOneOf }'
        ' query: __type(name: "Query") { isOneOf } string: __type(name: "String") { isOneOf } }',
        None,
    ),
    (
        "wrapping types and ofType",
        "types",
        '{ __type(name: "Query") { fields { name type { kind name ofType { kind name ofType { kind name'
        " ofType { kind name ofType { name } } } } } } } }",
        None,
    ),
    (
        "interfaces and possible types",
        "types",
        '{ node: __type(name: "Node") { interfaces { name } possibleTypes { name } }'
        ' document: __type(name: "Document") { interfaces { name } possibleTypes { name } }'
        ' article: __type(name: "Article") { interfaces { name } possibleTypes { name } }'
        ' result: __type(name: "SearchResult") { interfaces { name } possibleTypes { name } fields { name } }'
        ' url: __type(name: "URL") { specifiedByURL fields { name } inputFields { name } enumValues { name } ofType { name } } }',
        None,
    ),
    (
        "aliases and fragments on introspection fields",
        "descriptions",
        "{ s: __schema { ...Roots d: description } t: __type(name: \"Sector\") { ...on __Type { k: kind values: enumValues { n: name } } } }"
        " fragment Roots on __Schema { q: queryType { n: name } m: mutationType { n: name } f: subscriptionType { n: name } }",
        None,
    ),
]


def summary_text(summary):
    """The GitHub summary with one type or directive a line, for readable diffs."""
    lines = ["{", f'"bytes": {summary["bytes"]},', f'"fnv1a": {json.dumps(summary["fnv1a"])},']
    for key in ("types", "directives"):
        entries = ",\n".join(json.dumps(entry) for entry in summary[key])
        lines.append(f'"{key}": [\n{entries}\n]' + ("," if key == "types" else ""))
    lines.append("}")
    return "\n".join(lines) + "\n"


def main():
    query = introspection_query()
    schemas = {}
    for path in sorted(HERE.glob("*.graphql")):
        schema = graphql.build_schema(path.read_text())
        assert not graphql.validate_schema(schema), path.name
        schemas[path.stem] = schema
        response = run(schema, query)
        assert "errors" not in response, (path.name, response["errors"])
        raw = json.dumps(response, ensure_ascii=False, separators=(",", ":"))
        assert all(core in raw for core, _ in GRAPHQL_JS_WORDING), "graphql-core's wording changed"
        path.with_suffix(".json").write_text(dumps(response) + "\n")

    cases = []
    for name, schema_name, text, variables in QUERIES:
        case = {"name": name, "schema": schema_name, "query": text}
        if variables is not None:
            case["variables"] = variables
        case["expected"] = dumps(run(schemas[schema_name], text, variables))
        cases.append(case)
    (HERE / "queries.json").write_text(json.dumps(cases, ensure_ascii=False, indent=2) + "\n")

    github = graphql.build_schema((FIXTURES / "github-schema.graphql").read_text())
    response = run(github, query)
    assert "errors" not in response, response["errors"]
    text = dumps(response)
    schema_data = response["data"]["__schema"]
    summary = {
        "bytes": len(text.encode("utf-8")),
        "fnv1a": fnv1a(text),
        "types": [[entry["name"], fnv1a(dumps(entry))] for entry in schema_data["types"]],
        "directives": [[entry["name"], fnv1a(dumps(entry))] for entry in schema_data["directives"]],
    }
    (HERE / "github-schema.json").write_text(summary_text(summary))


if __name__ == "__main__":
    main()
