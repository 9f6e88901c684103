package org.neuroloom.engine.neuron;

/**
 * Chooses the loop implementations: SIMD (Vector API, {@code neuron.simd}) when the JVM runs
 * with {@code --add-modules jdk.incubator.vector} (the launcher and the tests do), scalar
 * otherwise or when the system property {@code neuroloom.simd} is {@code false}. Both give
 * bit-identical results, which allows a switch in the middle of a run: Vector API code is very
 * slow until the JIT has compiled it (seconds), so kernels start with the scalar loops while a
 * background thread warms the SIMD loops up on scratch arrays, and use SIMD from the first step
 * after that. The SIMD classes are only loaded through reflection, so a JVM without the module
 * never links them.
 */
public final class Simd {
    private static final boolean MODULE = ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();
    private static volatile boolean warm;
    private static boolean warming;

    private Simd() {
    }

    /** Whether SIMD loops are used for kernels built now (once they are warm). */
    public static boolean enabled() {
        return MODULE && !"false".equals(System.getProperty("neuroloom.simd"));
    }

    /** Whether the SIMD loops have been compiled by the JIT (kernels switch to them then). */
    public static boolean warm() {
        return warm;
    }

    /** The SIMD LIF passes, or {@code null} when SIMD is off; starts the warm-up once per JVM. */
    public static LifLoops lifLoops() {
        return load("LifLoopsSimd", LifLoops.class);
    }

    /** The SIMD single-precision LIF update, or {@code null} when SIMD is off; starts the warm-up once per JVM. */
    public static LifFloatLoops lifFloatLoops() {
        return load("LifFloatLoopsSimd", LifFloatLoops.class);
    }

    /** The SIMD Hodgkin-Huxley core, or {@code null} when SIMD is off; starts the warm-up once per JVM. */
    public static HhLoops hhLoops() {
        return load("HhLoopsSimd", HhLoops.class);
    }

    private static <T> T load(String simpleName, Class<T> type) {
        if (!enabled()) {
            return null;
        }
        try {
            T simd = type.cast(Class.forName("org.neuroloom.engine.neuron.simd." + simpleName)
                    .getDeclaredConstructor().newInstance());
            startWarmUp();
            return simd;
        } catch (ReflectiveOperationException | LinkageError e) {
            return null;
        }
    }

    /** Blocks until the SIMD loops are warm (for tests and benchmarks that want SIMD from the first step). */
    public static void awaitWarm() throws InterruptedException {
        if (!enabled()) {
            return;
        }
        startWarmUp();
        synchronized (Simd.class) {
            while (!warm) {
                Simd.class.wait();
            }
        }
    }

    private static synchronized void startWarmUp() {
        if (warming || warm) {
            return;
        }
        warming = true;
        Thread t = new Thread(() -> {
            try {
                Runnable r = (Runnable) Class.forName("org.neuroloom.engine.neuron.simd.WarmUp")
                        .getDeclaredConstructor().newInstance();
                r.run();
            } catch (ReflectiveOperationException | LinkageError e) {
                // stay scalar
            } finally {
                synchronized (Simd.class) {
                    warm = true;
                    Simd.class.notifyAll();
                }
            }
        }, "neuroloom-simd-warmup");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }
}
