package org.newsift.cli;

import org.newsift.input.InputError;
import org.newsift.model.Analysis;

/** The outcome for one input: an analysis, or an error with the id and source it belongs to. */
record Result(Analysis analysis, String id, String source, String error, boolean internal) {

    static Result analysed(Analysis a) {
        return new Result(a, a.id(), null, null, false);
    }

    static Result rejected(InputError e) {
        return new Result(null, e.id(), e.source(), e.message(), false);
    }

    static Result rejected(String id, String source, String message) {
        return new Result(null, id, source, message, false);
    }

    static Result failed(String id, String source, String message) {
        return new Result(null, id, source, message, true);
    }
}
