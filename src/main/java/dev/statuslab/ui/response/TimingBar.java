package dev.statuslab.ui.response;

import dev.statuslab.core.transcript.TimingPhase;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/**
 * A waterfall of one exchange, as browser DevTools draw it: a bar a phase (DNS, Connect, TLS,
 * Send, Wait, Receive), each as long as its share of the total, coloured by phase through
 * app.css ({@code .timing-dns}, …), with the numbers in a tooltip.
 */
final class TimingBar extends HBox {

    static final double WIDTH = 120;
    private final Tooltip tooltip = new Tooltip();

    TimingBar(ObservableList<TimingPhase> phases) {
        getStyleClass().add("timing-bar");
        setId("response-timings");
        setMinWidth(0); // on a narrow window the status line keeps its room; the bar gives way
        setPrefWidth(WIDTH);
        setMaxWidth(WIDTH);
        setFillHeight(true);
        Tooltip.install(this, tooltip);
        phases.addListener((ListChangeListener<TimingPhase>) c -> show(phases));
        show(phases);
    }

    private void show(List<TimingPhase> phases) {
        double total = phases.stream().mapToDouble(TimingPhase::durationMs).sum();
        setVisible(total > 0);
        getChildren().clear();
        if (total <= 0) {
            return;
        }
        for (TimingPhase p : phases) {
            Region segment = new Region();
            segment.getStyleClass()
                    .addAll("timing-segment", "timing-" + p.name().toLowerCase(Locale.ROOT));
            double width = Math.max(p.durationMs() > 0 ? 1 : 0, WIDTH * p.durationMs() / total);
            segment.setMinWidth(0);
            segment.setPrefWidth(width);
            segment.setMaxWidth(width);
            getChildren().add(segment);
        }
        tooltip.setText(describe(phases, total));
        setAccessibleText(tooltip.getText());
    }

    /** "DNS 0.1 ms · Connect 0.4 ms · …", one phase a line, then the total. */
    static String describe(List<TimingPhase> phases, double total) {
        return phases.stream()
                        .map(p -> String.format(Locale.ROOT, "%-8s %8.1f ms", p.name(), p.durationMs()))
                        .collect(Collectors.joining("\n"))
                + String.format(Locale.ROOT, "%n%-8s %8.1f ms", "Total", total);
    }
}
