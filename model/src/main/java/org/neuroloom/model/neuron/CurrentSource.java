package org.neuroloom.model.neuron;

/**
 * A population of current generators. A projection from a current source injects
 * {@code weight × I(t)} (weight dimensionless) into each target neuron it connects to; the
 * synapse model and delay of such a projection are ignored. Each element of the population is
 * an independent generator (independent noise).
 */
public sealed interface CurrentSource extends NeuronModel permits DcCurrent, StepCurrent, SineCurrent, NoiseCurrent {

    /** The current of one generator at time {@code tMs}, pA (noise sources return their mean). */
    double meanCurrentPa(double tMs);
}
