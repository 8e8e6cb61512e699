// The rule lists `validate` and `validateSDL` run by default, in graphql-js 16's order (which
// decides the order of errors when a document breaks several rules).
//
// To add a rule: write `Rules/<Name>Rule.swift` and uncomment its line here; nothing else
// changes.

/// Every rule the spec defines for executable documents (spec §5), plus the recommended
/// `MaxIntrospectionDepthRule`, in graphql-js's order (graphql-js `specifiedRules`).
public var specifiedRules: [any ValidationRule.Type] {
    [
        ExecutableDefinitionsRule.self,  // §5.1.1 Executable Definitions
        UniqueOperationNamesRule.self,  // §5.2.2.1 Operation Name Uniqueness
        LoneAnonymousOperationRule.self,  // §5.2.3.1 Lone Anonymous Operation
        SingleFieldSubscriptionsRule.self,  // §5.2.4.1 Single Root Field
        KnownTypeNamesRule.self,  // §5.5.1.2 Fragment Spread Type Existence
        FragmentsOnCompositeTypesRule.self,  // §5.5.1.3 Fragments on Object, Interface or Union Types
        VariablesAreInputTypesRule.self,  // §5.8.2 Variables Are Input Types
        ScalarLeafsRule.self,  // §5.3.3 Leaf Field Selections
        FieldsOnCorrectTypeRule.self,  // §5.3.1 Field Selections
        UniqueFragmentNamesRule.self,  // §5.5.1.1 Fragment Name Uniqueness
        KnownFragmentNamesRule.self,  // §5.5.2.1 Fragment Spread Target Defined
        NoUnusedFragmentsRule.self,  // §5.5.1.4 Fragments Must Be Used
        PossibleFragmentSpreadsRule.self,  // §5.5.2.3 Fragment Spread Is Possible
        NoFragmentCyclesRule.self,  // §5.5.2.2 Fragment Spreads Must Not Form Cycles
        UniqueVariableNamesRule.self,  // §5.8.1 Variable Uniqueness
        NoUndefinedVariablesRule.self,  // §5.8.3 All Variable Uses Defined
        NoUnusedVariablesRule.self,  // §5.8.4 All Variables Used
        KnownDirectivesRule.self,  // §5.7.1 Directives Are Defined, §5.7.2 in Valid Locations
        UniqueDirectivesPerLocationRule.self,  // §5.7.3 Directives Are Unique per Location
        KnownArgumentNamesRule.self,  // §5.4.1 Argument Names
        UniqueArgumentNamesRule.self,  // §5.4.2 Argument Uniqueness
        ValuesOfCorrectTypeRule.self,  // §5.6.1 Values of Correct Type
        ProvidedRequiredArgumentsRule.self,  // §5.4.3 Required Arguments
        VariablesInAllowedPositionRule.self,  // §5.8.5 All Variable Usages Are Allowed
        OverlappingFieldsCanBeMergedRule.self,  // §5.3.2 Field Selection Merging
        UniqueInputFieldNamesRule.self,  // §5.6.3 Input Object Field Uniqueness
        MaxIntrospectionDepthRule.self,  // graphql-js 16.9 `recommendedRules`
    ]
}

/// The rules that check a type-system document before a schema is built from it
/// (graphql-js `specifiedSDLRules`), in graphql-js's order.
public var specifiedSDLRules: [any SDLValidationRule.Type] {
    [
        LoneSchemaDefinitionRule.self,  // §3.3 one schema definition
        UniqueOperationTypesRule.self,  // §3.3.1 root operation types set once
        UniqueTypeNamesRule.self,  // §3.3 unique type names
        UniqueEnumValueNamesRule.self,  // §3.9 unique enum values
        UniqueFieldDefinitionNamesRule.self,  // §3.6, §3.7, §3.10 unique field names
        UniqueArgumentDefinitionNamesRule.self,  // §3.6, §3.13 unique argument names
        UniqueDirectiveNamesRule.self,  // §3.3 unique directive names
        KnownTypeNamesRule.self,  // §3.4 type references
        KnownDirectivesRule.self,  // §5.7.1 Directives Are Defined, §5.7.2 in Valid Locations
        UniqueDirectivesPerLocationRule.self,  // §5.7.3 Directives Are Unique per Location
        PossibleTypeExtensionsRule.self,  // §3.4.3 extensions of defined types of the same kind
        KnownArgumentNamesOnDirectivesRule.self,  // §5.4.1 Argument Names (directives)
        UniqueArgumentNamesRule.self,  // §5.4.2 Argument Uniqueness
        UniqueInputFieldNamesRule.self,  // §5.6.3 Input Object Field Uniqueness
        ProvidedRequiredArgumentsOnDirectivesRule.self,  // §5.4.3 Required Arguments (directives)
    ]
}
