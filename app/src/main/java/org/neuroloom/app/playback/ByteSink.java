package org.neuroloom.app.playback;

import java.util.Arrays;

/** A growable byte array with LEB128 variable-length integers; reused, so it allocates only to grow. */
final class ByteSink {
    private byte[] bytes = new byte[1 << 16];
    private int size;

    void clear() {
        size = 0;
    }

    int size() {
        return size;
    }

    byte[] array() {
        return bytes;
    }

    void put(int b) {
        if (size == bytes.length) {
            bytes = Arrays.copyOf(bytes, bytes.length * 2);
        }
        bytes[size++] = (byte) b;
    }

    /** Unsigned LEB128: 7 bits per byte, high bit set on all but the last. */
    void varLong(long v) {
        while ((v & ~0x7FL) != 0) {
            put((int) ((v & 0x7F) | 0x80));
            v >>>= 7;
        }
        put((int) v);
    }

    void float64(double d) {
        long bits = Double.doubleToRawLongBits(d);
        for (int shift = 56; shift >= 0; shift -= 8) {
            put((int) (bits >>> shift));
        }
    }

    void float32(float f) {
        int bits = Float.floatToRawIntBits(f);
        put(bits >>> 24);
        put(bits >>> 16);
        put(bits >>> 8);
        put(bits);
    }
}
