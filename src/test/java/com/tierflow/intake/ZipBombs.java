package com.tierflow.intake;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Turns a real workbook into a zip bomb: its sheet XML padded with 200 MB of spaces, a few hundred KB compressed. */
final class ZipBombs {

    private ZipBombs() {
    }

    static byte[] of(byte[] xlsx) throws IOException {
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
             ZipOutputStream out = new ZipOutputStream(bomb)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                byte[] content = in.readAllBytes();
                String text = new String(content, StandardCharsets.UTF_8);
                int at = text.indexOf("<sheetData>");
                if (entry.getName().startsWith("xl/worksheets/") && at >= 0) {
                    at += "<sheetData>".length();
                    out.write(text.substring(0, at).getBytes(StandardCharsets.UTF_8));
                    byte[] spaces = new byte[1 << 20];
                    Arrays.fill(spaces, (byte) ' ');
                    for (int i = 0; i < 200; i++) {
                        out.write(spaces);
                    }
                    out.write(text.substring(at).getBytes(StandardCharsets.UTF_8));
                } else {
                    out.write(content);
                }
            }
        }
        return bomb.toByteArray();
    }
}
