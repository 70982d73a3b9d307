package org.newsift.models.genre;

import org.junit.jupiter.api.Test;
import org.newsift.nlp.Sentence;
import org.newsift.nlp.Token;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which sentences are the writer's own (sentences written for the newsift project). */
class GenreFeaturesTest {
    private static Sentence sentence(String... words) {
        List<Token> tokens = new ArrayList<>();
        int at = 0;
        for (int i = 0; i < words.length; i++) {
            tokens.add(new Token(i, at, at + words[i].length(), words[i], words[i].matches("\\W") ? "." : "NN", words[i],
                    "O", -1, "dep"));
            at += words[i].length() + 1;
        }
        return new Sentence(0, 0, at, tokens);
    }

    @Test
    void aNoteInParenthesesIsTheDesksNotTheWriters() {
        assertFalse(GenreFeatures.isOwn(sentence("(", "Reporting", "by", "Ana", "Lind", ")"), List.of()));
        assertTrue(GenreFeatures.isOwn(sentence("The", "bridge", "opened", "."), List.of()));
    }

    @Test
    void aSentenceOfOneParenthesisIsNoTrouble() {
        assertTrue(GenreFeatures.isOwn(sentence("("), List.of()));
    }
}
