package org.neuroloom.engine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuroloom.model.Network;
import org.neuroloom.model.Population;
import org.neuroloom.model.Project;
import org.neuroloom.model.Simulation;
import org.neuroloom.model.io.ProjectFiles;
import org.neuroloom.model.neuron.Lif;

class SweepCommandTest {

    @TempDir
    Path dir;

    /** Ten unconnected LIF neurons (tau 10 ms, C 250 pF, threshold 15 mV above rest, 2 ms refractory) on a bias current. */
    private Path drivenLif() throws IOException {
        Population p = new Population("cells", null, 10, new Lif(250, 10, -70, -55, -70, 2, 0), null, null, null);
        Project project = Project.empty("driven").withNetwork(new Network(List.of(p), List.of(), List.of()))
                .withSimulation(new Simulation(0.1, 1000, 1, "1"));
        Path file = dir.resolve("driven.neuroloom.json");
        ProjectFiles.save(project, file);
        return file;
    }

    /** Firing rate of a LIF neuron on a constant current: 1 / (t_ref + tau ln(RI / (RI - theta))). */
    private static double analyticRateHz(double currentPa) {
        double ri = currentPa * 10 / 250;
        return ri <= 15 ? 0 : 1000 / (2 + 10 * Math.log(ri / (ri - 15)));
    }

    @Test
    void eachVariantIsOneRowWithItsRateInGridOrder() throws IOException {
        Path csv = dir.resolve("summary.csv");
        ValidateCommandTest.Result r = ValidateCommandTest.run("sweep", drivenLif().toString(),
                "--param", "network.populations[cells].model.iBiasPa=300,500,1000",
                "--param", "/network/populations/0/model/tRefMs=2", "--duration-ms", "1000", "--out", csv.toString());
        assertEquals(0, r.exit(), r.err());
        List<String> lines = Files.readAllLines(csv);
        assertEquals("variant,network.populations[cells].model.iBiasPa,/network/populations/0/model/tRefMs,"
                + "cells_rate_hz,cells_cv,cells_spikes,total_spikes,wall_s,status", lines.get(0));
        assertEquals(4, lines.size());
        double[] currents = {300, 500, 1000};
        for (int k = 0; k < 3; k++) {
            String[] f = lines.get(k + 1).split(",");
            assertEquals(Integer.toString(k), f[0]);
            assertEquals(Double.toString(currents[k]).replace(".0", ""), f[1]);
            double rate = Double.parseDouble(f[3]);
            double expected = analyticRateHz(currents[k]);
            // spikes land on the 0.1 ms grid, so an interval is up to one step longer than the exact one
            assertEquals(expected, rate, 0.02 * expected + 0.5, "rate at " + currents[k] + " pA");
            assertEquals("ok", f[f.length - 1]);
        }
        assertEquals("0.0000", lines.get(3).split(",")[4], "a regular spike train has CV 0");
    }

    @Test
    void resultsDoNotDependOnHowManyVariantsRunAtOnce() throws IOException {
        Path file = Path.of("..", "sample-projects", "vogels-abbott-cuba.neuroloom.json");
        Path one = dir.resolve("one.csv");
        Path two = dir.resolve("two.csv");
        String param = "network.projections[I_to_E].weight.value=-90,-60";
        assertEquals(0, ValidateCommandTest.run("sweep", file.toString(), "--param", param, "--duration-ms", "100",
                "--parallel", "1", "--out", one.toString()).exit());
        assertEquals(0, ValidateCommandTest.run("sweep", file.toString(), "--param", param, "--duration-ms", "100",
                "--parallel", "2", "--threads-per-run", "2", "--out", two.toString()).exit());
        List<String> a = Files.readAllLines(one);
        List<String> b = Files.readAllLines(two);
        for (int k = 1; k < 3; k++) {
            assertEquals(withoutWallTime(a.get(k)), withoutWallTime(b.get(k)));
        }
        assertTrue(Integer.parseInt(a.get(2).split(",")[4]) > Integer.parseInt(a.get(1).split(",")[4]),
                "weaker inhibition, more excitatory spikes");
    }

    private static String withoutWallTime(String row) {
        return row.replaceAll(",[0-9.]+,ok$", ",ok");
    }

    @Test
    void unknownElementExitsTwoNamingThePath() throws IOException {
        ValidateCommandTest.Result r = ValidateCommandTest.run("sweep", drivenLif().toString(),
                "--param", "network.populations[nope].model.tauMs=5", "--out", dir.resolve("s.csv").toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("network.populations has no element 'nope'"), r.err());
        r.assertNoStackTrace();
    }

    @Test
    void invalidValueExitsTwoNamingTheVariantAndTheField() throws IOException {
        ValidateCommandTest.Result r = ValidateCommandTest.run("sweep", drivenLif().toString(),
                "--param", "network.populations[0].model.tauMs=10,-1", "--out", dir.resolve("s.csv").toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("variant 1 (network.populations[0].model.tauMs=-1): $.network.populations[0].model.tauMs: -1"),
                r.err());
        assertTrue(!Files.exists(dir.resolve("s.csv")), "nothing runs when a variant is invalid");
    }

    @Test
    void malformedParamExitsTwo() throws IOException {
        ValidateCommandTest.Result r = ValidateCommandTest.run("sweep", drivenLif().toString(),
                "--param", "simulation.seed", "--out", dir.resolve("s.csv").toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("--param must look like PATH=V1,V2,..., not 'simulation.seed'"), r.err());
    }

    @Test
    void anOutputThatCannotBeWrittenExitsTwoWithoutAStackTrace() throws IOException {
        Path asDir = Files.createDirectory(dir.resolve("out.csv"));
        ValidateCommandTest.Result r = ValidateCommandTest.run("sweep", drivenLif().toString(),
                "--param", "simulation.seed=1", "--out", asDir.toString());
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains("cannot write " + asDir + ": it is a directory"), r.err());
        // a regular file that cannot be opened for writing: /proc refuses new files even to root
        r = ValidateCommandTest.run("sweep", drivenLif().toString(), "--param", "simulation.seed=1", "--out", "/proc/s.csv");
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains("cannot write /proc/s.csv: "), r.err());
        r.assertNoStackTrace();
    }
}
