package org.neuroloom.engine.random;

/**
 * Counter-based random numbers: a stream is a single {@code long} state, seeded by hashing
 * keys (seed, population or projection id, element index...), advanced by SplitMix64.
 * Streams are stored as {@code long[]} per population (one per element) so no object exists
 * per neuron, and a stream is only ever advanced by the worker that owns its element: the
 * numbers a neuron sees do not depend on the thread count.
 */
public final class Rng {
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;
    private static final double TO_UNIT = 0x1.0p-53;

    private Rng() {
    }

    /** The SplitMix64 finaliser: a bijective, well-mixing hash of 64 bits. */
    public static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** A stream state keyed by a seed and any number of keys. */
    public static long key(long seed, long... keys) {
        long s = mix(seed ^ 0x5DEECE66DL);
        for (long k : keys) {
            s = mix(s + GOLDEN * (k + 1));
        }
        return s;
    }

    /** A stable 64-bit key for an id string (population or projection id). */
    public static long key(String id) {
        long h = 1125899906842597L;
        for (int i = 0; i < id.length(); i++) {
            h = 31 * h + id.charAt(i);
        }
        return mix(h);
    }

    /** Advances the stream in {@code state[i]} and returns 64 random bits. */
    public static long nextLong(long[] state, int i) {
        long s = state[i] + GOLDEN;
        state[i] = s;
        return mix(s);
    }

    /**
     * Advances every stream {@code state[lo..hi)} once and writes its 64 random bits to
     * {@code bits[i]}: the same numbers as {@link #nextLong} element by element, in a loop
     * without branches or calls that the JIT turns into vector instructions.
     */
    public static void nextLongs(long[] state, long[] bits, int lo, int hi) {
        for (int i = lo; i < hi; i++) {
            long z = state[i] + GOLDEN;
            state[i] = z;
            z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
            z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
            bits[i] = z ^ (z >>> 31);
        }
    }

    /** The uniform double in (0, 1] that {@link #nextUnit} makes of 64 random bits. */
    public static double unit(long bits) {
        return ((bits >>> 11) + 1) * TO_UNIT;
    }

    /** A uniform double in (0, 1], safe for logarithms, from the stream {@code state[i]}. */
    public static double nextUnit(long[] state, int i) {
        return ((nextLong(state, i) >>> 11) + 1) * TO_UNIT;
    }

    /** An exponential draw with mean 1 from the stream {@code state[i]}. */
    public static double nextExp(long[] state, int i) {
        return -Math.log(nextUnit(state, i));
    }

    /** A standard normal draw (two uniforms, Box-Muller, one output) from the stream {@code state[i]}. */
    public static double nextGaussian(long[] state, int i) {
        double u1 = nextUnit(state, i);
        double u2 = nextUnit(state, i);
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }

    /** A uniform double in (0, 1] from a pure hash of {@code key}: for values addressed by a counter. */
    public static double unitOf(long key) {
        return ((mix(key) >>> 11) + 1) * TO_UNIT;
    }

    /** A standard normal value addressed by {@code key} (no state). */
    public static double gaussianOf(long key) {
        double u1 = unitOf(key);
        double u2 = unitOf(key ^ 0x6A09E667F3BCC909L);
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }

    /**
     * A small mutable stream for sequential generation by one thread (connectivity of one
     * target). Kept as an object because only a handful exist at a time during the build.
     */
    public static final class Stream {
        private long state;

        /** A stream starting at {@code state} (from {@link Rng#key(long, long...)}). */
        public Stream(long state) {
            this.state = state;
        }

        /** 64 random bits. */
        public long nextLong() {
            state += GOLDEN;
            return mix(state);
        }

        /** Uniform in (0, 1]. */
        public double nextUnit() {
            return ((nextLong() >>> 11) + 1) * TO_UNIT;
        }

        /** Uniform in [0, n) for n &gt; 0 (Lemire's multiply-shift, bias below 2^-32 for n &lt; 2^31). */
        public int nextInt(int n) {
            return (int) (((nextLong() >>> 32) * n) >>> 32);
        }

        /** Standard normal. */
        public double nextGaussian() {
            double u1 = nextUnit();
            double u2 = nextUnit();
            return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
        }
    }
}
