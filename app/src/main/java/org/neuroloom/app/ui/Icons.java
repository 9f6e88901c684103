package org.neuroloom.app.ui;

import javafx.scene.Node;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignN;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;
import org.kordamp.ikonli.materialdesign2.MaterialDesignU;
import org.kordamp.ikonli.materialdesign2.MaterialDesignW;

/**
 * The one place icons come from (Ikonli, Material Design 2 pack). Code asks for an icon by
 * meaning; colour and size come from CSS ({@code .icon}).
 */
public final class Icons {

    /** Icons by meaning. */
    public enum Name {
        LIF(MaterialDesignC.CIRCLE_OUTLINE),
        IZHIKEVICH(MaterialDesignP.PULSE),
        ADEX(MaterialDesignC.CHART_LINE_VARIANT),
        HODGKIN_HUXLEY(MaterialDesignA.ATOM),
        POISSON(MaterialDesignD.DICE_MULTIPLE),
        SPIKE_TIMES(MaterialDesignT.TIMER_OUTLINE),
        REGULAR(MaterialDesignS.SQUARE_WAVE),
        DC_CURRENT(MaterialDesignC.CURRENT_DC),
        STEP_CURRENT(MaterialDesignS.STAIRS),
        SINE_CURRENT(MaterialDesignW.WAVEFORM),
        NOISE_CURRENT(MaterialDesignC.CHART_BELL_CURVE),
        DOPAMINE(MaterialDesignW.WATER),
        NOTE(MaterialDesignN.NOTE_TEXT_OUTLINE),
        SEARCH(MaterialDesignM.MAGNIFY),
        NEW(MaterialDesignF.FILE_OUTLINE),
        OPEN(MaterialDesignF.FOLDER_OPEN),
        SAVE(MaterialDesignC.CONTENT_SAVE),
        UNDO(MaterialDesignU.UNDO),
        REDO(MaterialDesignR.REDO),
        DELETE(MaterialDesignD.DELETE),
        DUPLICATE(MaterialDesignC.CONTENT_DUPLICATE),
        FIT(MaterialDesignF.FIT_TO_PAGE_OUTLINE),
        ZOOM_IN(MaterialDesignM.MAGNIFY_PLUS),
        ZOOM_OUT(MaterialDesignM.MAGNIFY_MINUS),
        PROBLEMS(MaterialDesignA.ALERT_CIRCLE),
        OK(MaterialDesignC.CHECK_CIRCLE_OUTLINE),
        THEME(MaterialDesignT.THEME_LIGHT_DARK),
        BRAIN(MaterialDesignB.BRAIN),
        LINK(MaterialDesignL.LINK_VARIANT),
        HEXAGON(MaterialDesignH.HEXAGON_OUTLINE);

        private final Ikon ikon;

        Name(Ikon ikon) {
            this.ikon = ikon;
        }
    }

    private Icons() {
    }

    /** A new icon node with style class {@code icon}. */
    public static Node of(Name name) {
        FontIcon icon = new FontIcon(name.ikon);
        icon.getStyleClass().add("icon");
        return icon;
    }
}
