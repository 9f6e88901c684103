package org.neuroloom.app.views;

import java.io.IOException;
import java.io.Writer;
import java.nio.IntBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * One panel per plastic projection: the weight heatmap (pre rows x post columns, viridis over
 * the rule's bounds), the change since the previous snapshot (LTP red, LTD blue), and the
 * weight histogram over time with the mean weight.
 */
public final class WeightView implements LiveView {
    private static final double SIDE = 200;

    private final Supplier<List<WeightViewModel>> models;
    private final BorderPane root = new BorderPane();
    private final VBox panels = new VBox(10);
    private final List<Panel> shown = new ArrayList<>();

    private final javafx.beans.binding.DoubleBinding side;

    public WeightView(Supplier<List<WeightViewModel>> models, NetworkLayoutHolder layout) {
        side = javafx.beans.binding.Bindings.createDoubleBinding(
                () -> Math.max(50, Math.min(SIDE, Math.min(root.getHeight() - 80, (root.getWidth() - 70) / 3.4))),
                root.heightProperty(), root.widthProperty());
        this.models = models;
        LiveTheme.styleRoot(root);
        panels.setStyle("-fx-padding: 6;");
        ScrollPane scroll = new ScrollPane(panels);
        scroll.setFitToWidth(true);
        root.setCenter(scroll);
        layout.onChange(this::rebuild);
        rebuild();
    }

    @Override
    public String title() {
        return "Weights";
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public CsvExportable data() {
        return this::writeCsv;
    }

    @Override
    public void refresh() {
        for (Panel p : shown) {
            p.refresh();
        }
    }

    private void writeCsv(Writer out) throws IOException {
        out.write("projection,");
        boolean header = true;
        for (WeightViewModel vm : models.get()) {
            java.io.StringWriter one = new java.io.StringWriter();
            vm.writeCsv(one);
            String[] lines = one.toString().split("\n");
            if (header) {
                out.write(lines[0] + "\n");
                header = false;
            }
            for (int i = 1; i < lines.length; i++) {
                out.write(vm.projection().id() + "," + lines[i] + "\n");
            }
        }
        if (header) {
            out.write("pre_block,post_block,mean_weight,change\n");
        }
    }

    private void rebuild() {
        panels.getChildren().clear();
        shown.clear();
        for (WeightViewModel vm : models.get()) {
            Panel p = new Panel(vm, side);
            shown.add(p);
            panels.getChildren().add(p.node);
        }
        if (shown.isEmpty()) {
            panels.getChildren().add(new Label("No plastic projection in this network."));
        }
    }

    /** The three images of one projection. */
    private static final class Panel {
        private final WeightViewModel vm;
        private final PixelBuffer<IntBuffer> heat;
        private final PixelBuffer<IntBuffer> change;
        private final PixelBuffer<IntBuffer> history;
        /** Smallest size in pixels of a heatmap side before the view stretches it. */
        private static final int MIN_PIXELS = 128;
        private final int scaleX;
        private final int scaleY;
        private final int[] heatScaled;
        private final int[] changeScaled;
        private final Label heatCaption = new Label();
        private final Label changeCaption = new Label();
        private final Label historyCaption = new Label();
        private final Node node;

        Panel(WeightViewModel vm, javafx.beans.binding.DoubleBinding side) {
            this.vm = vm;
            PixelFormat<IntBuffer> argb = PixelFormat.getIntArgbPreInstance();
            // each block is drawn as an integer number of pixels: a 64 x 1 matrix (one output
            // neuron) stretched from one pixel column smears and splits in the software renderer
            scaleX = Math.max(1, MIN_PIXELS / vm.cols());
            scaleY = Math.max(1, MIN_PIXELS / vm.rows());
            heatScaled = new int[vm.cols() * scaleX * vm.rows() * scaleY];
            changeScaled = new int[heatScaled.length];
            heat = new PixelBuffer<>(vm.cols() * scaleX, vm.rows() * scaleY, IntBuffer.wrap(heatScaled), argb);
            change = new PixelBuffer<>(vm.cols() * scaleX, vm.rows() * scaleY, IntBuffer.wrap(changeScaled), argb);
            history = new PixelBuffer<>(WeightViewModel.HISTORY, vm.bins(), IntBuffer.wrap(vm.histogramPixels()), argb);
            NetworkLayout.Proj p = vm.projection();
            Label title = new Label(p.label().isEmpty() ? p.id() : p.label() + "  (" + p.id() + ")");
            title.getStyleClass().add("live-caption");
            for (Label l : List.of(heatCaption, changeCaption, historyCaption)) {
                l.getStyleClass().add("live-readout");
                l.setWrapText(true);
                l.maxWidthProperty().bind(side.add(40));
            }
            HBox images = new HBox(14,
                    column("weight (pre ↓ × post →)", image(heat, side, 1), heatCaption),
                    column("change: LTP red, LTD blue", image(change, side, 1), changeCaption),
                    column("histogram (weight ↑ × time →)", image(history, side, 1.4), historyCaption));
            node = new VBox(4, title, images);
        }

        private static ImageView image(PixelBuffer<IntBuffer> buffer, javafx.beans.binding.DoubleBinding side, double aspect) {
            ImageView v = new ImageView(new WritableImage(buffer));
            v.setSmooth(false);
            v.fitHeightProperty().bind(side);
            v.fitWidthProperty().bind(side.multiply(aspect));
            v.getStyleClass().add("live-plot");
            return v;
        }

        private static VBox column(String caption, ImageView image, Label readout) {
            Label c = new Label(caption);
            return new VBox(2, c, image, readout);
        }

        /** Copies a {@code rows x cols} picture into {@code out}, each pixel as a {@code scaleX x scaleY} block. */
        private void replicate(int[] in, int[] out) {
            int cols = vm.cols();
            int width = cols * scaleX;
            for (int r = 0; r < vm.rows(); r++) {
                int row = r * scaleY * width;
                for (int c = 0; c < cols; c++) {
                    java.util.Arrays.fill(out, row + c * scaleX, row + (c + 1) * scaleX, in[r * cols + c]);
                }
                for (int k = 1; k < scaleY; k++) {
                    System.arraycopy(out, row, out, row + k * width, width);
                }
            }
        }

        void refresh() {
            if (!vm.consumeDirty()) {
                return;
            }
            vm.render();
            replicate(vm.heatPixels(), heatScaled);
            replicate(vm.changePixels(), changeScaled);
            heat.updateBuffer(b -> null);
            change.updateBuffer(b -> null);
            history.updateBuffer(b -> null);
            String unit = vm.projection().unit();
            heatCaption.setText(String.format(java.util.Locale.ROOT, "scale %s – %s %s, %d synapses",
                    Axes.label(vm.scaleMin()), Axes.label(vm.scaleMax()), unit, vm.current().synapses()));
            changeCaption.setText("max |Δ| " + Axes.si(vm.maxAbsChange(), unit));
            String mean = String.format(java.util.Locale.ROOT, "mean %.4g %s at %s", vm.current().meanWeight(), unit,
                    Axes.time(vm.lastSnapshotMs()));
            historyCaption.setText(Double.isNaN(vm.columnMs()) ? mean : String.format(java.util.Locale.ROOT,
                    "%s; 0 – %s, %s per column; brightest %.0f %% of synapses", mean,
                    Axes.time(vm.columnsUsed() * vm.columnMs()), Axes.time(vm.columnMs()), 100 * vm.maxShare()));
        }
    }
}
