package org.neuroloom.app.run;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.neuroloom.engine.control.ControlCommand;
import org.neuroloom.model.Population;
import org.neuroloom.model.Project;
import org.neuroloom.model.modulator.Modulator;
import org.neuroloom.model.param.Params;
import org.neuroloom.model.neuron.NeuronModel;
import org.neuroloom.model.neuron.PoissonSource;
import org.neuroloom.model.neuron.RegularSource;

/**
 * Decides how an edit of the project reaches a built network: numeric parameters of a
 * population's model become live commands (source rates, neuron parameters), anything else
 * that the engine built from (sizes, models, projections, modulators, time step) needs a
 * rebuild; layout-only edits (positions, labels, notes) need nothing.
 */
public final class LiveEditPlanner {
    private LiveEditPlanner() {
    }

    /**
     * What to do.
     *
     * @param commands live commands, in order
     * @param rebuild  the structure changed: the network must be built again
     * @param reason   why a rebuild is needed (a field path), or empty
     */
    public record Plan(List<ControlCommand> commands, boolean rebuild, String reason) {
        public Plan {
            commands = List.copyOf(commands);
        }

        /** Nothing changed that the engine uses. */
        public boolean nothing() {
            return commands.isEmpty() && !rebuild;
        }
    }

    /** The plan that takes a network built from {@code built} to {@code edited}. */
    public static Plan plan(Project built, Project edited) {
        if (!Objects.equals(built.simulation(), edited.simulation())) {
            return rebuild("simulation settings");
        }
        if (!built.network().projections().equals(edited.network().projections())) {
            return rebuild("projections");
        }
        if (!built.network().modulators().stream().map(LiveEditPlanner::placeless).toList()
                .equals(edited.network().modulators().stream().map(LiveEditPlanner::placeless).toList())) {
            return rebuild("modulators");
        }
        List<Population> a = built.network().populations();
        List<Population> b = edited.network().populations();
        if (a.size() != b.size()) {
            return rebuild("populations");
        }
        List<ControlCommand> commands = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            Population pa = a.get(i);
            Population pb = b.get(i);
            String path = "populations[" + i + "]";
            if (!pa.id().equals(pb.id()) || pa.size() != pb.size() || !pa.initial().equals(pb.initial())
                    || !Objects.equals(pa.geometry(), pb.geometry())) {
                return rebuild(path);
            }
            if (pa.model().equals(pb.model())) {
                continue;
            }
            if (pa.model().getClass() != pb.model().getClass()) {
                return rebuild(path + ".model");
            }
            String why = parameterCommands(pa.id(), pa.model(), pb.model(), commands);
            if (why != null) {
                return rebuild(path + ".model." + why);
            }
        }
        return new Plan(commands, false, "");
    }

    /** Adds a command per changed numeric parameter; returns the first other changed field, or null. */
    private static String parameterCommands(String pop, NeuronModel before, NeuronModel after, List<ControlCommand> out) {
        for (RecordComponent c : before.getClass().getRecordComponents()) {
            Object x = Params.read(c, (Record) before);
            Object y = Params.read(c, (Record) after);
            if (Objects.equals(x, y)) {
                continue;
            }
            if (c.getType() != double.class) {
                return c.getName();
            }
            double v = (Double) y;
            boolean source = before instanceof PoissonSource || before instanceof RegularSource;
            out.add(source && c.getName().equals("rateHz") ? new ControlCommand.SetSourceRate(pop, v)
                    : new ControlCommand.SetNeuronParameter(pop, c.getName(), v));
        }
        return null;
    }

    private static Modulator placeless(Modulator m) {
        return new Modulator(m.id(), m.label(), m.kind(), m.tauMs(), m.baseline(), m.releasePerSpike(), m.releasedBy(), m.rewards(),
                null);
    }

    private static Plan rebuild(String reason) {
        return new Plan(List.of(), true, reason);
    }
}
