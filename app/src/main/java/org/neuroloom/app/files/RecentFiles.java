package org.neuroloom.app.files;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The most recently opened or saved project files, newest first, remembered with {@link Preferences}. */
public final class RecentFiles {

    /** How many files are remembered. */
    public static final int MAX = 10;
    private static final String KEY = "recent.";

    private final Preferences prefs;
    private final ObservableList<Path> files = FXCollections.observableArrayList();

    public RecentFiles(Preferences prefs) {
        this.prefs = prefs;
        for (int i = 0; i < MAX; i++) {
            String s = prefs.get(KEY + i, null);
            if (s != null) {
                files.add(Path.of(s));
            }
        }
    }

    /** Newest first. */
    public ObservableList<Path> files() {
        return files;
    }

    /** Puts {@code file} first (moving it if it was already listed). */
    public void add(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        List<Path> next = new ArrayList<>(files);
        next.remove(abs);
        next.add(0, abs);
        files.setAll(next.subList(0, Math.min(MAX, next.size())));
        store();
    }

    /** Forgets {@code file} (it could not be opened). */
    public void remove(Path file) {
        if (files.remove(file.toAbsolutePath().normalize())) {
            store();
        }
    }

    private void store() {
        for (int i = 0; i < MAX; i++) {
            if (i < files.size()) {
                prefs.put(KEY + i, files.get(i).toString());
            } else {
                prefs.remove(KEY + i);
            }
        }
    }
}
