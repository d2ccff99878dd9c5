package dev.statuslab.ui.learn;

import dev.statuslab.core.learn.Mastery;
import dev.statuslab.core.learn.Progress;
import dev.statuslab.core.learn.QuestionBank;
import java.util.List;
import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;

/** What the progress says about the learner: mastery per class, the weak codes, the streak line. */
final class MasteryBoard {

    private final QuestionBank bank;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper weak = new ReadOnlyStringWrapper(this, "weak", "");
    private final ReadOnlyListWrapper<Mastery.ClassMastery> mastery =
            new ReadOnlyListWrapper<>(this, "mastery", FXCollections.observableArrayList());

    MasteryBoard(QuestionBank bank) {
        this.bank = bank;
    }

    ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    ReadOnlyStringProperty weakProperty() {
        return weak.getReadOnlyProperty();
    }

    ReadOnlyListProperty<Mastery.ClassMastery> masteryProperty() {
        return mastery.getReadOnlyProperty();
    }

    void refreshMastery(Progress progress) {
        Mastery now = Mastery.of(bank, progress);
        mastery.setAll(now.classes());
        List<String> codes = now.codes().stream()
                .filter(Mastery.CodeMastery::weak)
                .map(c -> "" + c.code())
                .toList();
        weak.set(codes.isEmpty() ? "No weak codes yet." : "Weak codes: " + String.join(", ", codes));
    }

    void refreshStatus(Progress progress) {
        status.set(ProgressKeeper.describe(bank, progress));
    }
}
