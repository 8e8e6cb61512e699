/// The words of one synthetic practice or publication, in English and French: one of twelve
/// topics (what it is about and its problem), one of two pieces of work particular to the topic,
/// one of six ways of working and one of six outcomes shared by all topics. A search for a
/// topic's words finds about one text in twelve, for the words of one piece of work one in
/// twenty-four (`waste collection`, the store benchmark's search, is one of those), for a shared
/// word (`training`, `formation`) one in six: a varied collection rather than a few texts
/// repeated. Accents are kept, so folded search is exercised at scale.
struct SyntheticText {
    /// One language's phrasing of a topic.
    struct Phrasing {
        let subject: String
        let problem: String
        /// Two ways this topic's work was done; a text has one of them.
        let work: [String]
        let tags: String
    }

    /// What the texts are about, in English and French.
    static let topics: [(en: Phrasing, fr: Phrasing)] = [
        (Phrasing(subject: "Household waste separation", problem: "Mixed waste filled the landfill and the river banks.",
                  work: ["separate collection days for organics and recyclables", "neighbourhood composting sites and a deposit on bottles"], tags: "waste, composting, recycling"),
         Phrasing(subject: "Tri des déchets ménagers", problem: "Les déchets mêlés remplissaient le site d'enfouissement et les berges.",
                  work: ["des jours de collecte distincts pour l'organique et le recyclable", "des sites de compostage de quartier et une consigne sur les bouteilles"], tags: "déchets, compostage, recyclage")),
        (Phrasing(subject: "Digital land registry", problem: "Paper land records were slow to search and easily lost.",
                  work: ["scanning, indexing and a single service counter for certificates", "surveyed boundaries entered in an open parcel map"], tags: "land registry, cadastre, digitization"),
         Phrasing(subject: "Registre foncier numérique", problem: "Les registres papier étaient lents à consulter et faciles à perdre.",
                  work: ["la numérisation, l'indexation et un comptoir unique pour les certificats", "des limites arpentées saisies dans une carte ouverte des parcelles"], tags: "registre foncier, cadastre, numérisation")),
        (Phrasing(subject: "Asset management plan", problem: "Roads and pipes failed without warning and budgets went to emergencies.",
                  work: ["an inventory of assets rated by condition and climate risk", "a renewal budget ranked by the cost of failure"], tags: "asset management, infrastructure, climate"),
         Phrasing(subject: "Plan de gestion des actifs", problem: "Routes et conduites cédaient sans prévenir et les budgets allaient aux urgences.",
                  work: ["un inventaire des actifs noté selon l'état et le risque climatique", "un budget de renouvellement classé selon le coût des défaillances"], tags: "gestion des actifs, infrastructures, climat")),
        (Phrasing(subject: "Women in local leadership", problem: "Few women stood for council and those elected felt isolated.",
                  work: ["mentoring pairs and sessions on campaigning and budgeting", "a caucus of elected women and childcare during council meetings"], tags: "gender equality, leadership, mentoring"),
         Phrasing(subject: "Femmes en leadership local", problem: "Peu de femmes se présentaient au conseil et les élues se sentaient isolées.",
                  work: ["des binômes de mentorat et des séances sur les campagnes et le budget", "un caucus des élues et une halte-garderie pendant les séances du conseil"], tags: "égalité des genres, leadership, mentorat")),
        (Phrasing(subject: "Youth entrepreneurship fund", problem: "Young people left the municipality for lack of work.",
                  work: ["small start-up grants paired with six months of coaching", "an incubator in the old town hall and a weekly youth market"], tags: "economic development, youth, small business"),
         Phrasing(subject: "Fonds d'entrepreneuriat jeunesse", problem: "Les jeunes quittaient la municipalité faute de travail.",
                  work: ["de petites subventions de démarrage jumelées à six mois d'accompagnement", "un incubateur dans l'ancien hôtel de ville et un marché hebdomadaire des jeunes"], tags: "développement économique, jeunesse, petites entreprises")),
        (Phrasing(subject: "Disaster preparedness plan", problem: "Floods and storms caught the municipality unprepared.",
                  work: ["risk maps, evacuation routes and drills with neighbourhood committees", "an early warning system by radio and text message"], tags: "disaster risk, resilience, floods"),
         Phrasing(subject: "Plan de préparation aux catastrophes", problem: "Inondations et tempêtes prenaient la municipalité au dépourvu.",
                  work: ["des cartes des risques, des itinéraires d'évacuation et des exercices avec les comités de quartier", "un système d'alerte précoce par radio et texto"], tags: "risque de catastrophe, résilience, inondations")),
        (Phrasing(subject: "Safe drinking water", problem: "Half the households carried water from wells that failed in the dry season.",
                  work: ["metered standpipes, leak repairs and a water committee in each ward", "rainwater tanks on schools and a tariff that protects the poorest"], tags: "water supply, sanitation, utilities"),
         Phrasing(subject: "Eau potable sûre", problem: "La moitié des ménages puisaient l'eau à des puits taris en saison sèche.",
                  work: ["des bornes-fontaines avec compteur, la réparation des fuites et un comité de l'eau par quartier", "des citernes d'eau de pluie dans les écoles et un tarif qui protège les plus pauvres"], tags: "approvisionnement en eau, assainissement, services publics")),
        (Phrasing(subject: "Participatory budgeting", problem: "Residents did not know how the council spent its budget.",
                  work: ["ward assemblies that choose a share of the capital projects each year", "a budget published online in plain language"], tags: "governance, participation, transparency"),
         Phrasing(subject: "Budget participatif", problem: "Les habitants ignoraient comment le conseil dépensait son budget.",
                  work: ["des assemblées de quartier qui choisissent chaque année une part des investissements", "un budget publié en ligne en langage clair"], tags: "gouvernance, participation, transparence")),
        (Phrasing(subject: "Efficient street lighting", problem: "Street lights cost a third of the electricity bill and many were dark.",
                  work: ["LED fittings, solar poles on the outskirts and a fault hotline", "an energy audit of municipal buildings and a savings fund"], tags: "energy efficiency, lighting, public safety"),
         Phrasing(subject: "Éclairage public efficace", problem: "L'éclairage public coûtait le tiers de la facture d'électricité et bien des lampadaires étaient éteints.",
                  work: ["des luminaires DEL, des poteaux solaires en périphérie et une ligne pour signaler les pannes", "un audit énergétique des bâtiments municipaux et un fonds d'économies"], tags: "efficacité énergétique, éclairage, sécurité publique")),
        (Phrasing(subject: "Market revitalization", problem: "The central market was crowded, unsafe and losing vendors.",
                  work: ["new stalls, drainage and a vendors' association that sets the fees", "night markets and a cold room shared by farmers"], tags: "local economy, markets, vendors"),
         Phrasing(subject: "Revitalisation du marché", problem: "Le marché central était encombré, peu sûr et perdait ses marchands.",
                  work: ["de nouveaux étals, le drainage et une association de marchands qui fixe les droits", "des marchés de nuit et une chambre froide partagée par les agriculteurs"], tags: "économie locale, marchés, marchands")),
        (Phrasing(subject: "Property tax reform", problem: "Most properties were missing from the roll and few owners paid.",
                  work: ["a field survey of parcels and bills delivered by text message", "valuation rolls updated with aerial photographs"], tags: "municipal finance, property tax, revenue"),
         Phrasing(subject: "Réforme de l'impôt foncier", problem: "La plupart des propriétés manquaient au rôle et peu de propriétaires payaient.",
                  work: ["un relevé des parcelles sur le terrain et des avis envoyés par texto", "des rôles d'évaluation mis à jour par photographie aérienne"], tags: "finances municipales, impôt foncier, recettes")),
        (Phrasing(subject: "Tourism destination plan", problem: "Visitors passed through without staying and guides worked without permits.",
                  work: ["a heritage trail, licensed guides and a visitor centre run with local businesses", "homestays with families and a festival of local crafts"], tags: "tourism, heritage, local economic development"),
         Phrasing(subject: "Plan de destination touristique", problem: "Les visiteurs passaient sans s'arrêter et les guides travaillaient sans permis.",
                  work: ["un circuit patrimonial, des guides agréés et un centre d'accueil tenu avec les entreprises locales", "l'hébergement chez l'habitant et un festival de l'artisanat local"], tags: "tourisme, patrimoine, développement économique local")),
    ]

    /// Ways of working, shared by every topic: "<method> with <work>."
    static let methods: [(en: String, fr: String)] = [
        ("Door-to-door outreach", "Sensibilisation porte-à-porte"),
        ("Training for municipal staff", "Formation du personnel municipal"),
        ("A pilot in two neighbourhoods", "Un projet pilote dans deux quartiers"),
        ("A study tour to a Canadian partner", "Un voyage d'étude chez un partenaire canadien"),
        ("A bylaw drafted with residents", "Un règlement rédigé avec les habitants"),
        ("A partnership with the private sector", "Un partenariat avec le secteur privé"),
    ]

    /// Outcomes, shared by every topic.
    static let outcomes: [(en: String, fr: String)] = [
        ("Costs fell within two years.", "Les coûts ont baissé en deux ans."),
        ("Council adopted it in every ward.", "Le conseil l'a adopté dans tous les quartiers."),
        ("Satisfaction surveys doubled their scores.", "Les enquêtes de satisfaction ont doublé leurs scores."),
        ("Two neighbouring municipalities copied it.", "Deux municipalités voisines l'ont reprise."),
        ("Women made up half of those who benefited.", "Les femmes formaient la moitié des bénéficiaires."),
        ("Revenue covered the running costs.", "Les recettes ont couvert les frais de fonctionnement."),
    ]

    let number: Int
    let topic: Int
    let work: Int
    let method: Int
    let outcome: Int

    /// The text of synthetic record `number`, its topic, method and outcome drawn from `random`.
    init(number: Int, random: inout SplitMix64) {
        self.number = number
        topic = random.below(Self.topics.count)
        work = random.below(2)
        method = random.below(Self.methods.count)
        outcome = random.below(Self.outcomes.count)
    }

    /// The fields of the text in `language` ("en" or "fr").
    func words(in language: String) -> (title: String, summary: String, problem: String, approach: String, results: String, tags: String) {
        let french = language == "fr"
        let topic = french ? Self.topics[self.topic].fr : Self.topics[self.topic].en
        let method = french ? Self.methods[self.method].fr : Self.methods[self.method].en
        let outcome = french ? Self.outcomes[self.outcome].fr : Self.outcomes[self.outcome].en
        let place = french ? "dans la municipalité \(number)" : "in municipality \(number)"
        let approach = method + (french ? " avec " : " with ") + topic.work[work] + "."
        return (topic.subject + " " + place, approach + " " + outcome, topic.problem, approach, outcome, topic.tags)
    }
}
