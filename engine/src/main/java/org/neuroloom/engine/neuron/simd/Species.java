package org.neuroloom.engine.neuron.simd;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorShape;
import jdk.incubator.vector.VectorSpecies;

/**
 * The vector shapes the SIMD loops use: the platform's preferred one (512 bits with AVX-512),
 * or a narrower one set by {@code -Dneuroloom.simd.bits=128|256} (for measurements).
 */
final class Species {
    /** Doubles per vector operation. */
    static final VectorSpecies<Double> DOUBLE = VectorSpecies.of(double.class, VectorShape.forBitSize(bits()));
    /**
     * Floats per vector operation: the same bits as {@link #DOUBLE}, so twice its lanes (a double
     * vector converts to the lower half of a float vector). Only one float shape is used in the
     * whole program on purpose: where the JIT does not know a vector's exact class it inlines by
     * the call site's type profile, and a profile that saw two float shapes makes it box vectors.
     * Java 17 compiles the conversion of a double vector into part 0 of this shape, but not the
     * way back (part 0 of it to double runs a Java fallback, six times slower), so the kernels
     * keep their state in float and convert only towards it.
     */
    static final VectorSpecies<Float> FLOAT = VectorSpecies.of(float.class, VectorShape.forBitSize(bits()));

    private Species() {
    }

    private static int bits() {
        int preferred = DoubleVector.SPECIES_PREFERRED.vectorBitSize();
        String forced = System.getProperty("neuroloom.simd.bits");
        if (forced != null && forced.trim().matches("128|256|512")) {
            return Math.min(preferred, Integer.parseInt(forced.trim()));
        }
        return preferred;
    }
}
