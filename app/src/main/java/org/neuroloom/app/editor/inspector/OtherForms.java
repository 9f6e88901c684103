package org.neuroloom.app.editor.inspector;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.neuroloom.app.editor.edit.ProjectEdits;
import org.neuroloom.model.Note;
import org.neuroloom.model.Project;
import org.neuroloom.model.Simulation;
import org.neuroloom.model.modulator.Modulator;

/** The inspector of a modulator, a note, the whole project, and of a multi-selection. */
final class OtherForms {

    private OtherForms() {
    }

    static InspectorForm modulator(Project p, Modulator m) {
        Function<Modulator, Project> put = x -> ProjectEdits.replace(p, x);
        List<Field> top = new ArrayList<>();
        top.add(Fields.text("id", "Id", m.id(), "Unique id: letters, digits, '_' and '-'.",
                t -> ProjectEdits.rename(p, m.id(), t.trim()), "Rename " + m.id()));
        top.add(Fields.text("label", "Label", m.label(), "Shown on the canvas.", t -> put.apply(new Modulator(m.id(), t,
                m.kind(), m.tauMs(), m.baseline(), m.releasePerSpike(), m.releasedBy(), m.rewards(), m.position())),
                "Change label"));
        List<Field> params = new ArrayList<>(Fields.params("", m, put));
        params.add(Fields.text("releasedBy", "Released by", String.join(", ", m.releasedBy()),
                "Populations whose spikes release it (or drag from a population's port onto it).",
                t -> put.apply(ProjectEdits.withReleasedBy(m, ListText.parseIds(t))), "Change release"));
        params.add(Fields.text("rewards", "Rewards", ListText.pairs(m.rewards().stream()
                        .map(r -> new double[] {r.atMs(), r.amount()}).toList()),
                "Scheduled rewards, time (ms): amount (µM), e.g. 1000: 0.5, 2000: 0.5.",
                t -> put.apply(new Modulator(m.id(), m.label(), m.kind(), m.tauMs(), m.baseline(), m.releasePerSpike(),
                        m.releasedBy(), ListText.parsePairs(t, Modulator.RewardEvent::new), m.position())),
                "Change rewards"));
        return new InspectorForm(m.id(), m.label(), "Dopamine · read by reward-modulated STDP",
                List.of(new Section("Modulator", top), new Section("Dynamics", params)), List.of());
    }

    static InspectorForm note(Project p, Note n) {
        Field text = new Field("text", "Text", "", "The note's text.", Field.Kind.MULTILINE, n.text(), List.of(),
                t -> ProjectEdits.replace(p, new Note(n.id(), t, n.position())), "Edit note", "");
        return new InspectorForm(n.id(), "Note", n.id(), List.of(new Section("Note", List.of(text))), List.of());
    }

    static InspectorForm project(Project p) {
        List<Field> top = new ArrayList<>();
        top.add(Fields.text("name", "Name", p.name(), "The project's name.",
                t -> ProjectEdits.withName(p, t, p.description()), "Rename project"));
        top.add(new Field("description", "Description", "", "What the network is and where it comes from.",
                Field.Kind.MULTILINE, p.description(), List.of(), t -> ProjectEdits.withName(p, p.name(), t),
                "Change description", ""));
        Simulation s = p.simulation();
        List<Field> sim = new ArrayList<>(Fields.params("simulation.", s, p::withSimulation));
        sim.add(new Field("simulation.seed", "Seed", "", "The same seed gives the same spikes, whatever the thread count.",
                Field.Kind.NUMBER, Long.toString(s.seed()), List.of(),
                t -> p.withSimulation(new Simulation(s.dtMs(), s.durationMs(), Fields.whole(t), s.threads())),
                "Change seed", ""));
        sim.add(Fields.text("simulation.threads", "Threads", s.threads(),
                "\"auto\" (one per core; one for small networks) or a number.",
                t -> p.withSimulation(new Simulation(s.dtMs(), s.durationMs(), s.seed(), t.trim())), "Change threads"));
        return new InspectorForm("", p.name(), "Project settings · select an element to edit it",
                List.of(new Section("Project", top), new Section("Simulation", sim)), List.of());
    }

    static InspectorForm several(int n) {
        return new InspectorForm("", n + " elements selected",
                "Move, align, duplicate or delete them together; select one to edit it.", List.of(), List.of());
    }
}
