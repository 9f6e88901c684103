package org.neuroloom.app.files;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.neuroloom.model.validate.Problem;

/** The questions file handling asks the user (dialogs in the app). */
public interface Prompts {

    /** The answer to "save your changes?". */
    enum SaveChoice { SAVE, DISCARD, CANCEL }

    /** Asks whether to save unsaved changes of {@code documentName} before they are lost. */
    SaveChoice askSaveChanges(String documentName);

    /** Asks for a project file to open; {@code null} when cancelled. */
    Path chooseFileToOpen(Path initialDirectory);

    /** Asks where to save; {@code null} when cancelled. */
    Path chooseFileToSave(Path initialDirectory, String suggestedName);

    /** Shows why {@code file} could not be opened (every problem, with its path). */
    void showLoadProblems(Path file, List<Problem> problems);

    /** Asks whether to save although the project has problems (it will not open again until they are fixed). */
    boolean confirmSaveWithProblems(List<Problem> problems);

    /** Shows an error that is not about the project's content (disk full, permission denied). */
    void showError(String title, String message);

    /** Offers the autosaved copy written at {@code savedAt}, newer than the file; true to restore it. */
    boolean askRestore(String documentName, Instant savedAt);
}
