package org.neuroloom.model;

import java.util.Map;
import java.util.TreeMap;
import org.neuroloom.model.dist.Distribution;
import org.neuroloom.model.neuron.NeuronModel;
import org.neuroloom.model.param.OptionalField;

/**
 * A group of identical neurons or sources.
 *
 * @param id       unique id within the project (letters, digits, '_' and '-')
 * @param label    human label shown on the canvas
 * @param size     number of elements, &gt;= 1
 * @param model    neuron model or source
 * @param initial  initial value distribution per state variable ({@code v}, {@code u}, {@code w}...);
 *                 variables not listed start at the model's rest values
 * @param geometry optional positions in a sheet (needed by distance-dependent connectors)
 * @param position where the node sits on the canvas
 */
public record Population(
        String id,
        @OptionalField String label,
        int size,
        NeuronModel model,
        @OptionalField Map<String, Distribution> initial,
        @OptionalField Geometry geometry,
        @OptionalField CanvasPosition position) {

    public Population {
        label = label == null ? id : label;
        initial = initial == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(initial));
        position = position == null ? CanvasPosition.ORIGIN : position;
    }

    /** A copy with another model. */
    public Population withModel(NeuronModel m) {
        return new Population(id, label, size, m, initial, geometry, position);
    }

    /** A copy with another size. */
    public Population withSize(int n) {
        return new Population(id, label, n, model, initial, geometry, position);
    }

    /** A copy at another canvas position. */
    public Population withPosition(CanvasPosition p) {
        return new Population(id, label, size, model, initial, geometry, p);
    }

    /** A copy with another label. */
    public Population withLabel(String l) {
        return new Population(id, l, size, model, initial, geometry, position);
    }
}
