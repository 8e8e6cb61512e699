import GRDB

/// Migration 4: what the hub shares: best practices (their text in each language apart, so each
/// language is searched and shown on its own), replications of practices, indicators and
/// gender-disaggregated measurements, and publications (policy research) with authors,
/// citations and links to practices, programs, countries and themes.
enum Migration4Knowledge {
    static let identifier = "4-practices-publications-results"

    static func migrate(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE practice (
                    id INTEGER PRIMARY KEY,
                    key TEXT NOT NULL UNIQUE,
                    lead_organization_id INTEGER NOT NULL REFERENCES organization(id),
                    program_id INTEGER REFERENCES program(id),
                    partnership_id INTEGER REFERENCES partnership(id),
                    author_person_id INTEGER REFERENCES person(id),
                    evidence_level TEXT NOT NULL CHECK (evidence_level IN (
                        'self_reported', 'peer_reviewed', 'evaluated', 'awarded')),
                    status TEXT NOT NULL CHECK (status IN ('draft', 'in_review', 'published')),
                    year INTEGER,
                    cost_estimate_cents INTEGER,
                    license TEXT,
                    illustrative INTEGER NOT NULL DEFAULT 0 CHECK (illustrative IN (0, 1))
                );
                CREATE INDEX practice_by_lead ON practice(lead_organization_id);
                CREATE INDEX practice_by_program ON practice(program_id);
                CREATE INDEX practice_by_partnership ON practice(partnership_id);
                CREATE INDEX practice_by_author ON practice(author_person_id);

                -- One row per practice and language; the search index is built on this table.
                CREATE TABLE practice_text (
                    id INTEGER PRIMARY KEY,
                    practice_id INTEGER NOT NULL REFERENCES practice(id) ON DELETE CASCADE,
                    language TEXT NOT NULL CHECK (language IN ('en', 'fr', 'es')),
                    title TEXT NOT NULL,
                    summary TEXT NOT NULL DEFAULT '',
                    problem TEXT NOT NULL DEFAULT '',
                    approach TEXT NOT NULL DEFAULT '',
                    results TEXT NOT NULL DEFAULT '',
                    lessons TEXT NOT NULL DEFAULT '',
                    replicability TEXT NOT NULL DEFAULT '',
                    tags TEXT NOT NULL DEFAULT '',
                    UNIQUE (practice_id, language)
                );

                CREATE TABLE practice_theme (
                    practice_id INTEGER NOT NULL REFERENCES practice(id) ON DELETE CASCADE,
                    theme_id INTEGER NOT NULL REFERENCES theme(id),
                    PRIMARY KEY (practice_id, theme_id)
                ) WITHOUT ROWID;
                CREATE INDEX practice_theme_by_theme ON practice_theme(theme_id);

                CREATE TABLE practice_sdg_target (
                    practice_id INTEGER NOT NULL REFERENCES practice(id) ON DELETE CASCADE,
                    sdg_target_id INTEGER NOT NULL REFERENCES sdg_target(id),
                    PRIMARY KEY (practice_id, sdg_target_id)
                ) WITHOUT ROWID;
                CREATE INDEX practice_sdg_target_by_target ON practice_sdg_target(sdg_target_id);

                CREATE TABLE replication (
                    id INTEGER PRIMARY KEY,
                    practice_id INTEGER NOT NULL REFERENCES practice(id) ON DELETE CASCADE,
                    adopting_organization_id INTEGER NOT NULL REFERENCES organization(id),
                    partnership_id INTEGER REFERENCES partnership(id),
                    activity_id INTEGER REFERENCES activity(id),
                    date TEXT,
                    status TEXT NOT NULL CHECK (status IN ('planned', 'piloting', 'adopted', 'abandoned')),
                    notes TEXT NOT NULL DEFAULT '',
                    illustrative INTEGER NOT NULL DEFAULT 0 CHECK (illustrative IN (0, 1)),
                    UNIQUE (practice_id, adopting_organization_id)
                );
                CREATE INDEX replication_by_adopter ON replication(adopting_organization_id);

                CREATE TABLE indicator (
                    id INTEGER PRIMARY KEY,
                    code TEXT NOT NULL UNIQUE,
                    name_en TEXT NOT NULL,
                    name_fr TEXT NOT NULL,
                    unit TEXT NOT NULL,
                    direction TEXT NOT NULL DEFAULT 'increase' CHECK (direction IN ('increase', 'decrease')),
                    sdg_target_id INTEGER REFERENCES sdg_target(id)
                );

                -- A measurement is about exactly one subject; sex and group disaggregate it
                -- (JMSP: compost training for 71 women and 180 men).
                CREATE TABLE measurement (
                    id INTEGER PRIMARY KEY,
                    indicator_id INTEGER NOT NULL REFERENCES indicator(id),
                    program_id INTEGER REFERENCES program(id) ON DELETE CASCADE,
                    practice_id INTEGER REFERENCES practice(id) ON DELETE CASCADE,
                    organization_id INTEGER REFERENCES organization(id) ON DELETE CASCADE,
                    value REAL NOT NULL,
                    baseline REAL,
                    target REAL,
                    period_start TEXT,
                    period_end TEXT,
                    sex TEXT NOT NULL DEFAULT 'all' CHECK (sex IN ('all', 'women', 'men')),
                    population_group TEXT,
                    source_id INTEGER REFERENCES source(id),
                    illustrative INTEGER NOT NULL DEFAULT 0 CHECK (illustrative IN (0, 1)),
                    CHECK ((program_id IS NOT NULL) + (practice_id IS NOT NULL)
                        + (organization_id IS NOT NULL) = 1)
                );
                CREATE INDEX measurement_by_indicator ON measurement(indicator_id);
                CREATE INDEX measurement_by_program ON measurement(program_id);
                CREATE INDEX measurement_by_practice ON measurement(practice_id);
                CREATE INDEX measurement_by_organization ON measurement(organization_id);

                CREATE TABLE publication (
                    id INTEGER PRIMARY KEY,
                    key TEXT NOT NULL UNIQUE,
                    type TEXT NOT NULL CHECK (type IN (
                        'report', 'guide', 'case_study', 'impact_report', 'policy_paper',
                        'toolkit', 'dataset')),
                    year INTEGER,
                    publisher_id INTEGER REFERENCES organization(id),
                    doi TEXT,
                    url TEXT,
                    license TEXT,
                    illustrative INTEGER NOT NULL DEFAULT 0 CHECK (illustrative IN (0, 1))
                );

                CREATE TABLE publication_text (
                    id INTEGER PRIMARY KEY,
                    publication_id INTEGER NOT NULL REFERENCES publication(id) ON DELETE CASCADE,
                    language TEXT NOT NULL CHECK (language IN ('en', 'fr', 'es')),
                    title TEXT NOT NULL,
                    abstract TEXT NOT NULL DEFAULT '',
                    body TEXT NOT NULL DEFAULT '',
                    tags TEXT NOT NULL DEFAULT '',
                    UNIQUE (publication_id, language)
                );

                -- An author is a person of the hub or only a name (with an affiliation).
                CREATE TABLE publication_author (
                    publication_id INTEGER NOT NULL REFERENCES publication(id) ON DELETE CASCADE,
                    position INTEGER NOT NULL,
                    person_id INTEGER REFERENCES person(id),
                    name TEXT NOT NULL,
                    affiliation TEXT,
                    PRIMARY KEY (publication_id, position)
                ) WITHOUT ROWID;
                CREATE INDEX publication_author_by_person ON publication_author(person_id);

                CREATE TABLE publication_citation (
                    citing_id INTEGER NOT NULL REFERENCES publication(id) ON DELETE CASCADE,
                    cited_id INTEGER NOT NULL REFERENCES publication(id) ON DELETE CASCADE,
                    PRIMARY KEY (citing_id, cited_id),
                    CHECK (citing_id <> cited_id)
                ) WITHOUT ROWID;
                CREATE INDEX publication_citation_by_cited ON publication_citation(cited_id);

                CREATE TABLE publication_practice (
                    publication_id INTEGER NOT NULL REFERENCES publication(id) ON DELETE CASCADE,
                    practice_id INTEGER NOT NULL REFERENCES practice(id) ON DELETE CASCADE,
                    PRIMARY KEY (publication_id, practice_id)
                ) WITHOUT ROWID;
                CREATE INDEX publication_practice_by_practice ON publication_practice(practice_id);

                CREATE TABLE publication_program (
                    publication_id INTEGER NOT NULL REFERENCES publication(id) ON DELETE CASCADE,
                    program_id INTEGER NOT NULL REFERENCES program(id) ON DELETE CASCADE,
                    PRIMARY KEY (publication_id, program_id)
                ) WITHOUT ROWID;
                CREATE INDEX publication_program_by_program ON publication_program(program_id);

                CREATE TABLE publication_country (
                    publication_id INTEGER NOT NULL REFERENCES publication(id) ON DELETE CASCADE,
                    country_id INTEGER NOT NULL REFERENCES country(id),
                    PRIMARY KEY (publication_id, country_id)
                ) WITHOUT ROWID;

                CREATE TABLE publication_theme (
                    publication_id INTEGER NOT NULL REFERENCES publication(id) ON DELETE CASCADE,
                    theme_id INTEGER NOT NULL REFERENCES theme(id),
                    PRIMARY KEY (publication_id, theme_id)
                ) WITHOUT ROWID;
                """)
    }
}
