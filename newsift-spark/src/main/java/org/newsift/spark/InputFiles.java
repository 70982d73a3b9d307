package org.newsift.spark;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The driver's listing of the inputs through Hadoop's file system API (local, HDFS, S3 with hadoop-aws): each
 * file with the name the CLI would give it (the argument as given, then the path below it) and its position
 * in input order. Directories are read recursively in the CLI's order, depth first, each directory's entries
 * sorted by name, hidden files and directories skipped.
 */
final class InputFiles {

    /** One input file: its place in input order, the name it is known by, and the path to read it from. */
    record InputFile(int index, String name, String path) implements Serializable {
    }

    /** An argument that names nothing readable: it becomes an error record, as in the CLI. */
    record Missing(String name, String reason) implements Serializable {
    }

    record Listing(List<InputFile> files, List<Missing> missing) {
    }

    private InputFiles() {
    }

    static Listing list(List<String> inputs, Configuration conf) throws IOException {
        List<InputFile> files = new ArrayList<>();
        List<Missing> missing = new ArrayList<>();
        for (String input : inputs) {
            String name = input.length() > 1 ? input.replaceAll("/+$", "") : input;
            Path path = new Path(name);
            FileSystem fs = path.getFileSystem(conf);
            if (isGlob(name)) {
                // a pattern (hdfs:///cc-news/2025/10/*.warc.gz): its matches in name order, each known by its full path
                FileStatus[] matches = fs.globStatus(path);
                if (matches == null || matches.length == 0) {
                    missing.add(new Missing(input, "no file matches"));
                }
                for (FileStatus m : matches == null ? new FileStatus[0] : matches) {
                    if (m.isFile()) {
                        files.add(new InputFile(files.size(), m.getPath().toString(), m.getPath().toString()));
                    }
                }
                continue;
            }
            FileStatus status;
            try {
                status = fs.getFileStatus(path);
            } catch (FileNotFoundException e) {
                missing.add(new Missing(input, "no such file or directory"));
                continue;
            }
            if (!status.isDirectory()) {
                files.add(new InputFile(files.size(), name, status.getPath().toString()));
                continue;
            }
            List<Found> below = new ArrayList<>();
            walk(fs, status.getPath(), new ArrayList<>(), below);
            if (below.isEmpty()) {
                missing.add(new Missing(input, "directory has no input files"));
            }
            below.sort(Comparator.comparing(Found::relative, DEPTH_FIRST_BY_NAME));
            for (Found f : below) {
                files.add(new InputFile(files.size(), name + "/" + String.join("/", f.relative()), f.path()));
            }
        }
        return new Listing(files, missing);
    }

    /** A file below a directory argument: its names below it, and its full path. */
    private record Found(List<String> relative, String path) {
    }

    private static boolean isGlob(String name) {
        return name.indexOf('*') >= 0 || name.indexOf('?') >= 0 || name.indexOf('[') >= 0 || name.indexOf('{') >= 0;
    }

    private static void walk(FileSystem fs, Path dir, List<String> prefix, List<Found> out) throws IOException {
        for (FileStatus s : fs.listStatus(dir)) {
            String n = s.getPath().getName();
            if (n.startsWith(".")) {
                continue;
            }
            List<String> rel = new ArrayList<>(prefix);
            rel.add(n);
            if (s.isDirectory()) {
                walk(fs, s.getPath(), rel, out);
            } else {
                out.add(new Found(rel, s.getPath().toString()));
            }
        }
    }

    /** Name by name, as newsift-sources orders a directory's files. */
    private static final Comparator<List<String>> DEPTH_FIRST_BY_NAME = (a, b) -> {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = a.get(i).compareTo(b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    };
}
