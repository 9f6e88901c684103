package org.neuroloom.app;

import java.nio.file.Path;
import java.util.prefs.Preferences;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Application;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.neuroloom.app.editor.ProjectViewModel;
import org.neuroloom.app.files.AutosaveLocation;
import org.neuroloom.app.files.DefaultProject;
import org.neuroloom.app.files.DialogPrompts;
import org.neuroloom.app.files.Documents;
import org.neuroloom.app.files.RecentFiles;
import org.neuroloom.app.main.MainWindow;
import org.neuroloom.model.Project;

/** The JavaFX application: the main window of the workbench. */
public final class NeuroLoomApp extends Application {

    /** How often unsaved changes are copied to the autosave file. */
    public static final Duration AUTOSAVE_EVERY = Duration.minutes(1);

    static void launchWith(String[] args) {
        Application.launch(NeuroLoomApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        Preferences prefs = Preferences.userNodeForPackage(NeuroLoomApp.class);
        MainWindow window = createWindow(stage, prefs, AutosaveLocation.defaultFallback());
        stage.show();
        Path file = DefaultProject.startupFile(getParameters().getRaw(), System.getProperty("neuroloom.home"));
        // Work a crash left behind comes first: opening the startup file would discard the untitled copy.
        boolean recovered = window.documents().offerCrashRecovery();
        if (!recovered && file != null) {
            window.documents().load(file);
        }
        // restored work is what the person wants to see, not the lesson picker over it
        if (getParameters().getRaw().isEmpty() && !recovered) {
            org.neuroloom.app.lessons.Classroom.of(window).showStartPage();
        }
        Timeline autosave = new Timeline(new KeyFrame(AUTOSAVE_EVERY, e -> window.documents().autosaveNow()));
        autosave.setCycleCount(Animation.INDEFINITE);
        autosave.play();
    }

    /**
     * Builds the main window on {@code stage} with an empty project.
     *
     * @param prefs       where recent files and the theme are remembered
     * @param autosaveDir where autosaved copies of untitled documents go
     */
    public static MainWindow createWindow(Stage stage, Preferences prefs, Path autosaveDir) {
        ProjectViewModel vm = new ProjectViewModel(Project.empty("Untitled"));
        Documents docs = new Documents(vm, new DialogPrompts(stage), new RecentFiles(prefs), new AutosaveLocation(autosaveDir));
        MainWindow window = new MainWindow(stage, vm, docs, prefs);
        org.neuroloom.app.run.LiveSimulation.install(window);
        org.neuroloom.app.lessons.Classroom.install(window);
        return window;
    }
}
