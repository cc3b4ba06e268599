package com.tierflow.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Collects one suite's figures and writes them as target/bench/&lt;suite&gt;.properties (name=value lines). */
final class BenchReport {

    private final String suite;
    private final Map<String, String> values = new LinkedHashMap<>();

    BenchReport(String suite) {
        this.suite = suite;
    }

    static boolean isSelected(String suite) {
        return suite.equals(System.getProperty("bench.suite"));
    }

    BenchReport put(String name, double value) {
        values.put(name, String.format(Locale.ROOT, value >= 100 ? "%.0f" : "%.3f", value));
        return this;
    }

    BenchReport put(String name, long value) {
        values.put(name, Long.toString(value));
        return this;
    }

    /** The -Xmx the benchmark JVM runs under, in MB. */
    static long heapCapMb() {
        return ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(arg -> arg.startsWith("-Xmx"))
                .map(arg -> arg.substring(4).toLowerCase(Locale.ROOT))
                .map(size -> size.endsWith("g") ? Long.parseLong(size.replace("g", "")) * 1024
                        : size.endsWith("m") ? Long.parseLong(size.replace("m", "")) : Long.parseLong(size) / (1024 * 1024))
                .reduce((first, last) -> last)
                .orElse(Runtime.getRuntime().maxMemory() / (1024 * 1024));
    }

    Path write() {
        Path dir = Path.of(System.getProperty("bench.output", "target/bench"));
        try {
            Files.createDirectories(dir);
            Path file = dir.resolve(suite + ".properties");
            Files.writeString(file, values.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("\n", "", "\n")));
            System.out.println("Benchmark " + suite + ": " + values);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
