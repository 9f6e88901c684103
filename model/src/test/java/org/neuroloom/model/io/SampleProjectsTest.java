package org.neuroloom.model.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.neuroloom.model.Project;
import org.neuroloom.model.validate.SizeEstimate;

class SampleProjectsTest {

    static final Path SAMPLES = Path.of("..", "sample-projects");

    static Stream<Path> samples() throws IOException {
        try (Stream<Path> s = Files.list(SAMPLES)) {
            List<Path> files = s.filter(p -> p.toString().endsWith(".neuroloom.json")).sorted().toList();
            return files.stream();
        }
    }

    @Test
    void theThreeFoundationSamplesExist() throws IOException {
        List<String> names = samples().map(p -> p.getFileName().toString()).toList();
        assertTrue(names.containsAll(List.of("vogels-abbott-cuba.neuroloom.json", "brunel-2000.neuroloom.json",
                "stdp-song-abbott.neuroloom.json")), names.toString());
    }

    @Test
    void everySampleOfTheClassroomListExists() throws IOException {
        List<String> names = samples().map(p -> p.getFileName().toString().replace(".neuroloom.json", "")).toList();
        assertTrue(names.containsAll(List.of("hello-neuron", "cell-types", "hodgkin-huxley", "vogels-abbott-cuba",
                "vogels-abbott-coba", "brunel-2000", "brunel-2000-sr", "brunel-2000-si-fast", "brunel-2000-si-slow",
                "stdp-song-abbott", "reward-stdp", "short-term-plasticity", "homeostasis", "synfire-chain",
                "winner-take-all", "central-pattern-generator", "sparse-vs-dense", "multisensory-integration",
                "lateral-inhibition")), names.toString());
    }

    @ParameterizedTest
    @MethodSource("samples")
    void sampleLoadsSavesAndReloadsEqual(Path sample, @TempDir Path dir) throws Exception {
        Project loaded = ProjectFiles.load(sample);
        Path copy = dir.resolve(sample.getFileName());
        ProjectFiles.save(loaded, copy);
        assertEquals(loaded, ProjectFiles.load(copy));
    }

    @ParameterizedTest
    @MethodSource("samples")
    void sampleIsWrittenInTheCanonicalFormat(Path sample) throws Exception {
        String text = Files.readString(sample, StandardCharsets.UTF_8);
        assertEquals(text, ProjectFiles.write(ProjectFiles.read(text, sample.toString())));
    }

    @ParameterizedTest
    @MethodSource("samples")
    void sampleHasALessonAndRecordsEveryNeuronPopulation(Path sample) throws Exception {
        Project p = ProjectFiles.load(sample);
        assertFalse(p.lesson().title().isBlank());
        assertFalse(p.lesson().summary().isBlank());
        assertFalse(p.lesson().lookFor().isBlank());
        assertFalse(p.lesson().reference().isBlank());
        assertTrue(p.lesson().tryThis().size() >= 2 && p.lesson().tryThis().size() <= 4);
        List<String> neuronPops = p.network().populations().stream()
                .filter(pop -> pop.model() instanceof org.neuroloom.model.neuron.Neuron).map(pop -> pop.id()).toList();
        assertEquals(neuronPops, p.recording().spikes());
    }

    @ParameterizedTest
    @MethodSource("samples")
    void sampleFitsInAGigabyteHeap(Path sample) throws Exception {
        assertTrue(SizeEstimate.of(ProjectFiles.load(sample)).check(1L << 30).isEmpty());
    }
}
