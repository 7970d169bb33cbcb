/** Benchmarks; each compares against a reference run in the same script. */
package org.steward.bench;
