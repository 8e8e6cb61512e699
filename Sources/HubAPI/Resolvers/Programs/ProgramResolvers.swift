import GraphQLEngine
import HubStore

extension ResolverTable {
    /// `Query.programs`, `Query.program` and the fields of `Program` and what hangs off it.
    mutating func addProgramResolvers() {
        object("Query", as: Root.self) { query in
            query.asyncField("programs") { _, input in
                let arguments = try ConnectionArguments(input)
                let status = input[argument: "status"]?.enumName.map(LifecycleStatus.init(enumName:))
                let programs = try await input.request.read { try $0.allPrograms() }
                    .filter { status == nil || $0.status == status }
                // Few programs exist (FCM runs a handful at a time), so they are paged in memory.
                return .object(
                    try Connection.paging(programs, by: arguments, key: { String($0.id) }, node: { .object($0) }))
            }
            query.field("program") { _, input in
                guard let key = input[argument: "key"]?.stringValue else { return .null }
                return try input.request.database.read { try $0.programs(keys: [key]) }[key].map { .object($0) }
                    ?? .null
            }
        }
        addConnection(of: "Program")
        object("Program", as: Program.self) { program in
            program.value("id") { .id(.program, $0.id) }
            program.value("key") { .string($0.key) }
            program.field("name") { program, input in program.name.field(input) }
            program.field("names") { program, input in input.load(ChildLoaders.programNames, key: program.id) }
            program.value("acronym") { .optional($0.acronym.map(FieldValue.string)) }
            program.field("description") { program, input in program.description.field(input) }
            program.value("status") { .vocabulary($0.status) }
            program.value("plannedStart") { .optional($0.plannedStart.map(FieldValue.string)) }
            program.value("plannedEnd") { .optional($0.plannedEnd.map(FieldValue.string)) }
            program.value("actualStart") { .optional($0.actualStart.map(FieldValue.string)) }
            program.value("actualEnd") { .optional($0.actualEnd.map(FieldValue.string)) }
            program.value("gacProjectNumber") { .optional($0.gacProjectNumber.map(FieldValue.string)) }
            program.field("predecessor") { program, input in
                program.predecessorID.map { input.load(RecordLoaders.program, key: $0) } ?? .null
            }
            program.field("successors") { program, input in input.load(ChildLoaders.successors, key: program.id) }
            program.field("countries") { program, input in input.load(ChildLoaders.programCountries, key: program.id) }
            program.field("priorities") { program, input in input.load(ChildLoaders.programThemes, key: program.id) }
            program.field("organizations") { program, input in input.load(ChildLoaders.programRoles, key: program.id) }
            program.field("funding") { program, input in input.load(ChildLoaders.programFunding, key: program.id) }
            program.field("partnerships") { program, input in
                try input.loadPage(PageLoaders.programPartnerships, parent: program.id)
            }
            program.field("measurements") { program, input in
                input.load(ChildLoaders.programMeasurements, key: program.id)
            }
            program.value("isIllustrative") { .boolean($0.isIllustrative) }
        }
        object("ProgramName", as: ProgramName.self) { name in
            name.value("text") { .string($0.text) }
            name.value("language") { .string($0.language.rawValue) }
            name.value("kind") { .vocabulary($0.kind) }
        }
        // A program's countries and themes come as shares; the schema's types tell them apart.
        object("ProgramCountry", as: ProgramShare.self) { share in
            share.field("country") { share, input in input.load(RecordLoaders.country, key: share.targetID) }
            share.value("sharePercent") { .optional($0.sharePct.map(FieldValue.float)) }
        }
        object("ProgramTheme", as: ProgramShare.self) { share in
            share.field("theme") { share, input in input.load(RecordLoaders.theme, key: share.targetID) }
            share.value("sharePercent") { .optional($0.sharePct.map(FieldValue.float)) }
        }
        object("ProgramOrganization", as: ProgramRole.self) { role in
            role.field("organization") { role, input in input.load(RecordLoaders.organization, key: role.organizationID)
            }
            role.value("role") { .vocabulary($0.role) }
        }
        object("FundingCommitment", as: FundingCommitment.self) { funding in
            funding.value("amount") { .object(Money(cents: $0.amountCents, currency: $0.currency)) }
            funding.value("type") { .vocabulary($0.type) }
            funding.value("basis") { .vocabulary($0.basis) }
            funding.field("funder") { funding, input in
                funding.funderID.map { input.load(RecordLoaders.organization, key: $0) } ?? .null
            }
            funding.value("periodStart") { .optional($0.periodStart.map(FieldValue.string)) }
            funding.value("periodEnd") { .optional($0.periodEnd.map(FieldValue.string)) }
            funding.value("asOf") { .optional($0.asOf.map(FieldValue.string)) }
            funding.value("note") { .optional($0.note.map(FieldValue.string)) }
            funding.field("source") { funding, input in
                funding.sourceID.map { input.load(RecordLoaders.source, key: $0) } ?? .null
            }
        }
    }
}
