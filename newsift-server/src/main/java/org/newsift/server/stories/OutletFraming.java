package org.newsift.server.stories;

import java.util.Map;

/**
 * How one outlet framed a story.
 *
 * @param techniques    persuasion-technique spans by technique, over the outlet's articles of the story
 * @param spin          mean {@code summary.spin} of the outlet's articles of the story ({@link org.newsift.server.corpus.Stance})
 * @param reportShare   mean share of their sentences that report or quote
 * @param opinionShare  mean share of their sentences that are opinion, question or call to action
 * @param meanGoldstein mean Goldstein score of the events the outlet reported, or null when none has one
 */
public record OutletFraming(String outlet, int articles, Map<String, Integer> techniques, Double spin,
                            Double reportShare, Double opinionShare, Double meanGoldstein) {
}
