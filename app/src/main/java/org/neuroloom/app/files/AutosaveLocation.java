package org.neuroloom.app.files;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the autosaved copy of a document goes: beside the file ({@code brunel.neuroloom.json}
 * → {@code brunel.autosave.json}) when that folder is writable, otherwise (and for untitled
 * documents) in a folder under the user's home.
 */
public final class AutosaveLocation {

    /** Suffix of autosave files (ignored by git). */
    public static final String SUFFIX = ".autosave.json";
    private static final String UNTITLED = "untitled";

    private final Path fallbackDir;

    /** @param fallbackDir folder for untitled documents and read-only folders ({@code ~/.neuroloom/autosave}) */
    public AutosaveLocation(Path fallbackDir) {
        this.fallbackDir = fallbackDir;
    }

    /** The default fallback folder: {@code ~/.neuroloom/autosave}. */
    public static Path defaultFallback() {
        return Path.of(System.getProperty("user.home"), ".neuroloom", "autosave");
    }

    /** The autosave file of {@code document} ({@code null} for an untitled document). */
    public Path of(Path document) {
        if (document == null) {
            return fallbackDir.resolve(UNTITLED + SUFFIX);
        }
        String name = baseName(document);
        Path dir = document.toAbsolutePath().getParent();
        if (dir != null && Files.isDirectory(dir) && Files.isWritable(dir)) {
            return dir.resolve(name + SUFFIX);
        }
        return fallbackDir.resolve(Integer.toHexString(document.toAbsolutePath().toString().hashCode()) + "-" + name + SUFFIX);
    }

    /** {@code brunel.neuroloom.json} → {@code brunel}; {@code x.json} → {@code x}. */
    public static String baseName(Path document) {
        String n = document.getFileName().toString();
        for (String ext : new String[] {".neuroloom.json", ".json"}) {
            if (n.endsWith(ext) && n.length() > ext.length()) {
                return n.substring(0, n.length() - ext.length());
            }
        }
        return n;
    }
}
