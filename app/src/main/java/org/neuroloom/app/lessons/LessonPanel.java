package org.neuroloom.app.lessons;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.neuroloom.model.Lesson;

/**
 * The lesson notes beside the canvas: title, explanation, what to look for, things to try and the
 * paper, with the classroom buttons (reset the lesson, teach mode, presentation mode).
 */
final class LessonPanel {
    private final LessonViewModel vm;
    private final VBox content = new VBox(10);
    private final ScrollPane scroll = new ScrollPane(content);
    private final VBox root;
    private final Runnable browse;

    /**
     * @param vm     classroom state
     * @param browse opens the sample browser (from the empty panel)
     */
    LessonPanel(LessonViewModel vm, Runnable browse) {
        this.vm = vm;
        this.browse = browse;
        Button reset = new Button("Reset lesson");
        reset.setTooltip(new Tooltip("Back to the sample as it was opened: edits discarded, run at time 0 (Shift+R)"));
        reset.disableProperty().bind(vm.sampleProperty().isNull());
        reset.setOnAction(e -> vm.resetLesson());
        reset.setId("reset-lesson");
        ToggleButton teach = new ToggleButton("Teach");
        teach.setTooltip(new Tooltip("Lock the network's structure; parameters stay adjustable"));
        teach.selectedProperty().bindBidirectional(vm.teachProperty());
        teach.setId("teach-toggle");
        ToggleButton present = new ToggleButton("Present");
        present.setTooltip(new Tooltip("Presentation mode: full screen, large type (F5; Esc leaves)"));
        present.selectedProperty().bindBidirectional(vm.presentingProperty());
        present.setId("present-toggle");
        FlowPane buttons = new FlowPane(6, 6, reset, teach, present);
        buttons.getStyleClass().add("lesson-buttons");
        content.getStyleClass().add("lesson-content");
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("lesson-scroll");
        root = new VBox(buttons, scroll);
        VBox.setVgrow(scroll, javafx.scene.layout.Priority.ALWAYS);
        root.getStyleClass().add("lesson-panel");
        root.setId("lesson-panel");
        vm.lessonProperty().addListener((o, a, l) -> fill(l));
        fill(vm.getLesson());
    }

    private void fill(Lesson l) {
        content.getChildren().clear();
        scroll.setVvalue(0);
        if (l == null) {
            Label none = text("This project has no lesson notes.", "lesson-text");
            Button samples = new Button("Open a sample lesson…");
            samples.setOnAction(e -> browse.run());
            VBox empty = new VBox(10, none, samples);
            empty.setAlignment(Pos.TOP_LEFT);
            content.getChildren().add(empty);
            return;
        }
        content.getChildren().add(text(l.title(), "lesson-title"));
        if (!l.summary().isBlank()) {
            content.getChildren().add(text(l.summary(), "lesson-text"));
        }
        if (!l.lookFor().isBlank()) {
            content.getChildren().addAll(text("What to look for", "lesson-heading"), text(l.lookFor(), "lesson-text"));
        }
        if (!l.tryThis().isEmpty()) {
            content.getChildren().add(text("Try this", "lesson-heading"));
            int n = 1;
            for (String t : l.tryThis()) {
                Label number = text(n++ + ".", "lesson-number");
                number.setMinWidth(22);
                Label item = text(t, "lesson-text");
                javafx.scene.layout.HBox row = new javafx.scene.layout.HBox(4, number, item);
                row.getStyleClass().add("lesson-try");
                content.getChildren().add(row);
            }
        }
        if (!l.notes().isBlank()) {
            content.getChildren().add(text(l.notes(), "lesson-text"));
        }
        if (!l.reference().isBlank()) {
            content.getChildren().addAll(text("Paper", "lesson-heading"), text(l.reference(), "lesson-reference"));
        }
    }

    private static Label text(String s, String style) {
        Label l = new Label(s);
        l.setWrapText(true);
        l.getStyleClass().add(style);
        l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }

    Node node() {
        return root;
    }

    LessonViewModel viewModel() {
        return vm;
    }
}
