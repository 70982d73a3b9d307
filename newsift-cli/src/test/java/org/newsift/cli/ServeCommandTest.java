package org.newsift.cli;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Usage and configuration errors of newsift serve: one line and exit 2 or 5, before any model loads. */
class ServeCommandTest {

    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new String[] {"" + exit, err.toString()};
    }

    @Test
    void badOptionsAreOneLineUsageErrors() {
        String[] privateHook = run("serve", "--webhook", "http://127.0.0.1:9/hook");
        assertEquals("2", privateHook[0]);
        assertTrue(privateHook[1].startsWith("newsift: webhook host 127.0.0.1 resolves to the private address"), privateHook[1]);
        String[] authAll = run("serve", "--auth-all", "--token", " ");
        assertEquals("2", authAll[0]);
        assertTrue(authAll[1].contains("token"), authAll[1]);
        String[] db = run("serve", "--db", "jdbc:mysql://host/db");
        assertEquals("2", db[0]);
        assertTrue(db[1].contains("unsupported database URL"), db[1]);
        String[] lexicon = run("serve", "--actors", "no-such-actors.tsv");
        assertEquals("" + ExitCodes.BAD_CONFIG, lexicon[0]);
        assertTrue(lexicon[1].startsWith("newsift: ") && lexicon[1].contains("no-such-actors.tsv"), lexicon[1]);
        String[] port = run("serve", "--port", "70000");
        assertEquals("2", port[0]);
        assertTrue(port[1].contains("--port"), port[1]);
        String[] hosts = run("serve", "--allowed-hosts", "*,localhost");
        assertEquals("2", hosts[0]);
        assertTrue(hosts[1].startsWith("newsift: --allowed-hosts takes host names, or * alone"), hosts[1]);
        String[] body = run("serve", "--max-body", "0");
        assertEquals("2", body[0]);
        assertTrue(body[1].startsWith("newsift: --max-body must be from 1 to"), body[1]);
        String[] story = run("serve", "--story-threshold", "1.5");
        assertEquals("2", story[0]);
        assertTrue(story[1].startsWith("newsift: --story-threshold must be between 0 and 1, got 1.5"), story[1]);
    }
}
