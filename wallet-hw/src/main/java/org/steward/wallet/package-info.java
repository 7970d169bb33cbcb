/** Hardware wallet signers, transports and simulators. */
package org.steward.wallet;
