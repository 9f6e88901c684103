package org.neuroloom.app.run;

import java.util.Locale;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.neuroloom.engine.control.ControlCommand;
import org.neuroloom.model.Population;
import org.neuroloom.model.Project;
import org.neuroloom.model.Projection;
import org.neuroloom.model.modulator.Modulator;
import org.neuroloom.model.neuron.PoissonSource;
import org.neuroloom.model.neuron.RegularSource;

/**
 * Knobs for a running network, applied at the next step: source rates, weight scale per
 * projection, plasticity on/off, and a Reward button per neuromodulator. They change the
 * running engine, not the project file.
 */
public final class LiveControlsView {
    private final RunViewModel vm;
    private final VBox box = new VBox(8);

    public LiveControlsView(RunViewModel vm) {
        this.vm = vm;
        box.setPadding(new Insets(8));
        vm.phaseProperty().addListener((o, a, p) -> {
            if (a == RunPhase.BUILDING && vm.run() != null) {
                rebuild(vm.run().project());
            }
        });
        box.getChildren().add(new Label("Build or run a network to get its live controls."));
    }

    public Node node() {
        ScrollPane s = new ScrollPane(box);
        s.setFitToWidth(true);
        return s;
    }

    private void rebuild(Project p) {
        box.getChildren().clear();
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        int row = 0;
        for (Population pop : p.network().populations()) {
            double rate = pop.model() instanceof PoissonSource ps ? ps.rateHz()
                    : pop.model() instanceof RegularSource rs ? rs.rateHz() : Double.NaN;
            if (Double.isNaN(rate)) {
                continue;
            }
            Slider slider = new Slider(0, Math.max(100, rate * 4), rate);
            slider.setId("rate-" + pop.id());
            slider.setPrefWidth(260);
            Label value = new Label(format(rate, "Hz"));
            slider.valueProperty().addListener((o, a, v) -> value.setText(format(v.doubleValue(), "Hz")));
            slider.valueChangingProperty().addListener((o, was, changing) -> {
                if (!changing) {
                    vm.send(new ControlCommand.SetSourceRate(pop.id(), slider.getValue()));
                }
            });
            slider.setOnMouseReleased(e -> vm.send(new ControlCommand.SetSourceRate(pop.id(), slider.getValue())));
            grid.addRow(row++, new Label(pop.label() + " rate"), slider, value);
        }
        for (Projection proj : p.network().projections()) {
            String name = proj.label().isEmpty() ? proj.id() : proj.label();
            Slider scale = new Slider(0, 3, 1);
            scale.setId("scale-" + proj.id());
            scale.setPrefWidth(260);
            Label value = new Label("×1.00");
            scale.valueProperty().addListener((o, a, v) -> value.setText(String.format(Locale.ROOT, "×%.2f", v.doubleValue())));
            scale.setOnMouseReleased(e -> vm.send(new ControlCommand.SetWeightScale(proj.id(), scale.getValue())));
            grid.addRow(row++, new Label(name + " weight scale"), scale, value);
            if (proj.plasticity() != null) {
                CheckBox learn = new CheckBox("plasticity on");
                learn.setSelected(true);
                learn.setOnAction(e -> vm.send(new ControlCommand.SetPlasticity(proj.id(), learn.isSelected())));
                grid.addRow(row++, new Label(name + " learning"), learn);
            }
        }
        for (Modulator m : p.network().modulators()) {
            TextField amount = new TextField("0.5");
            amount.setPrefColumnCount(5);
            Button reward = new Button("Reward");
            reward.setId("reward-" + m.id());
            reward.setOnAction(e -> {
                try {
                    vm.send(new ControlCommand.Reward(m.id(), Double.parseDouble(amount.getText().trim())));
                } catch (NumberFormatException ex) {
                    vm.messageProperty().set("Reward amount is not a number: " + amount.getText());
                }
            });
            grid.addRow(row++, new Label(m.label() + " (µM)"), amount, reward);
        }
        if (row == 0) {
            box.getChildren().add(new Label("This network has no sources, projections or modulators to adjust."));
        } else {
            box.getChildren().addAll(new Label("Changes apply at the next time step and last until Reset or rebuild."), grid);
        }
    }

    private static String format(double v, String unit) {
        return String.format(Locale.ROOT, "%.1f %s", v, unit);
    }
}
