package org.neuroloom.app.lessons;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.neuroloom.model.Project;
import org.neuroloom.model.io.ProjectFiles;
import org.neuroloom.model.io.ProjectLoadException;

/**
 * The sample projects a teacher can open: every {@code *.neuroloom.json} in the
 * {@code sample-projects} folder, in teaching order (from one neuron to networks that learn),
 * files the order does not know at the end by name. A file that does not load is left out and
 * listed in {@link #unreadable()}.
 */
public final class SampleCatalog {

    /** The folder, relative to the NeuroLoom home (the launcher's {@code neuroloom.home}). */
    public static final String FOLDER = "sample-projects";

    /** Teaching order: single neurons, classic networks, plasticity, circuits. */
    static final List<String> ORDER = List.of(
            "hello-neuron", "cell-types", "hodgkin-huxley",
            "vogels-abbott-cuba", "vogels-abbott-coba",
            "brunel-2000", "brunel-2000-sr", "brunel-2000-si-fast", "brunel-2000-si-slow",
            "synfire-chain", "lateral-inhibition", "winner-take-all", "central-pattern-generator",
            "multisensory-integration", "sparse-vs-dense",
            "short-term-plasticity", "stdp-song-abbott", "reward-stdp", "homeostasis");

    /**
     * One sample.
     *
     * @param id      the file's base name, e.g. {@code hello-neuron}
     * @param file    where it lives
     * @param project its content as loaded
     */
    public record Sample(String id, Path file, Project project) {
        /** The lesson's title, or the project's name when it has no lesson. */
        public String title() {
            return project.lesson() != null && !project.lesson().title().isBlank() ? project.lesson().title() : project.name();
        }

        /** The project's short name ("Hello, neuron"). */
        public String name() {
            return project.name();
        }
    }

    private final List<Sample> samples;
    private final List<String> unreadable;

    private SampleCatalog(List<Sample> samples, List<String> unreadable) {
        this.samples = List.copyOf(samples);
        this.unreadable = List.copyOf(unreadable);
    }

    /** The samples under {@code home/sample-projects}; empty when there is no such folder. */
    public static SampleCatalog under(Path home) {
        return in(home.resolve(FOLDER));
    }

    /** The samples in {@code folder}. */
    public static SampleCatalog in(Path folder) {
        List<Sample> found = new ArrayList<>();
        List<String> bad = new ArrayList<>();
        if (Files.isDirectory(folder)) {
            List<Path> files;
            try (Stream<Path> s = Files.list(folder)) {
                files = s.filter(p -> p.getFileName().toString().endsWith(".neuroloom.json")).toList();
            } catch (IOException e) {
                return new SampleCatalog(List.of(), List.of(folder + ": " + e.getMessage()));
            }
            for (Path f : files) {
                String id = f.getFileName().toString().replace(".neuroloom.json", "");
                try {
                    found.add(new Sample(id, f, ProjectFiles.load(f)));
                } catch (ProjectLoadException e) {
                    bad.add(f.getFileName() + ": " + e.getMessage());
                }
            }
        }
        found.sort(Comparator.comparingInt((Sample s) -> rank(s.id())).thenComparing(Sample::id));
        return new SampleCatalog(found, bad);
    }

    private static int rank(String id) {
        int i = ORDER.indexOf(id);
        return i < 0 ? ORDER.size() : i;
    }

    /** The samples, in teaching order. */
    public List<Sample> samples() {
        return samples;
    }

    /** Files that did not load, with the reason. */
    public List<String> unreadable() {
        return unreadable;
    }

    /** The sample loaded from {@code file}, if it is one of these. */
    public java.util.Optional<Sample> byFile(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        return samples.stream().filter(s -> s.file().toAbsolutePath().normalize().equals(abs)).findFirst();
    }
}
