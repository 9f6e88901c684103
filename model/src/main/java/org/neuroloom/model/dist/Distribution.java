package org.neuroloom.model.dist;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.neuroloom.model.param.OptionalField;

/**
 * How a value (initial V, weight, delay) is drawn per neuron or per synapse. The unit is the
 * unit of the field that holds the distribution ({@code delayMs}, {@code weight}...).
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = Distribution.Constant.class, name = "constant"),
        @JsonSubTypes.Type(value = Distribution.Uniform.class, name = "uniform"),
        @JsonSubTypes.Type(value = Distribution.Normal.class, name = "normal"),
})
public sealed interface Distribution {

    /** The mean of the distribution (after clipping bounds are ignored). */
    double mean();

    /** The smallest value the distribution can produce. */
    double lowest();

    /** The largest value the distribution can produce. */
    double highest();

    /** A constant. */
    static Distribution constant(double value) {
        return new Constant(value);
    }

    /**
     * Every draw is {@code value}.
     *
     * @param value the value
     */
    record Constant(double value) implements Distribution {
        @Override
        public double mean() {
            return value;
        }

        @Override
        public double lowest() {
            return value;
        }

        @Override
        public double highest() {
            return value;
        }
    }

    /**
     * Uniform in {@code [low, high)}.
     *
     * @param low  lower bound
     * @param high upper bound, not below {@code low}
     */
    record Uniform(double low, double high) implements Distribution {
        @Override
        public double mean() {
            return (low + high) / 2;
        }

        @Override
        public double lowest() {
            return low;
        }

        @Override
        public double highest() {
            return high;
        }
    }

    /**
     * Normal with mean and standard deviation, optionally bounded by {@code [min, max]}. A draw
     * outside the bounds is redrawn (NEST's {@code normal_clipped}, PyNN's
     * {@code normal_clipped}) or, with {@code outside: clip}, set to the nearest bound (NEST's
     * {@code normal_clipped_to_boundary}), which puts the tail's whole probability on the bound,
     * as {@code clip(x, min, max)} does in Brian2. Absent bounds mean unbounded.
     *
     * @param mean    mean
     * @param sd      standard deviation, &gt;= 0
     * @param min     optional lower bound
     * @param max     optional upper bound
     * @param outside what happens to a draw outside the bounds; absent means {@link Outside#REDRAW}
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Normal(double mean, double sd, @OptionalField Double min, @OptionalField Double max,
                  @OptionalField Outside outside) implements Distribution {

        /** A normal that redraws values outside {@code [min, max]}. */
        public Normal(double mean, double sd, Double min, Double max) {
            this(mean, sd, min, max, null);
        }

        /** Whether draws outside the bounds are set to the nearest bound instead of redrawn. */
        public boolean clipsToBounds() {
            return outside == Outside.CLIP;
        }

        /** {@code x} moved to the nearest bound when it lies outside {@code [min, max]}. */
        public double clamp(double x) {
            return Math.min(highest(), Math.max(lowest(), x));
        }

        /** This distribution with other bounds, keeping what happens outside them. */
        public Normal withBounds(Double newMin, Double newMax) {
            return new Normal(mean, sd, newMin, newMax, outside);
        }

        @Override
        public double lowest() {
            return min == null ? Double.NEGATIVE_INFINITY : min;
        }

        @Override
        public double highest() {
            return max == null ? Double.POSITIVE_INFINITY : max;
        }
    }

    /** What a bounded normal distribution does with a draw outside its bounds. */
    enum Outside {
        /** Draw again until the value falls inside (a truncated normal). */
        @JsonProperty("redraw") REDRAW,
        /** Use the nearest bound (a censored normal: the tails' mass sits on the bounds). */
        @JsonProperty("clip") CLIP
    }
}
