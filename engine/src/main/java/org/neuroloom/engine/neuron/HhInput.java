package org.neuroloom.engine.neuron;

/**
 * The synaptic input of a Hodgkin-Huxley slice as {@link HhLoops#step} reads it: up to two
 * exponential conductance channels that the step advances itself in the pass that reads the
 * state ({@code g += x; I += x·E; x = x·d + ring; ring = 0}), on top of either the bias and
 * injected current or, when the population has other input (alpha channels, current channels,
 * more conductance channels), the sums of those in {@code g} and {@code acc} (computed by the
 * {@link LifLoops} passes). Reading the channels in the same pass saves writing and rereading
 * the sums: with COBAHH's two channels that pass replaces three.
 * <p>The channels are double precision (as in {@link LifLoops#condExp}), or single precision
 * when they are the population's only input ({@link Channel#single}; COBAHH): then the step
 * needs no conversion at all.
 *
 * @param g        Σ g_syn (nS) of the other input, or {@code null} when there is none
 * @param acc      Σ g_syn E_syn + I (pA) of the other input, bias and injection included; {@code null} with g
 * @param biasPa   the constant bias current, used when {@code g} is {@code null}
 * @param injected injected current per neuron (pA) or {@code null}, used when {@code g} is {@code null}
 * @param a        the first channel the step advances, or {@code null} when there is none
 * @param b        the second one, or {@code null}; of the same precision as {@code a}
 * @param delta    ring of arriving V jumps (mV, added to the new V and cleared), or {@code null} when there is none
 */
public record HhInput(double[] g, double[] acc, double biasPa, double[] injected, Channel a, Channel b,
                      double[] delta) {

    /** Input from other channels only, summed into {@code g} and {@code acc} (no channel is advanced by the step). */
    public static HhInput summed(double[] g, double[] acc, double[] delta) {
        return new HhInput(g, acc, 0, null, null, null, delta);
    }

    /** Whether the step's channels are single precision (then there is no other input, injection or jump). */
    public boolean single() {
        return a != null && a.gF() != null;
    }

    /**
     * An exponential conductance channel: its state (nS per neuron) and ring buffer, in double
     * ({@code g}, {@code ring}) or in float ({@code gF}, {@code ringF}; the others {@code null}).
     *
     * @param eRevMv reversal potential, mV
     * @param decay  decay factor per step
     */
    public record Channel(double[] g, double[] ring, float[] gF, float[] ringF, double eRevMv, double decay) {
        /** A double-precision channel. */
        public static Channel of(double[] g, double[] ring, double eRevMv, double decay) {
            return new Channel(g, ring, null, null, eRevMv, decay);
        }

        /** A single-precision channel. */
        public static Channel single(float[] g, float[] ring, double eRevMv, double decay) {
            return new Channel(null, null, g, ring, eRevMv, decay);
        }
    }
}
