package org.newsift.server.stories;

import java.util.Map;

/**
 * How one outlet framed a story.
 *
 * @param techniques    persuasion-technique spans by technique, over the outlet's articles of the story
 * @param spin          share of the outlet's sentences that carry at least one technique span, in [0, 1]
 * @param meanGoldstein mean Goldstein score of the events the outlet reported, or null when none has one
 */
public record OutletFraming(String outlet, int articles, int sentences, Map<String, Integer> techniques, double spin,
                            Double meanGoldstein) {
}
