package org.neuroloom.model.synapse;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Whether a projection excites or inhibits. For delta and current synapses the weight sign
 * must agree (excitatory &gt;= 0, inhibitory &lt;= 0); for conductance synapses the weight is
 * a conductance (&gt;= 0) and the reversal potential decides the effect.
 */
public enum Receptor {
    @JsonProperty("excitatory") EXCITATORY,
    @JsonProperty("inhibitory") INHIBITORY
}
