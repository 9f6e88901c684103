package org.neuroloom.app.views;

/**
 * Scientific colour maps for heatmaps, as opaque ARGB. Sequential: viridis (perceptually
 * uniform, readable in grey and by colour-blind viewers). Diverging for weight change:
 * blue for depression (LTD), dark at zero, warm red for potentiation (LTP).
 */
public final class ColorMaps {
    private static final int[] VIRIDIS = {
        0x440154, 0x482475, 0x414487, 0x355f8d, 0x2a788e, 0x21918c, 0x22a884, 0x44bf70, 0x7ad151, 0xbddf26, 0xfde725};
    private static final int LTD = 0x3d8bff;
    private static final int ZERO = 0x22242c;
    private static final int LTP = 0xff5a36;
    /** Background of a histogram column without data yet. */
    public static final int NO_DATA = 0xff22242c;
    /** Transparent: a block without synapses. */
    public static final int EMPTY = 0x00000000;

    private ColorMaps() {
    }

    /** Viridis at {@code x} in [0, 1] (clamped). */
    public static int viridis(double x) {
        if (Double.isNaN(x)) {
            return EMPTY;
        }
        double f = Math.max(0, Math.min(1, x)) * (VIRIDIS.length - 1);
        int i = Math.min((int) f, VIRIDIS.length - 2);
        return 0xff000000 | mix(VIRIDIS[i], VIRIDIS[i + 1], f - i);
    }

    /** Change {@code x} in [-1, 1]: negative (LTD) blue, positive (LTP) red, zero dark. */
    public static int change(double x) {
        if (Double.isNaN(x)) {
            return EMPTY;
        }
        double c = Math.max(-1, Math.min(1, x));
        return 0xff000000 | (c >= 0 ? mix(ZERO, LTP, Math.sqrt(c)) : mix(ZERO, LTD, Math.sqrt(-c)));
    }

    private static int mix(int a, int b, double t) {
        int r = (int) Math.round(((a >> 16) & 0xff) * (1 - t) + ((b >> 16) & 0xff) * t);
        int g = (int) Math.round(((a >> 8) & 0xff) * (1 - t) + ((b >> 8) & 0xff) * t);
        int bl = (int) Math.round((a & 0xff) * (1 - t) + (b & 0xff) * t);
        return (r << 16) | (g << 8) | bl;
    }
}
