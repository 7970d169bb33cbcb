/** The registry screens: the metagraph-like table of models and the metrics panel. */
package org.steward.registry.ui;
