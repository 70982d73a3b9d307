package org.newsift.eval;

import org.newsift.events.ontology.CameoCode;
import org.newsift.events.ontology.CameoCodebook;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Seeded synthetic events for store benchmarks, written straight into a store's events table: five events per
 * article, between countries drawn from a Zipf-like distribution (a few countries in most news), sectors
 * weighted towards governments, CAMEO codes weighted as in event data (statements and consultations common,
 * force rare) with Goldstein scores and quad classes from the built-in codebook, days uniform over the period.
 */
final class SyntheticNews {
    static final String COLUMNS = "article_id, idx, event_id, event_date, source_code, source_country, source_sector, "
            + "target_code, target_country, target_sector, cameo, cameo_root, cameo_name, quad_class, goldstein, "
            + "negated, hypothetical, future, reported, sentence_start, sentence_end";
    private static final int EVENTS_PER_ARTICLE = 5;
    private static final String[] COUNTRIES = {"USA", "CHN", "RUS", "PAK", "AFG", "IND", "IRN", "ISR", "UKR", "TUR",
            "GBR", "FRA", "DEU", "SAU", "EGY", "SYR", "IRQ", "NGA", "BRA", "JPN"};
    private static final String[] SECTORS = {"GOV", "GOV", "GOV", "MIL", "MIL", "REB", "BUS", "CVL", "MED", "JUD"};
    /** CAMEO codes with relative weights. */
    private static final Map<String, Integer> CAMEO = Map.ofEntries(Map.entry("010", 20), Map.entry("020", 6),
            Map.entry("036", 5), Map.entry("040", 15), Map.entry("042", 6), Map.entry("043", 6), Map.entry("051", 5),
            Map.entry("057", 3), Map.entry("061", 3), Map.entry("070", 2), Map.entry("090", 2), Map.entry("112", 8),
            Map.entry("120", 4), Map.entry("130", 3), Map.entry("172", 2), Map.entry("173", 3), Map.entry("190", 4),
            Map.entry("193", 2), Map.entry("195", 1));

    private final Random random;
    private final CameoCodebook codebook = CameoCodebook.builtIn();
    private final List<String> cameoDraws = new ArrayList<>();
    private final double[] countryCumulative = new double[COUNTRIES.length];
    private final LocalDate start;
    private final int days;

    SyntheticNews(long seed, LocalDate start, int days) {
        this.random = new Random(seed);
        this.start = start;
        this.days = days;
        CAMEO.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> cameoDraws.addAll(Collections.nCopies(e.getValue(), e.getKey())));
        double sum = 0;
        for (int i = 0; i < COUNTRIES.length; i++) {
            sum += 1.0 / (i + 1);
            countryCumulative[i] = sum;
        }
        for (int i = 0; i < COUNTRIES.length; i++) {
            countryCumulative[i] /= sum;
        }
    }

    /** Writes {@code events} events in one transaction, 500 rows a statement. */
    void write(Connection c, int events) throws SQLException {
        c.setAutoCommit(false);
        int chunk = 500;
        String sql = "INSERT INTO events (" + COLUMNS + ") VALUES "
                + String.join(",", Collections.nCopies(chunk, "(" + String.join(",", Collections.nCopies(21, "?")) + ")"));
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            LocalDate day = null;
            for (int i = 0; i + chunk <= events; i += chunk) {
                int p = 1;
                for (int j = i; j < i + chunk; j++) {
                    if (j % EVENTS_PER_ARTICLE == 0) {
                        day = start.plusDays(random.nextInt(days));
                    }
                    String[] source = actor();
                    String[] target = actor();
                    CameoCode code = codebook.require(cameoDraws.get(random.nextInt(cameoDraws.size())));
                    Object[] row = {"synthetic-" + j / EVENTS_PER_ARTICLE, j % EVENTS_PER_ARTICLE, "E" + (j % EVENTS_PER_ARTICLE + 1),
                            java.sql.Date.valueOf(day), source[0], source[1], source[2], target[0], target[1], target[2],
                            code.code(), code.code().substring(0, 2), code.name(), code.quadClass(), code.goldstein(),
                            false, false, false, false, 0, 100};
                    for (Object v : row) {
                        ps.setObject(p++, v);
                    }
                }
                ps.executeUpdate();
            }
        }
        c.commit();
    }

    /** Code, country, sector. */
    private String[] actor() {
        double r = random.nextDouble();
        int c = 0;
        while (countryCumulative[c] < r) {
            c++;
        }
        String sector = SECTORS[random.nextInt(SECTORS.length)];
        return new String[] {COUNTRIES[c] + sector, COUNTRIES[c], sector};
    }
}
