/** Ui layer of the registry feature. */
package org.steward.registry.ui;
