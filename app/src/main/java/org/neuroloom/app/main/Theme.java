package org.neuroloom.app.main;

import java.util.prefs.Preferences;
import javafx.scene.Scene;

/**
 * Light and dark themes: {@code base.css} holds layout and every rule, the theme sheet only
 * defines the named colours it uses. The choice is remembered.
 */
public enum Theme {
    LIGHT("light.css"),
    DARK("dark.css");

    private static final String KEY = "theme";
    private final String sheet;

    Theme(String sheet) {
        this.sheet = sheet;
    }

    /** Puts this theme's sheets on {@code scene}, replacing the other theme. */
    public void applyTo(Scene scene) {
        scene.getStylesheets().setAll(url("base.css"), url(sheet));
    }

    private static String url(String name) {
        return Theme.class.getResource(name).toExternalForm();
    }

    /** The other theme. */
    public Theme other() {
        return this == LIGHT ? DARK : LIGHT;
    }

    /** The remembered theme (light the first time). */
    public static Theme remembered(Preferences prefs) {
        try {
            return valueOf(prefs.get(KEY, LIGHT.name()));
        } catch (IllegalArgumentException e) {
            return LIGHT;
        }
    }

    /** Remembers this theme. */
    public void remember(Preferences prefs) {
        prefs.put(KEY, name());
    }
}
