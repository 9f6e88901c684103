package org.neuroloom.app.editor.palette;

import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/** The palette's items and its search box: {@link #visibleItems()} follows {@link #filterProperty()}. */
public final class PaletteViewModel {

    private final StringProperty filter = new SimpleStringProperty(this, "filter", "");
    private final FilteredList<PaletteItem> visible;

    public PaletteViewModel() {
        this(PaletteCatalog.items());
    }

    public PaletteViewModel(List<PaletteItem> items) {
        ObservableList<PaletteItem> all = FXCollections.observableArrayList(items);
        visible = new FilteredList<>(all, x -> true);
        filter.addListener((obs, old, now) -> visible.setPredicate(x -> now == null || x.matches(now)));
    }

    /** The search text. */
    public StringProperty filterProperty() {
        return filter;
    }

    /** Items matching the search, in catalog order. */
    public ObservableList<PaletteItem> visibleItems() {
        return visible;
    }

    /** Visible items of one group. */
    public List<PaletteItem> visibleIn(PaletteGroup g) {
        return visible.stream().filter(x -> x.group() == g).toList();
    }
}
