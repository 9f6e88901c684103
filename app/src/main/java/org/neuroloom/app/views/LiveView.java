package org.neuroloom.app.views;

import javafx.scene.Node;

/** A live view: a node, redrawn by the hub when its data changed, and the data behind it. */
public interface LiveView {

    /** Short title (tab text, file names). */
    String title();

    /** The node to show. */
    Node node();

    /** Redraws if the view-model changed since the last refresh; called once per frame on the FX thread. */
    void refresh();

    /** The data behind the view, for CSV export. */
    CsvExportable data();
}
