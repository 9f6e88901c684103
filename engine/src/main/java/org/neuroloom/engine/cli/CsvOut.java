package org.neuroloom.engine.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A fast CSV text sink: formats numbers straight into a byte buffer (no String per value),
 * flushing in 1 MiB blocks, so recording does not dominate the run. A block ends at a line
 * end (the started line moves to the front of the buffer), so a killed process leaves whole
 * lines, unless SIGKILL lands inside a block's write (Linux may then stop the write at a page
 * boundary): only the last line can be cut.
 */
final class CsvOut implements AutoCloseable {
    private final OutputStream out;
    private final byte[] buf = new byte[1 << 20];
    private int n;
    /** Where the line being written starts: everything before it is whole lines. */
    private int lineStart;

    CsvOut(Path file, String header) {
        try {
            out = Files.newOutputStream(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        text(header).newline();
    }

    private void room(int k) {
        if (n + k <= buf.length) {
            return;
        }
        if (lineStart == 0) {
            flush(); // one line longer than the buffer: it cannot stay whole
            return;
        }
        write(lineStart);
        System.arraycopy(buf, lineStart, buf, 0, n - lineStart);
        n -= lineStart;
        lineStart = 0;
        if (n + k > buf.length) {
            flush();
        }
    }

    /** Appends ASCII text. */
    CsvOut text(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        room(b.length);
        System.arraycopy(b, 0, buf, n, b.length);
        n += b.length;
        return this;
    }

    CsvOut comma() {
        room(1);
        buf[n++] = ',';
        return this;
    }

    CsvOut newline() {
        room(1);
        buf[n++] = '\n';
        lineStart = n;
        return this;
    }

    /** Appends a non-negative or negative integer. */
    CsvOut integer(long v) {
        room(21);
        if (v < 0) {
            buf[n++] = '-';
            v = -v;
        }
        if (v == 0) {
            buf[n++] = '0';
            return this;
        }
        int start = n;
        while (v > 0) {
            buf[n++] = (byte) ('0' + v % 10);
            v /= 10;
        }
        for (int i = start, j = n - 1; i < j; i++, j--) {
            byte t = buf[i];
            buf[i] = buf[j];
            buf[j] = t;
        }
        return this;
    }

    /** Appends {@code units / 10^decimals} with exactly that many decimals (time stamps). */
    CsvOut fixed(long units, int decimals) {
        if (decimals == 0) {
            return integer(units);
        }
        if (units < 0) {
            room(1);
            buf[n++] = '-';
            units = -units;
        }
        long pow = 1;
        for (int i = 0; i < decimals; i++) {
            pow *= 10;
        }
        integer(units / pow);
        room(1 + decimals);
        buf[n++] = '.';
        long frac = units % pow;
        for (int i = decimals - 1; i >= 0; i--) {
            buf[n + i] = (byte) ('0' + frac % 10);
            frac /= 10;
        }
        n += decimals;
        return this;
    }

    /** Appends a double in its shortest round-trip form. */
    CsvOut real(double v) {
        return text(Double.toString(v));
    }

    /** Appends a float in its shortest round-trip form. */
    CsvOut real(float v) {
        return text(Float.toString(v));
    }

    /** Writes everything buffered, a started line too. */
    void flush() {
        write(n);
        n = 0;
        lineStart = 0;
    }

    private void write(int bytes) {
        try {
            out.write(buf, 0, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        flush();
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
