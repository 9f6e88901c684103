package org.neuroloom.app.editor.edit;

import java.util.List;
import org.neuroloom.model.CanvasPosition;
import org.neuroloom.model.Note;
import org.neuroloom.model.Population;
import org.neuroloom.model.Project;
import org.neuroloom.model.modulator.Modulator;
import org.neuroloom.model.neuron.NeuronModel;

/** What a palette item creates when it is dropped on the canvas. */
public sealed interface ElementTemplate {

    /** The id to start from ({@code exc}); taken ids get a number ({@code exc2}). */
    String baseId();

    /** The project with a new element at {@code at}, and the new element's id. */
    Created addTo(Project p, CanvasPosition at);

    /** The result of adding a template. @param project the new project @param id the new element's id */
    record Created(Project project, String id) {
    }

    /**
     * A population of {@code size} elements of {@code model}.
     *
     * @param baseId id to start from
     * @param size   number of elements
     * @param model  neuron model or source
     */
    record PopulationTemplate(String baseId, int size, NeuronModel model) implements ElementTemplate {
        @Override
        public Created addTo(Project p, CanvasPosition at) {
            String id = ProjectEdits.uniqueId(p, baseId);
            Population pop = new Population(id, id, size, model, null, null, at);
            return new Created(ProjectEdits.add(p, List.of(pop), List.of(), List.of(), List.of()), id);
        }
    }

    /** A dopamine modulator. @param baseId id to start from */
    record DopamineTemplate(String baseId) implements ElementTemplate {
        @Override
        public Created addTo(Project p, CanvasPosition at) {
            String id = ProjectEdits.uniqueId(p, baseId);
            Modulator m = Modulator.dopamine(id, at);
            return new Created(ProjectEdits.add(p, List.of(), List.of(), List.of(m), List.of()), id);
        }
    }

    /** A text note. @param baseId id to start from @param text initial text */
    record NoteTemplate(String baseId, String text) implements ElementTemplate {
        @Override
        public Created addTo(Project p, CanvasPosition at) {
            String id = ProjectEdits.uniqueId(p, baseId);
            return new Created(ProjectEdits.add(p, List.of(), List.of(), List.of(), List.of(new Note(id, text, at))), id);
        }
    }
}
