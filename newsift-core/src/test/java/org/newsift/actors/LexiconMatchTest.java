package org.newsift.actors;

import org.newsift.testing.ParsedSentences;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LexiconMatchTest {
    /** Entries written for this test. */
    private static final String LEXICON = String.join("\n",
            "group\tPAKINSTTP\tPAK\tINS\tTehrik-i-Taliban Pakistan|TTP",
            "group\tSOMINSSHB\tSOM\tINS\tal-Shabaab",
            "country\tPAK\tPAK\t\tPakistan",
            "country\tUSA\tUSA\t\tU.S.",
            "agent\tUAF\t\tUAF\tmilitant");

    private static List<String> codes(ParsedSentences p) throws IOException {
        ActorLexicon lex = ActorLexicon.builder().addTsv(new StringReader(LEXICON), "test").build();
        return lex.match(p.result().sentences().get(0)).stream()
                .map(m -> m.entry().code() + "@" + m.first() + "-" + m.last()).toList();
    }

    @Test
    void hyphenatedNamesMatchWhetherTheTokenizerSplitThemOrNot() throws IOException {
        assertEquals(List.of("PAKINSTTP@0-5"), codes(new ParsedSentences().add(
                "Tehrik|NNP|1|root", "-|HYPH|1|punct", "i|NNP|1|dep", "-|HYPH|1|punct", "Taliban|NNP|1|dep",
                "Pakistan|NNP|1|dep")));
        assertEquals(List.of("PAKINSTTP@0-1"), codes(new ParsedSentences().add(
                "Tehrik-i-Taliban|NNP|1|root", "Pakistan|NNP|1|dep")));
    }

    @Test
    void nameWrittenInLowerCaseMatchesExactlyButProperNamesNeedACapital() throws IOException {
        assertEquals(List.of("SOMINSSHB@1-1"), codes(new ParsedSentences().add("Somalia|NNP|0|root", "al-Shabaab|NNP|1|dep")));
        assertEquals(List.of(), codes(new ParsedSentences().add("pakistan|NN|0|root")));
    }

    @Test
    void roleNounsMatchByLemmaAndPartOfAHyphenatedToken() throws IOException {
        assertEquals(List.of("UAF@0-0", "USA@2-2"), codes(new ParsedSentences().add(
                "militants|NNS|2|nsubj", "fled|VBD|0|root", "U.S.-led|JJ|2|obl")));
    }
}
