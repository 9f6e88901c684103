package org.neuroloom.app.editor.palette;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.neuroloom.app.editor.edit.ElementTemplate;
import org.neuroloom.app.editor.edit.ElementTemplate.PopulationTemplate;
import org.neuroloom.app.ui.Icons;
import org.neuroloom.model.neuron.AdEx;
import org.neuroloom.model.neuron.AdExPreset;
import org.neuroloom.model.neuron.DcCurrent;
import org.neuroloom.model.neuron.HodgkinHuxley;
import org.neuroloom.model.neuron.Izhikevich;
import org.neuroloom.model.neuron.IzhikevichPreset;
import org.neuroloom.model.neuron.Lif;
import org.neuroloom.model.neuron.NeuronModel;
import org.neuroloom.model.neuron.NoiseCurrent;
import org.neuroloom.model.neuron.PoissonSource;
import org.neuroloom.model.neuron.RegularSource;
import org.neuroloom.model.neuron.SineCurrent;
import org.neuroloom.model.neuron.SpikeTimesSource;
import org.neuroloom.model.neuron.StepCurrent;

/**
 * Everything the palette offers: every neuron model with each Izhikevich and AdEx preset, every
 * source, dopamine and a note. Models and presets come from the model module, so a new preset
 * appears here by itself.
 */
public final class PaletteCatalog {

    /** Default size of a new neuron population. */
    public static final int NEURONS = 100;

    private PaletteCatalog() {
    }

    /** All items in display order. */
    public static List<PaletteItem> items() {
        List<PaletteItem> out = new ArrayList<>();
        out.add(neuron("Leaky integrate-and-fire", "exc", Lif.defaults(), Icons.Name.LIF,
                "The workhorse point neuron: leak, threshold, reset, refractory period.", false));
        out.add(neuron("Izhikevich", "izh", Izhikevich.defaults(), Icons.Name.IZHIKEVICH,
                "Izhikevich (2003) two-variable model; starts as regular spiking.", false));
        for (IzhikevichPreset p : IzhikevichPreset.values()) {
            out.add(neuron(p.label(), abbreviation(p.label(), p.name()), p.model(), Icons.Name.IZHIKEVICH,
                    "Izhikevich (2003) cell type: " + p.label() + ".", true));
        }
        out.add(neuron("Adaptive exponential IF", "adex", AdEx.defaults(), Icons.Name.ADEX,
                "AdEx (Brette & Gerstner 2005): exponential spike onset and adaptation current.", false));
        for (AdExPreset p : AdExPreset.values()) {
            out.add(neuron(p.label(), p.name().toLowerCase(Locale.ROOT).replace('_', '-'), p.model(), Icons.Name.ADEX,
                    "AdEx firing pattern (Naud et al. 2008): " + p.label().toLowerCase(Locale.ROOT) + ".", true));
        }
        out.add(neuron("HH squid axon", "hh", HodgkinHuxley.defaults(), Icons.Name.HODGKIN_HUXLEY,
                "Hodgkin-Huxley: sodium, potassium and leak channels of the squid giant axon (1952).", false));
        out.add(neuron("HH Traub-Miles", "traub", HodgkinHuxley.traub(), Icons.Name.HODGKIN_HUXLEY,
                "Hodgkin-Huxley with Traub-Miles kinetics: the cortical cell of Brian2's COBAHH example.", false));
        out.add(source("Poisson spikes", "poisson", 100, PoissonSource.defaults(), Icons.Name.POISSON,
                "Independent random spike trains at a given rate."));
        out.add(source("Spike times", "spikes", 1, SpikeTimesSource.defaults(), Icons.Name.SPIKE_TIMES,
                "Spikes at times you list."));
        out.add(source("Regular spike train", "regular", 10, RegularSource.defaults(), Icons.Name.REGULAR,
                "One spike every 1/rate, like a metronome."));
        out.add(source("DC current", "dc", 1, DcCurrent.defaults(), Icons.Name.DC_CURRENT,
                "A constant current injected into the targets."));
        out.add(source("Step current", "step", 1, StepCurrent.defaults(), Icons.Name.STEP_CURRENT,
                "A current that switches between levels at given times."));
        out.add(source("Sine current", "sine", 1, SineCurrent.defaults(), Icons.Name.SINE_CURRENT,
                "An oscillating current."));
        out.add(source("Noise current", "noise", 1, NoiseCurrent.defaults(), Icons.Name.NOISE_CURRENT,
                "Gaussian current noise, redrawn every update interval."));
        out.add(new PaletteItem(PaletteGroup.MODULATORS, "Dopamine", "A dopamine concentration: released by spikes"
                + " or rewards, read by reward-modulated STDP.", Icons.Name.DOPAMINE,
                new ElementTemplate.DopamineTemplate("da"), false));
        out.add(new PaletteItem(PaletteGroup.ANNOTATION, "Note", "A text label on the canvas.", Icons.Name.NOTE,
                new ElementTemplate.NoteTemplate("note", "Note"), false));
        return List.copyOf(out);
    }

    private static PaletteItem neuron(String label, String baseId, NeuronModel m, Icons.Name icon, String help,
                                      boolean variant) {
        return new PaletteItem(PaletteGroup.NEURONS, label, help + " (" + m.nestName() + ", " + NEURONS + " neurons)",
                icon, new PopulationTemplate(baseId, NEURONS, m), variant);
    }

    private static PaletteItem source(String label, String baseId, int size, NeuronModel m, Icons.Name icon,
                                      String help) {
        return new PaletteItem(PaletteGroup.SOURCES, label, help + " (" + m.nestName() + ", " + size
                + (size == 1 ? " generator)" : " generators)"), icon, new PopulationTemplate(baseId, size, m), false);
    }

    /** "Regular spiking (RS)" gives "rs"; a label without parentheses gives the lower-case enum name. */
    static String abbreviation(String label, String enumName) {
        int open = label.lastIndexOf('(');
        int close = label.lastIndexOf(')');
        if (open >= 0 && close > open + 1) {
            return label.substring(open + 1, close).toLowerCase(Locale.ROOT);
        }
        return enumName.toLowerCase(Locale.ROOT);
    }
}
