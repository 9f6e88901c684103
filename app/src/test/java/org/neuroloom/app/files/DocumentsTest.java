package org.neuroloom.app.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuroloom.app.editor.ProjectViewModel;
import org.neuroloom.app.editor.edit.ElementTemplate;
import org.neuroloom.model.CanvasPosition;
import org.neuroloom.model.Project;
import org.neuroloom.model.io.ProjectFiles;
import org.neuroloom.model.neuron.Lif;
import org.neuroloom.model.validate.Problem;

class DocumentsTest {

    @TempDir
    Path dir;

    private final Preferences prefs = Preferences.userRoot().node("neuroloom-test/" + UUID.randomUUID());
    private final ProjectViewModel vm = new ProjectViewModel(Project.empty("Untitled"));
    private final ScriptedPrompts prompts = new ScriptedPrompts();
    private Documents docs;

    /** Answers the questions a test scripted and records what was shown. */
    static final class ScriptedPrompts implements Prompts {
        SaveChoice saveChoice = SaveChoice.CANCEL;
        Path fileToSave;
        boolean restore;
        final List<String> asked = new ArrayList<>();
        List<Problem> shownProblems = List.of();

        @Override
        public SaveChoice askSaveChanges(String name) {
            asked.add("save changes to " + name);
            return saveChoice;
        }

        @Override
        public Path chooseFileToOpen(Path initialDirectory) {
            return null;
        }

        @Override
        public Path chooseFileToSave(Path initialDirectory, String suggestedName) {
            asked.add("save as " + suggestedName);
            return fileToSave;
        }

        @Override
        public void showLoadProblems(Path file, List<Problem> problems) {
            shownProblems = problems;
        }

        @Override
        public boolean confirmSaveWithProblems(List<Problem> problems) {
            asked.add("save with " + problems.size() + " problems");
            return false;
        }

        @Override
        public void showError(String title, String message) {
            asked.add(title);
        }

        @Override
        public boolean askRestore(String name, Instant savedAt) {
            asked.add("restore " + name);
            return restore;
        }
    }

    private Documents docs() {
        if (docs == null) {
            docs = new Documents(vm, prompts, new RecentFiles(prefs), new AutosaveLocation(dir.resolve("fallback")));
        }
        return docs;
    }

    @AfterEach
    void forgetPrefs() throws BackingStoreException {
        prefs.removeNode();
    }

    private void addPopulation() {
        vm.add(new ElementTemplate.PopulationTemplate("exc", 100, Lif.defaults()), new CanvasPosition(10, 20));
    }

    @Test
    void savingAndReopeningGivesTheSameProject() throws Exception {
        addPopulation();
        Path file = dir.resolve("net.neuroloom.json");
        assertTrue(docs().saveTo(file));
        Project saved = vm.getProject();
        assertFalse(vm.commands().isDirty());
        assertEquals("net — NeuroLoom", docs().titleBinding().get());
        docs().newProject();
        assertTrue(docs().open(file));
        assertEquals(saved, vm.getProject());
        assertEquals(ProjectFiles.load(file), vm.getProject());
        assertEquals(List.of(file.toAbsolutePath()), docs().recent().files());
    }

    @Test
    void theTitleStarsUnsavedChanges() {
        assertEquals("Untitled — NeuroLoom", docs().titleBinding().get());
        addPopulation();
        assertEquals("*Untitled — NeuroLoom", docs().titleBinding().get());
    }

    @Test
    void saveAsAddsTheExtension() {
        addPopulation();
        prompts.fileToSave = dir.resolve("mine");
        assertTrue(docs().save());
        assertEquals(dir.resolve("mine.neuroloom.json"), docs().getFile());
        assertTrue(Files.exists(dir.resolve("mine.neuroloom.json")));
    }

    @Test
    void aBrokenFileIsReportedAndTheCurrentProjectStays() throws IOException {
        addPopulation();
        Project current = vm.getProject();
        Path broken = dir.resolve("broken.neuroloom.json");
        String good = ProjectFiles.write(current);
        Files.writeString(broken, good.replace("\"size\" : 100", "\"size\" : -3").replace("\"size\": 100", "\"size\": -3"));
        assertFalse(docs().load(broken));
        assertEquals(current, vm.getProject());
        assertTrue(prompts.shownProblems.stream().anyMatch(p -> p.path().equals("$.network.populations[0].size")),
                prompts.shownProblems.toString());
    }

    @Test
    void cancellingTheUnsavedChangesQuestionKeepsTheProject() {
        addPopulation();
        Project current = vm.getProject();
        prompts.saveChoice = Prompts.SaveChoice.CANCEL;
        assertFalse(docs().newProject());
        assertEquals(current, vm.getProject());
        assertEquals(List.of("save changes to Untitled"), prompts.asked);
        prompts.saveChoice = Prompts.SaveChoice.DISCARD;
        assertTrue(docs().newProject());
        assertTrue(vm.getProject().network().populations().isEmpty());
    }

    @Test
    void answeringSaveSavesBeforeClosing() {
        addPopulation();
        prompts.saveChoice = Prompts.SaveChoice.SAVE;
        prompts.fileToSave = dir.resolve("kept.neuroloom.json");
        assertTrue(docs().close());
        assertTrue(Files.exists(prompts.fileToSave));
    }

    @Test
    void aProjectWithProblemsIsSavedOnlyIfTheUserAgrees() {
        vm.add(new ElementTemplate.PopulationTemplate("exc", 100, Lif.defaults()), new CanvasPosition(0, 0));
        vm.replace(vm.getProject().network().population("exc").orElseThrow().withSize(0), "Change size");
        assertFalse(docs().saveTo(dir.resolve("bad.neuroloom.json")));
        assertEquals(List.of("save with 1 problems"), prompts.asked);
        assertFalse(Files.exists(dir.resolve("bad.neuroloom.json")));
    }

    @Test
    void autosaveWritesASiblingCopyOnlyWhenThereAreNewChanges() throws Exception {
        addPopulation();
        Path file = dir.resolve("net.neuroloom.json");
        docs().saveTo(file);
        assertFalse(docs().autosaveNow(), "nothing unsaved");
        vm.move(java.util.Set.of("exc"), 5, 5);
        assertTrue(docs().autosaveNow());
        assertEquals(dir.resolve("net.autosave.json"), docs().autosaveFile());
        assertEquals(vm.getProject(), ProjectFiles.load(docs().autosaveFile()));
        assertFalse(docs().autosaveNow(), "already written");
        docs().save();
        assertFalse(Files.exists(docs().autosaveFile()), "a real save removes the copy");
    }

    @Test
    void anAutosavedCopyNewerThanTheFileIsOfferedBackAsUnsavedWork() throws Exception {
        addPopulation();
        Path file = dir.resolve("net.neuroloom.json");
        docs().saveTo(file);
        vm.move(java.util.Set.of("exc"), 100, 0);
        docs().autosaveNow();
        Project crashed = vm.getProject();
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(120)));

        ProjectViewModel next = new ProjectViewModel(Project.empty("Untitled"));
        prompts.restore = true;
        Documents restarted = new Documents(next, prompts, new RecentFiles(prefs), new AutosaveLocation(dir.resolve("fallback")));
        assertTrue(restarted.load(file));
        assertEquals(crashed, next.getProject());
        assertTrue(next.commands().isDirty());
        assertTrue(prompts.asked.contains("restore net"));
    }

    @Test
    void onTheNextStartCrashedWorkInARecentFileIsOfferedBeforeTheStartupFileOpens() throws Exception {
        addPopulation();
        Path other = dir.resolve("other.neuroloom.json");
        docs().saveTo(other);
        vm.move(java.util.Set.of("exc"), 50, 0);
        docs().autosaveNow(); // then the app crashes
        Project crashed = vm.getProject();
        Files.setLastModifiedTime(other, FileTime.from(Instant.now().minusSeconds(120)));
        Path start = dir.resolve("start.neuroloom.json");
        ProjectFiles.save(Project.empty("start"), start);

        ProjectViewModel next = new ProjectViewModel(Project.empty("Untitled"));
        prompts.restore = true;
        new RecentFiles(prefs).add(start); // the most recent file has no unsaved work
        Documents restarted = new Documents(next, prompts, new RecentFiles(prefs), new AutosaveLocation(dir.resolve("fallback")));
        assertTrue(restarted.offerCrashRecovery(), "restored: the startup file is not opened over it");
        assertEquals(List.of("restore other"), prompts.asked);
        assertEquals(crashed, next.getProject());
        assertEquals(other, restarted.getFile(), "the restored work belongs to its own file");
        assertTrue(next.commands().isDirty(), "restored work is unsaved");
    }

    @Test
    void onTheNextStartCrashedUntitledWorkIsOfferedAndDeclinedCopiesGo() throws Exception {
        addPopulation();
        docs().autosaveNow(); // untitled, then the app crashes
        Path copy = docs().autosaveFile();
        Path start = dir.resolve("start.neuroloom.json");
        ProjectFiles.save(Project.empty("start"), start);

        prompts.restore = false;
        Documents restarted = new Documents(new ProjectViewModel(Project.empty("Untitled")), prompts,
                new RecentFiles(prefs), new AutosaveLocation(dir.resolve("fallback")));
        assertFalse(restarted.offerCrashRecovery());
        assertEquals(List.of("restore an untitled project"), prompts.asked);
        assertFalse(Files.exists(copy), "a declined copy is deleted, so it is not asked again");
        assertTrue(restarted.load(start), "then the startup file opens");
        assertEquals(start, restarted.getFile());
    }

    @Test
    void declinedAutosavedCopiesAreDeleted() throws Exception {
        addPopulation();
        docs().autosaveNow();
        Path copy = docs().autosaveFile();
        assertEquals(dir.resolve("fallback").resolve("untitled.autosave.json"), copy);
        prompts.restore = false;
        Documents restarted = new Documents(new ProjectViewModel(Project.empty("Untitled")), prompts,
                new RecentFiles(prefs), new AutosaveLocation(dir.resolve("fallback")));
        restarted.offerRestore();
        assertFalse(Files.exists(copy));
    }

    @Test
    void recentFilesAreRememberedNewestFirstWithoutDuplicates() {
        RecentFiles r = new RecentFiles(prefs);
        r.add(dir.resolve("a.json"));
        r.add(dir.resolve("b.json"));
        r.add(dir.resolve("a.json"));
        assertEquals(List.of(dir.resolve("a.json").toAbsolutePath(), dir.resolve("b.json").toAbsolutePath()),
                new RecentFiles(prefs).files());
    }

    @Test
    void theDefaultSampleIsFoundUnderTheHomeDirectory() throws IOException {
        assertNull(DefaultProject.startupFile(List.of(), dir.toString()));
        Path sample = dir.resolve(DefaultProject.SAMPLE);
        Files.createDirectories(sample.getParent());
        Files.writeString(sample, "{}");
        assertEquals(sample, DefaultProject.startupFile(List.of(), dir.toString()));
        assertEquals(Path.of("x.json"), DefaultProject.startupFile(List.of("x.json"), dir.toString()));
    }
}
