package com.tierflow.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Converts workbooks with a headless LibreOffice (Debian package libreoffice-calc), in a profile of its own so that a
 * desktop instance or a parallel run does not interfere. Without soffice the test fails and says what to install.
 */
final class LibreOffice {

    record Converted(int exitCode, String output, Path dir) {

        /** The content.xml of the converted spreadsheet; fails if LibreOffice wrote none. */
        String contentXml(String name) {
            Path ods = dir.resolve(name + ".ods");
            if (!Files.isRegularFile(ods)) {
                throw new AssertionError("LibreOffice did not convert " + name + ".xlsx: " + output);
            }
            try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(ods))) {
                for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                    if (entry.getName().equals("content.xml")) {
                        return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            throw new AssertionError(name + ".ods has no content.xml");
        }
    }

    private LibreOffice() {
    }

    static Converted convertToOds(Path dir, Collection<String> names) throws IOException, InterruptedException {
        String soffice = executable();
        Path out = Files.createDirectories(dir.resolve("ods"));
        Path profile = Files.createDirectories(dir.resolve("lo-profile"));
        List<String> command = new ArrayList<>(List.of(soffice, "--headless", "--norestore", "--nolockcheck",
                "-env:UserInstallation=" + profile.toUri(), "--convert-to", "ods", "--outdir", out.toString()));
        names.forEach(name -> command.add(dir.resolve(name + ".xlsx").toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output;
        try (InputStream in = process.getInputStream()) {
            output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("LibreOffice did not finish converting within 5 minutes: " + output);
        }
        return new Converted(process.exitValue(), output, out);
    }

    private static String executable() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (Files.isExecutable(Path.of(dir, "soffice"))) {
                return Path.of(dir, "soffice").toString();
            }
        }
        throw new AssertionError("The report tests open every workbook in LibreOffice, but 'soffice' is not on the PATH. "
                + "Install Debian's package: apt-get install libreoffice-calc");
    }
}
