import GRDB

/// Migration 2: programs and what they are about: priority themes (FCM's four priorities, gender
/// equality as a cross-cutting theme, sectors), SDG targets, programs with their names in several
/// languages, planned and actual dates, country and theme shares, the organizations that run or
/// fund them, their predecessors, and funding commitments.
///
/// Money is kept as commitments, each with its basis (a GAC maximum contribution, an announced
/// total, a disbursed amount) and type (cash or in-kind), because the sources disagree by basis
/// (domain.md §3.1): MPED is $18,458,189 as a GAC maximum and $24.2M as announced.
enum Migration2Programs {
    static let identifier = "2-programs-and-themes"

    static func migrate(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE theme (
                    id INTEGER PRIMARY KEY,
                    code TEXT NOT NULL UNIQUE,
                    name_en TEXT NOT NULL,
                    name_fr TEXT NOT NULL,
                    kind TEXT NOT NULL CHECK (kind IN ('priority', 'cross_cutting', 'sector')),
                    parent_id INTEGER REFERENCES theme(id)
                );

                CREATE TABLE sdg_target (
                    id INTEGER PRIMARY KEY,
                    code TEXT NOT NULL UNIQUE,
                    goal INTEGER NOT NULL CHECK (goal BETWEEN 1 AND 17),
                    title_en TEXT NOT NULL,
                    title_fr TEXT NOT NULL
                );

                CREATE TABLE theme_sdg_target (
                    theme_id INTEGER NOT NULL REFERENCES theme(id) ON DELETE CASCADE,
                    sdg_target_id INTEGER NOT NULL REFERENCES sdg_target(id) ON DELETE CASCADE,
                    PRIMARY KEY (theme_id, sdg_target_id)
                ) WITHOUT ROWID;

                -- Dates are ISO 8601 text, as precise as the source: '2010', '2010-08' or '2010-08-02'.
                CREATE TABLE program (
                    id INTEGER PRIMARY KEY,
                    key TEXT NOT NULL UNIQUE,
                    name_en TEXT NOT NULL,
                    name_fr TEXT NOT NULL,
                    acronym TEXT,
                    description_en TEXT NOT NULL DEFAULT '',
                    description_fr TEXT NOT NULL DEFAULT '',
                    status TEXT NOT NULL CHECK (status IN ('planned', 'active', 'completed')),
                    planned_start TEXT,
                    planned_end TEXT,
                    actual_start TEXT,
                    actual_end TEXT,
                    predecessor_id INTEGER REFERENCES program(id),
                    gac_project_number TEXT,
                    illustrative INTEGER NOT NULL DEFAULT 0 CHECK (illustrative IN (0, 1))
                );
                CREATE INDEX program_by_predecessor ON program(predecessor_id);

                -- Every name a program goes by: PMI-LED is also PMI-DEL and Partenariados
                -- Municipales para la Innovación; "MCP" names two programs.
                CREATE TABLE program_name (
                    program_id INTEGER NOT NULL REFERENCES program(id) ON DELETE CASCADE,
                    text TEXT NOT NULL,
                    language TEXT NOT NULL,
                    kind TEXT NOT NULL CHECK (kind IN ('official', 'acronym', 'local')),
                    PRIMARY KEY (program_id, text, language)
                ) WITHOUT ROWID;
                CREATE INDEX program_name_by_text ON program_name(text);

                CREATE TABLE program_country (
                    program_id INTEGER NOT NULL REFERENCES program(id) ON DELETE CASCADE,
                    country_id INTEGER NOT NULL REFERENCES country(id),
                    share_pct REAL CHECK (share_pct IS NULL OR share_pct BETWEEN 0 AND 100),
                    PRIMARY KEY (program_id, country_id)
                ) WITHOUT ROWID;
                CREATE INDEX program_country_by_country ON program_country(country_id);

                CREATE TABLE program_theme (
                    program_id INTEGER NOT NULL REFERENCES program(id) ON DELETE CASCADE,
                    theme_id INTEGER NOT NULL REFERENCES theme(id),
                    share_pct REAL CHECK (share_pct IS NULL OR share_pct BETWEEN 0 AND 100),
                    PRIMARY KEY (program_id, theme_id)
                ) WITHOUT ROWID;
                CREATE INDEX program_theme_by_theme ON program_theme(theme_id);

                CREATE TABLE program_organization (
                    program_id INTEGER NOT NULL REFERENCES program(id) ON DELETE CASCADE,
                    organization_id INTEGER NOT NULL REFERENCES organization(id),
                    role TEXT NOT NULL CHECK (role IN (
                        'implementer', 'funder', 'partner_association', 'executing_agency')),
                    PRIMARY KEY (program_id, organization_id, role)
                ) WITHOUT ROWID;
                CREATE INDEX program_organization_by_organization
                    ON program_organization(organization_id);

                CREATE TABLE funding_commitment (
                    id INTEGER PRIMARY KEY,
                    program_id INTEGER NOT NULL REFERENCES program(id) ON DELETE CASCADE,
                    funder_id INTEGER REFERENCES organization(id),
                    amount_cents INTEGER NOT NULL CHECK (amount_cents >= 0),
                    currency TEXT NOT NULL DEFAULT 'CAD',
                    type TEXT NOT NULL CHECK (type IN ('cash', 'in_kind')),
                    basis TEXT NOT NULL CHECK (basis IN (
                        'max_contribution', 'announced_total', 'disbursed')),
                    period_start TEXT,
                    period_end TEXT,
                    as_of TEXT,
                    note TEXT,
                    source_id INTEGER REFERENCES source(id)
                );
                CREATE INDEX funding_commitment_by_program ON funding_commitment(program_id);
                """)
    }
}
