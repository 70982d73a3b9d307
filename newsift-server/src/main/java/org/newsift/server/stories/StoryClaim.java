package org.newsift.server.stories;

/**
 * A check-worthy claim of one of a story's articles ({@code claims[]} of its analysis).
 *
 * @param claimant the name of the actor who makes the claim, or null when the writer makes it
 */
public record StoryClaim(String articleId, String outlet, String text, double checkworthiness, String claimant) {
}
