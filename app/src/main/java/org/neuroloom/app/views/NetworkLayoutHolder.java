package org.neuroloom.app.views;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** The current network layout with change listeners (views rebuild their menus on a new network). */
public final class NetworkLayoutHolder implements Supplier<NetworkLayout> {
    private final LiveViewModels models;
    private final List<Runnable> listeners = new ArrayList<>();

    public NetworkLayoutHolder(LiveViewModels models) {
        this.models = models;
        models.onReset(() -> listeners.forEach(Runnable::run));
    }

    @Override
    public NetworkLayout get() {
        return models.layout();
    }

    public void onChange(Runnable r) {
        listeners.add(r);
    }
}
