package org.neuroloom.model.modulator;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.neuroloom.model.CanvasPosition;
import org.neuroloom.model.param.OptionalField;
import org.neuroloom.model.param.Param;

/**
 * A neuromodulator (dopamine) with one concentration D for the whole network:
 * {@code dD/dt = -(D - baseline)/τ}; every spike of a {@code releasedBy} population adds
 * {@code releasePerSpike}; every reward event adds its amount. Reward-modulated projections
 * read D.
 */
public record Modulator(
        String id,
        @OptionalField String label,
        Kind kind,
        @Param(label = "Decay time constant", unit = "ms", def = 200, min = 0, minExclusive = true, max = 1e6, step = 10) double tauMs,
        @Param(label = "Baseline (tonic) level", unit = "µM", def = 0, min = 0, max = 1e3, step = 0.01) double baseline,
        @Param(label = "Release per spike", unit = "µM", def = 0, min = 0, max = 1e3, step = 0.01) double releasePerSpike,
        @OptionalField List<String> releasedBy,
        @OptionalField List<RewardEvent> rewards,
        @OptionalField CanvasPosition position) {

    /** The kind of neuromodulator. */
    public enum Kind {
        @JsonProperty("dopamine") DOPAMINE
    }

    public Modulator {
        label = label == null ? id : label;
        releasedBy = releasedBy == null ? List.of() : List.copyOf(releasedBy);
        rewards = rewards == null ? List.of() : List.copyOf(rewards);
    }

    /** Dopamine with Izhikevich (2007) time constant, no release yet. */
    public static Modulator dopamine(String id, CanvasPosition position) {
        return new Modulator(id, "Dopamine", Kind.DOPAMINE, 200, 0, 0, List.of(), List.of(), position);
    }

    /**
     * A scheduled reward: at {@code atMs} the concentration rises by {@code amount}.
     *
     * @param atMs   time
     * @param amount concentration added, µM
     */
    public record RewardEvent(
            @Param(label = "At", unit = "ms", def = 0, min = 0, step = 10) double atMs,
            @Param(label = "Amount", unit = "µM", def = 0.5, min = 0, max = 1e3, step = 0.1) double amount) {
    }
}
