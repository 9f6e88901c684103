package org.neuroloom.app.views;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/** Smoothed population rates over time, with mean rate and CV(ISI) per population. */
public final class RateView implements LiveView {
    private static final double LEFT = 48;
    private static final double BOTTOM = 18;
    private static final long READOUT_PERIOD_NS = 250_000_000L;

    private final RateViewModel vm;
    private final NetworkLayoutHolder layout;
    private final LiveTheme theme = new LiveTheme();
    private final BorderPane root = new BorderPane();
    private final PlotPane plot = new PlotPane();
    private final VBox legend = new VBox(4);
    private final List<Label> readouts = new ArrayList<>();
    private final ComboBox<String> window = new ComboBox<>();
    private long lastReadoutNs;

    public RateView(RateViewModel vm, NetworkLayoutHolder layout) {
        this.vm = vm;
        this.layout = layout;
        LiveTheme.styleRoot(root);
        window.getItems().setAll("0.5 s", "1 s", "2 s", "5 s", "10 s");
        window.setValue("1 s");
        window.setOnAction(e -> vm.setWindowMs(Double.parseDouble(window.getValue().replace("s", "").trim()) * 1000));
        Label note = new Label("smoothed with τ = 10 ms; mean and CV(ISI) over the last 1 s");
        note.setMinWidth(0);
        HBox bar = new HBox(LiveTheme.fixed(new Label("Window")), LiveTheme.fixed(window), note);
        bar.getStyleClass().add("live-toolbar");
        legend.setStyle("-fx-padding: 4 8 4 8;");
        legend.setMinWidth(180);
        legend.setPrefWidth(210);
        root.setTop(bar);
        root.setCenter(plot);
        root.setRight(legend);
        root.sceneProperty().addListener((o, a, s) -> {
            theme.resolve(root);
            relayout();
        });
        layout.onChange(this::relayout);
        relayout();
    }

    @Override
    public String title() {
        return "Rates";
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
        boolean resized = plot.consumeResized();
        if (!vm.consumeDirty() && !resized) {
            return;
        }
        long now = System.nanoTime();
        if (now - lastReadoutNs > READOUT_PERIOD_NS) {
            lastReadoutNs = now;
            for (int p = 0; p < readouts.size() && p < vm.populationCount(); p++) {
                readouts.get(p).setText(String.format(Locale.ROOT, "%.1f Hz now, %.1f Hz mean%nCV(ISI) %s", vm.rateHz(p),
                        vm.meanRateHz(p), Double.isNaN(vm.cvIsi(p)) ? "–" : String.format(Locale.ROOT, "%.2f", vm.cvIsi(p))));
            }
        }
        draw();
    }

    private void draw() {
        GraphicsContext g = plot.g();
        double w = plot.getWidth();
        double h = plot.getHeight();
        double ph = h - BOTTOM - 6;
        int cols = (int) Math.max(1, w - LEFT);
        double t1 = vm.nowMs();
        double t0 = t1 - vm.windowMs();
        double top = 1;
        for (int p = 0; p < vm.populationCount(); p++) {
            if (!vm.plotted(p)) {
                continue;
            }
            SampleRing r = vm.history(p);
            for (int k = r.firstAtOrAfter(t0), n = r.size(); k < n; k++) {
                top = Math.max(top, r.value(k));
            }
        }
        double step = Axes.niceStep(top, 4);
        top = Math.ceil(top / step) * step;
        g.setFill(theme.background());
        g.fillRect(0, 0, w, h);
        g.setFont(Font.font(10));
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        for (double v = 0; v <= top + 1e-9; v += step) {
            double y = 6 + ph - v / top * ph;
            g.setStroke(theme.grid());
            g.strokeLine(LEFT, Math.round(y) + 0.5, w, Math.round(y) + 0.5);
            g.setFill(theme.foreground());
            g.fillText(Axes.label(v) + " Hz", LEFT - 4, y);
        }
        g.setLineWidth(1.5);
        for (int p = 0; p < vm.populationCount(); p++) {
            if (!vm.plotted(p)) {
                continue;
            }
            SampleRing r = vm.history(p);
            int first = r.firstAtOrAfter(t0);
            int n = r.size();
            int stride = Math.max(1, (n - first) / cols);
            g.setStroke(theme.population(p));
            g.beginPath();
            boolean started = false;
            for (int k = first; k < n; k += stride) {
                double x = LEFT + (r.timeMs(k) - t0) / vm.windowMs() * cols;
                double y = 6 + ph - r.value(k) / top * ph;
                if (started) {
                    g.lineTo(x, y);
                } else {
                    g.moveTo(x, y);
                    started = true;
                }
            }
            g.stroke();
        }
        g.setLineWidth(1);
        double tstep = Axes.niceStep(vm.windowMs(), Axes.ticksFor(w - LEFT));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        g.setFill(theme.foreground());
        for (double t = Math.ceil(Math.max(0, t0) / tstep) * tstep; t <= t1; t += tstep) {
            g.fillText(Axes.time(t), Math.min(w - 24, LEFT + (t - t0) / vm.windowMs() * cols), h - BOTTOM + 3);
        }
    }

    private void relayout() {
        legend.getChildren().clear();
        readouts.clear();
        List<NetworkLayout.Pop> pops = layout.get().populations();
        for (int p = 0; p < pops.size(); p++) {
            Label name = new Label(pops.get(p).label() + " (" + pops.get(p).size() + ")", new Rectangle(10, 10, theme.population(p)));
            name.getStyleClass().add("live-caption");
            // click a population's name to show or hide its curve, as in a plot legend
            final int pop = p;
            name.setCursor(javafx.scene.Cursor.HAND);
            name.setTooltip(new javafx.scene.control.Tooltip("Click to show or hide this population's rate in the plot"));
            name.setOpacity(vm.plotted(p) ? 1 : 0.45);
            name.setOnMouseClicked(e -> {
                vm.setPlotted(pop, !vm.plotted(pop));
                name.setOpacity(vm.plotted(pop) ? 1 : 0.45);
                draw();
            });
            Label value = new Label("–");
            value.getStyleClass().add("live-readout");
            readouts.add(value);
            legend.getChildren().addAll(name, value);
        }
        lastReadoutNs = 0;
    }
}
