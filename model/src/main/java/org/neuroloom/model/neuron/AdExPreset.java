package org.neuroloom.model.neuron;

/**
 * AdEx firing patterns from Naud, Marcille, Clopath &amp; Gerstner (2008), "Firing patterns in
 * the adaptive exponential integrate-and-fire model", Biol Cybern 99:335, Table 1, with the
 * step current that shows each pattern.
 */
public enum AdExPreset {
    TONIC("Tonic spiking", 200, 10, -70, -50, 2, 30, 2, 0, -58, 500),
    ADAPTING("Adapting", 200, 12, -70, -50, 2, 300, 2, 60, -58, 500),
    INITIAL_BURST("Initial burst", 130, 18, -58, -50, 2, 150, 4, 120, -50, 400),
    REGULAR_BURSTING("Regular bursting", 200, 10, -58, -50, 2, 120, 2, 100, -46, 210),
    DELAYED("Delayed accelerating", 200, 12, -70, -50, 2, 300, -10, 0, -58, 300),
    IRREGULAR("Irregular spiking", 100, 12, -60, -50, 2, 130, -11, 30, -48, 160);

    private final String label;
    private final double cmPf;
    private final double gLNs;
    private final double eLMv;
    private final double vTMv;
    private final double deltaTMv;
    private final double tauWMs;
    private final double aNs;
    private final double bPa;
    private final double vResetMv;
    private final double stepCurrentPa;

    AdExPreset(String label, double cmPf, double gLNs, double eLMv, double vTMv, double deltaTMv, double tauWMs,
               double aNs, double bPa, double vResetMv, double stepCurrentPa) {
        this.label = label;
        this.cmPf = cmPf;
        this.gLNs = gLNs;
        this.eLMv = eLMv;
        this.vTMv = vTMv;
        this.deltaTMv = deltaTMv;
        this.tauWMs = tauWMs;
        this.aNs = aNs;
        this.bPa = bPa;
        this.vResetMv = vResetMv;
        this.stepCurrentPa = stepCurrentPa;
    }

    /** Human label, e.g. "Initial burst". */
    public String label() {
        return label;
    }

    /** The step current (pA) of the paper's figure for this pattern. */
    public double stepCurrentPa() {
        return stepCurrentPa;
    }

    /** The model with this preset's parameters, spike detection at 0 mV, no bias current. */
    public AdEx model() {
        return new AdEx(cmPf, gLNs, eLMv, vTMv, deltaTMv, tauWMs, aNs, bPa, vResetMv, 0, 0, 0);
    }

    /** The preset whose parameters equal the model's (ignoring bias, refractory time and peak), or {@code null}. */
    public static AdExPreset matching(AdEx m) {
        for (AdExPreset p : values()) {
            if (p.model().equals(new AdEx(m.cmPf(), m.gLNs(), m.eLMv(), m.vTMv(), m.deltaTMv(), m.tauWMs(), m.aNs(),
                    m.bPa(), m.vResetMv(), 0, 0, 0))) {
                return p;
            }
        }
        return null;
    }
}
