package org.neuroloom.model.connect;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.neuroloom.model.param.Param;

/**
 * Which pairs of source and target elements a projection connects. Names follow PyNN
 * ({@code FixedProbabilityConnector}...) and NEST ({@code pairwise_bernoulli}...).
 * {@code allowAutapses} only matters when source and target are the same population.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = Connector.AllToAll.class, name = "all_to_all"),
        @JsonSubTypes.Type(value = Connector.OneToOne.class, name = "one_to_one"),
        @JsonSubTypes.Type(value = Connector.FixedProbability.class, name = "fixed_probability"),
        @JsonSubTypes.Type(value = Connector.FixedInDegree.class, name = "fixed_in_degree"),
        @JsonSubTypes.Type(value = Connector.FixedOutDegree.class, name = "fixed_out_degree"),
        @JsonSubTypes.Type(value = Connector.FixedTotal.class, name = "fixed_total"),
        @JsonSubTypes.Type(value = Connector.DistanceGaussian.class, name = "distance_gaussian"),
})
public sealed interface Connector {

    /** A short label for a canvas edge, e.g. {@code p=0.02}, {@code K=1000}. */
    String shortLabel();

    /** Expected number of synapses for the given sizes (the size check reads this). */
    double expectedSynapses(int sourceSize, int targetSize);

    /** Whether element i may connect to element i when source and target are the same population. */
    boolean allowAutapses();

    /** Every source element to every target element. @param allowAutapses connect i to i in a recurrent projection */
    record AllToAll(boolean allowAutapses) implements Connector {
        @Override
        public String shortLabel() {
            return "all";
        }

        @Override
        public double expectedSynapses(int s, int t) {
            return (double) s * t;
        }
    }

    /** Element i to element i; sizes must match. */
    record OneToOne() implements Connector {
        @Override
        public String shortLabel() {
            return "1:1";
        }

        /** One-to-one within one population connects every element to itself: that is what it means. */
        @Override
        public boolean allowAutapses() {
            return true;
        }

        @Override
        public double expectedSynapses(int s, int t) {
            return Math.min(s, t);
        }
    }

    /**
     * Each pair independently with probability p.
     *
     * @param p             connection probability
     * @param allowAutapses connect i to i in a recurrent projection
     */
    record FixedProbability(
            @Param(label = "Connection probability", def = 0.1, min = 0, max = 1, step = 0.01, nest = "p") double p,
            boolean allowAutapses) implements Connector {
        @Override
        public String shortLabel() {
            return "p=" + org.neuroloom.model.param.ParamSpec.fmt(p);
        }

        @Override
        public double expectedSynapses(int s, int t) {
            return p * s * t;
        }
    }

    /**
     * Each target receives exactly n synapses from randomly chosen sources.
     *
     * @param n             in-degree
     * @param allowAutapses connect i to i in a recurrent projection
     */
    record FixedInDegree(
            @Param(label = "In-degree", def = 100, min = 0, step = 10, nest = "indegree") int n,
            boolean allowAutapses) implements Connector {
        @Override
        public String shortLabel() {
            return "K_in=" + n;
        }

        @Override
        public double expectedSynapses(int s, int t) {
            return (double) n * t;
        }
    }

    /**
     * Each source makes exactly n synapses onto randomly chosen targets.
     *
     * @param n             out-degree
     * @param allowAutapses connect i to i in a recurrent projection
     */
    record FixedOutDegree(
            @Param(label = "Out-degree", def = 100, min = 0, step = 10, nest = "outdegree") int n,
            boolean allowAutapses) implements Connector {
        @Override
        public String shortLabel() {
            return "K_out=" + n;
        }

        @Override
        public double expectedSynapses(int s, int t) {
            return (double) n * s;
        }
    }

    /**
     * Exactly n synapses between randomly chosen pairs.
     *
     * @param n             total number of synapses
     * @param allowAutapses connect i to i in a recurrent projection
     */
    record FixedTotal(
            @Param(label = "Total synapses", def = 1000, min = 0, step = 100, nest = "N") int n,
            boolean allowAutapses) implements Connector {
        @Override
        public String shortLabel() {
            return "N=" + n;
        }

        @Override
        public double expectedSynapses(int s, int t) {
            return n;
        }
    }

    /**
     * Pairs connect with probability {@code pMax exp(-d²/(2σ²))} where d is the distance between
     * the elements' positions (both populations need a geometry).
     *
     * @param pMax          probability at distance 0
     * @param sigmaUm       spatial width
     * @param allowAutapses connect i to i in a recurrent projection
     */
    record DistanceGaussian(
            @Param(label = "Peak probability", def = 0.5, min = 0, max = 1, step = 0.05) double pMax,
            @Param(label = "Width (sigma)", unit = "µm", def = 100, min = 0, minExclusive = true, step = 10) double sigmaUm,
            boolean allowAutapses) implements Connector {
        @Override
        public String shortLabel() {
            return "gauss σ=" + org.neuroloom.model.param.ParamSpec.fmt(sigmaUm) + "µm";
        }

        @Override
        public double expectedSynapses(int s, int t) {
            return pMax * s * t;
        }
    }
}
