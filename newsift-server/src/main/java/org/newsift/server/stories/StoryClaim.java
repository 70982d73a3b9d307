package org.newsift.server.stories;

/**
 * A check-worthy claim of one of a story's articles ({@code claims[]} of its analysis).
 *
 * @param claimant the name of the actor who makes the claim ({@code attributed_to}), or null when the writer makes
 *                 it or the claimant is not one of the article's actors
 */
public record StoryClaim(String articleId, String outlet, String text, double checkworthiness, String claimant) {
}
