/**
 * Device screen previews: the screens a Ledger or OneKey shows for a request, derived from the very
 * bytes sent to it (APDUs, protobuf messages). The simulators record their screens with the same
 * readers, so a preview can be compared with what the device side received.
 */
package org.steward.wallet.screens;
