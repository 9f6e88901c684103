package org.neuroloom.app.lessons;

import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The sample browser: one card per sample (thumbnail of its network, lesson title, project
 * name) in teaching order. Clicking a card opens the sample. It is the start page of the window
 * and the content of Lessons > Samples.
 */
final class SampleBrowser {
    static final double THUMB_WIDTH = 230;
    static final double THUMB_HEIGHT = 120;

    private final BorderPane root = new BorderPane();
    private final Button close = new Button("Close");

    /**
     * @param catalog  the samples
     * @param heading  the title above the cards
     * @param onOpen   called with the chosen sample
     * @param onClose  called by the Close button
     */
    SampleBrowser(SampleCatalog catalog, String heading, Consumer<SampleCatalog.Sample> onOpen, Runnable onClose) {
        Label title = new Label(heading);
        title.getStyleClass().add("sample-browser-title");
        Label hint = new Label(catalog.samples().size() + " lessons, each with notes, things to try and the paper it "
                + "reproduces. Click one to open it; press Space to run it.");
        hint.getStyleClass().add("sample-browser-hint");
        hint.setWrapText(true);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        close.setOnAction(e -> onClose.run());
        close.setCancelButton(true);
        HBox top = new HBox(12, new VBox(4, title, hint), grow, close);
        top.setAlignment(Pos.TOP_LEFT);
        top.getStyleClass().add("sample-browser-top");

        FlowPane cards = new FlowPane(14, 14);
        cards.setAlignment(Pos.TOP_CENTER);
        cards.getStyleClass().add("sample-cards");
        for (SampleCatalog.Sample s : catalog.samples()) {
            cards.getChildren().add(card(s, onOpen));
        }
        if (catalog.samples().isEmpty()) {
            cards.getChildren().add(new Label("No samples found in the " + SampleCatalog.FOLDER + " folder."));
        }
        ScrollPane scroll = new ScrollPane(cards);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("sample-scroll");
        root.setTop(top);
        root.setCenter(scroll);
        root.getStyleClass().add("sample-browser");
    }

    private static Node card(SampleCatalog.Sample s, Consumer<SampleCatalog.Sample> onOpen) {
        Label title = new Label(s.title());
        title.getStyleClass().add("sample-card-title");
        title.setWrapText(true);
        title.setMaxWidth(THUMB_WIDTH);
        Label name = new Label(s.id());
        name.getStyleClass().add("sample-card-id");
        VBox card = new VBox(6, Schematic.of(s.project(), THUMB_WIDTH, THUMB_HEIGHT), title, name);
        card.getStyleClass().add("sample-card");
        card.setPrefWidth(THUMB_WIDTH + 20);
        card.setOnMouseClicked(e -> onOpen.accept(s));
        if (s.project().lesson() != null && !s.project().lesson().summary().isBlank()) {
            Tooltip t = new Tooltip(s.project().lesson().summary());
            t.setWrapText(true);
            t.setMaxWidth(420);
            Tooltip.install(card, t);
        }
        card.setId("sample-" + s.id());
        return card;
    }

    Node node() {
        return root;
    }
}
