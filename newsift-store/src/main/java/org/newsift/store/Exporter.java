package org.newsift.store;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Writes a store's contents out: analyses as JSONL, events as CSV, Parquet or GDELT 2.0 event rows. */
public final class Exporter {
    /** Flat events: the events table, then the article's url, title and publication date. */
    private static final String FLAT_EVENTS = "SELECT e.*, a.url, a.title, a.published FROM events e "
            + "JOIN articles a ON a.id = e.article_id ORDER BY e.event_date, e.article_id, e.idx";
    private static final DateTimeFormatter ADDED = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    private final NewsStore store;

    public Exporter(NewsStore store) {
        this.store = store;
    }

    /** Writes a text format; returns the number of records written. */
    public long write(ExportFormat format, Writer out) throws IOException {
        long[] n = {0};
        try {
            switch (format) {
                case JSONL -> store.database().forEach("SELECT analysis FROM articles WHERE analysis IS NOT NULL "
                        + "ORDER BY published_date, id", rs -> {
                    out.write(rs.getString(1));
                    out.write('\n');
                    n[0]++;
                });
                case CSV -> n[0] = csv(out);
                case GDELT -> store.database().forEach(GDELT_EVENTS, rs -> {
                    out.write(String.join("\t", GdeltRow.of(rs)));
                    out.write('\n');
                    n[0]++;
                });
                case PARQUET -> throw new IllegalArgumentException("Parquet is binary: give an output file");
            }
        } catch (SQLException e) {
            throw new StoreException("export failed", e);
        }
        out.flush();
        return n[0];
    }

    /** Writes Parquet through DuckDB's own writer; a PostgreSQL store cannot. Returns the number of rows written. */
    public long writeParquet(Path file) {
        if (store.dialect() != Dialect.DUCKDB) {
            throw new UnsupportedOperationException("Parquet export needs a DuckDB store; export csv from PostgreSQL "
                    + "and convert it, or ingest into DuckDB");
        }
        String target = file.toAbsolutePath().toString().replace("'", "''");
        try {
            store.database().execute("COPY (" + FLAT_EVENTS + ") TO '" + target + "' (FORMAT PARQUET)");
            // COPY's own count is not returned the same way by every DuckDB JDBC version: count the rows it read
            return store.database().query("SELECT count(*) FROM (" + FLAT_EVENTS + ")", rs -> rs.getLong(1)).get(0);
        } catch (SQLException e) {
            throw new StoreException("cannot write " + file, e);
        }
    }

    private long csv(Writer out) throws SQLException, IOException {
        long[] n = {0};
        SequenceWriter[] rows = {null};
        CsvMapper mapper = new CsvMapper();
        store.database().forEach(FLAT_EVENTS, rs -> {
            ResultSetMetaData meta = rs.getMetaData();
            if (rows[0] == null) {
                CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
                for (int c = 1; c <= meta.getColumnCount(); c++) {
                    schema.addColumn(meta.getColumnLabel(c));
                }
                rows[0] = mapper.writer(schema.build()).writeValues(out);
            }
            List<Object> row = new ArrayList<>(meta.getColumnCount());
            for (int c = 1; c <= meta.getColumnCount(); c++) {
                Object v = rs.getObject(c);
                row.add(v == null ? null : v.toString());
            }
            rows[0].write(row);
            n[0]++;
        });
        if (rows[0] != null) {
            rows[0].flush();
        }
        return n[0];
    }

    private static final String GDELT_EVENTS = "SELECT e.article_id, e.idx, e.event_date, e.source_code, e.source_text, "
            + "e.source_country, e.source_sector, e.target_code, e.target_text, e.target_country, e.target_sector, e.cameo, "
            + "e.quad_class, e.goldstein, e.location_name, e.lat, e.lon, a.ingested_at, a.url, a.source, "
            + "(SELECT count(*) FROM articles c WHERE c.duplicate_of = a.id) AS copies "
            + "FROM events e JOIN articles a ON a.id = e.article_id WHERE e.event_date IS NOT NULL "
            + "ORDER BY e.event_date, e.article_id, e.idx";

    /**
     * What one GDELT 2.0 event row is made of: a dated row of the events table, its article's URL, source and
     * ingest time, and how many copies of the article were linked to it.
     */
    public record GdeltEvent(String articleId, int idx, LocalDate eventDate, Side source, Side target, String cameo,
                             Integer quadClass, Double goldstein, String locationName, Double lat, Double lon,
                             Instant ingestedAt, String url, String inputSource, long copies) {
        /** One side of the event: actor code, the words that name it, country and sector. */
        public record Side(String code, String text, String country, String sector) {
        }
    }

    /** One GDELT 2.0 event row; docs/store.md maps its 61 columns. */
    public static final class GdeltRow {
        private GdeltRow() {
        }

        static List<String> of(ResultSet rs) throws SQLException {
            return of(new GdeltEvent(rs.getString("article_id"), rs.getInt("idx"), rs.getDate("event_date").toLocalDate(),
                    side(rs, "source"), side(rs, "target"), rs.getString("cameo"), (Integer) rs.getObject("quad_class"),
                    (Double) rs.getObject("goldstein"), rs.getString("location_name"), (Double) rs.getObject("lat"),
                    (Double) rs.getObject("lon"), rs.getTimestamp("ingested_at").toInstant(), rs.getString("url"),
                    rs.getString("source"), rs.getLong("copies")));
        }

        private static GdeltEvent.Side side(ResultSet rs, String side) throws SQLException {
            return new GdeltEvent.Side(rs.getString(side + "_code"), rs.getString(side + "_text"),
                    rs.getString(side + "_country"), rs.getString(side + "_sector"));
        }

        /** The row's 61 columns, in GDELT's order. */
        public static List<String> of(GdeltEvent e) {
            List<String> c = new ArrayList<>(61);
            LocalDate day = e.eventDate();
            c.add(Long.toString(eventId(e.articleId(), e.idx())));
            c.add(day.format(DateTimeFormatter.BASIC_ISO_DATE));
            c.add(String.format(Locale.ROOT, "%04d%02d", day.getYear(), day.getMonthValue()));
            c.add(Integer.toString(day.getYear()));
            c.add(String.format(Locale.ROOT, "%.4f", day.getYear() + (day.getDayOfYear() - 1) / (double) day.lengthOfYear()));
            actor(c, e.source());
            actor(c, e.target());
            c.add(e.idx() == 0 ? "1" : "0");
            String cameo = value(e.cameo());
            c.add(cameo);
            c.add(cameo.length() >= 3 ? cameo.substring(0, 3) : cameo);
            c.add(cameo.length() >= 2 ? cameo.substring(0, 2) : cameo);
            c.add(value(e.quadClass()));
            c.add(value(e.goldstein()));
            String articles = Long.toString(1 + e.copies());
            c.add(articles); // NumMentions
            c.add(articles); // NumSources
            c.add(articles); // NumArticles
            c.add("");       // AvgTone: newsift scores no tone yet
            blanks(c, 16);   // Actor1Geo_*, Actor2Geo_*: newsift places events, not actors
            c.add("");       // ActionGeo_Type
            c.add(value(e.locationName()));
            blanks(c, 3);    // ActionGeo_CountryCode (FIPS 10-4 in GDELT; newsift has ISO alpha-3), ADM1, ADM2
            c.add(value(e.lat()));
            c.add(value(e.lon()));
            c.add("");       // ActionGeo_FeatureID
            c.add(e.ingestedAt().atOffset(ZoneOffset.UTC).format(ADDED));
            c.add(value(e.url() != null ? e.url() : e.inputSource()));
            return c;
        }

        /** Code, name, country, known group, ethnic, religion 1 and 2, type 1 to 3. */
        private static void actor(List<String> c, GdeltEvent.Side side) {
            c.add(value(side.code()));
            c.add(value(side.text()).toUpperCase(Locale.ROOT));
            c.add(value(side.country()));
            blanks(c, 4);
            c.add(value(side.sector()));
            blanks(c, 2);
        }

        /** A stable positive id from the article id and the event's position. */
        static long eventId(String articleId, int idx) {
            long h = 1125899906842597L;
            for (int i = 0; i < articleId.length(); i++) {
                h = 31 * h + articleId.charAt(i);
            }
            return ((h * 31 + idx) & Long.MAX_VALUE) % 1_000_000_000_000L;
        }

        private static void blanks(List<String> c, int n) {
            for (int i = 0; i < n; i++) {
                c.add("");
            }
        }

        private static String value(Object v) {
            return v == null ? "" : v.toString().replaceAll("[\\t\\r\\n]+", " ");
        }
    }
}
