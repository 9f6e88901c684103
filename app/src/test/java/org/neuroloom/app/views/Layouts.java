package org.neuroloom.app.views;

import java.util.List;

/** Small network layouts for view-model tests. */
final class Layouts {
    private Layouts() {
    }

    /** Populations "a" (50 neurons) and "b" (50 neurons), dt 0.1 ms. */
    static NetworkLayout twoPopulations() {
        return new NetworkLayout(List.of(
                new NetworkLayout.Pop("a", "A", 0, 50, false, List.of("v")),
                new NetworkLayout.Pop("b", "B", 50, 50, false, List.of("v"))), List.of(), 0.1, 0);
    }

    /** One population of {@code n} neurons with dynamics. */
    static NetworkLayout one(int n) {
        return new NetworkLayout(List.of(new NetworkLayout.Pop("p", "P", 0, n, false, List.of("v"))), List.of(), 0.1, 0);
    }
}
