package org.newsift.cli;

/** Turns an exception into the one-line message a user reads. */
final class OneLine {
    private OneLine() {
    }

    static String of(Throwable e) {
        String m = e.getMessage();
        if (m == null || m.isBlank()) {
            m = e.getClass().getSimpleName();
        }
        return m.replaceAll("\\s*\\R\\s*", " ").strip();
    }
}
