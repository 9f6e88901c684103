package org.neuroloom.app.views;

/**
 * Something that produces live data: the engine bridge or a playback. The hub calls
 * {@link #drainTo} once per frame on the JavaFX thread; a source pushes everything that is new
 * since the last call (bounded: a source that fell behind sends the newest data).
 */
public interface LiveSource {
    void drainTo(LiveSink sink);
}
