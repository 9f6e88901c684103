package org.neuroloom.engine.neuron;

/**
 * The single-precision LIF update of a slice {@code [lo, hi)} ({@link LifFloatKernel}), as a
 * plain array loop. Two implementations with the same float operations in the same order (no
 * fused multiply-add), so bit-identical results: {@link Scalar}, which defines them, and a SIMD
 * one ({@code neuron.simd.LifFloatLoopsSimd}) used when the JVM
 * has {@code jdk.incubator.vector} (see {@link Simd}).
 * <p>Per element, with {@code u} = V - E_L: {@code a = u·p + c0 + x·piA (+ y·piB)}, then
 * {@code x = x·dA + ringA} (and y likewise; ring entries cleared), then the threshold: where
 * {@code refr == 0}, u takes a and spikes at {@code >= th} (u = reset, refr = refSteps);
 * elsewhere refr counts down and u stays.
 */
public interface LifFloatLoops {

    /**
     * One step of the slice; {@code curB} is {@code null} for one channel. {@code acc} is
     * scratch (one float per element).
     *
     * @return the first element whose new u is NaN or not above {@code low}, or -1
     */
    int update(float[] acc, float[] u, float c0, float p, float[] curA, float[] ringA, float piA, float dA,
               float[] curB, float[] ringB, float piB, float dB, int base, float[] refr, float th, float reset,
               float refSteps, float low, int lo, int hi, SpikeBuffer out);

    /** The scalar loop; also the SIMD loop's tail and its path for vectors with a spiking or runaway lane. */
    final class Scalar implements LifFloatLoops {
        @Override
        public int update(float[] acc, float[] u, float c0, float p, float[] curA, float[] ringA, float piA, float dA,
                          float[] curB, float[] ringB, float piB, float dB, int base, float[] refr, float th,
                          float reset, float refSteps, float low, int lo, int hi, SpikeBuffer out) {
            for (int i = lo; i < hi; i++) {
                float x = curA[i];
                float a = u[i] * p + c0 + x * piA;
                curA[i] = x * dA + ringA[base + i];
                ringA[base + i] = 0;
                if (curB != null) {
                    float y = curB[i];
                    a = a + y * piB;
                    curB[i] = y * dB + ringB[base + i];
                    ringB[base + i] = 0;
                }
                acc[i] = a;
            }
            return threshold(acc, u, refr, th, reset, refSteps, low, lo, hi, out);
        }

        /**
         * The threshold of elements {@code [lo, hi)} whose new u (before reset) is in {@code acc}.
         *
         * @return the first element whose new u is NaN or not above {@code low}, or -1
         */
        public int threshold(float[] acc, float[] u, float[] refr, float th, float reset, float refSteps, float low,
                             int lo, int hi, SpikeBuffer out) {
            int bad = -1;
            for (int i = lo; i < hi; i++) {
                float r = refr[i];
                if (r != 0) {
                    refr[i] = r - 1;
                    continue;
                }
                float ui = acc[i];
                if (ui >= th) {
                    out.add(i);
                    ui = reset;
                    refr[i] = refSteps;
                } else if (!(ui > low) && bad < 0) {
                    bad = i;
                }
                u[i] = ui;
            }
            return bad;
        }
    }
}
