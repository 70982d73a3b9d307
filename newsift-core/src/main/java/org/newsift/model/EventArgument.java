package org.newsift.model;

/** A source or target of an event: which actor, with its codes and the words that name it. */
public record EventArgument(String actor, String code, String country, String sector, String text) {
}
