package org.steward.treasury;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import org.steward.arch.ArchitectureRules;

/** This module keeps the rules every module keeps (docs/architecture.md, "Rules the build enforces"). */
@AnalyzeClasses(packages = "org.steward.treasury", importOptions = ImportOption.DoNotIncludeTests.class)
class TreasuryArchitectureTest {

    @ArchTest
    static final ArchTests rules = ArchTests.in(ArchitectureRules.class);
}
