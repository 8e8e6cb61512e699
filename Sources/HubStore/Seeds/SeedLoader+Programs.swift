import GRDB

extension SeedSession {
    /// themes.json and programs.json.
    mutating func loadPrograms(_ reader: inout SeedReader) {
        if let taxonomy = reader.object("themes.json", as: SeedRecords.Taxonomy.self) {
            let file = "themes.json"
            for target in taxonomy.sdgTargets {
                let goal = Int(target.code.split(separator: ".").first ?? "") ?? 0
                _ = insert(
                    "sdg_target", key: ("sdg", target.code), file: file, record: "SDG target \(target.code)",
                    "INSERT INTO sdg_target (code, goal, title_en, title_fr) VALUES (?, ?, ?, ?)",
                    [target.code, goal, target.title.localized.en, target.title.localized.fr])
            }
            for theme in taxonomy.themes {
                let record = "theme \(theme.code)"
                let parent = resolve("theme", theme.parent, as: "parent theme", in: file, record)
                guard
                    let id = insert(
                        "theme", key: ("theme", theme.code), file: file, record: record,
                        "INSERT INTO theme (code, name_en, name_fr, kind, parent_id) VALUES (?, ?, ?, ?, ?)",
                        [theme.code, theme.name.localized.en, theme.name.localized.fr, theme.kind, parent])
                else { continue }
                for target in resolveAll("sdg", theme.sdgTargets, as: "SDG target", in: file, record) {
                    _ = insert(
                        "theme_sdg_target", file: file, record: record,
                        "INSERT INTO theme_sdg_target (theme_id, sdg_target_id) VALUES (?, ?)", [id, target])
                }
            }
            for area in taxonomy.expertiseAreas {
                let record = "expertise area \(area.code)"
                let parent = resolve("expertise", area.parent, as: "parent area", in: file, record)
                _ = insert(
                    "expertise_area", key: ("expertise", area.code), file: file, record: record,
                    "INSERT INTO expertise_area (code, name_en, name_fr, parent_id) VALUES (?, ?, ?, ?)",
                    [area.code, area.name.localized.en, area.name.localized.fr, parent])
            }
        }

        let file = "programs.json"
        let programs = reader.records(file, as: SeedRecords.Program.self)
        // Programs first, then predecessors: a program may name one listed after it.
        var inserted: [(String, SeedRecords.Program, Int64)] = []
        for (record, program) in programs {
            guard
                let id = insert(
                    "program", key: ("program", program.key), file: file, record: record,
                    """
                    INSERT INTO program (key, name_en, name_fr, acronym, description_en, description_fr, status,
                        planned_start, planned_end, actual_start, actual_end, gac_project_number, illustrative)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                    [
                        program.key, program.name.localized.en, program.name.localized.fr, program.acronym,
                        program.description?.localized.en ?? "", program.description?.localized.fr ?? "",
                        program.status, program.planned?.start, program.planned?.end, program.actual?.start,
                        program.actual?.end, program.gacProjectNumber, program.illustrative == true ? 1 : 0,
                    ])
            else { continue }
            inserted.append((record, program, id))
        }
        for (record, program, id) in inserted {
            if let predecessor = resolve("program", program.predecessor, as: "predecessor program", in: file, record) {
                _ = try? writer.execute("UPDATE program SET predecessor_id = ? WHERE id = ?", [predecessor, id])
            }
            for name in program.names ?? [] {
                _ = insert(
                    "program_name", file: file, record: record,
                    "INSERT INTO program_name (program_id, text, language, kind) VALUES (?, ?, ?, ?)",
                    [id, name.text, name.language, name.kind])
            }
            for share in program.countries ?? [] {
                guard let country = resolve("country", share.country, as: "country", in: file, record) else {
                    if share.country == nil { report(file, record, "a country share needs its country") }
                    continue
                }
                _ = insert(
                    "program_country", file: file, record: record,
                    "INSERT INTO program_country (program_id, country_id, share_pct) VALUES (?, ?, ?)",
                    [id, country, share.share])
            }
            for share in program.themes ?? [] {
                guard let theme = resolve("theme", share.theme, as: "theme", in: file, record) else {
                    if share.theme == nil { report(file, record, "a theme share needs its theme") }
                    continue
                }
                _ = insert(
                    "program_theme", file: file, record: record,
                    "INSERT INTO program_theme (program_id, theme_id, share_pct) VALUES (?, ?, ?)",
                    [id, theme, share.share])
            }
            for role in program.organizations ?? [] {
                guard let organization = resolve("organization", role.organization, as: "organization", in: file, record)
                else { continue }
                _ = insert(
                    "program_organization", file: file, record: record,
                    "INSERT INTO program_organization (program_id, organization_id, role) VALUES (?, ?, ?)",
                    [id, organization, role.role])
            }
            for funding in program.funding ?? [] {
                let funder = resolve("organization", funding.funder, as: "funder", in: file, record)
                let source = resolve("source", funding.source, as: "source", in: file, record)
                _ = insert(
                    "funding_commitment", file: file, record: record,
                    """
                    INSERT INTO funding_commitment (program_id, funder_id, amount_cents, currency, type, basis, as_of,
                        note, source_id)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                    [
                        id, funder, Int64((funding.amount * 100).rounded()), funding.currency ?? "CAD", funding.type,
                        funding.basis, funding.asOf, funding.note, source,
                    ])
            }
            cite("program", id, program.sources, file: file, record)
        }
    }
}
