package org.neuroloom.engine;

import org.neuroloom.engine.build.Compiler;
import org.neuroloom.engine.run.Simulation;
import org.neuroloom.model.Project;
import org.neuroloom.model.validate.SizeEstimate;

/** The entry point: compiles a project into a runnable {@link Simulation}. */
public final class Engine {
    private Engine() {
    }

    /**
     * Builds the network of {@code project}: kernels, synapses and threads.
     *
     * @throws ModelException when the project cannot be simulated as it stands (message names the field),
     *                        also when the network would not fit in this JVM's heap: refused with the
     *                        estimate before anything is allocated
     */
    public static Simulation compile(Project project, EngineOptions options) {
        SizeEstimate.checkHeap(project).ifPresent(p -> {
            throw new ModelException(p.toString());
        });
        return new Simulation(Compiler.compile(project, options), options);
    }

    /** {@link #compile(Project, EngineOptions)} with the project's own settings. */
    public static Simulation compile(Project project) {
        return compile(project, EngineOptions.defaults());
    }
}
