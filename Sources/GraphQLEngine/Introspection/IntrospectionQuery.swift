/// The full introspection query, as clients and tools send it to learn a schema (spec §4.5).
public enum IntrospectionQuery {
    /// The text of graphql-core 3.2's `get_introspection_query` with every option on
    /// (`descriptions`, `specified_by_url`, `directive_is_repeatable`, `schema_description`,
    /// `input_value_deprecation`): graphql-js 16's `getIntrospectionQuery` with the same options
    /// asks for the same fields in the same order. Neither asks for `isOneOf`.
    ///
    /// ```swift
    /// let result = introspect(schema)  // this query's response
    /// ```
    public static let full = """
        query IntrospectionQuery {
          __schema {
            description
            queryType { name }
            mutationType { name }
            subscriptionType { name }
            types {
              ...FullType
            }
            directives {
              name
              description
              isRepeatable
              locations
              args(includeDeprecated: true) {
                ...InputValue
              }
            }
          }
        }

        fragment FullType on __Type {
          kind
          name
          description
          specifiedByURL

          fields(includeDeprecated: true) {
            name
            description
            args(includeDeprecated: true) {
              ...InputValue
            }
            type {
              ...TypeRef
            }
            isDeprecated
            deprecationReason
          }
          inputFields(includeDeprecated: true) {
            ...InputValue
          }
          interfaces {
            ...TypeRef
          }
          enumValues(includeDeprecated: true) {
            name
            description
            isDeprecated
            deprecationReason
          }
          possibleTypes {
            ...TypeRef
          }
        }

        fragment InputValue on __InputValue {
          name
          description
          type { ...TypeRef }
          defaultValue
          isDeprecated
          deprecationReason
        }

        fragment TypeRef on __Type {
          kind
          name
          ofType {
            kind
            name
            ofType {
              kind
              name
              ofType {
                kind
                name
                ofType {
                  kind
                  name
                  ofType {
                    kind
                    name
                    ofType {
                      kind
                      name
                      ofType {
                        kind
                        name
                        ofType {
                          kind
                          name
                          ofType {
                            kind
                            name
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
        """

    /// `full`, parsed.
    static let document: DocumentNode = {
        do {
            return try parse(full)
        } catch {
            fatalError("The introspection query does not parse: \(error)")  // safe: a constant checked by tests
        }
    }()
}

/// The response to the full introspection query (`IntrospectionQuery.full`) on `schema`: what
/// graphql-js's `introspectionFromSchema` gives, as a response. Every introspection resolver
/// answers synchronously, so no `await` is needed.
///
/// A schema whose default value has no literal form (an object given to a custom scalar) gets
/// graphql-js's error for that `defaultValue`, beside the data.
///
/// ```swift
/// let json = introspect(schema).jsonBytes()  // {"data":{"__schema":{…}}}
/// ```
public func introspect(_ schema: GraphQLSchema) -> ExecutionResult {
    let operation: PreparedOperation
    do throws(GraphQLError) {
        operation = try PreparedOperation(schema: schema, document: IntrospectionQuery.document, operationName: nil)
    } catch {
        return ExecutionResult(requestErrors: [error])
    }
    // A schema always has a query root type (buildSchema requires one), and introspection
    // resolvers never wait: the fallbacks only guard against schemas built by hand.
    guard let plan = operation.plan(for: [:]),
        let result = Execution(plan: plan, variables: [:], context: (), rootValue: (), timeout: nil)
            .runSynchronously()
    else {
        return ExecutionResult(
            requestErrors: [GraphQLError("Schema is not configured to execute query operation.")])
    }
    return result
}
