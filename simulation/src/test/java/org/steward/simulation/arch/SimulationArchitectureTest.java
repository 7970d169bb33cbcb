package org.steward.simulation.arch;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import org.steward.arch.ArchitectureRules;

/** The simulation service runs in background tasks and the CLI: the rules every module keeps (docs/architecture.md, "Rules the build enforces"). */
@AnalyzeClasses(packages = "org.steward.simulation", importOptions = ImportOption.DoNotIncludeTests.class)
class SimulationArchitectureTest {

    @ArchTest
    static final ArchTests rules = ArchTests.in(ArchitectureRules.class);
}
