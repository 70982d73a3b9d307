package org.newsift.store;

import java.util.List;

/** A story and its copies: the first article stored and the wire copies linked to it. */
public record StoryCluster(String original, List<String> copies) {
}
