package org.neuroloom.app.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The views in a real (headless) scene: pixels reach the image, exports write files. */
@ExtendWith(ApplicationExtension.class)
class LiveViewsFxTest {
    private LiveViewHub hub;
    private LiveViewsPane pane;
    private TabPane tabs;

    @Start
    void start(Stage stage) {
        hub = new LiveViewHub(new LiveViewModels());
        pane = new LiveViewsPane(hub);
        tabs = new TabPane();
        pane.install(tabs);
        stage.setScene(new Scene(tabs, 900, 500));
        stage.show();
    }

    /** Feeds the models, then runs frames with layout passes between them (as the pulse does). */
    private void feedAndDraw(FxRobot robot) {
        robot.interact(this::feed);
        for (int i = 0; i < 3; i++) {
            robot.interact(hub::frame);
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    private void feed() {
        LiveViewModels m = hub.models();
        m.reset(new NetworkLayout(List.of(
                new NetworkLayout.Pop("in", "Input", 0, 100, true, List.of()),
                new NetworkLayout.Pop("exc", "Exc", 100, 100, false, List.of("v"))),
                List.of(new NetworkLayout.Proj("stdp", "", 100, 100, 0, 1, "nS")), 0.1, 1000));
        for (int k = 0; k < 5000; k++) {
            m.spikes(0.1 * (k + 1), new int[] {k % 200}, 1);
        }
        m.advanceTo(500);
    }

    /** The overview tile of the view titled {@code title}: {column, row, column span}, or null if not tiled. */
    private int[] tile(String title) {
        javafx.scene.layout.GridPane grid = (javafx.scene.layout.GridPane) tabs.getTabs().get(0).getContent();
        for (LiveView v : hub.views()) {
            if (v.title().equals(title) && v.node().getParent() == grid) {
                javafx.scene.Node n = v.node();
                return new int[] {javafx.scene.layout.GridPane.getColumnIndex(n),
                        javafx.scene.layout.GridPane.getRowIndex(n), javafx.scene.layout.GridPane.getColumnSpan(n)};
            }
        }
        return null;
    }

    /** The rates legend works as a plot legend: clicking a population's name shows or hides its curve. */
    /** A projection onto one neuron (64 x 1 blocks) is drawn with whole pixels per block, not one stretched pixel column. */
    @Test
    void aHeatmapWithOneColumnIsDrawnInWholePixelBlocks(FxRobot robot) {
        WeightFrame f = new WeightFrame(64, 1, LiveViewModels.WEIGHT_BINS);
        f.clear(0, 1);
        for (int pre = 0; pre < 1000; pre++) {
            f.add(pre, 1000, 0, 1, pre / 1000f);
        }
        f.finish();
        robot.interact(() -> {
            LiveViewModels m = hub.models();
            m.reset(new NetworkLayout(List.of(
                    new NetworkLayout.Pop("in", "Input", 0, 1000, true, List.of()),
                    new NetworkLayout.Pop("out", "Out", 1000, 1, false, List.of("v"))),
                    List.of(new NetworkLayout.Proj("stdp", "", 1000, 1, 0, 1, "nS")), 0.1, 1000));
            m.weights(0, 50, f);
            m.advanceTo(50);
        });
        for (int i = 0; i < 3; i++) {
            robot.interact(hub::frame);
            WaitForAsyncUtils.waitForFxEvents();
        }
        LiveView weights = hub.views().stream().filter(v -> v.title().equals("Weights")).findFirst().orElseThrow();
        javafx.scene.image.Image heat = robot.from(weights.node()).lookup((javafx.scene.Node n) -> n instanceof ImageView)
                .queryAs(ImageView.class).getImage();
        assertEquals(128, (int) heat.getWidth());
        assertEquals(128, (int) heat.getHeight());
        javafx.scene.image.PixelReader px = heat.getPixelReader();
        for (int block : new int[] {0, 31, 63}) {
            int colour = ColorMaps.viridis(f.block(block, 0));
            for (int y : new int[] {2 * block, 2 * block + 1}) {
                assertEquals(colour, px.getArgb(0, y), "block " + block + " left");
                assertEquals(colour, px.getArgb(127, y), "block " + block + " right");
            }
        }
    }

    @Test
    void clickingAPopulationInTheRatesLegendShowsOrHidesItsCurve(FxRobot robot) {
        feedAndDraw(robot);
        RateViewModel rates = hub.models().rates();
        assertEquals(false, rates.plotted(0), "the input (a source) is not plotted next to neurons");
        javafx.scene.control.Label input = robot.lookup((javafx.scene.Node n) -> n instanceof javafx.scene.control.Label l
                && l.getText().equals("Input (100)") && n.isVisible()).queryAs(javafx.scene.control.Label.class);
        robot.clickOn(input);
        assertTrue(rates.plotted(0), "shown after a click");
        robot.clickOn(input);
        assertEquals(false, rates.plotted(0), "hidden after a second click");
        assertTrue(rates.plotted(1));
    }

    /**
     * Without a plastic projection the overview has no weights to show and gives the rates the
     * whole lower row; a network with one shows weights and rates side by side, and leaving the
     * overview puts every view back into its own tab.
     */
    @Test
    void theOverviewGivesTheRatesTheWholeRowWhenNoProjectionIsPlastic(FxRobot robot) {
        robot.interact(() -> hub.models().reset(Layouts.twoPopulations()));
        assertEquals(null, tile("Weights"));
        assertEquals(List.of(0, 1, 2), java.util.Arrays.stream(tile("Rates")).boxed().toList());
        assertEquals(List.of(0, 0, 1), java.util.Arrays.stream(tile("Raster")).boxed().toList());

        robot.interact(this::feed);
        assertEquals(List.of(0, 1, 1), java.util.Arrays.stream(tile("Weights")).boxed().toList());
        assertEquals(List.of(1, 1, 1), java.util.Arrays.stream(tile("Rates")).boxed().toList());

        robot.interact(() -> tabs.getSelectionModel().select(2));
        for (String title : List.of("Raster", "Traces", "Weights", "Rates")) {
            assertEquals(null, tile(title), title + " is back in its own tab");
        }
    }

    @Test
    void spikesPushedIntoTheModelsAppearAsPixelsOfThePopulationColour(FxRobot robot) {
        feedAndDraw(robot);
        RasterViewModel vm = hub.models().raster();
        ImageView image = robot.lookup("#raster-image").queryAs(ImageView.class);
        assertEquals(vm.width(), (int) image.getImage().getWidth());
        int lit = 0;
        int exc = 0;
        int excColour = new LiveTheme().populationArgb()[1];
        var reader = image.getImage().getPixelReader();
        for (int y = 0; y < vm.height(); y++) {
            for (int x = 0; x < vm.width(); x++) {
                int argb = reader.getArgb(x, y);
                lit += argb != 0 ? 1 : 0;
                exc += argb == excColour ? 1 : 0;
            }
        }
        assertTrue(lit > 100, "lit pixels: " + lit);
        assertTrue(exc > 50 && exc < lit, "exc pixels " + exc + " of " + lit);
    }

    @Test
    void clickingTheRasterAddsATraceLaneForThatNeuron(FxRobot robot) {
        feedAndDraw(robot);
        ImageView image = robot.lookup("#raster-image").queryAs(ImageView.class);
        // the top of the image is the highest neuron id: a neuron of "exc"
        robot.clickOn(image.localToScreen(image.getBoundsInLocal()).getMinX() + 20,
                image.localToScreen(image.getBoundsInLocal()).getMinY() + 3);
        WaitForAsyncUtils.waitForFxEvents();
        List<TraceChannel> ch = hub.models().traces().channels();
        assertEquals(1, ch.size());
        assertEquals("v", ch.get(0).variable());
        assertTrue(ch.get(0).globalId() >= 190, "picked " + ch.get(0).globalId());
    }

    @Test
    void eachViewExportsAPngOfItsSizeAndACsvOfItsData(FxRobot robot, @TempDir Path dir) throws Exception {
        feedAndDraw(robot);
        for (LiveView v : hub.views()) {
            Path png = dir.resolve(v.title() + ".png");
            Path csv = dir.resolve(v.title() + ".csv");
            robot.interact(() -> {
                tabs.getSelectionModel().select(hub.views().indexOf(v) + 1);
                hub.frame();
                try {
                    ViewExport.png(v.node(), png);
                    ViewExport.csv(v.data(), csv);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            BufferedImage img = ImageIO.read(png.toFile());
            assertTrue(img.getWidth() > 100 && img.getHeight() > 100, v.title() + " png " + img.getWidth() + "x" + img.getHeight());
            assertTrue(Files.readAllLines(csv).size() >= 1, v.title() + " csv");
        }
        List<String> raster = Files.readAllLines(dir.resolve("Raster.csv"));
        assertEquals("time_ms,population,neuron,global_id", raster.get(0));
        assertEquals(5001, raster.size());   // the 1 s window holds all 5000 spikes
        assertEquals("0.1000,in,0,0", raster.get(1));
        assertEquals("500.0000,exc,99,199", raster.get(5000));
    }

    /**
     * Sixty pulses in each of two seconds, far ahead of the real pulses' schedule; the second
     * second follows a 1 s stall, after which the hub must not redraw in a burst to catch up.
     * Runs on the FX thread; returns the redraws in each second.
     */
    private long[] sixtyPulsesInEachOfTwoSeconds() {
        long[] redraws = new long[2];
        long base = System.nanoTime() + 10_000_000_000L;
        for (int second = 0; second < 2; second++) {
            long before = hub.frames();
            for (int k = 0; k < 60; k++) {
                hub.pulse(base + second * 2_000_000_000L + Math.round(k * 1e9 / 60));
            }
            redraws[second] = hub.frames() - before;
        }
        return redraws;
    }

    @Test
    void sixtyPulsesASecondRedrawFortyTimesAndDrainEveryTime(FxRobot robot) {
        int[] drains = {0};
        long[][] redraws = new long[1][];
        robot.interact(() -> {
            hub.setSource(sink -> drains[0]++);
            redraws[0] = sixtyPulsesInEachOfTwoSeconds();
            hub.setSource(null);
        });
        assertEquals(40, redraws[0][0]);
        assertEquals(40, redraws[0][1]);
        assertEquals(120, drains[0]);
    }

    @Test
    void throttledSixtyPulsesASecondRedrawThirtyTwoTimes(FxRobot robot) {
        long[][] redraws = new long[1][];
        robot.interact(() -> {
            hub.setThrottled(true);
            redraws[0] = sixtyPulsesInEachOfTwoSeconds();
            hub.setThrottled(false);
        });
        assertEquals(32, redraws[0][0]);
        assertEquals(32, redraws[0][1]);
    }
}
