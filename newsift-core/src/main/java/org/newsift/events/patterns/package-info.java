/**
 * The pattern layer of the event coder: which CAMEO code a predicate (verb or event noun) gets from
 * its lemma and its dependents. {@link org.newsift.events.patterns.EventPatterns} loads newsift's own
 * lexicon ({@code verbs.tsv}, written for the project), further TSV files and PETRARCH/TABARI verb
 * dictionaries, and picks the most specific matching pattern. See docs/event-patterns.md.
 */
package org.newsift.events.patterns;
