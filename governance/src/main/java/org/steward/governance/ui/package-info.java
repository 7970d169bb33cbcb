/** The governance screens: Snapshot proposals with their bodies, results and local recount. */
package org.steward.governance.ui;
