package org.newsift.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs newsift's evaluations on the development data and prints one {@code METRIC name value} line per
 * metric on stdout (diagnostics go to stderr), then checks the metrics against a floors file.
 *
 * <pre>
 * Evaluate [--data DIR] [--full] [--floors FILE] [--threads N] [--only TASK[,TASK]] [--model]
 * </pre>
 * Exit status: 0 when every floored metric reaches its floor (or was skipped because its data is
 * absent), 1 otherwise, 2 on a usage error.
 */
public final class Evaluate {
    private Evaluate() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of("..", "shared", "data");
        Path floorsFile = null;
        boolean full = false;
        boolean model = false;
        int threads = 2;
        List<String> only = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--data" -> data = Path.of(value(args, ++i));
                case "--floors" -> floorsFile = Path.of(value(args, ++i));
                case "--full" -> full = true;
                case "--model" -> model = true;
                case "--threads" -> threads = Integer.parseInt(value(args, ++i));
                case "--only" -> only = List.of(value(args, ++i).split(","));
                case "-h", "--help" -> {
                    usage();
                    return;
                }
                default -> {
                    System.err.println("unknown option: " + args[i]);
                    usage();
                    System.exit(2);
                }
            }
        }
        List<String> unknown = only == null ? List.of() : only.stream()
                .filter(n -> EvalTasks.ALL.stream().noneMatch(t -> t.name().equals(n))).toList();
        if (!unknown.isEmpty()) {
            System.err.println("unknown task: " + String.join(", ", unknown));
            usage();
            System.exit(2);
        }
        System.exit(run(data, full, threads, floorsFile, only, model));
    }

    static int run(Path data, boolean full, int threads, Path floorsFile, List<String> only) throws Exception {
        return run(data, full, threads, floorsFile, only, true);
    }

    static int run(Path data, boolean full, int threads, Path floorsFile, List<String> only, boolean model) throws Exception {
        Floors allFloors = floorsFile == null ? Floors.parse("") : Floors.read(floorsFile);
        // with --only, the metrics of the tasks not run are not checked
        Floors floors = only == null ? allFloors : allFloors.restrictTo(EvalTasks.ALL.stream()
                .filter(t -> only.contains(t.name())).flatMap(t -> t.metrics().stream()).toList());
        EvalContext ctx = new EvalContext(data, full, threads).withModel(model);
        MetricSink sink = new MetricSink();
        List<String> errors = new ArrayList<>();
        System.err.printf("[eval] data %s, %s, %d threads, event model %s%n", data.toAbsolutePath().normalize(),
                full ? "full datasets" : "CI subsets", threads, model ? "on (--model)" : "off");
        for (EvalTask task : EvalTasks.ALL) {
            if (only != null && !only.contains(task.name())) {
                continue;
            }
            List<Path> absent = task.requiredData().stream().filter(p -> !Files.exists(data.resolve(p))).toList();
            if (!absent.isEmpty()) {
                String reason = "data absent: " + data.resolve(absent.get(0));
                task.metrics().forEach(m -> sink.skip(m, reason));
                continue;
            }
            long t0 = System.nanoTime();
            try {
                task.run(ctx, sink);
            } catch (Exception | Error e) {
                errors.add(task.name() + ": " + e);
                System.err.println("[eval] task " + task.name() + " failed:");
                e.printStackTrace();
            }
            System.err.printf("[eval] %s took %.1f s%n", task.name(), (System.nanoTime() - t0) / 1e9);
        }
        Floors.Check check = floors.check(sink.values(), sink.skipped());
        check.skips().forEach(s -> System.out.println("SKIP " + s));
        if (!check.passed() || !errors.isEmpty()) {
            System.out.println("FAILED:");
            check.failures().forEach(f -> System.out.println("  " + f));
            errors.forEach(e -> System.out.println("  task error: " + e));
            return 1;
        }
        System.out.println("OK: " + floors.floors().size() + " floors and " + floors.ceilings().size() + " ceilings checked");
        return 0;
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            System.err.println("option " + args[i - 1] + " needs a value");
            System.exit(2);
        }
        return args[i];
    }

    private static void usage() {
        System.err.println("usage: Evaluate [--data DIR] [--full] [--floors FILE] [--threads N] [--only TASK[,TASK]] [--model]");
        System.err.println("tasks: " + EvalTasks.ALL.stream().map(EvalTask::name).toList());
    }
}
