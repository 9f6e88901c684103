package org.neuroloom.engine.neuron.simd;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;
import org.neuroloom.engine.neuron.FastMath;

/**
 * {@link FastMath#exp} over an array, lane by lane: the same operations, so identical results.
 * It works array to array on purpose: the JIT only turns vector operations into instructions
 * where it knows the exact vector class, i.e. inside one compiled loop; a helper that takes or
 * returns a vector and is compiled on its own (which happens to large, hot helpers) boxes every
 * vector and runs a hundred times slower.
 */
final class ExpSimd {
    private static final VectorSpecies<Double> S = Species.DOUBLE;
    private static final int L = S.length();
    private static final long ROUNDER_BITS = Double.doubleToRawLongBits(FastMath.ROUNDER);

    private ExpSimd() {
    }

    /** {@code out[i] = e^(x[i])} for {@code [lo, hi)}; {@code out} may be {@code x}. */
    static void exp(double[] x, double[] out, int lo, int hi) {
        int end = lo + (hi - lo) / L * L;
        for (int i = lo; i < end; i += L) {
            DoubleVector xv = DoubleVector.fromArray(S, x, i);
            VectorMask<Double> in = xv.compare(VectorOperators.GE, FastMath.MIN_ARG)
                    .and(xv.compare(VectorOperators.LE, FastMath.MAX_ARG));
            if (!in.allTrue()) {
                for (int j = i; j < i + L; j++) {
                    out[j] = FastMath.exp(x[j]);
                }
                continue;
            }
            DoubleVector shifted = xv.mul(FastMath.LOG2E).add(FastMath.ROUNDER);
            DoubleVector kd = shifted.sub(FastMath.ROUNDER);
            LongVector k = shifted.reinterpretAsLongs().sub(ROUNDER_BITS);
            DoubleVector r = xv.sub(kd.mul(FastMath.LN2_HI)).sub(kd.mul(FastMath.LN2_LO));
            DoubleVector p = r.mul(1.0 / 39916800).add(1.0 / 3628800);
            p = p.mul(r).add(1.0 / 362880);
            p = p.mul(r).add(1.0 / 40320);
            p = p.mul(r).add(1.0 / 5040);
            p = p.mul(r).add(1.0 / 720);
            p = p.mul(r).add(1.0 / 120);
            p = p.mul(r).add(1.0 / 24);
            p = p.mul(r).add(1.0 / 6);
            p = p.mul(r).add(0.5);
            p = p.mul(r).add(1.0);
            p = p.mul(r).add(1.0);
            p.mul(k.add(1023).lanewise(VectorOperators.LSHL, 52).reinterpretAsDoubles()).intoArray(out, i);
        }
        for (int j = end; j < hi; j++) {
            out[j] = FastMath.exp(x[j]);
        }
    }
}
