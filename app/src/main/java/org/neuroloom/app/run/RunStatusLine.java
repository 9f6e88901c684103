package org.neuroloom.app.run;

import java.util.Locale;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.neuroloom.app.views.Axes;
import org.neuroloom.app.views.EnergyViewModel;
import org.neuroloom.engine.control.RunStatus;
import org.neuroloom.engine.probe.CounterBoard;

/**
 * The status bar's text: simulated time, real-time factor, engine throughput (spikes and
 * synaptic events per wall-clock second), network size and dropped view data. Updated four
 * times a second so it can be read.
 */
public final class RunStatusLine {
    private static final long PERIOD_NS = 250_000_000L;

    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("No network built");
    private long lastNs;
    private CounterBoard.Snapshot last;
    private double spikesPerWallS;
    private double eventsPerWallS;

    void started(LiveRun run) {
        last = null;
        lastNs = 0;
        spikesPerWallS = 0;
        eventsPerWallS = 0;
        text.set(String.format(Locale.ROOT, "t = 0 ms · %d neurons · %d synapses", run.layout().neuronCount(),
                run.layout().synapseCount()));
    }

    void update(LiveRun run, EnergyViewModel energy) {
        long now = System.nanoTime();
        if (now - lastNs < PERIOD_NS) {
            return;
        }
        lastNs = now;
        CounterBoard.Snapshot c = run.counters().read();
        if (last != null && c.wallNanos() > last.wallNanos()) {
            double wallS = (c.wallNanos() - last.wallNanos()) / 1e9;
            spikesPerWallS = (c.spikes() - last.spikes()) / wallS;
            eventsPerWallS = (c.synapticEvents() - last.synapticEvents()) / wallS;
        } else if (last != null && c.steps() == last.steps()) {
            spikesPerWallS = 0;
            eventsPerWallS = 0;
        }
        last = c;
        RunStatus s = run.status();
        text.set(String.format(Locale.ROOT, "t = %s · %s · %.2f× real time · %s · %s · %d neurons · %d synapses · dropped %d",
                Axes.time(c.timeMs()), s.state().name().toLowerCase(Locale.ROOT), s.realTimeFactor(),
                Axes.si(spikesPerWallS, "spikes/s"), Axes.si(eventsPerWallS, "events/s"),
                run.layout().neuronCount(), run.layout().synapseCount(), run.dropped()));
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    public String getText() {
        return text.get();
    }

    /** Spikes per wall-clock second at the last update. */
    public double spikesPerWallS() {
        return spikesPerWallS;
    }

    /** Synaptic events per wall-clock second at the last update. */
    public double eventsPerWallS() {
        return eventsPerWallS;
    }
}
