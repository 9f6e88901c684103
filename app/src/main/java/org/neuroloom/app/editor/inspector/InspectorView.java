package org.neuroloom.app.editor.inspector;

import java.util.HashMap;
import java.util.Map;
import javafx.collections.MapChangeListener;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * The inspector panel: renders the {@link InspectorViewModel}'s form as labelled rows (label,
 * editor, unit) with the reason for a refused value right under the field. Text fields commit
 * on Enter or when they lose focus; Escape puts the model's value back. When only values
 * changed, rows are updated in place so focus and typing are not disturbed.
 */
public final class InspectorView extends ScrollPane {

    private static final double LABEL_WIDTH = 128;
    private static final double EDITOR_MIN_WIDTH = 60;
    private static final double EDITOR_PREF_WIDTH = 120;

    private final InspectorViewModel vm;
    private final VBox content = new VBox();
    private final Map<String, Node> editors = new HashMap<>();
    private final Map<String, Label> messages = new HashMap<>();
    private final Label title = new Label();
    private final Label subtitle = new Label();
    private String shape = "";
    private boolean updating;

    public InspectorView(InspectorViewModel vm) {
        this.vm = vm;
        getStyleClass().add("inspector");
        content.getStyleClass().add("inspector-content");
        setContent(content);
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        title.getStyleClass().add("inspector-title");
        title.setWrapText(true);
        subtitle.getStyleClass().add("inspector-subtitle");
        subtitle.setWrapText(true);
        vm.formProperty().addListener((obs, old, now) -> show(now));
        vm.errors().addListener((MapChangeListener<String, String>) c -> showMessages());
        show(vm.getForm());
    }

    /** The id of the editor of a field: {@code field-model_tauMs}. */
    public static String editorId(String key) {
        return "field-" + key.replace('.', '_');
    }

    /** The id of the message under a field: {@code message-model_tauMs}. */
    public static String messageId(String key) {
        return "message-" + key.replace('.', '_');
    }

    private void show(InspectorForm form) {
        title.setText(form.title());
        subtitle.setText(form.subtitle());
        if (form.shape().equals(shape)) {
            updating = true;
            try {
                form.sections().forEach(s -> s.fields().forEach(this::updateValue));
            } finally {
                updating = false;
            }
            showMessages();
            return;
        }
        shape = form.shape();
        editors.clear();
        messages.clear();
        content.getChildren().clear();
        content.getChildren().addAll(title, subtitle);
        for (Section s : form.sections()) {
            Label heading = new Label(s.title());
            heading.getStyleClass().add("inspector-section");
            content.getChildren().addAll(heading, grid(s));
        }
        showMessages();
    }

    private GridPane grid(Section s) {
        GridPane g = new GridPane();
        g.getStyleClass().add("inspector-grid");
        g.setMaxWidth(Double.MAX_VALUE);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(LABEL_WIDTH);
        labels.setPrefWidth(LABEL_WIDTH);
        labels.setMaxWidth(LABEL_WIDTH);
        ColumnConstraints editorsCol = new ColumnConstraints();
        editorsCol.setHgrow(Priority.ALWAYS);
        editorsCol.setMinWidth(90);
        ColumnConstraints units = new ColumnConstraints();
        units.setMinWidth(36);
        g.getColumnConstraints().addAll(labels, editorsCol, units);
        int row = 0;
        for (Field f : s.fields()) {
            Label label = new Label(f.label());
            label.getStyleClass().add("field-label");
            label.setWrapText(true);
            if (!f.help().isEmpty()) {
                Tooltip tip = new Tooltip(f.help());
                tip.setShowDelay(Duration.millis(300));
                tip.setWrapText(true);
                tip.setMaxWidth(360);
                label.setTooltip(tip);
            }
            Node editor = editor(f);
            editor.setId(editorId(f.key()));
            editors.put(f.key(), editor);
            Label unit = new Label(f.unit());
            unit.getStyleClass().add("field-unit");
            unit.setMinWidth(Region.USE_PREF_SIZE);
            g.addRow(row++, label, editor, unit);
            Label message = new Label();
            message.setId(messageId(f.key()));
            message.getStyleClass().add("field-message");
            message.setWrapText(true);
            message.setManaged(false);
            message.setVisible(false);
            messages.put(f.key(), message);
            g.add(message, 1, row++, 2, 1);
        }
        return g;
    }

    private Node editor(Field f) {
        switch (f.kind()) {
            case CHOICE -> {
                ComboBox<String> box = new ComboBox<>();
                box.getItems().setAll(f.choices());
                box.setValue(f.value());
                box.setMaxWidth(Double.MAX_VALUE);
                box.setMinWidth(EDITOR_MIN_WIDTH);
                box.setPrefWidth(EDITOR_PREF_WIDTH);
                box.setOnAction(e -> {
                    if (!updating && box.getValue() != null && !box.getValue().equals(vm.getForm().field(f.key())
                            .map(Field::value).orElse(null))) {
                        vm.commit(f.key(), box.getValue());
                    }
                });
                return box;
            }
            case CHECK -> {
                CheckBox box = new CheckBox();
                box.setSelected(Boolean.parseBoolean(f.value()));
                box.setOnAction(e -> {
                    if (!updating) {
                        vm.commit(f.key(), Boolean.toString(box.isSelected()));
                    }
                });
                return box;
            }
            case READ_ONLY -> {
                Label l = new Label(f.value());
                l.getStyleClass().add("field-read-only");
                return l;
            }
            case MULTILINE -> {
                TextArea area = new TextArea(f.value());
                area.setMaxWidth(Double.MAX_VALUE);
                area.setMinWidth(EDITOR_MIN_WIDTH);
                area.setPrefRowCount(3);
                area.setWrapText(true);
                wire(area, f.key(), false);
                return area;
            }
            default -> {
                TextField t = new TextField(f.value());
                t.setPrefColumnCount(6);
                t.setMaxWidth(Double.MAX_VALUE);
                t.setMinWidth(EDITOR_MIN_WIDTH);
                if (f.kind() == Field.Kind.NUMBER) {
                    t.getStyleClass().add("number-field");
                }
                t.setOnAction(e -> vm.commit(f.key(), t.getText()));
                wire(t, f.key(), true);
                return t;
            }
        }
    }

    private void wire(TextInputControl t, String key, boolean singleLine) {
        t.focusedProperty().addListener((obs, was, is) -> {
            if (was && !is && !updating) {
                String model = vm.getForm().field(key).map(Field::value).orElse(null);
                if (!t.getText().equals(model)) {
                    vm.commit(key, t.getText());
                }
            }
        });
        t.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                vm.getForm().field(key).ifPresent(f -> t.setText(f.value()));
                vm.errors().remove(key);
            } else if (!singleLine && e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
                vm.commit(key, t.getText());
            }
        });
    }

    private void updateValue(Field f) {
        Node n = editors.get(f.key());
        if (n instanceof TextInputControl t && !t.getText().equals(f.value())) {
            t.setText(f.value());
        } else if (n instanceof ComboBox<?> box) {
            @SuppressWarnings("unchecked")
            ComboBox<String> b = (ComboBox<String>) box;
            b.setValue(f.value());
        } else if (n instanceof CheckBox c) {
            c.setSelected(Boolean.parseBoolean(f.value()));
        } else if (n instanceof Label l) {
            l.setText(f.value());
        }
    }

    private void showMessages() {
        InspectorForm form = vm.getForm();
        messages.forEach((key, label) -> {
            String error = vm.errors().get(key);
            String problem = form.field(key).map(Field::problem).orElse("");
            String text = error != null ? error : problem;
            label.setText(text);
            label.getStyleClass().removeAll("field-error", "field-problem");
            label.getStyleClass().add(error != null ? "field-error" : "field-problem");
            label.setVisible(!text.isEmpty());
            label.setManaged(!text.isEmpty());
            Node editor = editors.get(key);
            if (editor != null) {
                editor.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("invalid"), !text.isEmpty());
            }
        });
    }
}
