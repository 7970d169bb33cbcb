package org.steward.devnet;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import org.steward.arch.TestPhaseRules;

/** This module's tests run in the phase their needs put them in (docs/architecture.md, "Rules the build enforces"). */
@AnalyzeClasses(packages = "org.steward.devnet", importOptions = ImportOption.OnlyIncludeTests.class)
class DevnetTestPhasesTest {

    @ArchTest
    static final ArchTests rules = ArchTests.in(TestPhaseRules.class);
}
