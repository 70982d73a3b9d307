package org.newsift.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** The {@code newsift} command. */
@Command(name = "newsift", mixinStandardHelpOptions = true, version = "newsift 0.1.0",
        description = "News intelligence: events, actors, quotes and spin from news articles.",
        subcommands = {AnalyzeCommand.class, TrainCommand.class, ExtractCommand.class, IngestCommand.class, ErrorsCommand.class, SearchCommand.class,
                EventsCommand.class, StoriesCommand.class, ExportCommand.class, ServeCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:every input was analysed",
                "1:internal error",
                "2:usage error (unknown option, bad value)",
                "3:some inputs were rejected; the rest were analysed",
                "4:some inputs are not English and got no NLP layers",
                "5:a configuration file (--actors, --verbs, --dictionary) could not be read"})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs a command line and returns its exit code; errors are printed as one line, never a stack trace. */
    public static int execute(String... args) {
        // JSON is UTF-8 whatever the locale: System.out alone would turn every non-ASCII character into '?' under LANG=C
        return commandLine(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
                new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true)).execute(args);
    }

    static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((e, line, parsed) -> {
            line.getErr().println("newsift: " + OneLine.of(e));
            return ExitCodes.INTERNAL;
        });
        cl.setParameterExceptionHandler((e, a) -> {
            CommandLine c = e.getCommandLine();
            c.getErr().println("newsift: " + e.getMessage());
            c.getErr().println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for usage.");
            return ExitCodes.USAGE;
        });
        return cl;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
