import GraphQLEngine
import HubStore

extension ResolverTable {
    /// A practice's links: program, partnership, SDG targets, replications, measurements,
    /// citing publications, sources; and `Replication`.
    mutating func addPracticeRelations() {
        object("Practice", as: Practice.self) { practice in
            practice.field("program") { practice, input in
                practice.programID.map { input.load(RecordLoaders.program, key: $0) } ?? .null
            }
            practice.field("partnership") { practice, input in
                practice.partnershipID.map { input.load(RecordLoaders.partnership, key: $0) } ?? .null
            }
            practice.field("sdgTargets") { practice, input in
                input.load(ChildLoaders.practiceSDGTargets, key: practice.id)
            }
            practice.field("replications") { practice, input in
                try input.loadPage(PageLoaders.practiceReplications, parent: practice.id)
            }
            practice.field("replicationCount") { practice, input in
                input.load(ChildLoaders.replicationCount, key: practice.id)
            }
            practice.field("measurements") { practice, input in
                input.load(ChildLoaders.practiceMeasurements, key: practice.id)
            }
            practice.field("citedBy") { practice, input in
                try input.loadPage(PageLoaders.practiceCitations, parent: practice.id)
            }
            practice.field("sources") { practice, input in
                input.load(ChildLoaders.sources, key: SourceKey(entity: .practice, id: practice.id))
            }
            practice.value("costEstimate") { practice in
                practice.costEstimateCents.map { .object(Money(cents: $0, currency: "CAD")) } ?? .null
            }
            practice.value("isIllustrative") { .boolean($0.isIllustrative) }
        }
        addConnection(of: "Replication")
        object("Replication", as: Replication.self) { replication in
            replication.value("id") { .id(.replication, $0.id) }
            replication.field("practice") { replication, input in
                input.load(RecordLoaders.practice, key: replication.practiceID)
            }
            replication.field("adopter") { replication, input in
                input.load(RecordLoaders.organization, key: replication.adoptingOrganizationID)
            }
            replication.field("partnership") { replication, input in
                replication.partnershipID.map { input.load(RecordLoaders.partnership, key: $0) } ?? .null
            }
            replication.value("date") { .optional($0.date.map(FieldValue.string)) }
            replication.value("status") { .vocabulary($0.status) }
            replication.value("notes") { .string($0.notes) }
        }
    }
}
