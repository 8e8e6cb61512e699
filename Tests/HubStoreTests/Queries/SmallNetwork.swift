import Foundation

@testable import HubStore

/// A hand-made network with known answers, for the graph and aggregate tests:
///
/// ```
/// organizations 1, 4, 5, 6, 7, 8 in Canada; 2 and 3 in Vietnam; 8 takes part in nothing
/// P1  program X  2010–2012  theme T1  {1, 2}
/// P2  program X  2011–2015  theme T2  {2, 3}
/// P3  program Y  2014–      theme T1  {3, 4, 5}
/// P4  program Y  2016–2018  theme T2  {5, 6}
/// P5  no program 2000–2001  theme T1  {1, 7}
/// ```
///
/// Funding: X has CA at 60% and VN without a share; Y has CA and VN without shares. X: $1,000
/// cash and $500 in kind (max contribution); Y: $200 cash (max contribution) and $9,999 cash
/// (announced, never added to the others). X is all T1; Y is T1 and T2 without shares.
/// Practices: A (published; T1; SDG 11.6), B (published; T1, T2; SDG 5.5), C (draft; T2).
/// Replications: A by 3 (adopted) and 4 (planned); B by 6 (adopted).
func smallNetwork(_ scratch: borrowing ScratchDatabase) throws -> HubDatabase {
    let database = try scratch.open()
    try database.write { writer in
        for statement in smallNetworkSQL.split(separator: ";\n") {
            try writer.execute(String(statement))
        }
    }
    return database
}

private let smallNetworkSQL = """
    INSERT INTO country (id, iso2, iso3, name_en, name_fr, fcm_region) VALUES
        (1, 'CA', 'CAN', 'Canada', 'Canada', 'north_america'), (2, 'VN', 'VNM', 'Vietnam', 'Viêt Nam', 'asia');
    INSERT INTO organization (id, key, kind, name_en, name_fr, country_id) VALUES
        (1, 'o1', 'municipality', 'One', 'Un', 1), (2, 'o2', 'municipality', 'Two', 'Deux', 2),
        (3, 'o3', 'municipality', 'Three', 'Trois', 2), (4, 'o4', 'municipality', 'Four', 'Quatre', 1),
        (5, 'o5', 'municipality', 'Five', 'Cinq', 1), (6, 'o6', 'municipality', 'Six', 'Six', 1),
        (7, 'o7', 'municipality', 'Seven', 'Sept', 1), (8, 'o8', 'municipality', 'Eight', 'Huit', 1);
    INSERT INTO theme (id, code, name_en, name_fr, kind) VALUES
        (1, 't1', 'T1', 'T1', 'priority'), (2, 't2', 'T2', 'T2', 'cross_cutting');
    INSERT INTO sdg_target (id, code, goal, title_en, title_fr) VALUES
        (1, '11.6', 11, 'Waste', 'Déchets'), (2, '5.5', 5, 'Leadership', 'Leadership');
    INSERT INTO program (id, key, name_en, name_fr, status) VALUES
        (1, 'x', 'X', 'X', 'completed'), (2, 'y', 'Y', 'Y', 'active');
    INSERT INTO program_country (program_id, country_id, share_pct) VALUES (1, 1, 60), (1, 2, NULL), (2, 1, NULL), (2, 2, NULL);
    INSERT INTO program_theme (program_id, theme_id, share_pct) VALUES (1, 1, 100), (2, 1, NULL), (2, 2, NULL);
    INSERT INTO funding_commitment (program_id, amount_cents, type, basis) VALUES
        (1, 100000, 'cash', 'max_contribution'), (1, 50000, 'in_kind', 'max_contribution'),
        (2, 20000, 'cash', 'max_contribution'), (2, 999900, 'cash', 'announced_total');
    INSERT INTO partnership (id, key, title_en, title_fr, type, program_id, start_date, end_date, status) VALUES
        (1, 'p1', 'P1', 'P1', 'municipal_pair', 1, '2010', '2012', 'completed'),
        (2, 'p2', 'P2', 'P2', 'municipal_pair', 1, '2011-03-01', '2015-06', 'completed'),
        (3, 'p3', 'P3', 'P3', 'cluster', 2, '2014', NULL, 'active'),
        (4, 'p4', 'P4', 'P4', 'municipal_pair', 2, '2016', '2018', 'completed'),
        (5, 'p5', 'P5', 'P5', 'municipal_pair', NULL, '2000', '2001', 'completed');
    INSERT INTO participant (partnership_id, organization_id, role, side) VALUES
        (1, 1, 'lead', 'canada'), (1, 2, 'partner', 'overseas'), (2, 2, 'lead', 'overseas'), (2, 3, 'partner', 'overseas'),
        (3, 3, 'partner', 'overseas'), (3, 4, 'lead', 'canada'), (3, 5, 'partner', 'canada'),
        (4, 5, 'lead', 'canada'), (4, 6, 'partner', 'canada'), (5, 1, 'lead', 'canada'), (5, 7, 'partner', 'canada');
    INSERT INTO partnership_theme (partnership_id, theme_id) VALUES (1, 1), (2, 2), (3, 1), (4, 2), (5, 1);
    INSERT INTO practice (id, key, lead_organization_id, evidence_level, status) VALUES
        (1, 'a', 1, 'evaluated', 'published'), (2, 'b', 2, 'self_reported', 'published'), (3, 'c', 3, 'self_reported', 'draft');
    INSERT INTO practice_theme (practice_id, theme_id) VALUES (1, 1), (2, 1), (2, 2), (3, 2);
    INSERT INTO practice_sdg_target (practice_id, sdg_target_id) VALUES (1, 1), (2, 2), (3, 2);
    INSERT INTO replication (practice_id, adopting_organization_id, status) VALUES
        (1, 3, 'adopted'), (1, 4, 'planned'), (2, 6, 'adopted')
    """
