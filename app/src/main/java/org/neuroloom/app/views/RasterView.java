package org.neuroloom.app.views;

import java.nio.IntBuffer;
import java.util.function.IntConsumer;
import javafx.collections.FXCollections;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * The raster plot: every spike a pixel, coloured by population, newest time at the right.
 * Scroll zooms the neuron range around the pointer, hovering names neuron and time, a click
 * selects the neuron for the trace view.
 */
public final class RasterView implements LiveView {
    static final double LEFT = 64;
    static final double BOTTOM = 18;
    private static final String[] WINDOWS = {"0.1 s", "0.2 s", "0.5 s", "1 s", "2 s", "5 s", "10 s"};

    private final RasterViewModel vm;
    private final NetworkLayoutHolder layout;
    private final LiveTheme theme = new LiveTheme();
    private final BorderPane root = new BorderPane();
    private final PlotPane plot = new PlotPane();
    private final ImageView image = new ImageView();
    private final Label hover = new Label();
    private final ChoiceBox<String> range = new ChoiceBox<>();
    private final CheckBox sourceSpikes = new CheckBox("All source spikes");
    private final ComboBox<String> window = new ComboBox<>(FXCollections.observableArrayList(WINDOWS));
    private PixelBuffer<IntBuffer> buffer;
    private IntConsumer onSelect = gid -> { };

    /** A raster drawing {@code vm}; {@code layout} gives the current network. */
    public RasterView(RasterViewModel vm, NetworkLayoutHolder layout) {
        this.vm = vm;
        this.layout = layout;
        LiveTheme.styleRoot(root);
        image.setId("raster-image");
        image.setPickOnBounds(true); // transparent pixels (no spike) must take the pointer too
        image.setSmooth(false);
        image.setLayoutX(LEFT);
        image.setLayoutY(0);
        hover.getStyleClass().add("live-hover");
        hover.setVisible(false);
        hover.setMouseTransparent(true);
        hover.setManaged(false);
        plot.getChildren().addAll(image, hover);
        image.addEventHandler(MouseEvent.MOUSE_MOVED, this::hover);
        image.addEventHandler(MouseEvent.MOUSE_EXITED, e -> hover.setVisible(false));
        image.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            int gid = vm.neuronAtY(e.getY());
            vm.select(gid);
            onSelect.accept(gid);
            plot.consumeResized();
            drawAxes();
        });
        image.addEventHandler(ScrollEvent.SCROLL, this::zoom);

        window.setValue("1 s");
        window.setId("raster-window");
        window.setEditable(true);
        window.setPrefWidth(80);
        window.setOnAction(e -> parseWindow(window.getValue()));
        range.setOnAction(e -> {
            int i = range.getSelectionModel().getSelectedIndex();
            if (i == 0) {
                vm.showAll();
            } else if (i > 0) {
                vm.zoomToPopulation(i - 1);
            }
        });
        sourceSpikes.managedProperty().bind(sourceSpikes.visibleProperty());
        sourceSpikes.setVisible(false);
        sourceSpikes.setTooltip(new javafx.scene.control.Tooltip("Stream every spike of sources that fire millions of times "
                + "per second; off, they show as rate bands and the engine runs faster"));
        HBox bar = new HBox(LiveTheme.fixed(new Label("Window")), window, LiveTheme.fixed(new Label("Neurons")), range,
                sourceSpikes);
        javafx.scene.control.Tooltip.install(image, new javafx.scene.control.Tooltip("Scroll to zoom, click a neuron to trace it"));
        bar.getStyleClass().add("live-toolbar");
        root.setTop(bar);
        root.setCenter(plot);
        root.sceneProperty().addListener((o, a, s) -> {
            if (s != null) {
                theme.resolve(root);
                vm.setColours(theme.populationArgb());
            }
        });
        layout.onChange(this::relayout);
        relayout();
    }

    /** Checked: every source spike is streamed (bound to the run's setting by the owner). */
    public javafx.beans.property.BooleanProperty sourceSpikesProperty() {
        return sourceSpikes.selectedProperty();
    }

    /** True while the switch has no effect (playback: a recording holds the counts it recorded). */
    public javafx.beans.property.BooleanProperty sourceSpikesDisableProperty() {
        return sourceSpikes.disableProperty();
    }

    /** Called with the global id of a clicked neuron. */
    public void setOnSelect(IntConsumer c) {
        onSelect = c;
    }

    @Override
    public String title() {
        return "Raster";
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public CsvExportable data() {
        return vm;
    }

    public RasterViewModel model() {
        return vm;
    }

    @Override
    public void refresh() {
        Axes.showWindow(window, vm.windowMs());
        // the switch only matters while some population arrives as counts (or it is on)
        sourceSpikes.setVisible(vm.anyCounted() || sourceSpikes.isSelected());
        boolean resized = plot.consumeResized();
        if (resized) {
            int w = (int) Math.max(1, plot.getWidth() - LEFT);
            int h = (int) Math.max(1, plot.getHeight() - BOTTOM);
            vm.resize(w, h);
            buffer = new PixelBuffer<>(w, h, IntBuffer.wrap(vm.pixels()), PixelFormat.getIntArgbPreInstance());
            image.setImage(new WritableImage(buffer));
        }
        if ((vm.consumeDirty() || resized) && buffer != null) {
            vm.render();
            buffer.updateBuffer(b -> null);
            drawAxes();
        }
    }

    private void relayout() {
        NetworkLayout l = layout.get();
        range.getItems().setAll("all");
        l.populations().forEach(p -> range.getItems().add(p.label()));
        range.getSelectionModel().select(0);
    }

    private void parseWindow(String text) {
        if (text == null) {
            return;
        }
        String t = text.trim().replace("s", "").trim();
        try {
            vm.setWindowMs(Double.parseDouble(t) * 1000);
        } catch (NumberFormatException e) {
            window.setValue(Axes.window(vm.windowMs()));
        }
    }

    private void hover(MouseEvent e) {
        hover.setText(vm.describe(e.getX(), e.getY()));
        hover.autosize();
        double x = LEFT + e.getX() + 12;
        if (x + hover.getWidth() > plot.getWidth()) {
            x = LEFT + e.getX() - hover.getWidth() - 8;
        }
        hover.relocate(x, Math.max(0, e.getY() - 20));
        hover.setVisible(true);
    }

    private void zoom(ScrollEvent e) {
        if (e.getDeltaY() == 0) {
            return;
        }
        int center = vm.neuronAtY(e.getY());
        double factor = e.getDeltaY() > 0 ? 0.8 : 1.25;
        int span = Math.max(1, (int) Math.round((vm.rangeTo() - vm.rangeFrom()) * factor));
        double frac = (double) (center - vm.rangeFrom()) / Math.max(1, vm.rangeTo() - vm.rangeFrom());
        int from = (int) Math.round(center - frac * span);
        int n = layout.get().neuronCount();
        from = Math.max(0, Math.min(from, n - span));
        vm.setNeuronRange(from, from + span);
        e.consume();
    }

    /** The label if it fits the margin, else the id, else the id cut short. */
    private static String fit(String label, String id) {
        for (String s : new String[] {label, id}) {
            if (textWidth(s) <= LEFT - 10) {
                return s;
            }
        }
        String s = id;
        while (s.length() > 1 && textWidth(s + "…") > LEFT - 10) {
            s = s.substring(0, s.length() - 1);
        }
        return s + "…";
    }

    private static double textWidth(String s) {
        javafx.scene.text.Text t = new javafx.scene.text.Text(s);
        t.setFont(Font.font(10));
        return t.getLayoutBounds().getWidth();
    }

    private void drawAxes() {
        GraphicsContext g = plot.g();
        double w = plot.getWidth();
        double h = plot.getHeight();
        double ih = h - BOTTOM;
        g.setFill(theme.background());
        g.fillRect(0, 0, w, h);
        g.setFont(Font.font(10));
        NetworkLayout l = layout.get();
        int lo = vm.rangeFrom();
        int hi = vm.rangeTo();
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        for (int i = 0; i < l.populations().size(); i++) {
            NetworkLayout.Pop p = l.populations().get(i);
            int a = Math.max(lo, p.offset());
            int b = Math.min(hi, p.end());
            if (a >= b) {
                continue;
            }
            double yTop = ih - (double) (b - lo) / (hi - lo) * ih;
            double yBottom = ih - (double) (a - lo) / (hi - lo) * ih;
            g.setFill(theme.population(i));
            g.fillRect(LEFT - 4, yTop, 3, Math.max(1, yBottom - yTop));
            if (yBottom - yTop > 12) {
                g.fillText(fit(p.label(), p.id()), LEFT - 7, (yTop + yBottom) / 2);
            }
            g.setStroke(theme.grid());
            g.strokeLine(LEFT, Math.round(yTop) + 0.5, w, Math.round(yTop) + 0.5);
        }
        int sel = vm.selected();
        if (sel >= lo && sel < hi) {
            double y = ih - (sel - lo + 0.5) / (hi - lo) * ih;
            g.setFill(theme.selection());
            g.fillPolygon(new double[] {LEFT - 1, LEFT - 7, LEFT - 7}, new double[] {y, y - 4, y + 4}, 3);
        }
        double iw = w - LEFT;
        double t1 = vm.nowMs();
        double t0 = t1 - vm.windowMs();
        double step = Axes.niceStep(vm.windowMs(), Axes.ticksFor(w - LEFT));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        g.setFill(theme.foreground());
        for (double t = Math.ceil(Math.max(0, t0) / step) * step; t <= t1; t += step) {
            double x = LEFT + (t - t0) / vm.windowMs() * iw;
            g.setStroke(theme.grid());
            g.strokeLine(Math.round(x) + 0.5, ih, Math.round(x) + 0.5, ih + 4);
            g.fillText(Axes.time(t), Math.min(w - 24, x), ih + 4);
        }
    }
}
