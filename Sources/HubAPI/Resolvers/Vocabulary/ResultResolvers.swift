import GraphQLEngine
import HubStore

/// An amount of money in cents of a currency.
struct Money: Sendable, Hashable {
    var cents: Int64
    var currency: String
}

extension ResolverTable {
    /// `Money`, `Indicator`, `Measurement`, `Source` and `SDGTarget`: the facts results and
    /// provenance are made of.
    mutating func addResultResolvers() {
        object("Money", as: Money.self) { money in
            money.value("amount") { .float(Double($0.cents) / 100) }
            money.value("currency") { .string($0.currency) }
        }
        object("Indicator", as: Indicator.self) { indicator in
            indicator.value("id") { .id(.indicator, $0.id) }
            indicator.value("code") { .string($0.code) }
            indicator.field("name") { indicator, input in indicator.name.field(input) }
            indicator.value("unit") { .string($0.unit) }
            indicator.value("direction") { .enumValue($0.direction.uppercased()) }
            indicator.field("sdgTarget") { indicator, input in
                indicator.sdgTargetID.map { input.load(RecordLoaders.sdgTarget, key: $0) } ?? .null
            }
        }
        object("Measurement", as: Measurement.self) { measurement in
            measurement.field("indicator") { measurement, input in
                input.load(RecordLoaders.indicator, key: measurement.indicatorID)
            }
            measurement.value("value") { .float($0.value) }
            measurement.value("baseline") { .optional($0.baseline.map(FieldValue.float)) }
            measurement.value("target") { .optional($0.target.map(FieldValue.float)) }
            measurement.value("periodStart") { .optional($0.periodStart.map(FieldValue.string)) }
            measurement.value("periodEnd") { .optional($0.periodEnd.map(FieldValue.string)) }
            measurement.value("sex") { .enumValue($0.sex.uppercased()) }
            measurement.value("populationGroup") { .optional($0.populationGroup.map(FieldValue.string)) }
            measurement.field("source") { measurement, input in
                measurement.sourceID.map { input.load(RecordLoaders.source, key: $0) } ?? .null
            }
        }
        object("Source", as: HubStore.Source.self) { source in
            source.value("id") { .id(.source, $0.id) }
            source.value("url") { .string($0.url) }
            source.value("title") { .optional($0.title.map(FieldValue.string)) }
            source.value("publisher") { .optional($0.publisher.map(FieldValue.string)) }
            source.value("retrievedAt") { .optional($0.retrievedAt.map(FieldValue.string)) }
            source.value("language") { .optional($0.language.map(FieldValue.string)) }
            source.value("reliability") { .vocabulary($0.reliability) }
        }
        object("SDGTarget", as: SDGTarget.self) { target in
            target.value("id") { .id(.sdgTarget, $0.id) }
            target.value("code") { .string($0.code) }
            target.value("goal") { .int($0.goal) }
            target.field("title") { target, input in target.title.field(input) }
        }
    }
}
