package org.neuroloom.engine.synapse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neuroloom.model.synapse.SynapseModel;
import org.neuroloom.model.synapse.SynapticChannels;

/**
 * The synaptic input variables of one target population. Projections with the same kind,
 * time constant and reversal potential share one channel (NEST multisynapse style). Each
 * channel has a delay ring buffer {@code ring[slot * size + neuron]} that static projections
 * add their weights to at emission time and that the neuron kernel empties at arrival time.
 * <ul>
 *   <li>delta: the arriving sum jumps V (mV);</li>
 *   <li>current channels (pA): exponential {@code I' = -I/τ}; alpha {@code Y' = -Y/τ,
 *       I' = Y - I/τ}, an arrival of weight w adds {@code w e/τ} to Y so that I peaks at w after τ;</li>
 *   <li>conductance channels (nS): the same shapes for g, current {@code g (E_rev - V)}.</li>
 * </ul>
 * The decays are exact: {@code I(t+h) = e^(-h/τ) (I + h Y)}, {@code Y(t+h) = e^(-h/τ) Y}.
 * Arrays are public because the neuron kernels' hot loops read them directly.
 * <p>Single precision ({@link #singlePrecision}): a LIF population whose input is one or two
 * exponential current channels and nothing else (no delta, conductance or current-source
 * input; Vogels-Abbott CUBA) keeps its current rings and states in {@code float} arrays
 * ({@link #iRingF}, {@link #iStateF}), which its kernel ({@code LifFloatKernel}) updates in
 * single precision; so does a Hodgkin-Huxley population whose input is one or two exponential
 * conductance channels and nothing else (COBAHH), with {@link #gRingF} and {@link #gStateF}
 * ({@code HhKernel}). {@link #iRing} and {@link #gRing} entries are then {@code null}, and
 * {@link #iState} and {@link #gState} entries are double copies for readers ({@link #state}),
 * kept up to date after every step once read.
 */
public final class InputChannels {
    public final int size;
    public final int ringSize;
    /** Arriving V jumps per slot, or {@code null} when no delta projection targets the population. */
    public final double[] deltaRing;
    public final int currentCount;
    public final double[][] iRing;
    public final double[][] iState;
    /** Alpha rise variable per current channel ({@code null} entry for an exponential channel). */
    public final double[][] iRise;
    public final double[] iTauMs;
    public final double[] iDecay;
    public final double[] iRiseGain;
    /** Whether the current channels are single precision (see the class comment). */
    public final boolean singlePrecision;
    /** Single precision: the current channels' rings, else {@code null}. */
    public final float[][] iRingF;
    /** Single precision: the current channels' live states (pA), else {@code null}. */
    public final float[][] iStateF;
    public final int condCount;
    public final double[][] gRing;
    public final double[][] gState;
    /** Single precision: the conductance channels' rings, else {@code null}. */
    public final float[][] gRingF;
    /** Single precision: the conductance channels' live states (nS), else {@code null}. */
    public final float[][] gStateF;
    public final double[][] gRise;
    public final double[] gTauMs;
    public final double[] gDecay;
    public final double[] gRiseGain;
    public final double[] eRevMv;
    /** Current injected by current sources this step (pA), or {@code null} when none. */
    public final double[] injectedPa;
    public final List<CurrentInjection> injections;
    private final double dtMs;
    /** The channels' state arrays by state-variable name ({@code g_ex}, {@code I_in}...; see {@link SynapticChannels}). */
    private final Map<String, double[]> named = new LinkedHashMap<>();
    /** Single precision: whether a reader holds the double copies (then kernels refresh them every step). */
    private boolean copiesRead;

    private InputChannels(Builder b, int size, int ringSize, double dtMs, List<SynapticChannels.Channel> names,
                          boolean singlePrecision) {
        this.size = size;
        this.ringSize = ringSize;
        this.dtMs = dtMs;
        this.singlePrecision = singlePrecision;
        deltaRing = b.delta ? new double[ringSize * size] : null;
        currentCount = b.currents.size();
        iRingF = singlePrecision ? new float[currentCount][] : null;
        iStateF = singlePrecision ? new float[currentCount][] : null;
        iRing = new double[currentCount][];
        iState = new double[currentCount][];
        iRise = new double[currentCount][];
        iTauMs = new double[currentCount];
        iDecay = new double[currentCount];
        iRiseGain = new double[currentCount];
        for (int c = 0; c < currentCount; c++) {
            Shape s = b.currents.get(c);
            if (singlePrecision) {
                iRingF[c] = new float[ringSize * size];
                iStateF[c] = new float[size];
            } else {
                iRing[c] = new double[ringSize * size];
            }
            iState[c] = new double[size];
            iRise[c] = s.alpha ? new double[size] : null;
            iTauMs[c] = s.tauMs;
            iDecay[c] = Math.exp(-dtMs / s.tauMs);
            iRiseGain[c] = Math.E / s.tauMs;
        }
        condCount = b.conductances.size();
        gRing = new double[condCount][];
        gState = new double[condCount][];
        gRingF = singlePrecision ? new float[condCount][] : null;
        gStateF = singlePrecision ? new float[condCount][] : null;
        gRise = new double[condCount][];
        gTauMs = new double[condCount];
        gDecay = new double[condCount];
        gRiseGain = new double[condCount];
        eRevMv = new double[condCount];
        for (int c = 0; c < condCount; c++) {
            Shape s = b.conductances.get(c);
            if (singlePrecision) {
                gRingF[c] = new float[ringSize * size];
                gStateF[c] = new float[size];
            } else {
                gRing[c] = new double[ringSize * size];
            }
            gState[c] = new double[size];
            gRise[c] = s.alpha ? new double[size] : null;
            gTauMs[c] = s.tauMs;
            gDecay[c] = Math.exp(-dtMs / s.tauMs);
            gRiseGain[c] = Math.E / s.tauMs;
            eRevMv[c] = s.eRevMv;
        }
        injections = List.copyOf(b.injections);
        injectedPa = injections.isEmpty() ? null : new double[size];
        for (SynapticChannels.Channel ch : names) {
            Shape shape = Shape.of(ch.synapse());
            int c = (ch.conductance() ? b.conductances : b.currents).indexOf(shape);
            if (c < 0) {
                throw new IllegalStateException("channel " + ch.name() + " has no engine channel");
            }
            named.put(ch.name(), ch.conductance() ? gState[c] : iState[c]);
        }
    }

    /** The names of the channels' state variables, in the model's order. */
    public List<String> names() {
        return List.copyOf(named.keySet());
    }

    /**
     * The live value array of channel {@code name} (nS or pA per neuron), or {@code null} if there
     * is none. Single precision: a double copy of the live state, refreshed now and after every
     * following step (call between steps only).
     */
    public double[] state(String name) {
        if (singlePrecision && !copiesRead && named.containsKey(name)) {
            // from now on the kernel refreshes every channel's copy after each update
            copiesRead = true;
            copyOut(0, size);
        }
        return named.get(name);
    }

    /** Single precision: whether the double copies of the states are read (see {@link #state}). */
    public boolean copiesRead() {
        return copiesRead;
    }

    /** Single precision: refreshes the double copies of elements {@code [lo, hi)} from the live states. */
    public void copyOut(int lo, int hi) {
        for (int c = 0; c < currentCount; c++) {
            copy(iStateF[c], iState[c], lo, hi);
        }
        for (int c = 0; c < condCount; c++) {
            copy(gStateF[c], gState[c], lo, hi);
        }
    }

    private static void copy(float[] from, double[] to, int lo, int hi) {
        for (int i = lo; i < hi; i++) {
            to[i] = from[i];
        }
    }

    /**
     * Single precision: takes the initial values written into the double copies as the live
     * states (rounded to float, the copies too); no reader holds the copies after this.
     */
    public void copyIn() {
        for (int c = 0; c < currentCount; c++) {
            for (int i = 0; i < size; i++) {
                iStateF[c][i] = (float) iState[c][i];
            }
        }
        for (int c = 0; c < condCount; c++) {
            for (int i = 0; i < size; i++) {
                gStateF[c][i] = (float) gState[c][i];
            }
        }
        copyOut(0, size);
        copiesRead = false;
    }

    /** Whether any channel is a conductance. */
    public boolean conductanceBased() {
        return condCount > 0;
    }

    /**
     * The ring buffer a projection with channel reference {@code ref} (from the builder) writes
     * to, or {@code null} when it is a single-precision ring ({@link #ringF}).
     */
    public double[] ring(int ref) {
        if (ref == Builder.DELTA_REF) {
            return deltaRing;
        }
        return ref >= Builder.COND_BASE ? gRing[ref - Builder.COND_BASE] : iRing[ref];
    }

    /** The single-precision ring buffer of channel reference {@code ref}, or {@code null} ({@link #ring}). */
    public float[] ringF(int ref) {
        if (!singlePrecision || ref == Builder.DELTA_REF) {
            return null;
        }
        return ref >= Builder.COND_BASE ? gRingF[ref - Builder.COND_BASE] : iRingF[ref];
    }

    /** Sums the current-source injections of elements {@code [lo, hi)} at step {@code step} into {@link #injectedPa}. */
    public void computeInjected(int lo, int hi, long step) {
        if (injectedPa == null) {
            return;
        }
        java.util.Arrays.fill(injectedPa, lo, hi, 0.0);
        for (CurrentInjection inj : injections) {
            inj.addTo(injectedPa, lo, hi, step);
        }
    }

    /** Sum of the current channels of neuron {@code i} (pA), at the start of the step. */
    public double currentSum(int i) {
        double s = 0;
        for (int c = 0; c < currentCount; c++) {
            s += iState[c][i];
        }
        return s;
    }

    /**
     * Decays every channel of neuron {@code i} exactly over one step and adds the input that
     * arrives in ring slot {@code slot} (clearing it). Delta input is not touched.
     */
    public void advance(int i, int slot) {
        int r = slot * size + i;
        for (int c = 0; c < currentCount; c++) {
            double in = iRing[c][r];
            iRing[c][r] = 0;
            double[] y = iRise[c];
            double d = iDecay[c];
            if (y == null) {
                iState[c][i] = d * iState[c][i] + in;
            } else {
                iState[c][i] = d * (iState[c][i] + dtMs * y[i]);
                y[i] = d * y[i] + iRiseGain[c] * in;
            }
        }
        for (int c = 0; c < condCount; c++) {
            double in = gRing[c][r];
            gRing[c][r] = 0;
            double[] y = gRise[c];
            double d = gDecay[c];
            if (y == null) {
                gState[c][i] = d * gState[c][i] + in;
            } else {
                gState[c][i] = d * (gState[c][i] + dtMs * y[i]);
                y[i] = d * y[i] + gRiseGain[c] * in;
            }
        }
    }

    /** Takes (and clears) the delta input of neuron {@code i} arriving in {@code slot}, mV. */
    public double takeDelta(int i, int slot) {
        if (deltaRing == null) {
            return 0;
        }
        int r = slot * size + i;
        double d = deltaRing[r];
        deltaRing[r] = 0;
        return d;
    }

    /** Registers synapse shapes, then builds the channels once the ring size is known. */
    public static final class Builder {
        public static final int DELTA_REF = -1;
        static final int COND_BASE = 1 << 20;
        private boolean delta;
        private final List<Shape> currents = new ArrayList<>();
        private final List<Shape> conductances = new ArrayList<>();
        private final List<CurrentInjection> injections = new ArrayList<>();

        /** The channel reference for projections of this synapse model (shared by equal shapes). */
        public int channelFor(SynapseModel m) {
            if (m instanceof SynapseModel.Delta) {
                delta = true;
                return DELTA_REF;
            }
            Shape s = Shape.of(m);
            List<Shape> list = m.conductanceBased() ? conductances : currents;
            int idx = list.indexOf(s);
            if (idx < 0) {
                list.add(s);
                idx = list.size() - 1;
            }
            return m.conductanceBased() ? COND_BASE + idx : idx;
        }

        /** Adds a current-source projection onto this population. */
        public void addInjection(CurrentInjection inj) {
            injections.add(inj);
        }

        /**
         * The channels of a population of {@code size} with {@code ringSize} delay slots.
         *
         * @param names the population's channels as the model names them ({@link SynapticChannels#of})
         */
        public InputChannels build(int size, int ringSize, double dtMs, List<SynapticChannels.Channel> names) {
            return build(size, ringSize, dtMs, names, Kind.OTHER);
        }

        /**
         * As {@link #build(int, int, double, List)}, single precision when the input of a
         * population of that {@code kind} fits (see {@link Kind}).
         */
        public InputChannels build(int size, int ringSize, double dtMs, List<SynapticChannels.Channel> names,
                                   Kind kind) {
            return new InputChannels(this, size, ringSize, dtMs, names, fitsSinglePrecision(kind));
        }

        /** Whether the input fits the single-precision kernel of {@code kind}. */
        boolean fitsSinglePrecision(Kind kind) {
            if (kind == Kind.OTHER || delta || !injections.isEmpty()) {
                return false;
            }
            List<Shape> only = kind == Kind.LIF ? currents : conductances;
            List<Shape> none = kind == Kind.LIF ? conductances : currents;
            return none.isEmpty() && (only.size() == 1 || only.size() == 2) && only.stream().noneMatch(Shape::alpha);
        }
    }

    /**
     * The kind of neuron a population's channels feed, for {@link Builder#build(int, int, double, List, Kind)}:
     * a LIF population runs single precision with one or two exponential current channels and
     * no other input, a Hodgkin-Huxley population with one or two exponential conductance
     * channels and no other input; every other population stays in double.
     */
    public enum Kind { LIF, HODGKIN_HUXLEY, OTHER }

    private record Shape(boolean alpha, double tauMs, double eRevMv) {
        static Shape of(SynapseModel m) {
            if (m instanceof SynapseModel.ExpCurrent e) {
                return new Shape(false, e.tauMs(), 0);
            }
            if (m instanceof SynapseModel.AlphaCurrent a) {
                return new Shape(true, a.tauMs(), 0);
            }
            if (m instanceof SynapseModel.ExpConductance e) {
                return new Shape(false, e.tauMs(), e.eRevMv());
            }
            if (m instanceof SynapseModel.AlphaConductance a) {
                return new Shape(true, a.tauMs(), a.eRevMv());
            }
            throw new IllegalArgumentException("no channel shape for " + m);
        }
    }
}
