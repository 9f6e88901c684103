package org.neuroloom.app;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The JavaFX application: the main window of the workbench. */
public final class NeuroLoomApp extends Application {

    static void launchWith(String[] args) {
        Application.launch(NeuroLoomApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("NeuroLoom");
        stage.setScene(new Scene(new Label("NeuroLoom"), 1280, 800));
        stage.show();
    }
}
