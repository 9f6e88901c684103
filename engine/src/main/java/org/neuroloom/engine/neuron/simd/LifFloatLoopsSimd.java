package org.neuroloom.engine.neuron.simd;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;
import org.neuroloom.engine.neuron.LifFloatLoops;
import org.neuroloom.engine.neuron.SpikeBuffer;

/**
 * The single-precision LIF update with the Vector API: the same float operations as
 * {@link LifFloatLoops.Scalar}, lane by lane, so identical results. It runs on the program's
 * float shape ({@link Species#FLOAT}, 16 lanes with AVX-512) with no conversions, so it adds no
 * second float shape for the JIT's type profiles (two shapes in arithmetic make Java 17 box the
 * vectors: 5x slower than the double loop in a micro-benchmark). The last
 * {@code (hi - lo) mod lanes} elements run the scalar loop, as do vectors in which a lane may
 * spike or run away (noted in the spike buffer's spare room and finished after the loop, in
 * ascending order, as {@code LifLoopsSimd} does and for the same reasons: the vector loop stays
 * innermost, without calls). Constants are broadcast vectors, never scalar operands.
 */
public final class LifFloatLoopsSimd implements LifFloatLoops {
    private static final VectorSpecies<Float> S = Species.FLOAT;
    private static final int L = S.length();
    private final LifFloatLoops.Scalar tail = new LifFloatLoops.Scalar();

    @Override
    public int update(float[] acc, float[] u, float c0, float p, float[] curA, float[] ringA, float piA, float dA,
                      float[] curB, float[] ringB, float piB, float dB, int base, float[] refr, float th, float reset,
                      float refSteps, float low, int lo, int hi, SpikeBuffer out) {
        int end = lo + (hi - lo) / L * L;
        out.ensureRoom((hi - lo) + (hi - lo) / L + 1);
        final int pending = out.count() + (hi - lo);
        final int[] later = out.ids();
        int np = pending;
        final boolean two = curB != null;
        FloatVector vP = FloatVector.broadcast(S, p);
        FloatVector vC0 = FloatVector.broadcast(S, c0);
        FloatVector vPiA = FloatVector.broadcast(S, piA);
        FloatVector vDA = FloatVector.broadcast(S, dA);
        FloatVector vPiB = FloatVector.broadcast(S, piB);
        FloatVector vDB = FloatVector.broadcast(S, dB);
        FloatVector vMid = FloatVector.broadcast(S, mid(th, low));
        FloatVector vHalf = FloatVector.broadcast(S, halfWidth(th, low));
        FloatVector one = FloatVector.broadcast(S, 1f);
        FloatVector zero = FloatVector.zero(S);
        for (int i = lo; i < end; i += L) {
            FloatVector uOld = FloatVector.fromArray(S, u, i);
            FloatVector x = FloatVector.fromArray(S, curA, i);
            FloatVector a = uOld.mul(vP).add(vC0).add(x.mul(vPiA));
            x.mul(vDA).add(FloatVector.fromArray(S, ringA, base + i)).intoArray(curA, i);
            zero.intoArray(ringA, base + i);
            if (two) {
                FloatVector y = FloatVector.fromArray(S, curB, i);
                a = a.add(y.mul(vPiB));
                y.mul(vDB).add(FloatVector.fromArray(S, ringB, base + i)).intoArray(curB, i);
                zero.intoArray(ringB, base + i);
            }
            if (a.sub(vMid).abs().compare(VectorOperators.LT, vHalf).allTrue()) {
                FloatVector r = FloatVector.fromArray(S, refr, i);
                VectorMask<Float> active = r.compare(VectorOperators.EQ, zero);
                uOld.blend(a, active).intoArray(u, i);
                r.sub(one).blend(zero, active).intoArray(refr, i);
            } else {
                a.intoArray(acc, i);
                later[np++] = i;
            }
        }
        int bad = -1;
        for (int k = pending; k < np; k++) {
            int i = later[k];
            int b = tail.threshold(acc, u, refr, th, reset, refSteps, low, i, i + L, out);
            bad = bad >= 0 ? bad : b;
        }
        int tailBad = tail.update(acc, u, c0, p, curA, ringA, piA, dA, curB, ringB, piB, dB, base, refr, th, reset,
                refSteps, low, end, hi, out);
        return bad >= 0 ? bad : tailBad;
    }

    /*
     * The fast test |u - mid| < half holds only for u inside (low, th) and never for NaN. It
     * covers (th - 2W, th) with W = 1024 mV (less if low is closer): a lane below that only takes
     * the scalar test, which checks the real bound. With |u - mid| up to 2W, the float
     * subtraction rounds by at most 1.2e-4 mV and half by 6e-5 mV, so a margin of 1e-3 mV keeps
     * the test conservative, and lanes within 1e-3 mV of the threshold are rare (a 0.1 mV margin
     * put a fifth of CUBA's profile samples into the scalar test).
     */

    private static double window(float th, float low) {
        return Math.min(1024, 0.5 * ((double) th - low));
    }

    private static float mid(float th, float low) {
        return (float) (th - window(th, low));
    }

    private static float halfWidth(float th, float low) {
        double m = mid(th, low);
        return (float) (Math.min(th - m, m - low) - 1e-3);
    }
}
