package org.neuroloom.app.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neuroloom.app.editor.edit.ElementTemplate;
import org.neuroloom.app.editor.inspector.InspectorViewModel;
import org.neuroloom.model.CanvasPosition;
import org.neuroloom.model.Population;
import org.neuroloom.model.Project;
import org.neuroloom.model.Projection;
import org.neuroloom.model.connect.Connector;
import org.neuroloom.model.dist.Distribution;
import org.neuroloom.model.neuron.Izhikevich;
import org.neuroloom.model.neuron.IzhikevichPreset;
import org.neuroloom.model.neuron.Lif;
import org.neuroloom.model.plasticity.Plasticity;
import org.neuroloom.model.synapse.Receptor;
import org.neuroloom.model.synapse.SynapseModel;
import org.neuroloom.model.validate.Validator;

class InspectorViewModelTest {

    private final ProjectViewModel vm = new ProjectViewModel(Project.empty("test"));
    private final InspectorViewModel inspector = new InspectorViewModel(vm);

    @BeforeEach
    void twoPopulations() {
        vm.add(new ElementTemplate.PopulationTemplate("exc", 100, Lif.defaults()), new CanvasPosition(0, 0));
        vm.add(new ElementTemplate.PopulationTemplate("rs", 50, Izhikevich.defaults()), new CanvasPosition(200, 0));
    }

    private Population pop(String id) {
        return vm.getProject().network().population(id).orElseThrow();
    }

    @Test
    void editingTauIsOneCommandNamedAfterTheNestParameter() {
        vm.select(List.of("exc"));
        Project before = vm.getProject();
        assertTrue(inspector.commit("model.tauMs", "15"));
        assertEquals(15.0, ((Lif) pop("exc").model()).tauMs());
        assertEquals("Undo Change tau_m", vm.commands().undoTextProperty().get());
        vm.commands().undo();
        assertEquals(before, vm.getProject());
        assertEquals("10", inspector.getForm().field("model.tauMs").orElseThrow().value());
    }

    @Test
    void outOfRangeValueIsRefusedWithTheModelsRange() {
        vm.select(List.of("exc"));
        Project before = vm.getProject();
        assertFalse(inspector.commit("model.tauMs", "-5"));
        assertEquals("-5 is out of range (allowed: > 0 and <= 10000 ms)", inspector.errors().get("model.tauMs"));
        assertEquals(before, vm.getProject());
        assertTrue(inspector.commit("model.tauMs", "12"));
        assertNull(inspector.errors().get("model.tauMs"));
    }

    @Test
    void textThatIsNotANumberIsRefused() {
        vm.select(List.of("exc"));
        assertFalse(inspector.commit("model.cmPf", "abc"));
        assertEquals("abc is not a number", inspector.errors().get("model.cmPf"));
    }

    @Test
    void aSizeTheValidatorRejectsIsRefusedWithTheValidatorsReason() {
        vm.select(List.of("exc"));
        Project before = vm.getProject();
        String expected = Validator.validate(vm.getProject().withNetwork(new org.neuroloom.model.Network(
                        List.of(pop("exc").withSize(0), pop("rs")), List.of(), List.of()))).stream()
                .filter(p -> p.path().equals("$.network.populations[0].size")).findFirst().orElseThrow().description();
        assertFalse(inspector.commit("size", "0"));
        assertEquals(expected, inspector.errors().get("size"));
        assertEquals(before, vm.getProject());
    }

    @Test
    void choosingAPresetSetsThePapersParameters() {
        vm.select(List.of("rs"));
        assertEquals(IzhikevichPreset.REGULAR_SPIKING.label(), inspector.getForm().field("preset").orElseThrow().value());
        assertTrue(inspector.commit("preset", IzhikevichPreset.FAST_SPIKING.label()));
        assertEquals(IzhikevichPreset.FAST_SPIKING.model(), pop("rs").model());
        assertEquals("Undo Apply cell type", vm.commands().undoTextProperty().get());
        assertTrue(inspector.commit("model.d", "3"));
        assertEquals("Custom", inspector.getForm().field("preset").orElseThrow().value());
    }

    @Test
    void changingTheConnectorRevealsItsParameters() {
        String id = vm.connect("exc", "rs").orElseThrow();
        vm.select(List.of(id));
        assertTrue(inspector.getForm().field("connector.p").isPresent());
        assertTrue(inspector.commit("connector", "fixed_in_degree"));
        Projection x = vm.getProject().network().projection(id).orElseThrow();
        assertEquals(new Connector.FixedInDegree(100, false), x.connector());
        assertTrue(inspector.getForm().field("connector.n").isPresent());
        assertTrue(inspector.getForm().field("connector.p").isEmpty());
        assertFalse(inspector.commit("connector.n", "2.5"));
        assertTrue(inspector.commit("connector.n", "40"));
        assertEquals("K_in=40", vm.getProject().network().projection(id).orElseThrow().connector().shortLabel());
    }

    @Test
    void choosingStdpRevealsItsWindowsAndNoneRemovesIt() {
        String id = vm.connect("exc", "rs").orElseThrow();
        vm.select(List.of(id));
        assertTrue(inspector.commit("plasticity", "stdp"));
        assertInstanceOf(Plasticity.PairStdp.class, vm.getProject().network().projection(id).orElseThrow().plasticity());
        assertTrue(inspector.commit("plasticity.tauPlusMs", "16.8"));
        assertEquals(16.8, ((Plasticity.PairStdp) vm.getProject().network().projection(id).orElseThrow().plasticity()).tauPlusMs());
        assertTrue(inspector.commit("plasticity", "none"));
        assertNull(vm.getProject().network().projection(id).orElseThrow().plasticity());
    }

    @Test
    void switchingToInhibitoryFlipsTheWeightSign() {
        String id = vm.connect("exc", "rs").orElseThrow();
        vm.select(List.of(id));
        assertTrue(inspector.commit("receptor", "inhibitory"));
        Projection x = vm.getProject().network().projection(id).orElseThrow();
        assertEquals(Receptor.INHIBITORY, x.receptor());
        assertEquals(Distribution.constant(-0.5), x.weight());
    }

    @Test
    void switchingToAConductanceSynapseResetsTheWeightToNanosiemens() {
        String id = vm.connect("exc", "rs").orElseThrow();
        vm.select(List.of(id));
        assertTrue(inspector.commit("synapse", "exp_conductance"));
        Projection x = vm.getProject().network().projection(id).orElseThrow();
        assertEquals(new SynapseModel.ExpConductance(5, 0), x.synapse());
        assertEquals(Distribution.constant(1.0), x.weight());
    }

    @Test
    void aDistributionCanBecomeUniformAroundItsValue() {
        String id = vm.connect("exc", "rs").orElseThrow();
        vm.select(List.of(id));
        assertTrue(inspector.commit("weight", "uniform"));
        assertEquals(new Distribution.Uniform(0.45, 0.55), vm.getProject().network().projection(id).orElseThrow().weight());
        assertTrue(inspector.commit("weight.high", "0.8"));
        assertEquals(new Distribution.Uniform(0.45, 0.8), vm.getProject().network().projection(id).orElseThrow().weight());
    }

    @Test
    void aNormalDistributionCanClipToItsBoundInsteadOfRedrawing() {
        String id = vm.connect("exc", "rs").orElseThrow();
        vm.select(List.of(id));
        assertTrue(inspector.commit("weight", "normal"));
        assertTrue(inspector.commit("weight.min", "0.4"));
        assertEquals("redraw", inspector.getForm().field("weight.outside").orElseThrow().value());
        assertTrue(inspector.commit("weight.outside", "clip"));
        assertEquals(new Distribution.Normal(0.5, 0.05, 0.4, null, Distribution.Outside.CLIP),
                vm.getProject().network().projection(id).orElseThrow().weight());
        assertTrue(inspector.commit("weight.sd", "0.1"));
        assertEquals(Distribution.Outside.CLIP,
                ((Distribution.Normal) vm.getProject().network().projection(id).orElseThrow().weight()).outside(),
                "editing the sd keeps the rule");
    }

    @Test
    void renamingAPopulationUpdatesItsProjectionsAndFollowsTheSelection() {
        String id = vm.connect("exc", "rs").orElseThrow();
        vm.select(List.of("exc"));
        assertTrue(inspector.commit("id", "E"));
        assertEquals("E", vm.getProject().network().projection(id).orElseThrow().source());
        assertEquals(List.of("E"), List.copyOf(vm.selection()));
        assertEquals("E", inspector.getForm().subject());
        assertFalse(inspector.commit("id", "rs"), "duplicate ids are refused");
        assertFalse(inspector.commit("id", "bad id"), "ids with spaces are refused");
    }

    @Test
    void nothingSelectedShowsTheSimulationSettings() {
        vm.select(List.of());
        assertTrue(inspector.commit("simulation.dtMs", "0.05"));
        assertEquals(0.05, vm.getProject().simulation().dtMs());
        assertTrue(inspector.commit("simulation.seed", "42"));
        assertEquals(42, vm.getProject().simulation().seed());
        assertFalse(inspector.commit("simulation.dtMs", "0"));
    }

    @Test
    void initialStateCanBeGivenAsADistribution() {
        vm.select(List.of("exc"));
        assertTrue(inspector.commit("initial.v", "uniform"));
        assertEquals(new Distribution.Uniform(-77, -63), pop("exc").initial().get("v"));
        assertTrue(inspector.commit("initial.v", "default"));
        assertTrue(pop("exc").initial().isEmpty());
    }

    @Test
    void aGridGeometryLetsADistanceConnectorValidate() {
        String id = vm.connect("exc", "exc").orElseThrow();
        vm.select(List.of(id));
        assertTrue(inspector.commit("connector", "distance_gaussian"));
        assertFalse(vm.problemIds().isEmpty(), "a distance connector needs positions");
        vm.select(List.of("exc"));
        assertTrue(inspector.commit("geometry", "grid"));
        assertEquals(new org.neuroloom.model.Geometry(org.neuroloom.model.Geometry.Layout.GRID, 1000, 1000),
                pop("exc").geometry());
        assertTrue(inspector.commit("geometry.widthUm", "500"));
        assertTrue(vm.problemIds().isEmpty(), vm.problems().toString());
    }

    @Test
    void deletingASelectionOfTwoLeavesTheProjectSettingsShown() {
        // JavaFX hands exceptions thrown in listeners to the thread's handler instead of the caller.
        List<Throwable> thrown = new java.util.ArrayList<>();
        Thread.UncaughtExceptionHandler previous = Thread.currentThread().getUncaughtExceptionHandler();
        Thread.currentThread().setUncaughtExceptionHandler((t, e) -> thrown.add(e));
        try {
            vm.select(List.of("exc", "rs"));
            vm.deleteSelection();
        } finally {
            Thread.currentThread().setUncaughtExceptionHandler(previous);
        }
        assertEquals(List.of(), thrown);
        assertEquals("", inspector.getForm().subject());
        assertTrue(inspector.getForm().field("simulation.dtMs").isPresent());
    }
}
