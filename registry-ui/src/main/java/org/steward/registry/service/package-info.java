/** Service layer of the registry feature. */
package org.steward.registry.service;
