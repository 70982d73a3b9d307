/**
 * The CAMEO and PLOVER event ontologies: the CAMEO codebook ({@link org.newsift.events.ontology.CameoCodebook},
 * codes, labels, Goldstein scores, quad classes) and the CAMEO to PLOVER mapping
 * ({@link org.newsift.events.ontology.PloverMapping}). Both are loaded once from resources
 * written for the project, immutable and thread-safe. See docs/ontology.md.
 */
package org.newsift.events.ontology;
