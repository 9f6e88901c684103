package org.neuroloom.engine.neuron;

/**
 * The synaptic input of a Hodgkin-Huxley slice as {@link HhLoops#step} reads it: up to two
 * exponential conductance channels that the step advances itself in the pass that reads the
 * state ({@code g += x; I += x·E; x = x·d + ring; ring = 0}, in double precision as in
 * {@link LifLoops#condExp}), on top of either the bias and injected current or, when the
 * population has other input (alpha channels, current channels, more conductance channels),
 * the sums of those in {@code g} and {@code acc} (computed by the {@link LifLoops} passes).
 * Reading the channels in the same pass saves writing and rereading the sums: with COBAHH's
 * two channels that pass replaces three.
 *
 * @param g        Σ g_syn (nS) of the other input, or {@code null} when there is none
 * @param acc      Σ g_syn E_syn + I (pA) of the other input, bias and injection included; {@code null} with g
 * @param biasPa   the constant bias current, used when {@code g} is {@code null}
 * @param injected injected current per neuron (pA) or {@code null}, used when {@code g} is {@code null}
 * @param gA       state of channel A (nS per neuron), or {@code null} when the step advances no channel
 * @param ringA    ring buffer of channel A
 * @param eA       reversal potential of channel A, mV
 * @param dA       decay factor of channel A per step
 * @param gB       state of channel B, or {@code null} when the step advances at most one channel
 * @param ringB    ring buffer of channel B
 * @param eB       reversal potential of channel B, mV
 * @param dB       decay factor of channel B per step
 * @param delta    ring of arriving V jumps (mV, added to the new V and cleared), or {@code null} when there is none
 */
public record HhInput(double[] g, double[] acc, double biasPa, double[] injected, double[] gA, double[] ringA,
                      double eA, double dA, double[] gB, double[] ringB, double eB, double dB, double[] delta) {

    /** Input from other channels only, summed into {@code g} and {@code acc} (no channel is advanced by the step). */
    public static HhInput summed(double[] g, double[] acc, double[] delta) {
        return new HhInput(g, acc, 0, null, null, null, 0, 0, null, null, 0, 0, delta);
    }
}
