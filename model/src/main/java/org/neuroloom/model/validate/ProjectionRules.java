package org.neuroloom.model.validate;

import static org.neuroloom.model.validate.Checks.known;
import static org.neuroloom.model.validate.Checks.num;
import static org.neuroloom.model.validate.Checks.quote;

import org.neuroloom.model.Population;
import org.neuroloom.model.Projection;
import org.neuroloom.model.connect.Connector;
import org.neuroloom.model.neuron.CurrentSource;
import org.neuroloom.model.neuron.Neuron;
import org.neuroloom.model.plasticity.Plasticity;
import org.neuroloom.model.synapse.Receptor;
import org.neuroloom.model.synapse.SynapseModel;

/**
 * Rules for one projection: its ends exist and can send/receive, the connector fits the
 * populations, delays are at least one step, weights have the receptor's sign, plasticity
 * bounds hold.
 *
 * <p>Degree connectors draw without multapses (no pair twice), so {@code fixed_in_degree} n can
 * be at most the source size, {@code fixed_out_degree} n at most the target size and
 * {@code fixed_total} n at most the number of pairs; in a recurrent projection without autapses
 * each neuron has one candidate fewer.
 */
final class ProjectionRules {

    private ProjectionRules() {
    }

    static void check(Projection pr, String path, Checks checks) {
        Population source = checks.population(pr.source(), path + ".source");
        Population target = checks.population(pr.target(), path + ".target");
        if (target != null && !(target.model() instanceof Neuron)) {
            checks.add(path + ".target", quote(pr.target()), "is a source (" + target.model().modelId()
                    + ") and cannot receive synapses");
        }
        Distributions.sanity(pr.weight(), path + ".weight", checks);
        Distributions.sanity(pr.delayMs(), path + ".delayMs", checks);
        boolean fromCurrent = source != null && source.model() instanceof CurrentSource;
        if (fromCurrent) {
            currentSourceConnector(pr, path, checks);
        } else {
            delay(pr, path + ".delayMs", checks);
            weightSign(pr, path + ".weight", checks);
        }
        if (source != null && target != null) {
            connector(pr, source, target, path + ".connector", checks);
        }
        if (pr.plasticity() != null) {
            plasticity(pr, path, checks);
        }
    }

    // A current source injects weight x I(t); there are no synapses to draw at random.
    private static void currentSourceConnector(Projection pr, String path, Checks checks) {
        if (!(pr.connector() instanceof Connector.AllToAll || pr.connector() instanceof Connector.OneToOne)) {
            checks.add(path + ".connector.type", quote(connectorName(pr.connector())),
                    "is not allowed from a current source (allowed: all_to_all, one_to_one)");
        }
    }

    private static void connector(Projection pr, Population source, Population target, String path, Checks checks) {
        Connector c = pr.connector();
        boolean recurrent = source.id().equals(target.id());
        if (c instanceof Connector.OneToOne && source.size() != target.size()) {
            checks.add(path, "", "one_to_one needs equal sizes, but " + source.id() + " has " + source.size()
                    + " and " + target.id() + " has " + target.size());
        } else if (c instanceof Connector.FixedInDegree in) {
            long available = source.size() - (recurrent && !in.allowAutapses() ? 1 : 0);
            degree(in.n(), available, "sources in " + source.id(), recurrent && !in.allowAutapses(), path + ".n", checks);
        } else if (c instanceof Connector.FixedOutDegree out) {
            long available = target.size() - (recurrent && !out.allowAutapses() ? 1 : 0);
            degree(out.n(), available, "targets in " + target.id(), recurrent && !out.allowAutapses(), path + ".n", checks);
        } else if (c instanceof Connector.FixedTotal total) {
            long available = (long) source.size() * target.size() - (recurrent && !total.allowAutapses() ? source.size() : 0);
            degree(total.n(), available, "pairs", recurrent && !total.allowAutapses(), path + ".n", checks);
        } else if (c instanceof Connector.DistanceGaussian) {
            for (Population p : new Population[] {source, target}) {
                if (p.geometry() == null) {
                    checks.add(path, "", "distance_gaussian needs a geometry on both populations, but " + p.id() + " has none");
                    break;
                }
            }
        }
    }

    private static void degree(int n, long available, String what, boolean noAutapses, String path, Checks checks) {
        if (n > available) {
            checks.add(path, Integer.toString(n), "is more than the " + available + " available " + what
                    + " (no pair is connected twice" + (noAutapses ? ", no autapses" : "") + ")");
        }
    }

    private static void delay(Projection pr, String path, Checks checks) {
        Distributions.Bound low = Distributions.lowest(pr.delayMs(), path);
        if (low.value() == null) {
            checks.add(low.path(), "", "missing: a normal delay needs a lower bound of at least one time step " + checks.dtText());
        } else if (!checks.isAtLeastOneStep(low.value())) {
            checks.add(low.path(), low.text(), "is below one time step " + checks.dtText());
        }
    }

    private static void weightSign(Projection pr, String path, Checks checks) {
        SynapseModel s = pr.synapse();
        String unit = s.weightUnit();
        if (s.conductanceBased() || pr.receptor() == Receptor.EXCITATORY) {
            Distributions.Bound low = Distributions.lowest(pr.weight(), path);
            String why = s.conductanceBased() ? "conductance weights must be >= 0 " + unit
                    : "the receptor is excitatory, so weights must be >= 0 " + unit;
            if (low.value() == null) {
                checks.add(low.path(), "", "missing: " + why);
            } else if (low.value() < 0) {
                checks.add(low.path(), low.text(), "is negative (" + why + ")");
            }
        } else {
            Distributions.Bound high = Distributions.highest(pr.weight(), path);
            String why = "the receptor is inhibitory, so weights must be <= 0 " + unit;
            if (high.value() == null) {
                checks.add(high.path(), "", "missing: " + why);
            } else if (high.value() > 0) {
                checks.add(high.path(), high.text(), "is positive (" + why + ")");
            }
        }
    }

    private static void plasticity(Projection pr, String path, Checks checks) {
        Plasticity pl = pr.plasticity();
        String at = path + ".plasticity";
        if (pl instanceof Plasticity.RewardStdp r && checks.project.network().modulator(r.modulator()).isEmpty()) {
            checks.add(at + ".modulator", quote(r.modulator()), "is not a modulator ("
                    + known("modulators", checks.project.network().modulators().stream().map(m -> m.id()).toList()) + ")");
        }
        if (pl instanceof Plasticity.TsodyksMarkram) {
            return;
        }
        if (pl.wMax() < pl.wMin()) {
            checks.add(at + ".wMax", num(pl.wMax()), "is below wMin (" + num(pl.wMin()) + ")");
            return;
        }
        Distributions.Bound low = Distributions.lowest(pr.weight(), path + ".weight");
        Distributions.Bound high = Distributions.highest(pr.weight(), path + ".weight");
        String bounds = "[" + num(pl.wMin()) + ", " + num(pl.wMax()) + "]";
        if (low.value() == null) {
            checks.add(low.path(), "", "missing: initial weights must lie within the plasticity bounds " + bounds);
        } else if (low.value() < pl.wMin()) {
            checks.add(low.path(), low.text(), "is below the plasticity's minimum weight wMin (" + num(pl.wMin()) + ")");
        }
        if (high.value() == null) {
            checks.add(high.path(), "", "missing: initial weights must lie within the plasticity bounds " + bounds);
        } else if (high.value() > pl.wMax()) {
            checks.add(high.path(), high.text(), "is above the plasticity's maximum weight wMax (" + num(pl.wMax()) + ")");
        }
    }

    private static String connectorName(Connector c) {
        String simple = c.getClass().getSimpleName();
        return simple.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }
}
