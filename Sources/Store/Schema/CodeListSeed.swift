import GRDB

/// The code lists as the store seeds them (from the product's own `Schemas/codelists/`).
public struct CodeListSeed: Sendable {
    /// (region_kod, lan, organisation)
    public var regions: [(String, String, String)] = []
    /// (omrade, namn) in list order: the order of the areas in the comparison tables
    public var areas: [(Int, String)] = []
    /// (prioritering, omrade, namn)
    public var priorities: [(String, Int, String)] = []
    /// (stodform, namn) in list order: the order of the instruments in the comparison tables
    public var instruments: [(String, String)] = []
    /// (indikator_kod, prioritering or nil, namn, enhet)
    public var indicators: [(String, String?, String, String)] = []
    /// list name (`roller`, `hallbarhet`, `horisontella`, `territoriella`, `samverkan`) →
    /// (kod, namn) in list order
    public var smallLists: [String: [(String, String)]] = [:]

    public init() {}
}

extension FollowUpStore {
    /// Inserts or updates every code (never deletes one a stored fact may refer to), with
    /// its position in its list.
    public func seed(_ seed: CodeListSeed) throws {
        try dbQueue.write { db in
            for (kod, lan, org) in seed.regions {
                try db.execute(sql: """
                    INSERT INTO region (region_kod, lan, organisation) VALUES (?, ?, ?)
                    ON CONFLICT(region_kod) DO UPDATE SET lan = excluded.lan, organisation = excluded.organisation
                    """, arguments: [kod, lan, org])
            }
            for (i, (omrade, namn)) in seed.areas.enumerated() {
                try db.execute(sql: """
                    INSERT INTO omrade (omrade, namn, ordning) VALUES (?, ?, ?)
                    ON CONFLICT(omrade) DO UPDATE SET namn = excluded.namn, ordning = excluded.ordning
                    """, arguments: [omrade, namn, i + 1])
            }
            for (kod, omrade, namn) in seed.priorities {
                try db.execute(sql: """
                    INSERT INTO prioritering (prioritering, omrade, namn) VALUES (?, ?, ?)
                    ON CONFLICT(prioritering) DO UPDATE SET omrade = excluded.omrade, namn = excluded.namn
                    """, arguments: [kod, omrade, namn])
            }
            for (i, (kod, namn)) in seed.instruments.enumerated() {
                try db.execute(sql: """
                    INSERT INTO stodform (stodform, namn, ordning) VALUES (?, ?, ?)
                    ON CONFLICT(stodform) DO UPDATE SET namn = excluded.namn, ordning = excluded.ordning
                    """, arguments: [kod, namn, i + 1])
            }
            for (kod, prio, namn, enhet) in seed.indicators {
                try db.execute(sql: """
                    INSERT INTO indikator (indikator_kod, prioritering, namn, enhet) VALUES (?, ?, ?, ?)
                    ON CONFLICT(indikator_kod) DO UPDATE SET prioritering = excluded.prioritering,
                        namn = excluded.namn, enhet = excluded.enhet
                    """, arguments: [kod, prio, namn, enhet])
            }
            for (lista, codes) in seed.smallLists {
                for (i, (kod, namn)) in codes.enumerated() {
                    try db.execute(sql: """
                        INSERT INTO kod (lista, kod, namn, ordning) VALUES (?, ?, ?, ?)
                        ON CONFLICT(lista, kod) DO UPDATE SET namn = excluded.namn, ordning = excluded.ordning
                        """, arguments: [lista, kod, namn, i + 1])
                }
            }
        }
    }
}
