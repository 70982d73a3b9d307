package org.newsift.pipeline;

import java.util.Set;

/**
 * One step of the analysis. A stage reads the layers it requires from the document and adds the
 * layers it provides. Stages hold only immutable configuration, so one instance serves many threads.
 */
public interface Stage {

    String name();

    Set<LayerKey<?>> requires();

    Set<LayerKey<?>> provides();

    void apply(AnnotatedDocument doc);
}
