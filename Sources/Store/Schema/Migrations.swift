import GRDB

/// The store's schema, versioned. A migration is never edited after it has shipped: a
/// change is a new migration.
enum Migrations {
    static var migrator: DatabaseMigrator {
        var m = DatabaseMigrator()
        m.registerMigration("v1-codelists") { db in
            try db.execute(sql: """
                CREATE TABLE region (
                    region_kod TEXT PRIMARY KEY CHECK (length(region_kod) = 2),
                    lan TEXT NOT NULL,
                    organisation TEXT NOT NULL
                );
                CREATE TABLE omrade (
                    omrade INTEGER PRIMARY KEY CHECK (omrade BETWEEN 0 AND 9),
                    namn TEXT NOT NULL
                );
                CREATE TABLE prioritering (
                    prioritering TEXT PRIMARY KEY,
                    omrade INTEGER NOT NULL REFERENCES omrade(omrade),
                    namn TEXT NOT NULL
                );
                CREATE TABLE stodform (
                    stodform TEXT PRIMARY KEY,
                    namn TEXT NOT NULL
                );
                CREATE TABLE indikator (
                    indikator_kod TEXT PRIMARY KEY,
                    prioritering TEXT REFERENCES prioritering(prioritering),
                    namn TEXT NOT NULL,
                    enhet TEXT NOT NULL
                );
                -- The smaller lists (roller, hallbarhet, horisontella, territoriella, samverkan).
                CREATE TABLE kod (
                    lista TEXT NOT NULL,
                    kod TEXT NOT NULL,
                    namn TEXT NOT NULL,
                    ordning INTEGER NOT NULL,
                    PRIMARY KEY (lista, kod)
                );
                """)
        }
        m.registerMigration("v1-submissions") { db in
            try db.execute(sql: """
                CREATE TABLE run (
                    id INTEGER PRIMARY KEY,
                    started_at TEXT NOT NULL,
                    finished_at TEXT,
                    status TEXT NOT NULL CHECK (status IN ('running', 'done', 'failed')),
                    accepted INTEGER NOT NULL DEFAULT 0,
                    rejected INTEGER NOT NULL DEFAULT 0,
                    duplicates INTEGER NOT NULL DEFAULT 0,
                    quarantined INTEGER NOT NULL DEFAULT 0
                );
                CREATE TABLE submission (
                    id INTEGER PRIMARY KEY,
                    region_kod TEXT NOT NULL REFERENCES region(region_kod),
                    ar INTEGER NOT NULL CHECK (ar BETWEEN 2000 AND 2100),
                    rapport TEXT NOT NULL CHECK (rapport IN ('insatser', 'finansiering', 'indikatorer', 'strategi')),
                    file_name TEXT NOT NULL,
                    sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
                    size_bytes INTEGER NOT NULL CHECK (size_bytes >= 0),
                    received_at TEXT NOT NULL,
                    received_unix REAL NOT NULL,
                    run_id INTEGER NOT NULL REFERENCES run(id),
                    status TEXT NOT NULL CHECK (status IN ('accepted', 'rejected', 'duplicate')),
                    rows INTEGER NOT NULL CHECK (rows >= 0),
                    errors INTEGER NOT NULL CHECK (errors >= 0),
                    warnings INTEGER NOT NULL CHECK (warnings >= 0),
                    late INTEGER NOT NULL CHECK (late IN (0, 1)),
                    archive_path TEXT NOT NULL,
                    is_current INTEGER NOT NULL DEFAULT 0 CHECK (is_current IN (0, 1)),
                    CHECK (is_current = 0 OR status = 'accepted')
                );
                CREATE UNIQUE INDEX submission_current
                    ON submission(region_kod, ar, rapport) WHERE is_current = 1;
                CREATE INDEX submission_sha ON submission(sha256);
                CREATE INDEX submission_key ON submission(region_kod, ar, rapport, received_unix);
                CREATE TABLE finding (
                    submission_id INTEGER NOT NULL REFERENCES submission(id) ON DELETE CASCADE,
                    seq INTEGER NOT NULL,
                    code TEXT NOT NULL,
                    severity TEXT NOT NULL CHECK (severity IN ('error', 'warning')),
                    line INTEGER,
                    column_name TEXT,
                    value TEXT,
                    message TEXT NOT NULL,
                    PRIMARY KEY (submission_id, seq)
                );
                -- Years whose exports must be rebuilt; cleared only after they were written,
                -- so that a run killed during the exports redoes them next time.
                CREATE TABLE pending_export (ar INTEGER PRIMARY KEY);
                """)
        }
        m.registerMigration("v1-facts") { db in
            // Fact rows exist only for the accepted version in force of each
            // (region, year, report); every row knows its submission and line (lineage).
            // They are found by their primary key's (region_kod, ar) prefix, so there is no
            // index on submission_id to pay for on every insert. CHECKs are written with OR,
            // not IN (...): SQLite builds a temporary table for an IN list on every insert.
            try db.execute(sql: """
                CREATE TABLE insats (
                    submission_id INTEGER NOT NULL REFERENCES submission(id),
                    line INTEGER NOT NULL CHECK (line >= 2),
                    region_kod TEXT NOT NULL REFERENCES region(region_kod),
                    ar INTEGER NOT NULL,
                    insats_id TEXT NOT NULL,
                    titel TEXT NOT NULL,
                    strategiskt_omrade INTEGER NOT NULL REFERENCES omrade(omrade) CHECK (strategiskt_omrade BETWEEN 1 AND 4),
                    prioritering TEXT NOT NULL REFERENCES prioritering(prioritering),
                    roll TEXT NOT NULL,
                    hallbarhet TEXT,
                    territoriell_inriktning TEXT,
                    samverkan TEXT,
                    status TEXT NOT NULL CHECK (status = 'PLANERAD' OR status = 'PAGAENDE' OR status = 'AVSLUTAD'),
                    startdatum TEXT,
                    slutdatum TEXT,
                    beskrivning TEXT,
                    PRIMARY KEY (region_kod, ar, insats_id)
                );
                CREATE TABLE finansiering (
                    submission_id INTEGER NOT NULL REFERENCES submission(id),
                    line INTEGER NOT NULL CHECK (line >= 2),
                    region_kod TEXT NOT NULL REFERENCES region(region_kod),
                    ar INTEGER NOT NULL,
                    beslut_id TEXT NOT NULL,
                    insats_id TEXT,
                    stodform TEXT NOT NULL REFERENCES stodform(stodform),
                    strategiskt_omrade INTEGER NOT NULL REFERENCES omrade(omrade),
                    prioritering TEXT REFERENCES prioritering(prioritering),
                    beviljat_kr INTEGER NOT NULL CHECK (beviljat_kr >= 0),
                    eruf_kr INTEGER NOT NULL DEFAULT 0 CHECK (eruf_kr >= 0),
                    jtf_kr INTEGER NOT NULL DEFAULT 0 CHECK (jtf_kr >= 0),
                    region_kr INTEGER NOT NULL DEFAULT 0 CHECK (region_kr >= 0),
                    kommun_kr INTEGER NOT NULL DEFAULT 0 CHECK (kommun_kr >= 0),
                    annan_offentlig_kr INTEGER NOT NULL DEFAULT 0 CHECK (annan_offentlig_kr >= 0),
                    privat_kr INTEGER NOT NULL DEFAULT 0 CHECK (privat_kr >= 0),
                    horisontella_kriterier TEXT,
                    beslutsdatum TEXT NOT NULL,
                    PRIMARY KEY (region_kod, ar, beslut_id)
                );
                CREATE TABLE indikatorvarde (
                    submission_id INTEGER NOT NULL REFERENCES submission(id),
                    line INTEGER NOT NULL CHECK (line >= 2),
                    region_kod TEXT NOT NULL REFERENCES region(region_kod),
                    ar INTEGER NOT NULL,
                    indikator_kod TEXT NOT NULL,
                    kommun_kod TEXT NOT NULL DEFAULT '',
                    kon TEXT NOT NULL CHECK (kon = 'K' OR kon = 'M' OR kon = 'T'),
                    varde REAL NOT NULL,
                    enhet TEXT NOT NULL,
                    kalla TEXT,
                    PRIMARY KEY (region_kod, ar, indikator_kod, kommun_kod, kon)
                ) WITHOUT ROWID;
                CREATE TABLE strategi (
                    submission_id INTEGER NOT NULL REFERENCES submission(id),
                    line INTEGER NOT NULL CHECK (line >= 2),
                    region_kod TEXT NOT NULL REFERENCES region(region_kod),
                    ar INTEGER NOT NULL,
                    rus_namn TEXT NOT NULL,
                    antagen_ar INTEGER NOT NULL,
                    giltig_till_ar INTEGER,
                    oversyn_pagar INTEGER NOT NULL CHECK (oversyn_pagar IN (0, 1)),
                    antal_handlingsplaner INTEGER CHECK (antal_handlingsplaner >= 0),
                    agenda2030_integrerad INTEGER CHECK (agenda2030_integrerad IN (0, 1)),
                    antal_analyser INTEGER CHECK (antal_analyser >= 0),
                    antal_utvarderingar INTEGER CHECK (antal_utvarderingar >= 0),
                    PRIMARY KEY (region_kod, ar)
                );
                """)
        }
        registerComparisonIndexes(&m)
        registerCodeListOrder(&m)
        return m
    }
}
