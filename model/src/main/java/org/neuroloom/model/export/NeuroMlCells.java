package org.neuroloom.model.export;

import java.util.ArrayList;
import java.util.List;
import org.neuroloom.model.Population;
import org.neuroloom.model.dist.Distribution;
import org.neuroloom.model.neuron.AdEx;
import org.neuroloom.model.neuron.HodgkinHuxley;
import org.neuroloom.model.neuron.Izhikevich;
import org.neuroloom.model.neuron.Lif;
import org.neuroloom.model.neuron.Neuron;

/**
 * NeuroML2 cell components: LIF as {@code iafRefCell}; Izhikevich (2003) as
 * {@code izhikevich2007Cell} (the 2003 equation rewritten exactly in the 2007 form, see
 * {@link #izhikevich}); AdEx as {@code adExIaFCell}; Hodgkin-Huxley as a one-compartment
 * {@code cell} with {@code ionChannelHH} sodium, potassium and leak channels whose standard HH
 * rate functions reproduce both the squid and the Traub-Miles kinetics exactly. Constant
 * currents (bias) that a cell type has no parameter for are returned as a current in pA, to be
 * injected by a {@code pulseGenerator}.
 */
final class NeuroMlCells {

    /** Roots of 0.04 v² + 5 v + 140: the 2003 model's "rest" and "threshold" in 2007 form. */
    static final double IZH_VR_MV = (-125 - Math.sqrt(1625)) / 2;
    static final double IZH_VT_MV = (-125 + Math.sqrt(1625)) / 2;

    /** The components that define one population's cell, and the constant current it needs. */
    record CellDef(String componentId, List<XmlNode> nodes, double biasPa) {
    }

    private NeuroMlCells() {
    }

    static CellDef cell(Population p, String id, List<String> limitations) {
        Neuron m = (Neuron) p.model();
        String cid = id + "_cell";
        List<XmlNode> nodes = new ArrayList<>();
        double bias = m.iBiasPa();
        Distribution v = p.initial().get("v");
        if (m instanceof Lif l) {
            nodes.add(XmlNode.of("iafRefCell", "id", cid, "leakReversal", mv(l.vRestMv()), "thresh", mv(l.vThreshMv()),
                    "reset", mv(l.vResetMv()), "C", Decimal.of(l.cmPf()) + "pF", "leakConductance",
                    Decimal.of(l.gLeakNs()) + "nS", "refract", ms(l.tRefMs())));
            startsAtRest(p, v, l.vRestMv(), "iafRefCell", limitations);
        } else if (m instanceof AdEx a) {
            nodes.add(XmlNode.of("adExIaFCell", "id", cid, "C", Decimal.of(a.cmPf()) + "pF", "gL", Decimal.of(a.gLNs()) + "nS",
                    "EL", mv(a.eLMv()), "reset", mv(a.vResetMv()), "VT", mv(a.vTMv()), "thresh", mv(a.vPeakMv()),
                    "delT", mv(a.deltaTMv()), "tauw", ms(a.tauWMs()), "refract", ms(a.tRefMs()),
                    "a", Decimal.of(a.aNs()) + "nS", "b", Decimal.of(a.bPa()) + "pA"));
            startsAtRest(p, v, a.eLMv(), "adExIaFCell", limitations);
        } else if (m instanceof Izhikevich z) {
            bias = izhikevich(p, z, cid, nodes, limitations);
        } else {
            hodgkinHuxley((HodgkinHuxley) m, id, cid, v == null ? m.vInitialMv() : v.mean(), nodes);
            randomStart(p, v, limitations);
        }
        for (String name : p.initial().keySet()) {
            if (!name.equals("v")) {
                limitations.add("population '" + p.id() + "': initial value of '" + name + "' is not exported");
            }
        }
        return new CellDef(cid, nodes, bias);
    }

    /**
     * NeuroML's 2007 form {@code C dv/dt = k(v-vr)(v-vt) - u' + I}, {@code du'/dt = a(b(v-vr) - u')}
     * equals the 2003 model with C = 1 pF, k = 0.04 nS/mV, vr and vt the roots of
     * 0.04v² + 5v + 140, and {@code u' = u - b·vr}; the leftover constant {@code -b·vr} is
     * returned as bias current.
     */
    private static double izhikevich(Population p, Izhikevich z, String cid, List<XmlNode> nodes, List<String> limitations) {
        Distribution v = p.initial().get("v");
        double v0 = v == null ? z.vInitialMv() : v.mean();
        nodes.add(XmlNode.of("izhikevich2007Cell", "id", cid, "C", "1pF", "v0", mv(v0), "k", "0.04nS_per_mV",
                "vr", mv(IZH_VR_MV), "vt", mv(IZH_VT_MV), "vpeak", mv(z.vPeakMv()), "a", Decimal.of(z.a()) + "per_ms",
                "b", Decimal.of(z.b()) + "nS", "c", mv(z.cMv()), "d", Decimal.of(z.d()) + "pA"));
        randomStart(p, v, limitations);
        limitations.add("population '" + p.id() + "': NeuroML's izhikevich2007Cell starts with u' = 0, i.e. u = b*vr = "
                + Decimal.of(z.b() * IZH_VR_MV) + " instead of b*v0 = " + Decimal.of(z.b() * v0));
        return z.iBiasPa() - z.b() * IZH_VR_MV;
    }

    private static void hodgkinHuxley(HodgkinHuxley h, String id, String cid, double v0, List<XmlNode> nodes) {
        boolean traub = h.kinetics() == HodgkinHuxley.Kinetics.TRAUB;
        double vt = h.vTraubMv();
        XmlNode na = XmlNode.of("ionChannelHH", "id", id + "_na", "conductance", "10pS", "species", "na");
        XmlNode k = XmlNode.of("ionChannelHH", "id", id + "_k", "conductance", "10pS", "species", "k");
        if (traub) {
            na.add(gate("m", 3, rate("HHExpLinearRate", 1.28, vt + 13, 4), rate("HHExpLinearRate", 1.4, vt + 40, -5)));
            na.add(gate("h", 1, rate("HHExpRate", 0.128, vt + 17, -18), rate("HHSigmoidRate", 4, vt + 40, 5)));
            k.add(gate("n", 4, rate("HHExpLinearRate", 0.16, vt + 15, 5), rate("HHExpRate", 0.5, vt + 10, -40)));
        } else {
            na.add(gate("m", 3, rate("HHExpLinearRate", 1, -40, 10), rate("HHExpRate", 4, -65, -18)));
            na.add(gate("h", 1, rate("HHExpRate", 0.07, -65, -20), rate("HHSigmoidRate", 1, -35, 10)));
            k.add(gate("n", 4, rate("HHExpLinearRate", 0.1, -55, 10), rate("HHExpRate", 0.125, -65, -80)));
        }
        XmlNode leak = XmlNode.of("ionChannelHH", "id", id + "_leak", "conductance", "10pS", "type", "ionChannelPassive");
        nodes.add(na);
        nodes.add(k);
        nodes.add(leak);
        // At 1 µF/cm² the membrane area is C·10^-6 cm², so g nS becomes g/C mS/cm² exactly.
        double diameterUm = Math.sqrt(100 * h.cmPf() / Math.PI);
        String d = Decimal.of(diameterUm);
        XmlNode morph = XmlNode.of("morphology", "id", id + "_morphology")
                .add(XmlNode.of("segment", "id", "0", "name", "soma")
                        .add(XmlNode.of("proximal", "x", "0.0", "y", "0.0", "z", "0.0", "diameter", d))
                        .add(XmlNode.of("distal", "x", "0.0", "y", "0.0", "z", "0.0", "diameter", d)));
        XmlNode membrane = XmlNode.of("membraneProperties")
                .add(XmlNode.of("channelDensity", "id", "na_all", "ionChannel", id + "_na",
                        "condDensity", Decimal.of(h.gNaNs() / h.cmPf()) + "mS_per_cm2", "erev", mv(h.eNaMv()), "ion", "na"))
                .add(XmlNode.of("channelDensity", "id", "k_all", "ionChannel", id + "_k",
                        "condDensity", Decimal.of(h.gKNs() / h.cmPf()) + "mS_per_cm2", "erev", mv(h.eKMv()), "ion", "k"))
                .add(XmlNode.of("channelDensity", "id", "leak_all", "ionChannel", id + "_leak",
                        "condDensity", Decimal.of(h.gLNs() / h.cmPf()) + "mS_per_cm2", "erev", mv(h.eLMv()),
                        "ion", "non_specific"))
                .add(XmlNode.of("spikeThresh", "value", mv(h.spikeDetectMv())))
                .add(XmlNode.of("specificCapacitance", "value", "1.0uF_per_cm2"))
                .add(XmlNode.of("initMembPotential", "value", mv(v0)));
        XmlNode bio = XmlNode.of("biophysicalProperties", "id", id + "_biophysics").add(membrane)
                .add(XmlNode.of("intracellularProperties").add(XmlNode.of("resistivity", "value", "0.03kohm_cm")));
        nodes.add(XmlNode.of("cell", "id", cid).add(morph).add(bio));
    }

    private static XmlNode gate(String id, int instances, XmlNode forward, XmlNode reverse) {
        XmlNode g = XmlNode.of("gateHHrates", "id", id, "instances", Integer.toString(instances));
        XmlNode f = new XmlNode("forwardRate", forward.attrs(), new ArrayList<>());
        XmlNode r = new XmlNode("reverseRate", reverse.attrs(), new ArrayList<>());
        return g.add(f).add(r);
    }

    private static XmlNode rate(String type, double perMs, double midpointMv, double scaleMv) {
        return XmlNode.of("rate", "type", type, "rate", Decimal.of(perMs) + "per_ms", "midpoint", mv(midpointMv),
                "scale", mv(scaleMv));
    }

    private static void startsAtRest(Population p, Distribution v, double restMv, String cell, List<String> limitations) {
        if (v != null && !(v instanceof Distribution.Constant c && c.value() == restMv)) {
            limitations.add("population '" + p.id() + "': NeuroML's " + cell + " starts at its leak reversal "
                    + Decimal.of(restMv) + " mV; the initial V distribution is not exported");
        }
    }

    private static void randomStart(Population p, Distribution v, List<String> limitations) {
        if (v != null && !(v instanceof Distribution.Constant)) {
            limitations.add("population '" + p.id() + "': every cell starts at the mean initial V " + Decimal.of(v.mean())
                    + " mV; the distribution is not exported");
        }
    }

    static String mv(double v) {
        return Decimal.of(v) + "mV";
    }

    static String ms(double v) {
        return Decimal.of(v) + "ms";
    }
}
