package org.neuroloom.app.lessons;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.neuroloom.app.NeuroLoomApp;
import org.neuroloom.app.main.MainWindow;
import org.neuroloom.app.run.LiveSimulation;

/**
 * Takes the README screenshot of a lesson in presentation mode: a sample opened from the
 * classroom, presentation mode on, the network running for a few seconds. A program run under
 * Xvfb from the repository root, not a test:
 * <pre>Xvfb :96 -screen 0 1600x1000x24 &amp;
 * DISPLAY=:96 java -Dneuroloom.home=. -cp app/target/classes:app/target/test-classes:app/target/lib/*:app/target/javafx/* \
 *     org.neuroloom.app.lessons.PresentationScreenshot central-pattern-generator assets/screenshots/presentation.png</pre>
 */
public final class PresentationScreenshot {
    private static final CountDownLatch RUNNING = new CountDownLatch(1);

    private PresentationScreenshot() {
    }

    public static void main(String[] args) throws Exception {
        String sample = args.length > 0 ? args[0] : "central-pattern-generator";
        Path out = Path.of(args.length > 1 ? args[1] : "assets/screenshots/presentation.png");
        double wallS = args.length > 2 ? Double.parseDouble(args[2]) : 6;
        Path autosave = Files.createTempDirectory("neuroloom-presentation");
        Platform.startup(() -> show(sample, autosave));
        if (!RUNNING.await(120, TimeUnit.SECONDS)) {
            System.err.println("the lesson did not start running within 2 minutes");
        }
        Thread.sleep((long) (wallS * 1000));
        Files.createDirectories(out.toAbsolutePath().getParent());
        Process p = new ProcessBuilder("import", "-window", "root", out.toString()).inheritIO().start();
        int rc = p.waitFor();
        System.out.println("screenshot " + out + " rc=" + rc);
        Platform.exit();
        System.exit(rc);
    }

    private static void show(String sample, Path autosave) {
        Stage stage = new Stage();
        MainWindow w = NeuroLoomApp.createWindow(stage, Preferences.userRoot().node("neuroloom-presentation"), autosave);
        stage.setWidth(1400);
        stage.setHeight(900);
        stage.show();
        Classroom c = Classroom.of(w);
        if (!c.openSample(sample)) {
            System.err.println("no sample " + sample);
            return;
        }
        c.lessons().setPresenting(!Boolean.getBoolean("noPresent"));
        LiveSimulation live = LiveSimulation.of(w);
        live.run().build(() -> {
            String tab = System.getProperty("tab");
            if (tab != null) {
                w.liveViewArea().getTabs().stream().filter(t -> tab.equals(t.getText())).findFirst()
                        .ifPresent(t -> w.liveViewArea().getSelectionModel().select(t));
            }
            live.run().runPause();
            System.out.println("running " + sample);
            RUNNING.countDown();
        });
    }
}
