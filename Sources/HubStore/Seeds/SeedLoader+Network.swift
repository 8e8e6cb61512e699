import GRDB

extension SeedSession {
    /// partnerships.json, people.json and activities.json.
    mutating func loadNetwork(_ reader: inout SeedReader) {
        var file = "partnerships.json"
        for (record, partnership) in reader.records(file, as: SeedRecords.Partnership.self) {
            let program = resolve("program", partnership.program, as: "program", in: file, record)
            if partnership.participants.isEmpty {
                report(file, record, "a partnership needs at least one participant")
            }
            guard
                let id = insert(
                    "partnership", key: ("partnership", partnership.key), file: file, record: record,
                    """
                    INSERT INTO partnership (key, title_en, title_fr, type, program_id, start_date, end_date, mou_date,
                        status, description_en, description_fr, illustrative)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                    [
                        partnership.key, partnership.title.localized.en, partnership.title.localized.fr,
                        partnership.type, program, partnership.start, partnership.end, partnership.mou,
                        partnership.status, partnership.description?.localized.en ?? "",
                        partnership.description?.localized.fr ?? "", partnership.illustrative == true ? 1 : 0,
                    ])
            else { continue }
            for (index, participant) in partnership.participants.enumerated() {
                let place = "\(record), participant \(index + 1)"
                guard let organization = resolve("organization", participant.organization, as: "organization", in: file, place)
                else { continue }
                _ = insert(
                    "participant", file: file, record: place,
                    "INSERT INTO participant (partnership_id, organization_id, role, side) VALUES (?, ?, ?, ?)",
                    [id, organization, participant.role, participant.side])
            }
            for theme in resolveAll("theme", partnership.themes, as: "theme", in: file, record) {
                _ = insert(
                    "partnership_theme", file: file, record: record,
                    "INSERT INTO partnership_theme (partnership_id, theme_id) VALUES (?, ?)", [id, theme])
            }
            cite("partnership", id, partnership.sources, file: file, record)
        }

        file = "people.json"
        for (record, person) in reader.records(file, as: SeedRecords.Person.self) {
            let organization = resolve("organization", person.organization, as: "organization", in: file, record)
            guard
                let id = insert(
                    "person", key: ("person", person.key), file: file, record: record,
                    """
                    INSERT INTO person (key, name, organization_id, role_type, position, email, gender,
                        public_profile, contactable, illustrative)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                    [
                        person.key, person.name, organization, person.role, person.position, person.email,
                        person.gender, person.publicProfile == true ? 1 : 0, person.contactable == true ? 1 : 0,
                        person.illustrative == true ? 1 : 0,
                    ])
            else { continue }
            for language in person.languages ?? [] {
                _ = insert(
                    "person_language", file: file, record: record,
                    "INSERT INTO person_language (person_id, language) VALUES (?, ?)", [id, language])
            }
            for area in resolveAll("expertise", person.expertise, as: "expertise area", in: file, record) {
                _ = insert(
                    "person_expertise", file: file, record: record,
                    "INSERT INTO person_expertise (person_id, expertise_area_id) VALUES (?, ?)", [id, area])
            }
        }

        file = "activities.json"
        for (record, activity) in reader.records(file, as: SeedRecords.Activity.self) {
            let partnership = resolve("partnership", activity.partnership, as: "partnership", in: file, record)
            let program = resolve("program", activity.program, as: "program", in: file, record)
            if activity.partnership == nil && activity.program == nil {
                report(file, record, "an activity belongs to a partnership or a program; name one")
                continue
            }
            guard
                let id = insert(
                    "activity", key: ("activity", activity.key), file: file, record: record,
                    """
                    INSERT INTO activity (key, partnership_id, program_id, type, title_en, title_fr, start_date,
                        end_date, direction, illustrative)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                    [
                        activity.key, partnership, program, activity.type, activity.title.localized.en,
                        activity.title.localized.fr, activity.start, activity.end, activity.direction,
                        activity.illustrative == true ? 1 : 0,
                    ])
            else { continue }
            for place in resolveAll("organization", activity.locations, as: "location", in: file, record) {
                _ = insert(
                    "activity_location", file: file, record: record,
                    "INSERT INTO activity_location (activity_id, organization_id) VALUES (?, ?)", [id, place])
            }
            for person in resolveAll("person", activity.people, as: "person", in: file, record) {
                _ = insert(
                    "activity_participant", file: file, record: record,
                    "INSERT INTO activity_participant (activity_id, person_id) VALUES (?, ?)", [id, person])
            }
            cite("activity", id, activity.sources, file: file, record)
        }
    }
}
