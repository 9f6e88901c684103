package org.neuroloom.engine.neuron;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;

/** Each SIMD loop family reports its own warm-up; kernels switch family by family. */
class SimdWarmUpTest {

    @Test
    void everyFamilyIsWarmAfterAwaitWarmAndNothingElseCountsAsSimdLoops() throws InterruptedException {
        assumeTrue(Simd.enabled(), "the tests run with jdk.incubator.vector");
        Simd.awaitWarm();
        assertTrue(Simd.warm(Simd.lifLoops()));
        assertTrue(Simd.warm(Simd.lifFloatLoops()));
        assertTrue(Simd.warm(Simd.hhLoops()));
        assertFalse(Simd.warm(null), "no SIMD loops (SIMD off): the kernel stays scalar");
        assertThrows(IllegalArgumentException.class, () -> Simd.warm(new Object()));
    }
}
