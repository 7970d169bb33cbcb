/** Ui layer of the governance feature. */
package org.steward.governance.ui;
