// Checks a run of newsift analyze over the hostile corpus (eval/hostile/run): every good article analysed, every
// bad input rejected with an error record, nothing from the quiet ones, and no other record.
// java -cp <Jackson> eval/hostile/Check.java DIR OUT.jsonl

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

public class Check {
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        List<String> analysed = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        try (BufferedReader r = Files.newBufferedReader(Path.of(args[1]), StandardCharsets.UTF_8)) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                JsonNode n = json.readTree(line);
                if (n.has("error")) {
                    errors.add(n.path("source").asText() + " " + n.path("id").asText() + ": " + n.path("error").asText());
                } else {
                    analysed.add(n.path("id").asText());
                }
            }
        }
        List<String> problems = new ArrayList<>();
        int good = 0;
        int bad = 0;
        int either = 0;
        for (String line : Files.readAllLines(dir.resolve("expected.tsv"), StandardCharsets.UTF_8)) {
            String[] f = line.split("\t");
            String name = "/" + f[0];
            switch (f[1]) {
                case "good" -> {
                    good++;
                    if (analysed.stream().noneMatch(id -> id.endsWith(f[2]))) {
                        problems.add(f[0] + ": not analysed" + errors.stream().filter(e -> e.contains(name))
                                .map(e -> " (" + e + ")").findFirst().orElse(""));
                    }
                }
                case "bad" -> {
                    bad++;
                    if (errors.stream().noneMatch(e -> e.contains(name))) {
                        problems.add(f[0] + ": no error record");
                    }
                }
                case "either" -> {
                    boolean done = analysed.stream().anyMatch(id -> id.endsWith(name));
                    boolean rejected = errors.stream().anyMatch(e -> e.contains(name));
                    if (done == rejected) {
                        problems.add(f[0] + ": expected one record, analysed or rejected");
                    }
                    either += done ? 1 : 0;
                }
                default -> {
                    if (errors.stream().anyMatch(e -> e.contains(name))) {
                        problems.add(f[0] + ": expected no record");
                    }
                }
            }
        }
        if (analysed.size() != good + either) {
            problems.add(analysed.size() + " analyses for " + good + " good articles");
        }
        errors.forEach(e -> System.out.println("  rejected: " + (e.length() > 160 ? e.substring(0, 160) + "..." : e)));
        System.out.println("hostile corpus: " + analysed.size() + " analysed, " + errors.size() + " error records ("
                + bad + " bad inputs)");
        problems.forEach(p -> System.out.println("PROBLEM " + p));
        System.exit(problems.isEmpty() ? 0 : 1);
    }
}
