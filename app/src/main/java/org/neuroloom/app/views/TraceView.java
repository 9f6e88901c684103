package org.neuroloom.app.views;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * Membrane traces: one lane per selected (neuron, variable), drawn as a min/max envelope per
 * pixel column, spikes of the neuron marked at the top of its lanes.
 */
public final class TraceView implements LiveView {
    private static final double LEFT = 64;
    private static final double BOTTOM = 18;

    private final TraceViewModel vm;
    private final NetworkLayoutHolder layout;
    private final LiveTheme theme = new LiveTheme();
    private final BorderPane root = new BorderPane();
    private final PlotPane plot = new PlotPane();
    private final ChoiceBox<String> variable = new ChoiceBox<>();
    private final CheckBox autoscale = new CheckBox("Autoscale");
    private final TextField min = new TextField("-80");
    private final TextField max = new TextField("-40");
    private final ComboBox<String> window = new ComboBox<>(FXCollections.observableArrayList("0.1 s", "0.2 s", "0.5 s", "1 s", "2 s", "5 s"));
    private float[] colMin = new float[0];
    private float[] colMax = new float[0];

    public TraceView(TraceViewModel vm, NetworkLayoutHolder layout) {
        this.vm = vm;
        this.layout = layout;
        LiveTheme.styleRoot(root);
        autoscale.setSelected(true);
        autoscale.setOnAction(e -> {
            vm.setAutoscale(autoscale.isSelected());
            applyFixed();
        });
        min.setPrefColumnCount(4);
        max.setPrefColumnCount(4);
        LiveTheme.fixed(min);
        LiveTheme.fixed(max);
        LiveTheme.fixed(window);
        min.setOnAction(e -> applyFixed());
        max.setOnAction(e -> applyFixed());
        min.disableProperty().bind(autoscale.selectedProperty());
        max.disableProperty().bind(autoscale.selectedProperty());
        window.setValue("1 s");
        window.setId("trace-window");
        // editable, as the raster's: a lesson's window (0.4 s) that is not one of the choices
        // still shows, where a fixed choice box shows it blank
        window.setEditable(true);
        window.setPrefWidth(80);
        window.setOnAction(e -> {
            try {
                vm.setWindowMs(Double.parseDouble(window.getValue().replace("s", "").trim()) * 1000);
            } catch (NumberFormatException ex) {
                window.setValue(Axes.window(vm.windowMs()));
            }
        });
        Button clear = new Button("Clear");
        clear.setOnAction(e -> {
            while (!vm.channels().isEmpty()) {
                vm.removeChannel(0);
            }
        });
        HBox bar = new HBox(LiveTheme.fixed(new Label("Variable")), variable, LiveTheme.fixed(autoscale), LiveTheme.fixed(new Label("min")),
                min, LiveTheme.fixed(new Label("max")), max, LiveTheme.fixed(new Label("Window")), window, LiveTheme.fixed(clear));
        bar.getStyleClass().add("live-toolbar");
        root.setTop(bar);
        root.setCenter(plot);
        root.sceneProperty().addListener((o, a, s) -> theme.resolve(root));
        layout.onChange(this::relayout);
        relayout();
    }

    /** Adds lanes for neuron {@code gid}: the chosen variable if it has it, else its first. */
    public void select(int gid) {
        NetworkLayout l = layout.get();
        int p = l.populationOf(gid);
        if (p < 0 || l.populations().get(p).variables().isEmpty()) {
            return;
        }
        List<String> vars = l.populations().get(p).variables();
        String v = vars.contains(variable.getValue()) ? variable.getValue() : vars.get(0);
        vm.addChannel(gid, v);
    }

    @Override
    public String title() {
        return "Traces";
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
        Axes.showWindow(window, vm.windowMs());
        boolean resized = plot.consumeResized();
        if (!vm.consumeDirty() && !resized) {
            return;
        }
        GraphicsContext g = plot.g();
        double w = plot.getWidth();
        double h = plot.getHeight();
        g.setFill(theme.background());
        g.fillRect(0, 0, w, h);
        g.setFont(Font.font(10));
        List<TraceChannel> channels = vm.channels();
        if (channels.isEmpty()) {
            g.setFill(theme.foreground());
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.CENTER);
            g.fillText("Click a neuron in the raster to trace it", w / 2, h / 2);
            return;
        }
        int cols = (int) Math.max(1, w - LEFT);
        if (colMin.length < cols) {
            colMin = new float[cols];
            colMax = new float[cols];
        }
        double laneH = (h - BOTTOM) / channels.size();
        double t0 = vm.nowMs() - vm.windowMs();
        NetworkLayout l = layout.get();
        for (int c = 0; c < channels.size(); c++) {
            double strip = c * laneH + 2;       // label and spike marks live above the trace
            double top = strip + 14;
            double bottom = (c + 1) * laneH - 4;
            double[] range = vm.envelope(c, cols, colMin, colMax);
            int pop = Math.max(0, l.populationOf(channels.get(c).globalId()));
            g.setStroke(theme.grid());
            g.strokeLine(LEFT, Math.round((c + 1) * laneH) + 0.5, w, Math.round((c + 1) * laneH) + 0.5);
            g.setFill(theme.population(pop));
            g.setTextAlign(TextAlignment.LEFT);
            g.setTextBaseline(VPos.TOP);
            g.fillText(channels.get(c).label(), LEFT + 4, strip);
            if (Double.isNaN(range[0]) || bottom - top < 4) {
                continue;
            }
            g.setFill(theme.foreground());
            g.setTextAlign(TextAlignment.RIGHT);
            g.fillText(Axes.label(range[1]), LEFT - 4, top);
            g.setTextBaseline(VPos.BOTTOM);
            g.fillText(Axes.label(range[0]), LEFT - 4, bottom);
            double scale = (bottom - top) / (range[1] - range[0]);
            // each pixel column is one filled span from the column's min to its max, stretched to
            // meet the previous column: a continuous 1-pixel trace from axis-aligned rectangles,
            // which the software renderer fills directly (stroked paths go through its
            // antialiasing rasterizer: 2 per column cost it over half a core at 30 frames per second)
            g.setFill(theme.population(pop));
            double prevY = Double.NaN;
            for (int x = 0; x < cols; x++) {
                if (Float.isNaN(colMin[x])) {
                    prevY = Double.NaN;
                    continue;
                }
                double yLo = Math.round(clamp(bottom - (colMin[x] - range[0]) * scale, top, bottom));
                double yHi = Math.round(clamp(bottom - (colMax[x] - range[0]) * scale, top, bottom));
                double from = Double.isNaN(prevY) ? yHi : Math.min(yHi, prevY);
                double to = Double.isNaN(prevY) ? yLo : Math.max(yLo, prevY);
                g.fillRect(LEFT + x, from, 1, to - from + 1);
                prevY = Math.round((yLo + yHi) / 2);
            }
            SampleRing spikes = vm.spikeMarks(c);
            g.setStroke(theme.spikeMark());
            g.setLineWidth(1.5);
            for (int k = spikes.firstAtOrAfter(t0), n = spikes.size(); k < n; k++) {
                double x = LEFT + Math.floor((spikes.timeMs(k) - t0) / vm.windowMs() * cols) + 0.5;
                g.strokeLine(x, top - 6, x, top - 1);
            }
        }
        g.setLineWidth(1);
        drawTimeAxis(g, w, h, cols, t0);
    }

    private void drawTimeAxis(GraphicsContext g, double w, double h, int cols, double t0) {
        double step = Axes.niceStep(vm.windowMs(), Axes.ticksFor(w - LEFT));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        g.setFill(theme.foreground());
        for (double t = Math.ceil(Math.max(0, t0) / step) * step; t <= vm.nowMs(); t += step) {
            double x = LEFT + (t - t0) / vm.windowMs() * cols;
            g.fillText(Axes.time(t), Math.min(w - 24, x), h - BOTTOM + 3);
        }
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    private void applyFixed() {
        try {
            vm.setFixedRange(Double.parseDouble(min.getText().trim()), Double.parseDouble(max.getText().trim()));
        } catch (NumberFormatException e) {
            min.setText("-80");
            max.setText("-40");
            vm.setFixedRange(-80, -40);
        }
    }

    private void relayout() {
        java.util.Set<String> vars = new java.util.LinkedHashSet<>();
        layout.get().populations().forEach(p -> vars.addAll(p.variables()));
        if (vars.isEmpty()) {
            vars.add("v");
        }
        variable.getItems().setAll(vars);
        variable.setValue(vars.iterator().next());
    }
}
