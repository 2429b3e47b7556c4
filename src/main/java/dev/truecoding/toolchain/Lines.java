package dev.truecoding.toolchain;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * A process's output read line by line on a virtual thread. Lines are cut at {@link #MAX_LINE_CHARS}: a program
 * that prints a gigabyte without a newline must not take True Coding's memory with it.
 */
final class Lines {

    static final int MAX_LINE_CHARS = 8192;

    private Lines() {
    }

    static Thread pump(InputStream in, Consumer<String> output) {
        return Thread.ofVirtual().start(() -> {
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                StringBuilder line = new StringBuilder();
                char[] buffer = new char[8192];
                boolean skippingCr = false;
                for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
                    for (int i = 0; i < n; i++) {
                        char c = buffer[i];
                        if (c == '\n' || c == '\r') {
                            if (!(c == '\n' && skippingCr)) {
                                output.accept(line.toString());
                                line.setLength(0);
                            }
                            skippingCr = c == '\r';
                            continue;
                        }
                        skippingCr = false;
                        if (line.length() == MAX_LINE_CHARS) {
                            output.accept(line + " …");
                            line.setLength(0);
                        }
                        line.append(c);
                    }
                }
                if (!line.isEmpty()) {
                    output.accept(line.toString());
                }
            } catch (IOException closed) {
                // the process was stopped
            }
        });
    }
}
