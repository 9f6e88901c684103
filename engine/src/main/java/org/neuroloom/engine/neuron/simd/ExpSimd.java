package org.neuroloom.engine.neuron.simd;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;
import org.neuroloom.engine.neuron.FastMath;
import org.neuroloom.engine.neuron.FloatMath;
import org.neuroloom.engine.neuron.HhLoops;

/**
 * {@link FastMath#exp} and {@link FloatMath#exp} over an array, lane by lane: the same
 * operations, so identical results.
 * It works array to array on purpose: the JIT only turns vector operations into instructions
 * where it knows the exact vector class, i.e. inside one compiled loop; a helper that takes or
 * returns a vector and is compiled on its own (which happens to large, hot helpers) boxes every
 * vector and runs a hundred times slower.
 */
final class ExpSimd {
    private static final VectorSpecies<Double> S = Species.DOUBLE;
    private static final int L = S.length();
    private static final VectorSpecies<Float> F = Species.FLOAT;
    private static final int FL = F.length();
    private static final VectorSpecies<Integer> I = F.vectorShape().withLanes(int.class);
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

    /** {@code out[i] = FloatMath.exp(fma(x[i], a, b))} for {@code [lo, hi)}; {@code out} may be {@code x}. */
    static void expAffine(float[] x, float a, float b, float[] out, int lo, int hi) {
        int end = lo + (hi - lo) / FL * FL;
        // Every constant is a vector: on Java 17 an operation with a scalar float operand on
        // 512-bit vectors is not compiled to one instruction (it boxes, ~40x slower).
        final FloatVector va = FloatVector.broadcast(F, a);
        final FloatVector vb = FloatVector.broadcast(F, b);
        final FloatVector min = FloatVector.broadcast(F, FloatMath.MIN_ARG);
        final FloatVector max = FloatVector.broadcast(F, FloatMath.MAX_ARG);
        final FloatVector log2e = FloatVector.broadcast(F, FloatMath.LOG2E);
        final FloatVector rounder = FloatVector.broadcast(F, FloatMath.ROUNDER);
        final FloatVector minusLn2Hi = FloatVector.broadcast(F, -FloatMath.LN2_HI);
        final FloatVector minusLn2Lo = FloatVector.broadcast(F, -FloatMath.LN2_LO);
        final FloatVector p0 = FloatVector.broadcast(F, FloatMath.P0);
        final FloatVector p1 = FloatVector.broadcast(F, FloatMath.P1);
        final FloatVector p2 = FloatVector.broadcast(F, FloatMath.P2);
        final FloatVector p3 = FloatVector.broadcast(F, FloatMath.P3);
        final FloatVector p4 = FloatVector.broadcast(F, FloatMath.P4);
        final FloatVector p5 = FloatVector.broadcast(F, FloatMath.P5);
        final FloatVector one = FloatVector.broadcast(F, 1f);
        final IntVector bias = IntVector.broadcast(I, 127);
        for (int i = lo; i < end; i += FL) {
            // The clamp as compare and blend: the same values as Math.max/min for these bounds
            // (NaN stays NaN), but lanewise MAX/MIN carry Java's NaN and -0 rules, which take
            // several instructions each on x86.
            FloatVector y = FloatVector.fromArray(F, x, i).fma(va, vb);
            y = y.blend(min, y.compare(VectorOperators.LT, min));
            FloatVector c = y.blend(max, y.compare(VectorOperators.GT, max));
            FloatVector shifted = c.fma(log2e, rounder);
            FloatVector k = shifted.sub(rounder);
            FloatVector r = k.fma(minusLn2Hi, c);
            r = k.fma(minusLn2Lo, r);
            FloatVector p = r.fma(p0, p1);
            p = p.fma(r, p2);
            p = p.fma(r, p3);
            p = p.fma(r, p4);
            p = p.fma(r, p5);
            FloatVector er = p.fma(r.mul(r), r).add(one);
            er.mul(shifted.reinterpretAsInts().add(bias).lanewise(VectorOperators.LSHL, 23).reinterpretAsFloats())
                    .intoArray(out, i);
        }
        for (int j = end; j < hi; j++) {
            out[j] = FloatMath.exp(Math.fma(x[j], a, b));
        }
    }

    /**
     * The three-pass gate update in one loop: {@code x[i] = HhLoops.gate(alpha[i], beta[i], x[i], minusDt)},
     * i.e. {@code sum = α + β}, {@code inf = α/sum}, {@code x∞ + (x - x∞) e^(sum·minusDt)} with the
     * exponential of {@link #expAffine}: the same operations, so the same results, with one store
     * per element instead of four (the stores were the passes' bottleneck: 1.16x faster cobahh).
     * The exponential's lines repeat those of {@link #expAffine} on purpose: shared through a
     * helper that takes a vector, they would box (see the class comment).
     */
    static void gate(float[] alpha, float[] beta, float[] x, float minusDt, int lo, int hi) {
        int end = lo + (hi - lo) / FL * FL;
        final FloatVector va = FloatVector.broadcast(F, minusDt);
        final FloatVector vb = FloatVector.zero(F);
        final FloatVector min = FloatVector.broadcast(F, FloatMath.MIN_ARG);
        final FloatVector max = FloatVector.broadcast(F, FloatMath.MAX_ARG);
        final FloatVector log2e = FloatVector.broadcast(F, FloatMath.LOG2E);
        final FloatVector rounder = FloatVector.broadcast(F, FloatMath.ROUNDER);
        final FloatVector minusLn2Hi = FloatVector.broadcast(F, -FloatMath.LN2_HI);
        final FloatVector minusLn2Lo = FloatVector.broadcast(F, -FloatMath.LN2_LO);
        final FloatVector p0 = FloatVector.broadcast(F, FloatMath.P0);
        final FloatVector p1 = FloatVector.broadcast(F, FloatMath.P1);
        final FloatVector p2 = FloatVector.broadcast(F, FloatMath.P2);
        final FloatVector p3 = FloatVector.broadcast(F, FloatMath.P3);
        final FloatVector p4 = FloatVector.broadcast(F, FloatMath.P4);
        final FloatVector p5 = FloatVector.broadcast(F, FloatMath.P5);
        final FloatVector one = FloatVector.broadcast(F, 1f);
        final IntVector bias = IntVector.broadcast(I, 127);
        for (int i = lo; i < end; i += FL) {
            FloatVector a = FloatVector.fromArray(F, alpha, i);
            FloatVector sum = a.add(FloatVector.fromArray(F, beta, i));
            FloatVector inf = a.div(sum);
            FloatVector y = sum.fma(va, vb);
            y = y.blend(min, y.compare(VectorOperators.LT, min));
            FloatVector c = y.blend(max, y.compare(VectorOperators.GT, max));
            FloatVector shifted = c.fma(log2e, rounder);
            FloatVector k = shifted.sub(rounder);
            FloatVector r = k.fma(minusLn2Hi, c);
            r = k.fma(minusLn2Lo, r);
            FloatVector p = r.fma(p0, p1);
            p = p.fma(r, p2);
            p = p.fma(r, p3);
            p = p.fma(r, p4);
            p = p.fma(r, p5);
            FloatVector er = p.fma(r.mul(r), r).add(one);
            FloatVector z = er.mul(shifted.reinterpretAsInts().add(bias).lanewise(VectorOperators.LSHL, 23)
                    .reinterpretAsFloats());
            FloatVector.fromArray(F, x, i).sub(inf).fma(z, inf).intoArray(x, i);
        }
        for (int j = end; j < hi; j++) {
            x[j] = HhLoops.gate(alpha[j], beta[j], x[j], minusDt);
        }
    }
}
