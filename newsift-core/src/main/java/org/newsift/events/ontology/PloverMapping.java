package org.newsift.events.ontology;

import org.newsift.model.Plover;

import java.io.InputStream;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Maps CAMEO codes to PLOVER events (type, mode, contexts). The most specific (longest) prefix of a code
 * that the table lists wins; a prefix mapped to "-" means the code has no PLOVER event.
 * Immutable and thread-safe; {@link #builtIn()} loads the project's {@code plover.tsv} once.
 */
public final class PloverMapping {

    /** Name of the built-in resource, next to this class. */
    public static final String RESOURCE = "plover.tsv";

    /** The sixteen PLOVER event types. */
    public static final List<String> TYPES = List.of(
            "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
            "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT");

    private static final Set<String> TYPE_SET = Set.copyOf(TYPES);

    /** A prefix row; {@code plover} is null for "no PLOVER event". */
    private record Entry(String prefix, Plover plover) {
    }

    private final Map<String, Entry> byPrefix;

    private PloverMapping(Map<String, Entry> byPrefix) {
        this.byPrefix = Collections.unmodifiableMap(byPrefix);
    }

    private static final class Holder {
        static final PloverMapping BUILT_IN =
                load(PloverMapping.class.getResourceAsStream(RESOURCE), RESOURCE);
    }

    /** The built-in mapping, loaded on first use. */
    public static PloverMapping builtIn() {
        return Holder.BUILT_IN;
    }

    /**
     * Loads a mapping in the {@code plover.tsv} format ({@code cameo_prefix, plover_type, mode, context}).
     *
     * @throws IllegalArgumentException naming {@code source:line} for a malformed line or duplicate prefix
     */
    public static PloverMapping load(InputStream in, String source) {
        Map<String, Entry> map = new LinkedHashMap<>();
        for (TsvResource.Line line : TsvResource.read(in, source, "cameo_prefix", 4)) {
            String[] f = line.fields();
            String prefix = f[0];
            if (!CameoCodebook.isWellFormed(prefix)) {
                throw line.error("malformed CAMEO prefix \"" + prefix + "\"");
            }
            Plover plover = null;
            if (!f[1].equals("-")) {
                if (!TYPE_SET.contains(f[1])) {
                    throw line.error("unknown PLOVER type \"" + f[1] + "\"");
                }
                String mode = f[2].equals("-") ? null : f[2];
                List<String> context = f[3].equals("-") ? List.of()
                        : Arrays.stream(f[3].split(",")).map(String::strip).toList();
                if (context.stream().anyMatch(String::isEmpty)) {
                    throw line.error("empty context in \"" + f[3] + "\"");
                }
                plover = new Plover(f[1], mode, context);
            } else if (!f[2].equals("-") || !f[3].equals("-")) {
                throw line.error("mode or context given for a prefix with no PLOVER type");
            }
            if (map.putIfAbsent(prefix, new Entry(prefix, plover)) != null) {
                throw line.error("duplicate CAMEO prefix " + prefix);
            }
        }
        return new PloverMapping(map);
    }

    /**
     * The PLOVER event of a CAMEO code, by its longest listed prefix; null when that prefix has no PLOVER
     * event or no prefix is listed.
     *
     * @throws IllegalArgumentException when {@code cameo} is not a well-formed CAMEO code
     */
    public Plover map(String cameo) {
        CameoCodebook.checkSyntax(cameo);
        String prefix = matchingPrefix(cameo);
        return prefix == null ? null : byPrefix.get(prefix).plover();
    }

    /** The PLOVER type of a CAMEO code, or null. */
    public String type(String cameo) {
        Plover p = map(cameo);
        return p == null ? null : p.type();
    }

    /** The longest listed prefix of {@code cameo}, or null. */
    public String matchingPrefix(String cameo) {
        for (String c = cameo; c.length() >= 2; c = c.substring(0, c.length() - 1)) {
            if (byPrefix.containsKey(c)) {
                return c;
            }
        }
        return null;
    }

    /** The listed prefixes, in table order. */
    public List<String> prefixes() {
        return List.copyOf(byPrefix.keySet());
    }
}
