package org.neuroloom.app.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.neuroloom.engine.control.ControlCommand;
import org.neuroloom.model.CanvasPosition;
import org.neuroloom.model.Network;
import org.neuroloom.model.Population;
import org.neuroloom.model.Project;
import org.neuroloom.model.io.ProjectFiles;
import org.neuroloom.model.neuron.Lif;
import org.neuroloom.model.neuron.PoissonSource;

class LiveEditPlannerTest {
    private static Project sample() throws Exception {
        return ProjectFiles.load(Path.of("..", "sample-projects", "stdp-song-abbott.neuroloom.json"));
    }

    private static Project withPopulation(Project p, int i, Population changed) {
        List<Population> pops = new ArrayList<>(p.network().populations());
        pops.set(i, changed);
        Network n = p.network();
        return p.withNetwork(new Network(pops, n.projections(), n.modulators()));
    }

    @Test
    void aSourceRateEditBecomesALiveRateCommand() throws Exception {
        Project p = sample();
        Population input = p.network().populations().get(0);
        PoissonSource model = (PoissonSource) input.model();
        Project edited = withPopulation(p, 0, input.withModel(new PoissonSource(40, model.schedule())));
        LiveEditPlanner.Plan plan = LiveEditPlanner.plan(p, edited);
        assertEquals(List.of(new ControlCommand.SetSourceRate("input", 40)), plan.commands());
        assertTrue(!plan.rebuild());
    }

    @Test
    void neuronParameterEditsBecomeOneCommandEach() throws Exception {
        Project p = sample();
        Population post = p.network().populations().get(1);
        Lif m = (Lif) post.model();
        Lif changed = new Lif(m.cmPf(), 20, m.vRestMv(), -50, m.vResetMv(), m.tRefMs(), m.iBiasPa());
        LiveEditPlanner.Plan plan = LiveEditPlanner.plan(p, withPopulation(p, 1, post.withModel(changed)));
        assertEquals(List.of(new ControlCommand.SetNeuronParameter("post", "tauMs", 20),
                new ControlCommand.SetNeuronParameter("post", "vThreshMv", -50)), plan.commands());
    }

    @Test
    void movingOrRenamingNeedsNothing() throws Exception {
        Project p = sample();
        Population post = p.network().populations().get(1);
        Project moved = withPopulation(p, 1, post.withPosition(new CanvasPosition(1, 2)).withLabel("renamed"));
        assertTrue(LiveEditPlanner.plan(p, moved).nothing());
    }

    @Test
    void aSizeOrProjectionChangeNeedsARebuildAndSaysWhere() throws Exception {
        Project p = sample();
        Population post = p.network().populations().get(1);
        LiveEditPlanner.Plan bigger = LiveEditPlanner.plan(p, withPopulation(p, 1, post.withSize(2)));
        assertTrue(bigger.rebuild());
        assertEquals("populations[1]", bigger.reason());
        Network n = p.network();
        Project noProjections = p.withNetwork(new Network(n.populations(), List.of(), n.modulators()));
        assertEquals("projections", LiveEditPlanner.plan(p, noProjections).reason());
    }
}
