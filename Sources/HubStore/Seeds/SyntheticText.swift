/// The words synthetic practices and publications are made of: a few topics, each with English
/// and French phrasing (accents included, so that folded search is exercised at scale).
enum SyntheticText {
    struct Topic {
        let en: (subject: String, problem: String, approach: String, result: String, tags: String)
        let fr: (subject: String, problem: String, approach: String, result: String, tags: String)
    }

    static let topics: [Topic] = [
        Topic(
            en: ("Household waste separation", "Mixed waste filled the landfill and the river banks.",
                 "Door-to-door education and separate collection days for organics and recyclables.",
                 "Less waste reached the landfill and compost was sold to farmers.", "waste, composting, recycling"),
            fr: ("Tri des déchets ménagers", "Les déchets mêlés remplissaient le site d'enfouissement et les berges.",
                 "Sensibilisation porte-à-porte et jours de collecte distincts pour l'organique et le recyclable.",
                 "Moins de déchets à l'enfouissement et du compost vendu aux agriculteurs.", "déchets, compostage, recyclage")),
        Topic(
            en: ("Digital land registry", "Paper land records were slow to search and easily lost.",
                 "Scanning, indexing and a single service counter for certificates.",
                 "Certificates were issued in days instead of months.", "land registry, cadastre, digitization"),
            fr: ("Registre foncier numérique", "Les registres papier étaient lents à consulter et faciles à perdre.",
                 "Numérisation, indexation et comptoir unique pour les certificats.",
                 "Les certificats sont délivrés en quelques jours au lieu de plusieurs mois.", "registre foncier, cadastre, numérisation")),
        Topic(
            en: ("Asset management plan", "Roads and pipes failed without warning and budgets went to emergencies.",
                 "An inventory of assets rated by condition and climate risk.",
                 "Council adopted a ten-year renewal plan.", "asset management, infrastructure, climate"),
            fr: ("Plan de gestion des actifs", "Routes et conduites cédaient sans prévenir et les budgets allaient aux urgences.",
                 "Un inventaire des actifs noté selon l'état et le risque climatique.",
                 "Le conseil a adopté un plan de renouvellement sur dix ans.", "gestion des actifs, infrastructures, climat")),
        Topic(
            en: ("Women in local leadership", "Few women stood for council and those elected felt isolated.",
                 "Mentoring pairs and training on campaigning and budgeting.",
                 "More women ran for office and chaired committees.", "gender equality, leadership, mentoring"),
            fr: ("Femmes en leadership local", "Peu de femmes se présentaient au conseil et les élues se sentaient isolées.",
                 "Binômes de mentorat et formation sur les campagnes et le budget.",
                 "Plus de femmes se sont présentées et ont présidé des comités.", "égalité des genres, leadership, mentorat")),
        Topic(
            en: ("Youth entrepreneurship fund", "Young people left the municipality for lack of work.",
                 "Small start-up grants paired with six months of coaching.",
                 "New youth businesses opened in food and services.", "economic development, youth, small business"),
            fr: ("Fonds d'entrepreneuriat jeunesse", "Les jeunes quittaient la municipalité faute de travail.",
                 "De petites subventions de démarrage jumelées à six mois d'accompagnement.",
                 "De nouvelles entreprises de jeunes ont ouvert dans l'alimentation et les services.",
                 "développement économique, jeunesse, petites entreprises")),
        Topic(
            en: ("Disaster preparedness plan", "Floods and storms caught the municipality unprepared.",
                 "Risk maps, evacuation routes and drills with neighbourhood committees.",
                 "Evacuation times fell and fewer homes were damaged.", "disaster risk, resilience, floods"),
            fr: ("Plan de préparation aux catastrophes", "Inondations et tempêtes prenaient la municipalité au dépourvu.",
                 "Cartes des risques, itinéraires d'évacuation et exercices avec les comités de quartier.",
                 "Les évacuations sont plus rapides et moins de maisons ont été endommagées.",
                 "risque de catastrophe, résilience, inondations")),
    ]

    /// The text of synthetic record `number` on `topic`, in `language`.
    static func practice(
        topic: Int, number: Int, language: String, random: inout SplitMix64
    ) -> (title: String, summary: String, problem: String, approach: String, results: String, tags: String) {
        let words = language == "fr" ? topics[topic].fr : topics[topic].en
        let place = language == "fr" ? "dans la municipalité \(number)" : "in municipality \(number)"
        return (
            "\(words.subject) \(place)", "\(words.approach) \(words.result)", words.problem, words.approach,
            words.result, words.tags
        )
    }
}
