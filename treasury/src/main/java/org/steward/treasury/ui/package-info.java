/** Ui layer of the treasury feature. */
package org.steward.treasury.ui;
