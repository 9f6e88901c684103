package org.neuroloom.engine.neuron.simd;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import org.neuroloom.engine.neuron.FastMath;

/** {@link FastMath#exp} lane by lane: the same operations, so identical results. */
final class ExpSimd {
    private static final double[] C = {1.0 / 39916800, 1.0 / 3628800, 1.0 / 362880, 1.0 / 40320, 1.0 / 5040, 1.0 / 720,
        1.0 / 120, 1.0 / 24, 1.0 / 6, 0.5, 1, 1};
    private static final long ROUNDER_BITS = Double.doubleToRawLongBits(FastMath.ROUNDER);

    private ExpSimd() {
    }

    static DoubleVector exp(DoubleVector x) {
        VectorMask<Double> inRange = x.compare(VectorOperators.GE, FastMath.MIN_ARG)
                .and(x.compare(VectorOperators.LE, FastMath.MAX_ARG));
        DoubleVector xc = x.blend(0.0, inRange.not());
        DoubleVector shifted = xc.mul(FastMath.LOG2E).add(FastMath.ROUNDER);
        DoubleVector kd = shifted.sub(FastMath.ROUNDER);
        LongVector k = shifted.reinterpretAsLongs().sub(ROUNDER_BITS);
        DoubleVector r = xc.sub(kd.mul(FastMath.LN2_HI)).sub(kd.mul(FastMath.LN2_LO));
        DoubleVector p = DoubleVector.broadcast(x.species(), C[0]);
        for (int i = 1; i < C.length; i++) {
            p = p.mul(r).add(C[i]);
        }
        DoubleVector scale = k.add(1023).lanewise(VectorOperators.LSHL, 52).reinterpretAsDoubles();
        DoubleVector y = p.mul(scale);
        if (inRange.allTrue()) {
            return y;
        }
        // Out of range: +inf above, 0 below, NaN stays NaN (same as the scalar version).
        VectorMask<Double> nan = x.compare(VectorOperators.NE, x);
        VectorMask<Double> high = x.compare(VectorOperators.GT, FastMath.MAX_ARG);
        return y.blend(0.0, inRange.not()).blend(Double.POSITIVE_INFINITY, high).blend(x, nan);
    }
}
