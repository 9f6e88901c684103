package org.neuroloom.model.neuron;

/**
 * The cell types of Izhikevich (2003), "Simple model of spiking neurons", IEEE TNN 14:1569,
 * Fig. 2: (a, b, c, d).
 */
public enum IzhikevichPreset {
    REGULAR_SPIKING("Regular spiking (RS)", 0.02, 0.2, -65, 8),
    INTRINSICALLY_BURSTING("Intrinsically bursting (IB)", 0.02, 0.2, -55, 4),
    CHATTERING("Chattering (CH)", 0.02, 0.2, -50, 2),
    FAST_SPIKING("Fast spiking (FS)", 0.1, 0.2, -65, 2),
    LOW_THRESHOLD_SPIKING("Low-threshold spiking (LTS)", 0.02, 0.25, -65, 2),
    THALAMO_CORTICAL("Thalamo-cortical (TC)", 0.02, 0.25, -65, 0.05),
    RESONATOR("Resonator (RZ)", 0.1, 0.26, -65, 2);

    private final String label;
    private final double a;
    private final double b;
    private final double c;
    private final double d;

    IzhikevichPreset(String label, double a, double b, double c, double d) {
        this.label = label;
        this.a = a;
        this.b = b;
        this.c = c;
        this.d = d;
    }

    /** Human label, e.g. "Regular spiking (RS)". */
    public String label() {
        return label;
    }

    /** The model with this preset's a, b, c, d, a 30 mV cutoff and no bias current. */
    public Izhikevich model() {
        return new Izhikevich(a, b, c, d, 30, 0);
    }

    /** The preset whose a, b, c, d equal the model's, or {@code null}. */
    public static IzhikevichPreset matching(Izhikevich m) {
        for (IzhikevichPreset p : values()) {
            if (p.a == m.a() && p.b == m.b() && p.c == m.cMv() && p.d == m.d()) {
                return p;
            }
        }
        return null;
    }
}
