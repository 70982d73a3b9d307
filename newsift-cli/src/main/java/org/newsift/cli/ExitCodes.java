package org.newsift.cli;

/** The exit codes of every newsift command; the README documents them. */
public final class ExitCodes {
    /** Every input was analysed. */
    public static final int OK = 0;
    /** An unexpected internal error; the message names it. */
    public static final int INTERNAL = 1;
    /** The command line is wrong: unknown option, bad value, missing argument. */
    public static final int USAGE = 2;
    /** At least one input was rejected (missing, empty, binary, invalid encoding, too large, bad JSONL line); the rest were analysed. */
    public static final int BAD_INPUT = 3;
    /** All inputs were read, but at least one is not English and got no NLP layers. */
    public static final int UNSUPPORTED_LANGUAGE = 4;
    /** A configuration file (--actors, --dictionary) could not be read. */
    public static final int BAD_CONFIG = 5;
    /** events, export: nothing to show, because the store holds no events or those that match are all undated. */
    public static final int NO_DATED_EVENTS = 6;

    private ExitCodes() {
    }
}
