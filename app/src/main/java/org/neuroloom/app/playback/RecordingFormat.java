package org.neuroloom.app.playback;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.neuroloom.app.views.NetworkLayout;
import org.neuroloom.app.views.TraceChannel;

/**
 * Constants and the header codec of the recording format (docs/recording-format.md): a magic
 * and version, a header, then records {@code tag u8, payload length i32, first step i64, payload}.
 */
final class RecordingFormat {
    static final byte[] MAGIC = {'N', 'L', 'R', 'E', 'C', 0, 0, 2};
    /** Version written: 2 adds populations recorded as per-step counts to each block. */
    static final int VERSION = 2;
    /** Oldest version read (no counted populations). */
    static final int FIRST_VERSION = 1;
    static final byte STEPS = 'S';
    static final byte WEIGHTS = 'W';
    static final byte END = 'E';
    /** Record header: tag, payload length, first step. */
    static final int RECORD_HEADER_BYTES = 1 + 4 + 8;
    /** Steps per spike block (10 ms at dt = 0.1 ms): small enough to seek, large enough to compress. */
    static final int BLOCK_STEPS = 100;
    /** File name suffix. */
    static final String SUFFIX = ".nlrec";

    private RecordingFormat() {
    }

    static void writeHeader(DataOutputStream out, RecordingHeader h) throws IOException {
        out.write(MAGIC);
        NetworkLayout l = h.layout();
        out.writeUTF(h.projectName());
        out.writeLong(h.seed());
        out.writeDouble(l.dtMs());
        out.writeLong(l.synapseCount());
        out.writeInt(l.populations().size());
        for (NetworkLayout.Pop p : l.populations()) {
            out.writeUTF(p.id());
            out.writeUTF(p.label());
            out.writeInt(p.offset());
            out.writeInt(p.size());
            out.writeBoolean(p.source());
            out.writeInt(p.variables().size());
            for (String v : p.variables()) {
                out.writeUTF(v);
            }
        }
        out.writeInt(l.projections().size());
        for (int i = 0; i < l.projections().size(); i++) {
            NetworkLayout.Proj p = l.projections().get(i);
            out.writeUTF(p.id());
            out.writeUTF(p.label());
            out.writeInt(p.preSize());
            out.writeInt(p.postSize());
            out.writeDouble(p.wMin());
            out.writeDouble(p.wMax());
            out.writeUTF(p.unit());
            int[] shape = h.weightShapes().get(i);
            out.writeInt(shape[0]);
            out.writeInt(shape[1]);
            out.writeInt(shape[2]);
        }
        out.writeInt(h.channels().size());
        for (TraceChannel c : h.channels()) {
            out.writeInt(c.globalId());
            out.writeUTF(c.variable());
            out.writeUTF(c.label());
        }
    }

    /** The format version of a file that starts with {@code magic} (checked by {@link #readHeader}). */
    static int version(byte[] magic) {
        return ((magic[6] & 0xff) << 8) | (magic[7] & 0xff);
    }

    static RecordingHeader readHeader(DataInputStream in, String file) throws IOException {
        byte[] magic = new byte[MAGIC.length];
        in.readFully(magic);
        if (!java.util.Arrays.equals(magic, 0, 5, MAGIC, 0, 5)) {
            throw new IOException(file + ": not a NeuroLoom recording (no NLREC magic)");
        }
        int version = version(magic);
        if (version < FIRST_VERSION || version > VERSION) {
            throw new IOException(file + ": recording format version " + version + ", this NeuroLoom reads versions "
                    + FIRST_VERSION + " to " + VERSION);
        }
        String name = in.readUTF();
        long seed = in.readLong();
        double dtMs = in.readDouble();
        long synapses = in.readLong();
        int pops = count(in.readInt(), "populations", file);
        List<NetworkLayout.Pop> populations = new ArrayList<>();
        for (int i = 0; i < pops; i++) {
            String id = in.readUTF();
            String label = in.readUTF();
            int offset = in.readInt();
            int size = in.readInt();
            boolean source = in.readBoolean();
            int nv = count(in.readInt(), "state variables", file);
            List<String> vars = new ArrayList<>();
            for (int v = 0; v < nv; v++) {
                vars.add(in.readUTF());
            }
            populations.add(new NetworkLayout.Pop(id, label, offset, size, source, vars));
        }
        int projs = count(in.readInt(), "projections", file);
        List<NetworkLayout.Proj> projections = new ArrayList<>();
        List<int[]> shapes = new ArrayList<>();
        for (int i = 0; i < projs; i++) {
            projections.add(new NetworkLayout.Proj(in.readUTF(), in.readUTF(), in.readInt(), in.readInt(), in.readDouble(),
                    in.readDouble(), in.readUTF()));
            shapes.add(new int[] {in.readInt(), in.readInt(), in.readInt()});
        }
        int nc = count(in.readInt(), "trace channels", file);
        List<TraceChannel> channels = new ArrayList<>();
        for (int i = 0; i < nc; i++) {
            channels.add(new TraceChannel(in.readInt(), in.readUTF(), in.readUTF()));
        }
        return new RecordingHeader(name, seed, new NetworkLayout(populations, projections, dtMs, synapses), channels, shapes);
    }

    private static int count(int n, String what, String file) throws IOException {
        if (n < 0 || n > 1_000_000) {
            throw new IOException(file + ": damaged header: " + n + " " + what);
        }
        return n;
    }
}
