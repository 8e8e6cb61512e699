import GRDB

extension SeedSession {
    /// practices.json, publications.json and results.json.
    mutating func loadKnowledge(_ reader: inout SeedReader) {
        var file = "practices.json"
        for (record, practice) in reader.records(file, as: SeedRecords.Practice.self) {
            guard let lead = resolve("organization", practice.lead, as: "lead organization", in: file, record) else {
                continue
            }
            if practice.texts.isEmpty {
                report(file, record, "a practice needs its text in at least one language (\"en\", \"fr\")")
            }
            guard
                let id = insert(
                    "practice", key: ("practice", practice.key), file: file, record: record,
                    """
                    INSERT INTO practice (key, lead_organization_id, program_id, partnership_id, author_person_id,
                        evidence_level, status, year, illustrative)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                    [
                        practice.key, lead, resolve("program", practice.program, as: "program", in: file, record),
                        resolve("partnership", practice.partnership, as: "partnership", in: file, record),
                        resolve("person", practice.author, as: "author", in: file, record), practice.evidence,
                        practice.status, practice.year, practice.illustrative == true ? 1 : 0,
                    ])
            else { continue }
            for (language, text) in practice.texts.sorted(by: { $0.key < $1.key }) {
                _ = insert(
                    "practice_text", file: file, record: "\(record), text \"\(language)\"",
                    """
                    INSERT INTO practice_text (practice_id, language, title, summary, problem, approach, results,
                        lessons, replicability, tags)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                    [
                        id, language, text.title, text.summary ?? "", text.problem ?? "", text.approach ?? "",
                        text.results ?? "", text.lessons ?? "", text.replicability ?? "", text.tags ?? "",
                    ])
            }
            for theme in resolveAll("theme", practice.themes, as: "theme", in: file, record) {
                _ = insert(
                    "practice_theme", file: file, record: record,
                    "INSERT INTO practice_theme (practice_id, theme_id) VALUES (?, ?)", [id, theme])
            }
            for target in resolveAll("sdg", practice.sdgTargets, as: "SDG target", in: file, record) {
                _ = insert(
                    "practice_sdg_target", file: file, record: record,
                    "INSERT INTO practice_sdg_target (practice_id, sdg_target_id) VALUES (?, ?)", [id, target])
            }
            for (index, replication) in (practice.replications ?? []).enumerated() {
                let place = "\(record), replication \(index + 1)"
                guard
                    let adopter = resolve("organization", replication.organization, as: "organization", in: file, place)
                else { continue }
                _ = insert(
                    "replication", file: file, record: place,
                    """
                    INSERT INTO replication (practice_id, adopting_organization_id, partnership_id, date, status,
                        notes, illustrative)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    """,
                    [
                        id, adopter, resolve("partnership", replication.partnership, as: "partnership", in: file, place),
                        replication.date, replication.status, replication.notes ?? "",
                        practice.illustrative == true ? 1 : 0,
                    ])
            }
            cite("practice", id, practice.sources, file: file, record)
        }

        file = "publications.json"
        let publications = reader.records(file, as: SeedRecords.Publication.self)
        var inserted: [(String, SeedRecords.Publication, Int64)] = []
        for (record, publication) in publications {
            guard
                let id = insert(
                    "publication", key: ("publication", publication.key), file: file, record: record,
                    """
                    INSERT INTO publication (key, type, year, publisher_id, doi, url, license, illustrative)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                    [
                        publication.key, publication.type, publication.year,
                        resolve("organization", publication.publisher, as: "publisher", in: file, record),
                        publication.doi, publication.url, publication.license,
                        publication.illustrative == true ? 1 : 0,
                    ])
            else { continue }
            inserted.append((record, publication, id))
        }
        // Links after every publication is in, since a publication may cite a later one.
        for (record, publication, id) in inserted {
            for (language, text) in publication.texts.sorted(by: { $0.key < $1.key }) {
                _ = insert(
                    "publication_text", file: file, record: "\(record), text \"\(language)\"",
                    """
                    INSERT INTO publication_text (publication_id, language, title, abstract, body, tags)
                    VALUES (?, ?, ?, ?, ?, ?)
                    """,
                    [id, language, text.title, text.abstract ?? "", text.body ?? "", text.tags ?? ""])
            }
            for (index, author) in (publication.authors ?? []).enumerated() {
                let person = resolve("person", author.person, as: "author", in: file, record)
                guard let name = author.name ?? author.person.flatMap({ _ in personName(person) }) else {
                    report(file, record, "author \(index + 1) needs a name or a person")
                    continue
                }
                _ = insert(
                    "publication_author", file: file, record: record,
                    """
                    INSERT INTO publication_author (publication_id, position, person_id, name, affiliation)
                    VALUES (?, ?, ?, ?, ?)
                    """, [id, index + 1, person, name, author.affiliation])
            }
            let links: [(String, String, String, [String]?, String)] = [
                ("practice", "practice", "publication_practice", publication.practices, "practice_id"),
                ("program", "program", "publication_program", publication.programs, "program_id"),
                ("country", "country", "publication_country", publication.countries, "country_id"),
                ("theme", "theme", "publication_theme", publication.themes, "theme_id"),
            ]
            for (kind, what, table, keys, column) in links {
                for target in resolveAll(kind, keys, as: what, in: file, record) {
                    _ = insert(
                        table, file: file, record: record,
                        "INSERT INTO \(table) (publication_id, \(column)) VALUES (?, ?)", [id, target])
                }
            }
            for cited in resolveAll("publication", publication.cites, as: "cited publication", in: file, record) {
                _ = insert(
                    "publication_citation", file: file, record: record,
                    "INSERT INTO publication_citation (citing_id, cited_id) VALUES (?, ?)", [id, cited])
            }
        }

        file = "results.json"
        guard let results = reader.object(file, as: SeedRecords.Results.self) else { return }
        for indicator in results.indicators {
            let record = "indicator \(indicator.code)"
            _ = insert(
                "indicator", key: ("indicator", indicator.code), file: file, record: record,
                """
                INSERT INTO indicator (code, name_en, name_fr, unit, direction, sdg_target_id)
                VALUES (?, ?, ?, ?, ?, ?)
                """,
                [
                    indicator.code, indicator.name.localized.en, indicator.name.localized.fr, indicator.unit,
                    indicator.direction ?? "increase",
                    resolve("sdg", indicator.sdgTarget, as: "SDG target", in: file, record),
                ])
        }
        for (index, measurement) in results.measurements.enumerated() {
            let record = "measurement \(index + 1) (\(measurement.indicator))"
            guard let indicator = resolve("indicator", measurement.indicator, as: "indicator", in: file, record) else {
                continue
            }
            _ = insert(
                "measurement", file: file, record: record,
                """
                INSERT INTO measurement (indicator_id, program_id, practice_id, organization_id, value, baseline,
                    target, period_start, period_end, sex, population_group, source_id, illustrative)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
                [
                    indicator, resolve("program", measurement.program, as: "program", in: file, record),
                    resolve("practice", measurement.practice, as: "practice", in: file, record),
                    resolve("organization", measurement.organization, as: "organization", in: file, record),
                    measurement.value, measurement.baseline, measurement.target, measurement.periodStart,
                    measurement.periodEnd, measurement.sex ?? "all", measurement.group,
                    resolve("source", measurement.source, as: "source", in: file, record),
                    measurement.illustrative == true ? 1 : 0,
                ])
        }
    }

    /// The name of a person already loaded.
    private func personName(_ id: Int64?) -> String? {
        guard let id else { return nil }
        return try? writer.reader.fetchOne(String.self, "SELECT name FROM person WHERE id = ?", [id])
    }
}
