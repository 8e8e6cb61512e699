import GRDB

/// Migration 3: the network: partnerships with their participants (any kind of organization,
/// with a role and a side), their themes, activities (missions, study tours, workshops) with
/// their places and people, and people with their expertise and languages.
///
/// A partnership's `start_year` and `end_year` are generated from its dates, so the per-year
/// aggregates and the year filter of the graph read integers from an index.
enum Migration3Partnerships {
    static let identifier = "3-partnerships-activities-people"

    static func migrate(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE partnership (
                    id INTEGER PRIMARY KEY,
                    key TEXT NOT NULL UNIQUE,
                    title_en TEXT NOT NULL,
                    title_fr TEXT NOT NULL,
                    type TEXT NOT NULL CHECK (type IN (
                        'municipal_pair', 'cluster', 'association_pair', 'sister_city',
                        'peer_replication', 'study_tour_host', 'resource_pool')),
                    program_id INTEGER REFERENCES program(id),
                    start_date TEXT,
                    end_date TEXT,
                    mou_date TEXT,
                    status TEXT NOT NULL CHECK (status IN ('proposed', 'active', 'completed')),
                    description_en TEXT NOT NULL DEFAULT '',
                    description_fr TEXT NOT NULL DEFAULT '',
                    illustrative INTEGER NOT NULL DEFAULT 0 CHECK (illustrative IN (0, 1)),
                    start_year INTEGER GENERATED ALWAYS AS (CAST(substr(start_date, 1, 4) AS INTEGER)) VIRTUAL,
                    end_year INTEGER GENERATED ALWAYS AS (CAST(substr(end_date, 1, 4) AS INTEGER)) VIRTUAL,
                    CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date)
                );
                CREATE INDEX partnership_by_program_years ON partnership(program_id, start_year, end_year);
                CREATE INDEX partnership_by_years ON partnership(start_year, end_year);

                CREATE TABLE participant (
                    partnership_id INTEGER NOT NULL REFERENCES partnership(id) ON DELETE CASCADE,
                    organization_id INTEGER NOT NULL REFERENCES organization(id),
                    role TEXT NOT NULL CHECK (role IN (
                        'lead', 'partner', 'anchor', 'host', 'resource_pool')),
                    side TEXT NOT NULL CHECK (side IN ('canada', 'overseas', 'other')),
                    PRIMARY KEY (partnership_id, organization_id)
                ) WITHOUT ROWID;
                -- The graph walks from an organization to its partnerships and back.
                CREATE INDEX participant_by_organization ON participant(organization_id, partnership_id);

                CREATE TABLE partnership_theme (
                    partnership_id INTEGER NOT NULL REFERENCES partnership(id) ON DELETE CASCADE,
                    theme_id INTEGER NOT NULL REFERENCES theme(id),
                    PRIMARY KEY (partnership_id, theme_id)
                ) WITHOUT ROWID;
                CREATE INDEX partnership_theme_by_theme ON partnership_theme(theme_id, partnership_id);

                CREATE TABLE activity (
                    id INTEGER PRIMARY KEY,
                    key TEXT NOT NULL UNIQUE,
                    partnership_id INTEGER REFERENCES partnership(id) ON DELETE CASCADE,
                    program_id INTEGER REFERENCES program(id),
                    type TEXT NOT NULL CHECK (type IN (
                        'assessment_mission', 'technical_mission', 'study_tour', 'workshop',
                        'forum', 'steering_committee', 'mou_signing', 'virtual_exchange',
                        'demonstration_project', 'small_grant')),
                    title_en TEXT NOT NULL,
                    title_fr TEXT NOT NULL,
                    start_date TEXT,
                    end_date TEXT,
                    direction TEXT CHECK (direction IN (
                        'to_overseas', 'to_canada', 'south_south', 'virtual')),
                    illustrative INTEGER NOT NULL DEFAULT 0 CHECK (illustrative IN (0, 1)),
                    CHECK (partnership_id IS NOT NULL OR program_id IS NOT NULL)
                );
                CREATE INDEX activity_by_partnership ON activity(partnership_id);
                CREATE INDEX activity_by_program ON activity(program_id);

                CREATE TABLE activity_location (
                    activity_id INTEGER NOT NULL REFERENCES activity(id) ON DELETE CASCADE,
                    organization_id INTEGER NOT NULL REFERENCES organization(id),
                    PRIMARY KEY (activity_id, organization_id)
                ) WITHOUT ROWID;

                CREATE TABLE expertise_area (
                    id INTEGER PRIMARY KEY,
                    code TEXT NOT NULL UNIQUE,
                    name_en TEXT NOT NULL,
                    name_fr TEXT NOT NULL,
                    parent_id INTEGER REFERENCES expertise_area(id)
                );

                -- gender is self-identified and optional, for GBA+ aggregates only; contact
                -- details are shown only with consent (public_profile, contactable).
                CREATE TABLE person (
                    id INTEGER PRIMARY KEY,
                    key TEXT NOT NULL UNIQUE,
                    name TEXT NOT NULL,
                    organization_id INTEGER REFERENCES organization(id),
                    role_type TEXT NOT NULL CHECK (role_type IN (
                        'elected_official', 'municipal_staff', 'association_staff',
                        'consultant', 'volunteer', 'researcher')),
                    position TEXT,
                    email TEXT,
                    gender TEXT CHECK (gender IN ('woman', 'man', 'another')),
                    public_profile INTEGER NOT NULL DEFAULT 0 CHECK (public_profile IN (0, 1)),
                    contactable INTEGER NOT NULL DEFAULT 0 CHECK (contactable IN (0, 1)),
                    illustrative INTEGER NOT NULL DEFAULT 0 CHECK (illustrative IN (0, 1))
                );
                CREATE INDEX person_by_organization ON person(organization_id);

                CREATE TABLE person_language (
                    person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
                    language TEXT NOT NULL,
                    PRIMARY KEY (person_id, language)
                ) WITHOUT ROWID;

                CREATE TABLE person_expertise (
                    person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
                    expertise_area_id INTEGER NOT NULL REFERENCES expertise_area(id),
                    PRIMARY KEY (person_id, expertise_area_id)
                ) WITHOUT ROWID;
                CREATE INDEX person_expertise_by_area ON person_expertise(expertise_area_id);

                CREATE TABLE activity_participant (
                    activity_id INTEGER NOT NULL REFERENCES activity(id) ON DELETE CASCADE,
                    person_id INTEGER NOT NULL REFERENCES person(id),
                    role TEXT NOT NULL DEFAULT 'participant',
                    PRIMARY KEY (activity_id, person_id)
                ) WITHOUT ROWID;
                CREATE INDEX activity_participant_by_person ON activity_participant(person_id);
                """)
    }
}
