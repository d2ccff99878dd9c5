package dev.statuslab.ui.environments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statuslab.core.workbench.Environment;
import dev.statuslab.core.workbench.EnvironmentStore;
import dev.statuslab.core.workbench.Variable;
import dev.statuslab.ui.common.VariableRow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Environments without a toolkit: added, edited, renamed, deleted, written to disk, the active one remembered. */
class EnvironmentsViewModelTest {

    @TempDir
    Path data;

    private final List<String> said = new ArrayList<>();
    private final List<String> remembered = new ArrayList<>();

    private EnvironmentsViewModel attached() {
        EnvironmentsViewModel vm = new EnvironmentsViewModel();
        vm.attach(EnvironmentStore.inDataDirectory(data), Runnable::run, Runnable::run, said::add);
        return vm;
    }

    @Test
    void anEnvironmentMadeAndEditedIsWrittenAndReadBack() {
        EnvironmentsViewModel vm = attached();
        assertEquals("", vm.add("local"));
        assertTrue(vm.edit("local"));
        vm.addRow();
        vm.rows().get(0).setName("host");
        vm.rows().get(0).setValue("http://127.0.0.1:8765");
        vm.rows().add(new VariableRow(true, "token", "s3cr3t", true));
        vm.addRow(); // a blank row is left out
        assertTrue(vm.apply());

        Environment read = attached().find("local").orElseThrow();
        assertEquals(
                List.of(Variable.of("host", "http://127.0.0.1:8765"), Variable.secret("token", "s3cr3t")),
                read.variables());
    }

    @Test
    void aWrongVariableNameIsNamedByItsRowAndNothingIsApplied() {
        EnvironmentsViewModel vm = attached();
        vm.add("local");
        vm.edit("local");
        vm.rows().add(new VariableRow(true, "a b", "x", false));
        assertFalse(vm.apply());
        assertTrue(
                vm.problemProperty().get().startsWith("Row 1: \"a b\""),
                vm.problemProperty().get());
        assertFalse(vm.edit(EnvironmentsViewModel.NONE), "the rows stay until they are right");
        vm.rows().get(0).setName("ab");
        assertTrue(vm.edit(EnvironmentsViewModel.NONE));
        assertEquals("", vm.problemProperty().get());
    }

    @Test
    void theActiveEnvironmentIsRememberedAndFollowsARenameAndADelete() {
        EnvironmentsViewModel vm = new EnvironmentsViewModel();
        vm.remember("", remembered::add);
        vm.attach(EnvironmentStore.inDataDirectory(data), Runnable::run, Runnable::run, said::add);
        vm.add("local");
        assertNull(vm.active());
        vm.select("local");
        assertEquals("local", vm.active().name());
        assertEquals("", vm.rename("local", "dev"));
        assertEquals("dev", vm.active().name());
        assertEquals(List.of("local", "dev"), remembered);
        assertTrue(Files.exists(data.resolve("environments/dev.json")));
        assertFalse(Files.exists(data.resolve("environments/local.json")), "the old file went");
        vm.delete("dev");
        assertNull(vm.active());
        assertEquals(List.of("local", "dev", ""), remembered);
        assertFalse(Files.exists(data.resolve("environments/dev.json")));
    }

    @Test
    void aTakenNameIsRefused() {
        EnvironmentsViewModel vm = attached();
        vm.add("local");
        assertTrue(vm.add("LOCAL").contains("already"));
        assertTrue(vm.add("  ").contains("needs a name"));
        assertEquals(1, vm.environments().size());
    }

    @Test
    void anUnreadableFileIsSetAsideWithAMessageAndTheOthersLoad() throws Exception {
        attached().add("good");
        Files.writeString(data.resolve("environments/bad.json"), "{ not json");
        EnvironmentsViewModel vm = new EnvironmentsViewModel();
        vm.remember("gone", remembered::add);
        vm.attach(EnvironmentStore.inDataDirectory(data), Runnable::run, Runnable::run, said::add);
        assertEquals(
                List.of("good"),
                vm.environments().stream().map(Environment::name).toList());
        assertTrue(said.get(0).contains("bad.json"), said.toString());
        assertTrue(said.get(0).contains("\"gone\" is gone"), said.toString());
        assertEquals("", vm.activeProperty().get());
    }
}
