package org.neuroloom.app.lessons;

import java.util.ArrayList;
import java.util.List;
import org.neuroloom.app.editor.ProjectViewModel;
import org.neuroloom.model.Note;
import org.neuroloom.model.Population;
import org.neuroloom.model.Project;
import org.neuroloom.model.Projection;
import org.neuroloom.model.modulator.Modulator;

/**
 * Teach mode's guard: an edit may change parameters (neuron models, sizes, weights, delays,
 * connectors, plasticity, rates, labels, lesson text) but not the structure a class is looking
 * at: which elements exist, what connects to what, and where they sit on the canvas. A stray
 * drag or Delete during a demonstration is refused with a notice instead of breaking the lesson.
 */
public final class StructureLock implements ProjectViewModel.EditGuard {

    /** What the status bar says when an edit is refused. */
    public static final String REFUSAL = "Teach mode: the network's structure is locked, parameters stay adjustable "
            + "(Lessons > Teach Mode unlocks it).";

    @Override
    public String refuse(Project before, Project after) {
        return structure(before).equals(structure(after)) ? null : REFUSAL;
    }

    /** The structure of {@code p} as comparable text items: ids, ends, links and positions. */
    static List<String> structure(Project p) {
        List<String> s = new ArrayList<>();
        for (Population x : p.network().populations()) {
            s.add("population " + x.id() + " at " + x.position());
        }
        for (Projection x : p.network().projections()) {
            s.add("projection " + x.id() + " " + x.source() + " -> " + x.target());
        }
        for (Modulator x : p.network().modulators()) {
            s.add("modulator " + x.id() + " at " + x.position() + " released by " + x.releasedBy());
        }
        for (Note x : p.notes()) {
            s.add("note " + x.id() + " at " + x.position());
        }
        return s;
    }
}
