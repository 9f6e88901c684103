package org.neuroloom.model;

import java.util.List;
import org.neuroloom.model.param.OptionalField;

/**
 * A NeuroLoom project: everything one {@code *.neuroloom.json} file holds.
 *
 * @param schemaVersion file format version, {@link #SCHEMA_VERSION}
 * @param name          project name
 * @param description   optional description
 * @param simulation    time step, duration, seed, threads
 * @param network       populations, projections, modulators
 * @param recording     what a run records
 * @param lesson        optional classroom notes
 * @param notes         text labels on the canvas
 * @param views         the live views it opens with
 */
public record Project(
        int schemaVersion,
        String name,
        @OptionalField String description,
        Simulation simulation,
        Network network,
        @OptionalField Recording recording,
        @OptionalField Lesson lesson,
        @OptionalField List<Note> notes,
        @OptionalField Views views) {

    /** The format version this code writes and reads. */
    public static final int SCHEMA_VERSION = 1;

    public Project {
        description = description == null ? "" : description;
        recording = recording == null ? Recording.none() : recording;
        notes = notes == null ? List.of() : List.copyOf(notes);
        views = views == null ? Views.defaults() : views;
    }

    /** An empty project called {@code name}. */
    public static Project empty(String name) {
        return new Project(SCHEMA_VERSION, name, "", Simulation.defaults(), Network.empty(), Recording.none(), null,
                List.of(), Views.defaults());
    }

    /** A copy with another network. */
    public Project withNetwork(Network n) {
        return new Project(schemaVersion, name, description, simulation, n, recording, lesson, notes, views);
    }

    /** A copy with other simulation settings. */
    public Project withSimulation(Simulation s) {
        return new Project(schemaVersion, name, description, s, network, recording, lesson, notes, views);
    }

    /** A copy with other recording settings. */
    public Project withRecording(Recording r) {
        return new Project(schemaVersion, name, description, simulation, network, r, lesson, notes, views);
    }

    /** A copy with other canvas notes. */
    public Project withNotes(List<Note> n) {
        return new Project(schemaVersion, name, description, simulation, network, recording, lesson, n, views);
    }
}
