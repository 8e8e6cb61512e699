import GRDB

/// Migration 1: where things are and who the actors are: sources (provenance), countries, their
/// subdivisions, and organizations of every kind (municipalities, local-government associations,
/// government bodies, others).
///
/// Names are kept in English and French side by side (`name_en`, `name_fr`); a name that exists in
/// one language only is stored in both, so a query never has to fall back. Every table that holds
/// facts has `illustrative` (1 for records written for the hub, 0 for sourced ones), and sourced
/// records point to their `source` rows through `provenance`.
enum Migration1Geography {
    static let identifier = "1-geography-and-organizations"

    static func migrate(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE source (
                    id INTEGER PRIMARY KEY,
                    url TEXT NOT NULL UNIQUE,
                    title TEXT,
                    publisher TEXT,
                    retrieved_at TEXT,
                    language TEXT,
                    -- domain.md's marks: verified in the page, from memory, not verified
                    reliability TEXT NOT NULL DEFAULT 'verified'
                        CHECK (reliability IN ('verified', 'memory', 'unverified'))
                );

                -- Any record may cite sources. `entity` names the table (organization, program,
                -- partnership, …); a single link table instead of one per entity, so that new
                -- entities need no new table. entity_id is not a foreign key for that reason.
                CREATE TABLE provenance (
                    entity TEXT NOT NULL,
                    entity_id INTEGER NOT NULL,
                    source_id INTEGER NOT NULL REFERENCES source(id) ON DELETE CASCADE,
                    note TEXT,
                    PRIMARY KEY (entity, entity_id, source_id)
                ) WITHOUT ROWID;
                CREATE INDEX provenance_by_source ON provenance(source_id);

                CREATE TABLE country (
                    id INTEGER PRIMARY KEY,
                    iso2 TEXT NOT NULL UNIQUE CHECK (length(iso2) = 2),
                    iso3 TEXT NOT NULL UNIQUE CHECK (length(iso3) = 3),
                    name_en TEXT NOT NULL,
                    name_fr TEXT NOT NULL,
                    fcm_region TEXT NOT NULL CHECK (fcm_region IN (
                        'north_america', 'asia', 'africa', 'middle_east', 'latin_america',
                        'caribbean', 'eastern_europe')),
                    official_languages TEXT NOT NULL DEFAULT ''
                );

                CREATE TABLE subdivision (
                    id INTEGER PRIMARY KEY,
                    country_id INTEGER NOT NULL REFERENCES country(id),
                    code TEXT NOT NULL UNIQUE,
                    name_en TEXT NOT NULL,
                    name_fr TEXT NOT NULL,
                    type TEXT NOT NULL,
                    valid_from TEXT,
                    valid_to TEXT
                );
                CREATE INDEX subdivision_by_country ON subdivision(country_id);

                CREATE TABLE organization (
                    id INTEGER PRIMARY KEY,
                    key TEXT NOT NULL UNIQUE,
                    kind TEXT NOT NULL CHECK (kind IN (
                        'municipality', 'association', 'government_body', 'other')),
                    name_en TEXT NOT NULL,
                    name_fr TEXT NOT NULL,
                    acronym TEXT,
                    country_id INTEGER NOT NULL REFERENCES country(id),
                    subdivision_id INTEGER REFERENCES subdivision(id),
                    website TEXT,
                    -- municipalities: census level (csd, cd, commune, district, lgu, …) and type
                    municipal_level TEXT,
                    municipal_type TEXT,
                    population INTEGER CHECK (population IS NULL OR population >= 0),
                    population_year INTEGER,
                    latitude REAL CHECK (latitude IS NULL OR latitude BETWEEN -90 AND 90),
                    longitude REAL CHECK (longitude IS NULL OR longitude BETWEEN -180 AND 180),
                    statcan_sgc TEXT,
                    fcm_member INTEGER NOT NULL DEFAULT 0 CHECK (fcm_member IN (0, 1)),
                    -- associations: national, provincial or regional
                    association_scope TEXT,
                    -- other organizations: NGO, development agency, business network, …
                    category TEXT,
                    illustrative INTEGER NOT NULL DEFAULT 0 CHECK (illustrative IN (0, 1))
                );
                CREATE INDEX organization_by_country ON organization(country_id);
                CREATE INDEX organization_by_subdivision ON organization(subdivision_id);
                """)
    }
}
