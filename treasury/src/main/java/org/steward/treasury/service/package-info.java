/** Service layer of the treasury feature. */
package org.steward.treasury.service;
