/** Domain layer of the treasury feature. */
package org.steward.treasury.domain;
