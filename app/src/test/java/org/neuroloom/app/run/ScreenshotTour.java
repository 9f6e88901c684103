package org.neuroloom.app.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.neuroloom.app.NeuroLoomApp;
import org.neuroloom.app.main.MainWindow;
import org.neuroloom.model.Network;
import org.neuroloom.model.Population;
import org.neuroloom.model.Project;
import org.neuroloom.model.io.ProjectFiles;

/**
 * Takes the README screenshot: the main window running the STDP sample widened to 100
 * postsynaptic neurons, with the overview (raster, traces, weights, rates) showing.
 * A program run under Xvfb, not a test:
 * <pre>DISPLAY=:98 java -cp app/target/classes:app/target/test-classes:app/target/lib/*:app/target/javafx/* \
 *     org.neuroloom.app.run.ScreenshotTour assets/screenshots/running.png</pre>
 */
public final class ScreenshotTour {
    private static final java.util.concurrent.CountDownLatch RUNNING = new java.util.concurrent.CountDownLatch(1);

    private ScreenshotTour() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "assets/screenshots/running.png");
        double wallS = args.length > 1 ? Double.parseDouble(args[1]) : 8;
        Project sample = ProjectFiles.load(Path.of("sample-projects", "stdp-song-abbott.neuroloom.json"));
        List<Population> pops = new ArrayList<>(sample.network().populations());
        pops.set(1, pops.get(1).withSize(100).withLabel("Postsynaptic neurons"));
        Network n = sample.network();
        Project project = sample.withNetwork(new Network(pops, n.projections(), n.modulators()));
        Path autosave = Files.createTempDirectory("neuroloom-tour");
        Platform.startup(() -> {
            try {
                show(project, autosave);
            } catch (RuntimeException e) {
                e.printStackTrace();
            }
        });
        if (!RUNNING.await(120, java.util.concurrent.TimeUnit.SECONDS)) {
            System.err.println("the window did not start running within 2 minutes");
        }
        Thread.sleep((long) (wallS * 1000));
        Files.createDirectories(out.toAbsolutePath().getParent());
        Process p = new ProcessBuilder("import", "-window", "root", "-crop", "1600x1000+0+0", out.toString()).inheritIO().start();
        int rc = p.waitFor();
        System.out.println("screenshot " + out + " rc=" + rc);
        Platform.exit();
        System.exit(rc);
    }

    private static void show(Project project, Path autosave) {
            long t0 = System.nanoTime();
            Stage stage = new Stage();
            MainWindow w = NeuroLoomApp.createWindow(stage, Preferences.userRoot().node("neuroloom-tour"), autosave);
            stage.setWidth(1600);
            stage.setHeight(1000);
            stage.setX(0);
            stage.setY(0);
            stage.show();
            System.out.printf("shown after %.1f s%n", (System.nanoTime() - t0) / 1e9);
            w.project().open(project);
            // give the live views most of the height, as a user would drag the divider
            w.root().lookupAll(".split-pane").stream().map(javafx.scene.control.SplitPane.class::cast)
                    .filter(sp -> sp.getOrientation() == javafx.geometry.Orientation.VERTICAL)
                    .forEach(sp -> Platform.runLater(() -> sp.setDividerPositions(0.3)));
            LiveSimulation live = LiveSimulation.of(w);
            live.run().speedProperty().set(SpeedChoice.MAX);
            live.run().build(() -> {
                for (int g : new int[] {1003, 1042, 1077}) {
                    live.views().traces().select(g);
                }
                live.run().runPause();
                // the sample opens on its lesson's view (weights); the README shows the overview
                w.liveViewArea().getSelectionModel().select(0);
                System.out.println("running");
                RUNNING.countDown();
            });
    }
}
