package org.neuroloom.engine.neuron;

/**
 * Chooses the loop implementations: SIMD (Vector API, {@code neuron.simd}) when the JVM runs
 * with {@code --add-modules jdk.incubator.vector} (the launcher and the tests do), scalar
 * otherwise or when the system property {@code neuroloom.simd} is {@code false}. Both give
 * bit-identical results, which allows a switch in the middle of a run: Vector API code is very
 * slow until the JIT has compiled it (seconds), so kernels start with the scalar loops while a
 * background thread warms the SIMD loops up on scratch arrays, and use SIMD from the first step
 * after that. Only the families a network uses are warmed (LIF, single-precision LIF,
 * Hodgkin-Huxley), one after another: the warm-up's compiles share the machine with the run's
 * own, and on two cores a brunel run spent twice as long while all three were compiled. The SIMD classes are only loaded through reflection, so a JVM without the module
 * never links them.
 */
public final class Simd {
    /** The SIMD loop families, each warmed up on its own when a kernel first asks for it. */
    private enum Family {
        LIF("LifLoopsSimd"), LIF_FLOAT("LifFloatLoopsSimd"), HH("HhLoopsSimd");

        final String className;

        Family(String className) {
            this.className = className;
        }
    }

    private static final boolean MODULE = ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();
    /** Bit f set: family f is warm (kernels may switch to it); written under the class lock, read without. */
    private static volatile int warmMask;
    private static final boolean[] STARTED = new boolean[Family.values().length];
    /** One daemon thread warms the families one after another, so their compiles do not pile up. */
    private static java.util.concurrent.ExecutorService warmer;

    private Simd() {
    }

    /** Whether SIMD loops are used for kernels built now (once they are warm). */
    public static boolean enabled() {
        return MODULE && !"false".equals(System.getProperty("neuroloom.simd"));
    }

    /**
     * Whether the SIMD loops {@code loops} (one of the objects this class handed out) have been
     * compiled by the JIT, so a kernel may switch to them; false for {@code null}.
     */
    public static boolean warm(Object loops) {
        if (loops == null) {
            return false;
        }
        return (warmMask & (1 << familyOf(loops).ordinal())) != 0;
    }

    /** The SIMD LIF passes, or {@code null} when SIMD is off; starts their warm-up once per JVM. */
    public static LifLoops lifLoops() {
        return load(Family.LIF, LifLoops.class);
    }

    /** The SIMD single-precision LIF update, or {@code null} when SIMD is off; starts its warm-up once per JVM. */
    public static LifFloatLoops lifFloatLoops() {
        return load(Family.LIF_FLOAT, LifFloatLoops.class);
    }

    /** The SIMD Hodgkin-Huxley core, or {@code null} when SIMD is off; starts its warm-up once per JVM. */
    public static HhLoops hhLoops() {
        return load(Family.HH, HhLoops.class);
    }

    private static Family familyOf(Object loops) {
        if (loops instanceof LifLoops) {
            return Family.LIF;
        }
        if (loops instanceof LifFloatLoops) {
            return Family.LIF_FLOAT;
        }
        if (loops instanceof HhLoops) {
            return Family.HH;
        }
        throw new IllegalArgumentException("not SIMD loops: " + loops.getClass().getName());
    }

    private static <T> T load(Family family, Class<T> type) {
        if (!enabled()) {
            return null;
        }
        try {
            T simd = type.cast(Class.forName("org.neuroloom.engine.neuron.simd." + family.className)
                    .getDeclaredConstructor().newInstance());
            startWarmUp(family);
            return simd;
        } catch (ReflectiveOperationException | LinkageError e) {
            return null;
        }
    }

    /** Blocks until every SIMD family is warm (for tests and benchmarks that want SIMD from the first step). */
    public static void awaitWarm() throws InterruptedException {
        if (!enabled()) {
            return;
        }
        for (Family f : Family.values()) {
            startWarmUp(f);
        }
        synchronized (Simd.class) {
            while (warmMask != (1 << Family.values().length) - 1) {
                Simd.class.wait();
            }
        }
    }

    private static synchronized void startWarmUp(Family family) {
        if (STARTED[family.ordinal()]) {
            return;
        }
        STARTED[family.ordinal()] = true;
        if (warmer == null) {
            warmer = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "neuroloom-simd-warmup");
                t.setDaemon(true);
                t.setPriority(Thread.MIN_PRIORITY);
                return t;
            });
        }
        warmer.execute(() -> {
            try {
                Runnable r = (Runnable) Class.forName("org.neuroloom.engine.neuron.simd.WarmUp")
                        .getDeclaredConstructor(String.class).newInstance(family.className);
                r.run();
            } catch (ReflectiveOperationException | LinkageError e) {
                // the family is marked warm below all the same: its loops are correct, only slow until compiled
            } finally {
                synchronized (Simd.class) {
                    warmMask |= 1 << family.ordinal();
                    Simd.class.notifyAll();
                }
            }
        });
    }
}
