package org.newsift.spark;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsift.cli.Main;
import org.newsift.output.AnalysisJson;
import org.newsift.store.EventRows;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The job on a real Spark standalone cluster on 127.0.0.1, started from the Spark jars on the test classpath:
 * a master, two workers of one core each, and the job submitted with {@code SparkSubmit} over the examples and
 * a WARC the test writes. As soon as one executor has loaded its pipeline and is analysing, its worker and the
 * executor are killed; the job must still complete, with every article once and the CLI's analyses.
 */
class StandaloneClusterTest {
    private static final String OPENS = "--add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.lang.invoke=ALL-UNNAMED "
            + "--add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/sun.nio.ch=ALL-UNNAMED "
            + "--add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/sun.util.calendar=ALL-UNNAMED "
            + "--add-opens=java.base/java.net=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED";

    @TempDir
    static Path tmp;

    private static final List<Process> started = new ArrayList<>();

    @AfterAll
    static void stopCluster() {
        for (Process p : started) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        }
    }

    @Test
    void aJobWhoseWorkerIsKilledCompletesWithEveryArticleOnce() throws Exception {
        String classpath = Optional.ofNullable(System.getProperty("surefire.test.class.path"))
                .orElse(System.getProperty("java.class.path"));
        Path home = Files.createDirectories(tmp.resolve("spark-home/jars")).getParent(); // no jars: all on the classpath
        int port = freePort();
        String master = "spark://127.0.0.1:" + port;
        start("master", classpath, Map.of(), "-Xmx256m", "org.apache.spark.deploy.master.Master", "--host", "127.0.0.1",
                "--port", Integer.toString(port), "--webui-port", Integer.toString(freePort()));
        List<Process> workers = new ArrayList<>();
        for (int w = 1; w <= 2; w++) {
            Path workDir = Files.createDirectories(tmp.resolve("worker" + w));
            workers.add(start("worker" + w, classpath, Map.of("SPARK_HOME", home.toString(), "SPARK_SCALA_VERSION", "2.13"),
                    "-Xmx256m", "org.apache.spark.deploy.worker.Worker", "--host", "127.0.0.1", "--cores", "1",
                    "--memory", "4608m", "--webui-port", Integer.toString(freePort()), "--work-dir", workDir.toString(), master));
        }
        for (int w = 1; w <= 2; w++) {
            awaitLine(tmp.resolve("worker" + w + ".log"), "Successfully registered with master", Duration.ofMinutes(5));
        }

        Path warc = FixtureWarc.write(tmp.resolve("news.warc.gz"));
        Path out = tmp.resolve("out");
        List<String> inputs = List.of(Path.of("..", "examples").toAbsolutePath().normalize().toString(), warc.toString());
        List<String> submit = new ArrayList<>(List.of("-Xmx1g", "org.apache.spark.deploy.SparkSubmit", "--master", master,
                "--deploy-mode", "client", "--conf", "spark.executor.memory=4g", "--conf", "spark.executor.cores=1",
                "--conf", "spark.executor.extraClassPath=" + classpath, "--conf", "spark.driver.host=127.0.0.1",
                "--conf", "spark.ui.enabled=false", "--conf", "spark.sql.shuffle.partitions=4",
                "--class", NewsiftSparkJob.class.getName(), "spark-internal", "--output", out.toString()));
        submit.addAll(inputs);
        Process driver = start("driver", classpath, Map.of(), submit.toArray(String[]::new));

        Path killed = killFirstAnalysingWorker(workers, driver, Duration.ofMinutes(20));
        assertTrue(driver.waitFor(20, TimeUnit.MINUTES), "the job finished in time");
        assertEquals(0, driver.exitValue(), "the job completed: " + tail(tmp.resolve("driver.log")));
        assertTrue(killed != null, "a worker was killed while the job analysed");

        SparkSession spark = SparkSession.builder().master("local[1]").appName("read").config("spark.ui.enabled", "false")
                .getOrCreate();
        try {
            List<String> ids = spark.read().parquet(out + "/articles").select("id").as(org.apache.spark.sql.Encoders.STRING())
                    .collectAsList();
            assertEquals(ids.size(), ids.stream().distinct().count(), "no article twice: " + ids);
            Map<String, String> analyses = new TreeMap<>();
            for (Row r : spark.read().parquet(out + "/analyses").select("id", "analysis").collectAsList()) {
                assertEquals(null, analyses.put(r.getString(0), r.getString(1)), "one analysis per article");
            }
            List<String> events = new ArrayList<>();
            for (Row r : spark.read().parquet(out + "/events").selectExpr(EventRows.COLUMNS.toArray(String[]::new)).collectAsList()) {
                events.add(r.mkString("|"));
            }

            Path jsonl = tmp.resolve("cli.jsonl");
            List<String> analyze = new ArrayList<>(List.of("analyze", "--format", "jsonl", "-o", jsonl.toString()));
            analyze.addAll(inputs);
            assertEquals(0, Main.execute(analyze.toArray(String[]::new)), "newsift analyze");
            Map<String, String> cli = new TreeMap<>();
            List<String> cliEvents = new ArrayList<>();
            for (String line : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
                var a = AnalysisJson.mapper().readValue(line, org.newsift.model.Analysis.class);
                cli.put(a.id(), line);
                if (analyses.containsKey(a.id())) {
                    for (Object[] row : EventRows.of(a)) {
                        cliEvents.add(String.join("|", Arrays.stream(row).map(String::valueOf).toList()));
                    }
                }
            }
            assertEquals(cli.keySet(), new java.util.TreeSet<>(ids), "every input stored once, none missing");
            for (Map.Entry<String, String> e : analyses.entrySet()) {
                assertEquals(cli.get(e.getKey()), e.getValue(), e.getKey());
            }
            assertEquals(cliEvents.stream().sorted().toList(), events.stream().sorted().toList(), "every event row once");
        } finally {
            spark.stop();
        }
    }

    /**
     * Waits until an executor says it has loaded its pipeline (it is then running an analysis task), kills
     * its worker and the worker's executor at once, and returns the worker's log; null when the job ended first.
     */
    private static Path killFirstAnalysingWorker(List<Process> workers, Process driver, Duration limit) throws Exception {
        Instant end = Instant.now().plus(limit);
        while (Instant.now().isBefore(end) && driver.isAlive()) {
            for (int w = 0; w < workers.size(); w++) {
                if (executorLogContains(tmp.resolve("worker" + (w + 1)), "newsift-spark: pipeline loaded")) {
                    Process worker = workers.get(w);
                    worker.descendants().forEach(ProcessHandle::destroyForcibly);
                    worker.destroyForcibly();
                    return tmp.resolve("worker" + (w + 1) + ".log");
                }
            }
            Thread.sleep(200);
        }
        return null;
    }

    private static boolean executorLogContains(Path workDir, String text) throws IOException {
        try (Stream<Path> files = Files.walk(workDir)) {
            for (Path f : files.filter(p -> p.getFileName().toString().equals("stderr")).toList()) {
                if (Files.readString(f, StandardCharsets.ISO_8859_1).contains(text)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Process start(String name, String classpath, Map<String, String> env, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(Arrays.asList(OPENS.split(" ")));
        command.add("-cp");
        command.add(classpath);
        command.addAll(Arrays.asList(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(tmp.resolve(name + ".log").toFile()).directory(new File(System.getProperty("user.dir")));
        pb.environment().putAll(env);
        Process p = pb.start();
        started.add(p);
        return p;
    }

    private static void awaitLine(Path log, String text, Duration limit) throws Exception {
        Instant end = Instant.now().plus(limit);
        while (Instant.now().isBefore(end)) {
            if (Files.exists(log) && Files.readString(log, StandardCharsets.ISO_8859_1).contains(text)) {
                return;
            }
            Thread.sleep(200);
        }
        fail(log.getFileName() + " never said '" + text + "': " + tail(log));
    }

    private static String tail(Path log) throws IOException {
        if (!Files.exists(log)) {
            return "(no log)";
        }
        List<String> lines = Files.readAllLines(log, StandardCharsets.ISO_8859_1);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
