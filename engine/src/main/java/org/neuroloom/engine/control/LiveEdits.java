package org.neuroloom.engine.control;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.neuroloom.model.Network;
import org.neuroloom.model.Population;
import org.neuroloom.model.Project;
import org.neuroloom.model.neuron.NeuronModel;
import org.neuroloom.model.neuron.PoissonSource;
import org.neuroloom.model.neuron.RegularSource;
import org.neuroloom.model.param.ParamSpec;
import org.neuroloom.model.param.Params;
import org.neuroloom.model.validate.Problem;
import org.neuroloom.model.validate.Validator;

/**
 * Parameter changes made while a simulation runs, validated on a copy of the project with the
 * model's own rules ({@link Params#check} for the value's range, then the project
 * {@link Validator} for rules that relate fields, such as a reset below the threshold), so the
 * messages are the same as in the editor and the command line. A change is refused when the
 * copy has a problem the original did not have.
 */
final class LiveEdits {
    private LiveEdits() {
    }

    /**
     * The project with parameter {@code parameter} of population {@code populationId}'s model set
     * to {@code value}.
     *
     * @throws CommandRefusedException naming the field, the value and what is allowed
     */
    static Project withParameter(Project project, String populationId, String parameter, double value) {
        List<Population> pops = project.network().populations();
        int index = populationIndex(pops, populationId);
        Population pop = pops.get(index);
        NeuronModel model = pop.model();
        String path = "$.network.populations[" + index + "].model." + parameter;
        ParamSpec spec = ParamSpec.find(((Record) model).getClass().asSubclass(Record.class), parameter);
        if (spec == null) {
            List<String> names = new ArrayList<>();
            for (ParamSpec s : ParamSpec.of(((Record) model).getClass().asSubclass(Record.class))) {
                names.add(s.name());
            }
            throw new CommandRefusedException(path + ": the model '" + model.modelId() + "' of population '"
                    + populationId + "' has no parameter '" + parameter + "' (it has " + names + ")");
        }
        Params.check(spec, value).ifPresent(p -> {
            throw new CommandRefusedException(p.atPath(path).toString());
        });
        NeuronModel changed = (NeuronModel) Params.with((Record) model, parameter, value);
        List<Population> newPops = new ArrayList<>(pops);
        newPops.set(index, pop.withModel(changed));
        Network n = project.network();
        Project copy = project.withNetwork(new Network(newPops, n.projections(), n.modulators()));
        refuseNewProblems(project, copy);
        return copy;
    }

    /**
     * The project with the rate of source {@code populationId} set to {@code rateHz}.
     *
     * @throws CommandRefusedException when the population is not a Poisson or regular source or the rate is not allowed
     */
    static Project withSourceRate(Project project, String populationId, double rateHz) {
        List<Population> pops = project.network().populations();
        NeuronModel model = pops.get(populationIndex(pops, populationId)).model();
        if (!(model instanceof PoissonSource) && !(model instanceof RegularSource)) {
            throw new CommandRefusedException("population '" + populationId + "' is a " + model.displayName()
                    + ", not a Poisson or regular source; it has no rate to set");
        }
        return withParameter(project, populationId, "rateHz", rateHz);
    }

    private static int populationIndex(List<Population> pops, String id) {
        for (int i = 0; i < pops.size(); i++) {
            if (pops.get(i).id().equals(id)) {
                return i;
            }
        }
        throw new CommandRefusedException("no population '" + id + "'");
    }

    private static void refuseNewProblems(Project before, Project after) {
        Set<String> known = new HashSet<>();
        for (Problem p : Validator.validate(before)) {
            known.add(p.toString());
        }
        List<String> fresh = new ArrayList<>();
        for (Problem p : Validator.validate(after)) {
            if (!known.contains(p.toString())) {
                fresh.add(p.toString());
            }
        }
        if (!fresh.isEmpty()) {
            throw new CommandRefusedException(String.join("; ", fresh));
        }
    }
}
