package org.neuroloom.app.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neuroloom.app.editor.ProjectViewModel;
import org.neuroloom.model.Population;
import org.neuroloom.model.Project;
import org.neuroloom.model.neuron.Lif;

/** Classroom state without a toolkit: samples in teaching order, reset lesson, teach mode's lock. */
class LessonViewModelTest {
    private static SampleCatalog catalog;

    private final ProjectViewModel vm = new ProjectViewModel(Project.empty("Untitled"));
    private final List<String> calls = new ArrayList<>();
    private boolean allowDiscard = true;
    private final LessonViewModel lessons = new LessonViewModel(vm, new LessonViewModel.Host() {
        @Override
        public boolean prepareUntitled() {
            calls.add("prepare");
            return allowDiscard;
        }

        @Override
        public void closeRun() {
            calls.add("close run");
        }
    });

    @BeforeAll
    static void loadSamples() {
        catalog = SampleCatalog.under(Path.of(".."));
    }

    private static SampleCatalog.Sample sample(String id) {
        return catalog.samples().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void theCatalogListsEverySampleInTeachingOrderStartingWithOneNeuron() {
        assertTrue(catalog.unreadable().isEmpty(), catalog.unreadable().toString());
        List<String> ids = catalog.samples().stream().map(SampleCatalog.Sample::id).toList();
        assertEquals("hello-neuron", ids.get(0));
        assertTrue(ids.containsAll(SampleCatalog.ORDER), "every listed sample exists: " + ids);
        assertEquals(SampleCatalog.ORDER, ids.subList(0, SampleCatalog.ORDER.size()));
        assertEquals("Hello, neuron: integrate, fire, reset", sample("hello-neuron").title());
    }

    @Test
    void openingASampleShowsItsLessonAndKeepsTheFileUntouched() {
        assertTrue(lessons.openSample(sample("synfire-chain")));
        assertEquals(List.of("prepare", "close run"), calls);
        assertEquals(sample("synfire-chain").project(), vm.getProject());
        assertEquals(sample("synfire-chain"), lessons.getSample());
        assertTrue(lessons.getLesson().title().contains("synfire chain"));
    }

    @Test
    void keepingTheCurrentDocumentOpensNothing() {
        allowDiscard = false;
        assertFalse(lessons.openSample(sample("synfire-chain")));
        assertEquals("Untitled", vm.getProject().name());
        assertNull(lessons.getSample());
    }

    @Test
    void resetLessonReturnsToTheSamplesStartAfterEdits() {
        lessons.openSample(sample("hello-neuron"));
        Population neuron = vm.getProject().network().population("neuron").orElseThrow();
        Lif m = (Lif) neuron.model();
        vm.replace(neuron.withModel(new Lif(m.cmPf(), 20, m.vRestMv(), m.vThreshMv(), m.vResetMv(), m.tRefMs(), 0)), "tau");
        vm.delete(Set.of("current"));
        assertNotEquals(sample("hello-neuron").project(), vm.getProject());
        calls.clear();
        assertTrue(lessons.resetLesson());
        assertEquals(sample("hello-neuron").project(), vm.getProject());
        assertEquals(List.of("close run"), calls);
    }

    @Test
    void openingAnotherDocumentForgetsTheSample() {
        lessons.openSample(sample("hello-neuron"));
        vm.open(Project.empty("Mine"));
        assertNull(lessons.getSample());
        assertFalse(lessons.resetLesson());
        assertNull(lessons.getLesson());
    }

    @Test
    void teachModeRefusesStructuralEditsButNotParameterChanges() {
        lessons.openSample(sample("winner-take-all"));
        lessons.setTeach(true);
        Project start = vm.getProject();
        vm.delete(Set.of("inh"));
        vm.move(Set.of("A"), 40, 0);
        vm.connect("A", "B");
        assertEquals(start, vm.getProject(), "structure unchanged");
        assertEquals(StructureLock.REFUSAL, vm.noticeProperty().get());
        assertTrue(vm.selection().isEmpty() || vm.selection().stream().allMatch(id -> start.network().population(id)
                .isPresent() || start.network().projection(id).isPresent()), "nothing refused is selected");

        Population a = start.network().population("A").orElseThrow();
        vm.replace(a.withSize(150), "size");
        assertEquals(150, vm.getProject().network().population("A").orElseThrow().size(), "parameters stay adjustable");

        lessons.setTeach(false);
        vm.move(Set.of("A"), 40, 0);
        assertEquals(a.position().x() + 40, vm.getProject().network().population("A").orElseThrow().position().x());
    }
}
