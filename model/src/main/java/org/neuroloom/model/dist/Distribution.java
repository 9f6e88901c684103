package org.neuroloom.model.dist;

import com.fasterxml.jackson.annotation.JsonInclude;
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
     * Normal with mean and standard deviation; draws outside {@code [min, max]} are redrawn
     * (NEST's {@code normal_clipped}). Absent bounds mean unbounded.
     *
     * @param mean mean
     * @param sd   standard deviation, &gt;= 0
     * @param min  optional lower clip bound
     * @param max  optional upper clip bound
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Normal(double mean, double sd, @OptionalField Double min, @OptionalField Double max) implements Distribution {
        @Override
        public double lowest() {
            return min == null ? Double.NEGATIVE_INFINITY : min;
        }

        @Override
        public double highest() {
            return max == null ? Double.POSITIVE_INFINITY : max;
        }
    }
}
