package org.neuroloom.app.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.neuroloom.app.editor.edit.Alignment;
import org.neuroloom.app.editor.edit.ElementTemplate;
import org.neuroloom.model.CanvasPosition;
import org.neuroloom.model.Population;
import org.neuroloom.model.Project;
import org.neuroloom.model.Projection;
import org.neuroloom.model.connect.Connector;
import org.neuroloom.model.neuron.DcCurrent;
import org.neuroloom.model.neuron.Izhikevich;
import org.neuroloom.model.neuron.Lif;
import org.neuroloom.model.neuron.PoissonSource;
import org.neuroloom.model.synapse.Receptor;
import org.neuroloom.model.synapse.SynapseModel;
import org.junit.jupiter.api.Test;

class ProjectViewModelTest {

    private static final ElementTemplate LIF = new ElementTemplate.PopulationTemplate("exc", 100, Lif.defaults());
    private static final ElementTemplate POISSON = new ElementTemplate.PopulationTemplate("poisson", 100, PoissonSource.defaults());

    private final ProjectViewModel vm = new ProjectViewModel(Project.empty("test"));

    /** Every command must undo to exactly the project before it and redo to exactly the one after. */
    private void assertUndoRedoExact(Project before) {
        Project after = vm.getProject();
        vm.commands().undo();
        assertEquals(before, vm.getProject());
        vm.commands().redo();
        assertEquals(after, vm.getProject());
    }

    private Projection projection(String id) {
        return vm.getProject().network().projection(id).orElseThrow();
    }

    @Test
    void addingTwiceGivesNumberedIdsAtTheDropPoint() {
        String first = vm.add(LIF, new CanvasPosition(10, 20));
        Project before = vm.getProject();
        String second = vm.add(LIF, new CanvasPosition(200, 20));
        assertEquals("exc", first);
        assertEquals("exc2", second);
        Population p = vm.getProject().network().population("exc2").orElseThrow();
        assertEquals(new CanvasPosition(200, 20), p.position());
        assertEquals(100, p.size());
        assertEquals(Set.of("exc2"), vm.selection());
        assertEquals("Undo Add exc2", vm.commands().undoTextProperty().get());
        assertUndoRedoExact(before);
    }

    @Test
    void connectingTwoLifPopulationsMakesASparseCurrentProjection() {
        vm.add(LIF, new CanvasPosition(0, 0));
        vm.add(new ElementTemplate.PopulationTemplate("inh", 25, Lif.defaults()), new CanvasPosition(100, 0));
        Project before = vm.getProject();
        String id = vm.connect("exc", "inh").orElseThrow();
        Projection x = vm.getProject().network().projection(id).orElseThrow();
        assertEquals("exc_inh", id);
        assertEquals(new Connector.FixedProbability(0.1, false), x.connector());
        assertEquals(Receptor.EXCITATORY, x.receptor());
        assertEquals(new SynapseModel.ExpCurrent(5), x.synapse());
        assertEquals(50.0, x.weight().mean());
        assertEquals(1.0, x.delayMs().mean());
        assertUndoRedoExact(before);
    }

    @Test
    void inhibitoryPopulationsKeepTheirReceptorAndGetNegativeWeights() {
        vm.add(new ElementTemplate.PopulationTemplate("inh", 25, Lif.defaults()), new CanvasPosition(100, 0));
        vm.add(new ElementTemplate.PopulationTemplate("rs", 100, Izhikevich.defaults()), new CanvasPosition(0, 0));
        Projection x = projection(vm.connect("inh", "rs").orElseThrow());
        assertEquals(Receptor.INHIBITORY, x.receptor());
        assertEquals(new SynapseModel.Delta(), x.synapse());
        assertEquals(-2.0, x.weight().mean());
        Projection loop = projection(vm.connect("inh", "inh").orElseThrow());
        assertEquals(Receptor.INHIBITORY, loop.receptor());
        assertEquals("inh", loop.source());
        assertEquals("inh", loop.target());
    }

    @Test
    void currentSourcesConnectToEveryTargetWithUnitWeight() {
        vm.add(new ElementTemplate.PopulationTemplate("dc", 1, DcCurrent.defaults()), new CanvasPosition(0, 0));
        vm.add(LIF, new CanvasPosition(100, 0));
        Projection x = projection(vm.connect("dc", "exc").orElseThrow());
        assertEquals(new Connector.AllToAll(false), x.connector());
        assertEquals(1.0, x.weight().mean());
    }

    @Test
    void connectingIntoASourceIsRefusedWithAReason() {
        vm.add(LIF, new CanvasPosition(0, 0));
        vm.add(POISSON, new CanvasPosition(100, 0));
        long revision = vm.commands().getRevision();
        assertEquals(Optional.empty(), vm.connect("exc", "poisson"));
        assertEquals("poisson is a source: sources receive no input.", vm.noticeProperty().get());
        assertEquals(revision, vm.commands().getRevision());
    }

    @Test
    void connectingAPopulationToDopamineAddsAReleaseLink() {
        vm.add(LIF, new CanvasPosition(0, 0));
        vm.add(new ElementTemplate.DopamineTemplate("da"), new CanvasPosition(100, 0));
        Project before = vm.getProject();
        vm.connect("exc", "da");
        assertEquals(List.of("exc"), vm.getProject().network().modulator("da").orElseThrow().releasedBy());
        assertEquals("Undo Link exc → da", vm.commands().undoTextProperty().get());
        assertUndoRedoExact(before);
        assertEquals(Optional.empty(), vm.connect("exc", "da"));
    }

    @Test
    void deletingAPopulationRemovesItsProjectionsAndReleaseLinks() {
        vm.add(LIF, new CanvasPosition(0, 0));
        vm.add(POISSON, new CanvasPosition(100, 0));
        vm.add(new ElementTemplate.DopamineTemplate("da"), new CanvasPosition(100, 0));
        vm.connect("poisson", "exc");
        vm.connect("exc", "exc");
        vm.connect("exc", "da");
        Project before = vm.getProject();
        vm.select(List.of("exc"));
        vm.deleteSelection();
        assertTrue(vm.getProject().network().projections().isEmpty());
        assertTrue(vm.getProject().network().modulator("da").orElseThrow().releasedBy().isEmpty());
        assertTrue(vm.selection().isEmpty());
        assertUndoRedoExact(before);
    }

    @Test
    void movingSeveralNodesIsOneCommand() {
        vm.add(LIF, new CanvasPosition(0, 0));
        vm.add(new ElementTemplate.NoteTemplate("note", "hello"), new CanvasPosition(50, 50));
        Project before = vm.getProject();
        vm.move(Set.of("exc", "note"), 10, -5);
        assertEquals(new CanvasPosition(10, -5), vm.getProject().network().population("exc").orElseThrow().position());
        assertEquals(new CanvasPosition(60, 45), vm.getProject().notes().get(0).position());
        assertEquals("Undo Move 2 elements", vm.commands().undoTextProperty().get());
        vm.commands().undo();
        assertEquals(before, vm.getProject());
        assertFalse(vm.commands().canUndoProperty().get() && vm.commands().undoTextProperty().get().startsWith("Undo Move"));
    }

    @Test
    void aligningInARowGivesEveryNodeTheMeanHeight() {
        vm.add(LIF, new CanvasPosition(0, 0));
        vm.add(LIF, new CanvasPosition(100, 30));
        vm.add(new ElementTemplate.DopamineTemplate("da"), new CanvasPosition(200, 90));
        Project before = vm.getProject();
        vm.select(List.of("exc", "exc2", "da"));
        vm.align(Alignment.ROW);
        assertEquals(40, vm.getProject().network().population("exc2").orElseThrow().position().y(), 1e-12);
        assertEquals(40, vm.getProject().network().modulator("da").orElseThrow().position().y(), 1e-12);
        assertEquals(200, vm.getProject().network().modulator("da").orElseThrow().position().x(), 1e-12);
        assertUndoRedoExact(before);
    }

    @Test
    void duplicatingTwoConnectedPopulationsCopiesTheirProjectionBetweenTheCopies() {
        vm.add(LIF, new CanvasPosition(0, 0));
        vm.add(new ElementTemplate.PopulationTemplate("inh", 25, Lif.defaults()), new CanvasPosition(100, 0));
        vm.connect("exc", "inh");
        Project before = vm.getProject();
        vm.select(List.of("exc", "inh"));
        List<String> copies = vm.duplicateSelection();
        assertEquals(List.of("exc2", "inh2", "exc_inh2"), copies);
        Projection copy = vm.getProject().network().projection("exc_inh2").orElseThrow();
        assertEquals("exc2", copy.source());
        assertEquals("inh2", copy.target());
        assertEquals(new CanvasPosition(140, 40), vm.getProject().network().population("inh2").orElseThrow().position());
        assertEquals(Set.copyOf(copies), vm.selection());
        assertUndoRedoExact(before);
    }

    @Test
    void pastingTwiceMakesTwoSeparateCopies() {
        vm.add(POISSON, new CanvasPosition(0, 0));
        vm.copySelection();
        vm.paste();
        Project before = vm.getProject();
        assertEquals(List.of("poisson3"), vm.paste());
        assertEquals(3, vm.getProject().network().populations().size());
        assertUndoRedoExact(before);
    }

    @Test
    void copyingAProjectionAloneKeepsItsEnds() {
        vm.add(LIF, new CanvasPosition(0, 0));
        String id = vm.connect("exc", "exc").orElseThrow();
        vm.select(List.of(id));
        vm.copySelection();
        vm.paste();
        Projection copy = vm.getProject().network().projection("exc_exc2").orElseThrow();
        assertEquals("exc", copy.source());
        assertEquals("exc", copy.target());
    }

    @Test
    void replacingAPopulationIsUndoableUnderItsName() {
        vm.add(LIF, new CanvasPosition(0, 0));
        Project before = vm.getProject();
        Population p = vm.getProject().network().population("exc").orElseThrow();
        vm.replace(p.withSize(400), "Change size");
        assertEquals(400, vm.getProject().network().population("exc").orElseThrow().size());
        assertEquals("Undo Change size", vm.commands().undoTextProperty().get());
        assertUndoRedoExact(before);
    }

    @Test
    void undoingBackToTheSavedStateMakesTheDocumentClean() {
        vm.add(LIF, new CanvasPosition(0, 0));
        vm.commands().markSaved();
        assertFalse(vm.commands().isDirty());
        vm.move(Set.of("exc"), 5, 5);
        assertTrue(vm.commands().isDirty());
        vm.commands().undo();
        assertFalse(vm.commands().isDirty());
        vm.commands().undo();
        assertTrue(vm.commands().isDirty());
        vm.add(POISSON, new CanvasPosition(0, 0));
        assertTrue(vm.commands().isDirty(), "the saved state is gone from history");
    }

    @Test
    void openingAProjectClearsHistoryAndSelection() {
        vm.add(LIF, new CanvasPosition(0, 0));
        Project other = Project.empty("other");
        vm.open(other);
        assertEquals(other, vm.getProject());
        assertFalse(vm.commands().canUndoProperty().get());
        assertFalse(vm.commands().isDirty());
        assertTrue(vm.selection().isEmpty());
        assertInstanceOf(Project.class, vm.getProject());
    }

    @Test
    void anElementWithAValidationProblemIsMarkedAndUnmarkedOnUndo() {
        vm.add(LIF, new CanvasPosition(0, 0));
        assertTrue(vm.problemIds().isEmpty());
        Population p = vm.getProject().network().population("exc").orElseThrow();
        vm.replace(p.withModel(new Lif(250, 10, -70, -75, -70, 2, 0)), "Change V_th");
        assertEquals(Set.of("exc"), vm.problemIds());
        assertEquals("$.network.populations[0].model.vResetMv", vm.problemsOf("exc").get(0).path());
        vm.commands().undo();
        assertTrue(vm.problemIds().isEmpty());
        assertTrue(vm.problems().isEmpty());
    }
}
