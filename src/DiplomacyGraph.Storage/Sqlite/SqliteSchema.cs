namespace DiplomacyGraph.Storage.Sqlite;

/// <summary>
/// The store's tables. Nodes and edges get integer keys (nid) so that joins and indexes stay small at a million
/// meetings; text ids are unique-indexed. Meeting participants and countries are denormalised with the meeting's
/// date and id so a person's or a country's meeting page is one covering-index range; meeting_pairs holds every
/// ordered pair of participants of a meeting, so counterparts and "who met whom" are ranges, not self-joins;
/// meeting_country_pairs does the same for countries, so a bilateral series is one (iso, other_iso, date) range;
/// participant_totals keeps each person's meeting count so the first page of a very active person counts nothing.
/// </summary>
internal static class SqliteSchema
{
    public const int Version = 1;

    public const string Ddl = """
        PRAGMA journal_mode=WAL;
        CREATE TABLE IF NOT EXISTS schema_info(key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS nodes(
            nid INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            kind TEXT NOT NULL,
            name_en TEXT,
            name_ar TEXT,
            en_machine INTEGER NOT NULL DEFAULT 0,
            iso TEXT,
            country_iso TEXT,
            date TEXT,
            aliases TEXT NOT NULL DEFAULT '[]',
            countries TEXT NOT NULL DEFAULT '[]',
            props TEXT NOT NULL DEFAULT '{}');
        CREATE INDEX IF NOT EXISTS nodes_kind ON nodes(kind);
        CREATE TABLE IF NOT EXISTS name_keys(key TEXT NOT NULL, nid INTEGER NOT NULL, rank INTEGER NOT NULL, PRIMARY KEY(key, nid)) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS name_tokens(token TEXT NOT NULL, nid INTEGER NOT NULL, PRIMARY KEY(token, nid)) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS name_phonetic(pkey TEXT NOT NULL, nid INTEGER NOT NULL, PRIMARY KEY(pkey, nid)) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS edges(
            nid INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            type TEXT NOT NULL,
            from_nid INTEGER NOT NULL,
            to_nid INTEGER NOT NULL,
            props TEXT NOT NULL DEFAULT '{}');
        CREATE INDEX IF NOT EXISTS edges_from ON edges(from_nid, type, to_nid);
        CREATE INDEX IF NOT EXISTS edges_to ON edges(to_nid, type, from_nid);
        CREATE TABLE IF NOT EXISTS edge_sources(
            edge_nid INTEGER NOT NULL,
            article_id TEXT NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            url TEXT, file TEXT, lang TEXT, evidence TEXT,
            UNIQUE(edge_nid, article_id, start, "end"));
        CREATE TABLE IF NOT EXISTS meetings(nid INTEGER PRIMARY KEY, id TEXT NOT NULL, date TEXT);
        CREATE INDEX IF NOT EXISTS meetings_date ON meetings(date, id);
        CREATE TABLE IF NOT EXISTS meeting_participants(
            meeting_nid INTEGER NOT NULL, person_nid INTEGER NOT NULL, date TEXT, meeting_id TEXT NOT NULL,
            PRIMARY KEY(meeting_nid, person_nid)) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS meeting_participants_person ON meeting_participants(person_nid, date, meeting_id);
        CREATE TABLE IF NOT EXISTS meeting_pairs(
            person_nid INTEGER NOT NULL, other_nid INTEGER NOT NULL, meeting_nid INTEGER NOT NULL, date TEXT, meeting_id TEXT NOT NULL,
            PRIMARY KEY(person_nid, other_nid, meeting_nid)) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS meeting_countries(
            meeting_nid INTEGER NOT NULL, iso TEXT NOT NULL, date TEXT, meeting_id TEXT NOT NULL,
            PRIMARY KEY(meeting_nid, iso)) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS meeting_countries_iso ON meeting_countries(iso, date, meeting_id);
        CREATE TABLE IF NOT EXISTS meeting_country_pairs(
            iso TEXT NOT NULL, other_iso TEXT NOT NULL, meeting_nid INTEGER NOT NULL, date TEXT, meeting_id TEXT NOT NULL,
            PRIMARY KEY(iso, other_iso, meeting_nid)) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS meeting_country_pairs_date ON meeting_country_pairs(iso, other_iso, date, meeting_id);
        CREATE TABLE IF NOT EXISTS participant_totals(person_nid INTEGER PRIMARY KEY, n INTEGER NOT NULL, dated INTEGER NOT NULL);
        CREATE TABLE IF NOT EXISTS counts(name TEXT PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS degrees(nid INTEGER PRIMARY KEY, n INTEGER NOT NULL);
        CREATE TABLE IF NOT EXISTS counterparts(
            person_nid INTEGER NOT NULL, other_nid INTEGER NOT NULL, n INTEGER NOT NULL, first TEXT, last TEXT,
            PRIMARY KEY(person_nid, other_nid)) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS counterparts_rank ON counterparts(person_nid, n, last);
        """;

    /// <summary>Fills derived tables added after a file was first written (no-ops on a new file or an up-to-date one).</summary>
    public const string SeedDerived = """
        INSERT INTO degrees(nid, n)
        SELECT nid, COUNT(*) FROM (SELECT from_nid AS nid FROM edges UNION ALL SELECT to_nid FROM edges)
        WHERE NOT EXISTS (SELECT 1 FROM degrees) GROUP BY nid;
        INSERT OR IGNORE INTO meeting_pairs(person_nid, other_nid, meeting_nid, date, meeting_id)
        SELECT p.person_nid, o.person_nid, p.meeting_nid, p.date, p.meeting_id
        FROM meeting_participants p JOIN meeting_participants o ON o.meeting_nid = p.meeting_nid AND o.person_nid <> p.person_nid
        WHERE NOT EXISTS (SELECT 1 FROM meeting_pairs);
        INSERT OR IGNORE INTO meeting_country_pairs(iso, other_iso, meeting_nid, date, meeting_id)
        SELECT a.iso, b.iso, a.meeting_nid, a.date, a.meeting_id
        FROM meeting_countries a JOIN meeting_countries b ON b.meeting_nid = a.meeting_nid AND b.iso <> a.iso
        WHERE NOT EXISTS (SELECT 1 FROM meeting_country_pairs);
        INSERT INTO participant_totals(person_nid, n, dated)
        SELECT person_nid, COUNT(*), COUNT(date) FROM meeting_participants
        WHERE NOT EXISTS (SELECT 1 FROM participant_totals) GROUP BY person_nid;
        INSERT INTO counterparts(person_nid, other_nid, n, first, last)
        SELECT person_nid, other_nid, COUNT(*), MIN(date), MAX(date) FROM meeting_pairs
        WHERE NOT EXISTS (SELECT 1 FROM counterparts) GROUP BY person_nid, other_nid;
        """;

    /// <summary>
    /// Fills the counters from the tables when they have never been kept (a new file, or one written before counters
    /// existed); afterwards every write keeps them in its own transaction.
    /// </summary>
    public const string SeedCounts = """
        INSERT OR IGNORE INTO counts(name, n)
        SELECT 'node:' || kind, COUNT(*) FROM nodes WHERE NOT EXISTS (SELECT 1 FROM counts WHERE name = 'edges') GROUP BY kind;
        INSERT OR IGNORE INTO counts(name, n) SELECT 'edges', COUNT(*) FROM edges;
        """;
}
