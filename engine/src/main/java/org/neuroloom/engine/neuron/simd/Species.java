package org.neuroloom.engine.neuron.simd;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorShape;
import jdk.incubator.vector.VectorSpecies;

/**
 * The vector shape every SIMD loop uses: the platform's preferred one (512 bits with AVX-512),
 * or a narrower one set by {@code -Dneuroloom.simd.bits=128|256} (for measurements).
 */
final class Species {
    /** Doubles per vector operation. */
    static final VectorSpecies<Double> DOUBLE = choose();

    private Species() {
    }

    private static VectorSpecies<Double> choose() {
        int preferred = DoubleVector.SPECIES_PREFERRED.vectorBitSize();
        int bits = preferred;
        String forced = System.getProperty("neuroloom.simd.bits");
        if (forced != null && forced.trim().matches("128|256|512")) {
            bits = Math.min(preferred, Integer.parseInt(forced.trim()));
        }
        return VectorSpecies.of(double.class, VectorShape.forBitSize(bits));
    }
}
