package org.neuroloom.app.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.neuroloom.app.editor.ProjectViewModel;
import org.neuroloom.model.Project;
import org.neuroloom.model.io.ProjectFiles;
import org.neuroloom.model.io.ProjectLoadException;
import org.neuroloom.model.validate.Problem;
import org.neuroloom.model.validate.Validator;

/**
 * The document behind the editor: which file it is, New/Open/Save/Save As, the unsaved-changes
 * question, recent files and the autosaved copy. Opening a file that does not load shows every
 * problem and leaves the current project as it was. Reading and writing are the model's
 * ({@link ProjectFiles}: atomic saves, all-or-nothing loads).
 */
public final class Documents {

    /** The file name ending of project files. */
    public static final String EXTENSION = ".neuroloom.json";

    private final ProjectViewModel vm;
    private final Prompts prompts;
    private final RecentFiles recent;
    private final AutosaveLocation autosave;
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>(this, "file");
    private final StringBinding title;
    private long autosavedRevision = -1;

    public Documents(ProjectViewModel vm, Prompts prompts, RecentFiles recent, AutosaveLocation autosave) {
        this.vm = vm;
        this.prompts = prompts;
        this.recent = recent;
        this.autosave = autosave;
        title = Bindings.createStringBinding(() -> (vm.commands().isDirty() ? "*" : "") + documentName() + " — NeuroLoom",
                file, vm.commands().dirtyProperty(), vm.projectProperty());
    }

    /** The file the document was loaded from or saved to; {@code null} while untitled. */
    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file;
    }

    public Path getFile() {
        return file.get();
    }

    /** The window title: {@code *brunel-2000 — NeuroLoom} while there are unsaved changes. */
    public StringBinding titleBinding() {
        return title;
    }

    /** Recently used files. */
    public RecentFiles recent() {
        return recent;
    }

    /** The file's base name, or the project's name while untitled. */
    public String documentName() {
        Path f = file.get();
        return f == null ? vm.getProject().name() : AutosaveLocation.baseName(f);
    }

    /** Replaces the document by an empty project, after asking about unsaved changes. */
    public boolean newProject() {
        if (!confirmDiscard()) {
            return false;
        }
        discardAutosave();
        vm.open(Project.empty("Untitled"));
        file.set(null);
        return true;
    }

    /** Asks for a file and opens it, after asking about unsaved changes. */
    public boolean open() {
        if (!confirmDiscard()) {
            return false;
        }
        Path chosen = prompts.chooseFileToOpen(initialDirectory());
        return chosen != null && load(chosen);
    }

    /** Opens {@code path} after asking about unsaved changes (Open Recent, command line). */
    public boolean open(Path path) {
        return confirmDiscard() && load(path);
    }

    /**
     * Loads {@code path} as the document. If it does not load, every problem is shown and the
     * current project stays. A newer autosaved copy is offered back.
     */
    public boolean load(Path path) {
        Project p;
        try {
            p = ProjectFiles.load(path);
        } catch (ProjectLoadException e) {
            prompts.showLoadProblems(path, e.problems());
            return false;
        }
        discardAutosave();
        vm.open(p);
        file.set(path);
        recent.add(path);
        offerRestore();
        return true;
    }

    /** Saves to the current file, or asks for one. */
    public boolean save() {
        return file.get() == null ? saveAs() : saveTo(file.get());
    }

    /** Asks for a file and saves there ({@code .neuroloom.json} is added when missing). */
    public boolean saveAs() {
        Path chosen = prompts.chooseFileToSave(initialDirectory(), documentName() + EXTENSION);
        if (chosen == null) {
            return false;
        }
        String name = chosen.getFileName().toString();
        if (!name.endsWith(".json")) {
            chosen = chosen.resolveSibling(name + EXTENSION);
        }
        return saveTo(chosen);
    }

    /** Saves the project to {@code target} atomically and makes it the document's file. */
    public boolean saveTo(Path target) {
        List<Problem> problems = Validator.validate(vm.getProject());
        if (!problems.isEmpty() && !prompts.confirmSaveWithProblems(problems)) {
            return false;
        }
        try {
            ProjectFiles.save(vm.getProject(), target);
        } catch (IOException | RuntimeException e) {
            prompts.showError("Could not save", target + ": " + e.getMessage());
            return false;
        }
        Path oldAutosave = autosave.of(file.get());
        file.set(target);
        vm.commands().markSaved();
        recent.add(target);
        deleteQuietly(oldAutosave);
        discardAutosave();
        return true;
    }

    /**
     * Before unsaved changes would be lost: true if they may go (saved, discarded or none),
     * false if the user cancelled.
     */
    public boolean confirmDiscard() {
        if (!vm.commands().isDirty()) {
            return true;
        }
        return switch (prompts.askSaveChanges(documentName())) {
            case SAVE -> save();
            case DISCARD -> true;
            case CANCEL -> false;
        };
    }

    /** Quitting: asks about unsaved changes; on yes the autosaved copy is no longer needed. */
    public boolean close() {
        if (!confirmDiscard()) {
            return false;
        }
        discardAutosave();
        return true;
    }

    /** Writes the autosaved copy if there are changes it does not hold yet; returns whether it wrote. */
    public boolean autosaveNow() {
        long rev = vm.commands().getRevision();
        if (!vm.commands().isDirty() || rev == autosavedRevision) {
            return false;
        }
        Path target = autosave.of(file.get());
        try {
            Files.createDirectories(target.getParent());
            ProjectFiles.save(vm.getProject(), target);
            autosavedRevision = rev;
            return true;
        } catch (IOException | RuntimeException e) {
            vm.noticeProperty().set("Autosave failed: " + e.getMessage());
            return false;
        }
    }

    /** The autosave file of the current document. */
    public Path autosaveFile() {
        return autosave.of(file.get());
    }

    /**
     * If an autosaved copy of the current document exists and is newer than the file (a crash
     * left it), offers it back; restored changes count as unsaved.
     */
    public void offerRestore() {
        Path copy = autosave.of(file.get());
        if (!Files.isRegularFile(copy)) {
            return;
        }
        try {
            Instant copyTime = Files.getLastModifiedTime(copy).toInstant();
            Path f = file.get();
            boolean newer = f == null || !Files.exists(f) || copyTime.isAfter(Files.getLastModifiedTime(f).toInstant());
            if (newer && prompts.askRestore(documentName(), copyTime)) {
                Project restored = ProjectFiles.load(copy);
                vm.open(restored);
                vm.commands().markUnsaved();
                return;
            }
        } catch (IOException e) {
            vm.noticeProperty().set("Could not read the autosaved copy: " + e.getMessage());
        } catch (ProjectLoadException e) {
            prompts.showLoadProblems(copy, e.problems());
        }
        deleteQuietly(copy);
    }

    /**
     * At startup, before any document is opened (opening one discards the previous document's
     * copy): unsaved work that a crash left behind, in the untitled document or in the recent
     * files (most recent first), is offered back. The first copy accepted becomes the document,
     * as unsaved changes of its file; declined copies are deleted.
     *
     * @return whether work was restored (then the startup file should not be opened over it)
     */
    public boolean offerCrashRecovery() {
        List<Path> documents = new ArrayList<>();
        documents.add(null);
        documents.addAll(recent.files());
        for (Path doc : documents) {
            Path copy = autosave.of(doc);
            try {
                if (!Files.isRegularFile(copy)) {
                    continue;
                }
                Instant copyTime = Files.getLastModifiedTime(copy).toInstant();
                boolean newer = doc == null || !Files.exists(doc) || copyTime.isAfter(Files.getLastModifiedTime(doc).toInstant());
                String name = doc == null ? "an untitled project" : AutosaveLocation.baseName(doc);
                if (newer && prompts.askRestore(name, copyTime)) {
                    Project restored = ProjectFiles.load(copy);
                    vm.open(restored);
                    file.set(doc);
                    vm.commands().markUnsaved();
                    return true;
                }
            } catch (IOException e) {
                vm.noticeProperty().set("Could not read the autosaved copy " + copy + ": " + e.getMessage());
                continue;
            } catch (ProjectLoadException e) {
                prompts.showLoadProblems(copy, e.problems());
            }
            deleteQuietly(copy);
        }
        return false;
    }

    private void discardAutosave() {
        deleteQuietly(autosave.of(file.get()));
        autosavedRevision = -1;
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // A stale autosave is offered again next time; nothing else to do.
        }
    }

    private Path initialDirectory() {
        Path f = file.get();
        if (f != null && f.toAbsolutePath().getParent() != null) {
            return f.toAbsolutePath().getParent();
        }
        return recent.files().isEmpty() ? null : recent.files().get(0).getParent();
    }
}
