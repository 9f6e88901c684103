package org.neuroloom.model.neuron;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;

/**
 * What the elements of a population are: a neuron model with dynamics, a spike source or a
 * current source. The JSON {@code type} field holds {@link #modelId()}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = Lif.class, name = Lif.ID),
        @JsonSubTypes.Type(value = Izhikevich.class, name = Izhikevich.ID),
        @JsonSubTypes.Type(value = AdEx.class, name = AdEx.ID),
        @JsonSubTypes.Type(value = HodgkinHuxley.class, name = HodgkinHuxley.ID),
        @JsonSubTypes.Type(value = PoissonSource.class, name = PoissonSource.ID),
        @JsonSubTypes.Type(value = SpikeTimesSource.class, name = SpikeTimesSource.ID),
        @JsonSubTypes.Type(value = RegularSource.class, name = RegularSource.ID),
        @JsonSubTypes.Type(value = DcCurrent.class, name = DcCurrent.ID),
        @JsonSubTypes.Type(value = StepCurrent.class, name = StepCurrent.ID),
        @JsonSubTypes.Type(value = SineCurrent.class, name = SineCurrent.ID),
        @JsonSubTypes.Type(value = NoiseCurrent.class, name = NoiseCurrent.ID),
})
public sealed interface NeuronModel permits Neuron, SpikeSource, CurrentSource {

    /** The id used in files and the palette, e.g. {@code lif}, {@code poisson}. */
    String modelId();

    /** The closest NEST model name, e.g. {@code iaf_psc_exp}, {@code poisson_generator}. */
    String nestName();

    /** A short human name for the palette and inspector. */
    String displayName();

    /** Names of the state variables that can be initialised and recorded ({@code v}, {@code u}...). */
    default List<String> stateVariables() {
        return List.of();
    }
}
