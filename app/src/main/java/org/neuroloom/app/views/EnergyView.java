package org.neuroloom.app.views;

import java.util.Locale;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Energy and sparsity: activity rates, the fraction of active neurons, and the power of the
 * spiking network next to a dense network of the same size, with editable per-operation costs.
 */
public final class EnergyView implements LiveView {
    private static final long READOUT_PERIOD_NS = 250_000_000L;
    private static final double BAR_WIDTH = 320;

    private final EnergyViewModel vm;
    private final BorderPane root = new BorderPane();
    private final Label spikes = readout();
    private final Label events = readout();
    private final Label active = readout();
    private final Label ratio = readout();
    private final Label spikingPower = readout();
    private final Label densePower = readout();
    private final Label verdict = new Label();
    private final Region spikingBar = new Region();
    private final Region denseBar = new Region();
    private final TextField activeWindow = field("100");
    private final TextField synEvent = field("23.6");
    private final TextField spike = field("1.7");
    private final TextField neuron = field("52");
    private final TextField mac = field("4.6");
    private final Label error = new Label();
    private long lastNs;

    public EnergyView(EnergyViewModel vm) {
        this.vm = vm;
        LiveTheme.styleRoot(root);
        GridPane activity = new GridPane();
        activity.setHgap(10);
        activity.setVgap(4);
        activity.addRow(0, caption("Spikes / simulated s"), spikes);
        activity.addRow(1, caption("Synaptic events / simulated s"), events);
        activity.addRow(2, new HBox(4, caption("Active within"), activeWindow, caption("ms")), active);
        activity.addRow(3, caption("Synaptic events ÷ dense MACs"), ratio);

        spikingBar.getStyleClass().add("energy-bar-spiking");
        denseBar.getStyleClass().add("energy-bar-dense");
        for (Region bar : new Region[] {spikingBar, denseBar}) {
            bar.setMinHeight(14);
            bar.setMinWidth(Region.USE_PREF_SIZE);
            bar.setMaxWidth(Region.USE_PREF_SIZE);
            bar.setMaxHeight(14);
        }
        GridPane power = new GridPane();
        power.setHgap(10);
        power.setVgap(4);
        power.addRow(0, caption("Spiking, event-driven"), spikingPower, spikingBar);
        power.addRow(1, caption("Dense network, same N, every step"), densePower, denseBar);

        GridPane costs = new GridPane();
        costs.setHgap(8);
        costs.setVgap(4);
        costs.addRow(0, caption("Synaptic event"), synEvent, new Label("pJ  (Loihi, Davies et al. 2018)"));
        costs.addRow(1, caption("Spike"), spike, new Label("pJ  (Loihi within-tile spike)"));
        costs.addRow(2, caption("Neuron update per step"), neuron, new Label("pJ  (Loihi, inactive neuron)"));
        costs.addRow(3, caption("Dense multiply-accumulate"), mac, new Label("pJ  (FP32 at 45 nm, Horowitz 2014)"));
        error.getStyleClass().add("energy-error");
        for (TextField f : new TextField[] {synEvent, spike, neuron, mac}) {
            f.setOnAction(e -> applyConstants());
            f.focusedProperty().addListener((o, was, is) -> {
                if (!is) {
                    applyConstants();
                }
            });
        }
        activeWindow.setOnAction(e -> applyWindow());
        verdict.setWrapText(true);
        VBox box = new VBox(10, activity, new Label("Power when running in real time (energy per simulated second)"), power, verdict,
                new Label("Energy per operation (edit and press Enter)"), costs, error);
        box.setPadding(new Insets(8));
        root.setCenter(new javafx.scene.control.ScrollPane(box));
    }

    @Override
    public String title() {
        return "Energy";
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public CsvExportable data() {
        return vm;
    }

    @Override
    public void refresh() {
        long now = System.nanoTime();
        if (now - lastNs < READOUT_PERIOD_NS || !vm.consumeDirty()) {
            return;
        }
        lastNs = now;
        spikes.setText(Axes.si(vm.spikesPerS(), "/s"));
        events.setText(Axes.si(vm.synapticEventsPerS(), "/s"));
        double f = vm.fractionActive();
        active.setText(Double.isNaN(f) ? "–" : String.format(Locale.ROOT, "%.1f %% of neurons", f * 100));
        ratio.setText(Double.isNaN(vm.activityRatio()) ? "–" : String.format(Locale.ROOT, "%.2g", vm.activityRatio()));
        double s = vm.spikingPowerW();
        double d = vm.densePowerW();
        spikingPower.setText(Axes.si(s, "W"));
        densePower.setText(Axes.si(d, "W"));
        double big = Math.max(s, d);
        // log scale bars: the ratio can be many orders of magnitude
        spikingBar.setPrefWidth(barWidth(s, big));
        denseBar.setPrefWidth(barWidth(d, big));
        if (s > 0 && d > 0) {
            verdict.setText(s < d
                    ? String.format(Locale.ROOT, "The spiking network needs %.3g× less energy than the dense one.", d / s)
                    : String.format(Locale.ROOT, "Here the dense network is %.3g× cheaper: activity is not sparse enough.", s / d));
        }
    }

    private static double barWidth(double v, double big) {
        if (!(v > 0) || !(big > 0)) {
            return 1;
        }
        double decades = 6;
        double x = 1 + Math.log10(v / big) / decades;
        return Math.max(2, x * BAR_WIDTH);
    }

    private void applyConstants() {
        try {
            vm.setConstants(new EnergyConstants(number(synEvent), number(spike), number(neuron), number(mac)));
            error.setText("");
        } catch (IllegalArgumentException e) {
            error.setText(e.getMessage());
        }
        lastNs = 0;
    }

    private void applyWindow() {
        try {
            vm.setActiveWindowMs(number(activeWindow));
            error.setText("");
        } catch (NumberFormatException e) {
            error.setText("active window: not a number: " + activeWindow.getText());
        }
        lastNs = 0;
    }

    private static double number(TextField f) {
        try {
            return Double.parseDouble(f.getText().trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a number: '" + f.getText() + "'");
        }
    }

    private static Label readout() {
        Label l = new Label("–");
        l.getStyleClass().add("live-readout");
        return l;
    }

    private static Label caption(String text) {
        return new Label(text);
    }

    private static TextField field(String text) {
        TextField f = new TextField(text);
        f.setPrefColumnCount(5);
        return f;
    }
}
