package org.newsift.actors;

/** A lexicon entry found in a sentence, covering tokens {@code first..last} (inclusive). */
public record LexiconMatch(LexiconEntry entry, int first, int last) {

    public boolean covers(int tokenIndex) {
        return tokenIndex >= first && tokenIndex <= last;
    }
}
