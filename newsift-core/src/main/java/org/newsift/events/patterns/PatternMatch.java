package org.newsift.events.patterns;

/**
 * The pattern that decided the CAMEO code of a predicate.
 *
 * @param cameo       the CAMEO code, e.g. "163"
 * @param pattern     readable form of what matched, e.g. "accuse + of" or "impose + sanctions"
 * @param origin      where the pattern was written, as {@code file:line}
 * @param specificity how many words the pattern checked (the predicate counts 1); the most specific pattern wins
 */
public record PatternMatch(String cameo, String pattern, String origin, int specificity) {}
