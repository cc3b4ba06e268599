package com.tierflow.demo;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;

/** Opens text files for writing in a channel's encoding. */
final class EncodedFiles {

    private static final int BUFFER_BYTES = 1 << 16;
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private EncodedFiles() {
    }

    static Writer open(Path target, Charset charset, boolean utf8Bom) throws IOException {
        OutputStream out = new BufferedOutputStream(Files.newOutputStream(target), BUFFER_BYTES);
        try {
            if (utf8Bom) {
                out.write(UTF8_BOM);
            }
            // fail on text the charset cannot hold, instead of silently writing '?' into a GBK file
            return new OutputStreamWriter(out, charset.newEncoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT));
        } catch (IOException | RuntimeException e) {
            out.close();
            throw e;
        }
    }
}
