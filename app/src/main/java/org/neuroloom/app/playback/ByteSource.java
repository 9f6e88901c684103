package org.neuroloom.app.playback;

import java.io.EOFException;

/** Reads what {@link ByteSink} wrote. */
final class ByteSource {
    private final byte[] bytes;
    private int pos;
    private final int end;

    ByteSource(byte[] bytes, int from, int to) {
        this.bytes = bytes;
        this.pos = from;
        this.end = to;
    }

    boolean hasMore() {
        return pos < end;
    }

    /** Moves past {@code n} bytes. */
    void skip(int n) throws EOFException {
        if (n > end - pos) {
            throw new EOFException("block ends early at byte " + end + ", " + n + " bytes skipped from " + pos);
        }
        pos += n;
    }

    int u8() throws EOFException {
        if (pos >= end) {
            throw new EOFException("block ends early at byte " + pos);
        }
        return bytes[pos++] & 0xff;
    }

    long varLong() throws EOFException {
        long v = 0;
        int shift = 0;
        while (true) {
            int b = u8();
            v |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return v;
            }
            shift += 7;
            if (shift > 63) {
                throw new EOFException("variable-length integer longer than 64 bits at byte " + pos);
            }
        }
    }

    int varInt() throws EOFException {
        long v = varLong();
        if (v > Integer.MAX_VALUE) {
            throw new EOFException("integer " + v + " out of range at byte " + pos);
        }
        return (int) v;
    }

    double float64() throws EOFException {
        long bits = 0;
        for (int i = 0; i < 8; i++) {
            bits = (bits << 8) | u8();
        }
        return Double.longBitsToDouble(bits);
    }

    float float32() throws EOFException {
        int bits = (u8() << 24) | (u8() << 16) | (u8() << 8) | u8();
        return Float.intBitsToFloat(bits);
    }
}
