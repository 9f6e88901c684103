package org.neuroloom.model.export;

import java.util.List;
import java.util.Locale;
import org.neuroloom.model.Project;

/**
 * Writes a project as a PyNN 0.10 script, so the same network runs on NEST (also with MPI on
 * a cluster), Brian2 or SpiNNaker. Units become PyNN's (mV, ms, nA, nF, µS; NeuroLoom's pA,
 * pF, nS are divided by 1000 exactly, in decimal). What PyNN cannot express (triplet and
 * reward-modulated STDP, homeostatic scaling, modulators, mixed synapse shapes on one cell
 * type...) is approximated or left out, and each item is listed in the script's header and in
 * {@link ExportResult#limitations()}.
 *
 * <p>The script takes {@code --backend}, {@code --duration-ms}, {@code --rates-out} (a JSON
 * file with spike counts and mean rates per population) and {@code --spikes-out} (a CSV of
 * every recorded spike, like {@code neuroloom run}'s).
 */
public final class PyNnExporter {

    /** The PyNN backends the script can import. */
    public static final List<String> BACKENDS = List.of("nest", "brian2", "spinnaker");

    private final String backend;
    private final double durationMs;

    /**
     * @param backend    default backend of the script, one of {@link #BACKENDS}
     * @param durationMs default simulated time; {@code <= 0} for the project's own duration
     */
    public PyNnExporter(String backend, double durationMs) {
        String b = backend.toLowerCase(Locale.ROOT);
        if (!BACKENDS.contains(b)) {
            throw new IllegalArgumentException("unknown PyNN backend '" + backend + "'; use one of " + BACKENDS);
        }
        this.backend = b;
        this.durationMs = durationMs;
    }

    /** A NEST script running for the project's own duration. */
    public PyNnExporter() {
        this("nest", 0);
    }

    /** The script and what it could not express. */
    public ExportResult export(Project project) {
        double d = durationMs > 0 ? durationMs : project.simulation().durationMs();
        return new PyNnScript(project, backend, d).write();
    }
}
