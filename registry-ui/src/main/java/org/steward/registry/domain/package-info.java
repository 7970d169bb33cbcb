/** Domain layer of the registry feature. */
package org.steward.registry.domain;
