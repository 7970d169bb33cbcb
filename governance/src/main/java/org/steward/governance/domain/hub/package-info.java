/** What a Snapshot hub and sequencer answer, as records: spaces, proposals, votes, voting power, receipts. */
package org.steward.governance.domain.hub;
