package org.neuroloom.model.validate;

import static org.neuroloom.model.validate.Checks.known;
import static org.neuroloom.model.validate.Checks.num;
import static org.neuroloom.model.validate.Checks.quote;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.neuroloom.model.Note;
import org.neuroloom.model.Population;
import org.neuroloom.model.Project;
import org.neuroloom.model.Projection;
import org.neuroloom.model.Recording;
import org.neuroloom.model.Views;
import org.neuroloom.model.modulator.Modulator;
import org.neuroloom.model.synapse.SynapticChannels;

/**
 * The semantic rules of a project, as one pure function shared by the editor (red badges), the
 * command line and the engine. Structural problems (unknown or mistyped fields) are caught
 * earlier, by the file reader; this sees well-formed records and checks what they mean: ranges
 * of every {@link org.neuroloom.model.param.Param}, ids, references, connector feasibility,
 * delays, weight signs, plasticity bounds, sources' schedules, recording targets and simulation
 * settings. Problems carry JSON paths; they come grouped by rule (parameter ranges first, then
 * ids, populations, projections, modulators, recording, views), each group in project order. The
 * list is empty for a valid project. The memory check is separate ({@link SizeEstimate}), because
 * a network too big for this machine is still a valid project (it can be exported to NEST).
 */
public final class Validator {

    /** Ids are 1 to 64 letters, digits, '_' or '-'. */
    public static final Pattern ID = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_-]{0,63}");

    private Validator() {
    }

    /** Every problem of {@code project}; empty when it is valid. */
    public static List<Problem> validate(Project project) {
        Checks checks = new Checks(project);
        if (project.schemaVersion() != Project.SCHEMA_VERSION) {
            checks.add("$.schemaVersion", Integer.toString(project.schemaVersion()),
                    "is not supported (this NeuroLoom reads schemaVersion " + Project.SCHEMA_VERSION + ")");
        }
        ParamRanges.check(project, "$", checks);
        threads(project.simulation().threads(), checks);
        ids(project, checks);
        List<Population> pops = project.network().populations();
        for (int i = 0; i < pops.size(); i++) {
            PopulationRules.check(pops.get(i), SynapticChannels.stateVariables(project.network(), pops.get(i)),
                    "$.network.populations[" + i + "]", checks);
        }
        List<Projection> projections = project.network().projections();
        for (int i = 0; i < projections.size(); i++) {
            ProjectionRules.check(projections.get(i), "$.network.projections[" + i + "]", checks);
        }
        List<Modulator> modulators = project.network().modulators();
        for (int i = 0; i < modulators.size(); i++) {
            List<String> releasedBy = modulators.get(i).releasedBy();
            for (int k = 0; k < releasedBy.size(); k++) {
                checks.population(releasedBy.get(k), "$.network.modulators[" + i + "].releasedBy[" + k + "]");
            }
        }
        recording(project.recording(), checks);
        views(project.views(), checks);
        return List.copyOf(checks.problems);
    }

    private static void threads(String threads, Checks checks) {
        if (!threads.equals("auto") && !threads.matches("[1-9][0-9]{0,5}")) {
            checks.add("$.simulation.threads", quote(threads), "is not allowed (use \"auto\" or a positive whole number such as \"4\")");
        }
    }

    // One namespace for populations, projections, modulators and notes: a reference by id must be unambiguous.
    private static void ids(Project project, Checks checks) {
        Map<String, String> seen = new HashMap<>();
        List<Population> pops = project.network().populations();
        for (int i = 0; i < pops.size(); i++) {
            id(pops.get(i).id(), "$.network.populations[" + i + "].id", seen, checks);
        }
        List<Projection> projections = project.network().projections();
        for (int i = 0; i < projections.size(); i++) {
            id(projections.get(i).id(), "$.network.projections[" + i + "].id", seen, checks);
        }
        List<Modulator> modulators = project.network().modulators();
        for (int i = 0; i < modulators.size(); i++) {
            id(modulators.get(i).id(), "$.network.modulators[" + i + "].id", seen, checks);
        }
        List<Note> notes = project.notes();
        for (int i = 0; i < notes.size(); i++) {
            id(notes.get(i).id(), "$.notes[" + i + "].id", seen, checks);
        }
    }

    private static void id(String id, String path, Map<String, String> seen, Checks checks) {
        if (!ID.matcher(id).matches()) {
            checks.add(path, quote(id), "is not a valid id (use 1 to 64 letters, digits, '_' or '-', not starting with '-')");
        }
        String first = seen.putIfAbsent(id, path);
        if (first != null) {
            checks.add(path, quote(id), "is already the id at " + first + " (ids must be unique)");
        }
    }

    private static void recording(Recording rec, Checks checks) {
        for (int i = 0; i < rec.spikes().size(); i++) {
            checks.population(rec.spikes().get(i), "$.recording.spikes[" + i + "]");
        }
        for (int i = 0; i < rec.state().size(); i++) {
            Recording.StateProbe probe = rec.state().get(i);
            String path = "$.recording.state[" + i + "]";
            Population p = checks.population(probe.population(), path + ".population");
            if (p != null) {
                stateProbe(probe, p, path, checks);
            }
            interval(probe.intervalMs(), path + ".intervalMs", checks);
        }
        List<String> projectionIds = checks.project.network().projections().stream().map(Projection::id).toList();
        for (int i = 0; i < rec.weights().size(); i++) {
            Recording.WeightProbe probe = rec.weights().get(i);
            String path = "$.recording.weights[" + i + "]";
            if (!projectionIds.contains(probe.projection())) {
                checks.add(path + ".projection", quote(probe.projection()), "is not a projection ("
                        + known("projections", projectionIds) + ")");
            }
            interval(probe.intervalMs(), path + ".intervalMs", checks);
        }
    }

    private static void stateProbe(Recording.StateProbe probe, Population p, String path, Checks checks) {
        for (int k = 0; k < probe.neurons().size(); k++) {
            int n = probe.neurons().get(k);
            if (n < 0 || n >= p.size()) {
                checks.add(path + ".neurons[" + k + "]", Integer.toString(n), "is not an element of " + p.id()
                        + " (allowed: 0 to " + (p.size() - 1) + ")");
            }
        }
        List<String> vars = SynapticChannels.stateVariables(checks.project.network(), p);
        for (int k = 0; k < probe.variables().size(); k++) {
            String v = probe.variables().get(k);
            if (!vars.contains(v)) {
                checks.add(path + ".variables[" + k + "]", quote(v), "is not a state variable of " + p.model().modelId()
                        + " (allowed: " + (vars.isEmpty() ? "none" : String.join(", ", vars)) + ")");
            }
        }
    }

    private static void interval(double ms, String path, Checks checks) {
        if (ms > 0 && !checks.isMultipleOfDt(ms)) {
            checks.add(path, num(ms), "is not a multiple of the time step " + checks.dtText());
        }
    }

    private static void views(Views views, Checks checks) {
        for (int i = 0; i < views.open().size(); i++) {
            String v = views.open().get(i);
            if (!Views.KNOWN.contains(v)) {
                checks.add("$.views.open[" + i + "]", quote(v), "is not a known view (allowed: " + String.join(", ", Views.KNOWN) + ")");
            }
        }
    }
}
