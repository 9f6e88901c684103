package org.neuroloom.app.files;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.neuroloom.model.validate.Problem;

/** {@link Prompts} as JavaFX dialogs owned by the main window. */
public final class DialogPrompts implements Prompts {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm").withZone(ZoneId.systemDefault());
    private final Window owner;

    public DialogPrompts(Window owner) {
        this.owner = owner;
    }

    @Override
    public SaveChoice askSaveChanges(String documentName) {
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Don't Save", ButtonBar.ButtonData.NO);
        Alert a = alert(Alert.AlertType.CONFIRMATION, "Unsaved changes",
                "Save the changes to " + documentName + "?", "Your changes are lost if you don't save them.",
                save, discard, ButtonType.CANCEL);
        Optional<ButtonType> answer = a.showAndWait();
        if (answer.isEmpty() || answer.get() == ButtonType.CANCEL) {
            return SaveChoice.CANCEL;
        }
        return answer.get() == save ? SaveChoice.SAVE : SaveChoice.DISCARD;
    }

    @Override
    public Path chooseFileToOpen(Path initialDirectory) {
        FileChooser c = chooser("Open project", initialDirectory);
        var f = c.showOpenDialog(owner);
        return f == null ? null : f.toPath();
    }

    @Override
    public Path chooseFileToSave(Path initialDirectory, String suggestedName) {
        FileChooser c = chooser("Save project", initialDirectory);
        c.setInitialFileName(suggestedName);
        var f = c.showSaveDialog(owner);
        return f == null ? null : f.toPath();
    }

    private static FileChooser chooser(String title, Path dir) {
        FileChooser c = new FileChooser();
        c.setTitle(title);
        c.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("NeuroLoom projects", "*" + Documents.EXTENSION),
                new FileChooser.ExtensionFilter("JSON files", "*.json"));
        if (dir != null && dir.toFile().isDirectory()) {
            c.setInitialDirectory(dir.toFile());
        }
        return c;
    }

    @Override
    public void showLoadProblems(Path file, List<Problem> problems) {
        Alert a = alert(Alert.AlertType.ERROR, "Cannot open project",
                file.getFileName() + " cannot be opened (" + problems.size()
                        + (problems.size() == 1 ? " problem" : " problems") + ")",
                null, ButtonType.OK);
        a.getDialogPane().setContent(problemList("The project that was open stays open.", problems));
        a.showAndWait();
    }

    @Override
    public boolean confirmSaveWithProblems(List<Problem> problems) {
        ButtonType save = new ButtonType("Save Anyway", ButtonBar.ButtonData.YES);
        Alert a = alert(Alert.AlertType.WARNING, "Project has problems", "Save a project with problems?", null,
                save, ButtonType.CANCEL);
        a.getDialogPane().setContent(problemList("NeuroLoom opens only valid projects: fix these before you open it again.",
                problems));
        return a.showAndWait().filter(b -> b == save).isPresent();
    }

    private static VBox problemList(String intro, List<Problem> problems) {
        ListView<String> list = new ListView<>();
        list.getStyleClass().add("problem-list");
        problems.forEach(p -> list.getItems().add(p.path().isEmpty() ? p.description() : p.path() + ": " + p.description()));
        list.setPrefSize(640, Math.min(320, 32 + 26 * problems.size()));
        Label label = new Label(intro);
        label.setWrapText(true);
        return new VBox(8, label, list);
    }

    @Override
    public void showError(String title, String message) {
        alert(Alert.AlertType.ERROR, title, title, message, ButtonType.OK).showAndWait();
    }

    @Override
    public boolean askRestore(String documentName, Instant savedAt) {
        ButtonType restore = new ButtonType("Restore", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Discard", ButtonBar.ButtonData.NO);
        Alert a = alert(Alert.AlertType.CONFIRMATION, "Restore unsaved work",
                "NeuroLoom did not close normally. Restore the unsaved changes to " + documentName + "?",
                "An automatic copy was saved " + TIME.format(savedAt) + ".", restore, discard);
        return a.showAndWait().filter(b -> b == restore).isPresent();
    }

    private Alert alert(Alert.AlertType type, String title, String header, String content, ButtonType... buttons) {
        Alert a = new Alert(type, content == null ? "" : content, buttons);
        a.initOwner(owner);
        a.setTitle(title);
        a.setHeaderText(header);
        a.getDialogPane().getStyleClass().add("neuroloom-dialog");
        a.setResizable(true);
        return a;
    }
}
