package org.entente.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Bounds on what one request may ask of the server ({@code entente.web.*}).
 *
 * @param maxBody the largest request body taken ({@code ENTENTE_MAX_BODY}); a dossier of 10^4 facts is about 5 MB,
 * and larger imports go through the command line, which streams
 * @param heavyRequests how many heavy requests (imports, exports, strongest paths) run at once; more wait for none
 * and get a 503, so that they cannot take every thread and every core ({@code ENTENTE_HEAVY_REQUESTS})
 */
@ConfigurationProperties("entente.web")
record RequestLimits(@DefaultValue("16MB") DataSize maxBody, @DefaultValue("2") int heavyRequests) {

	RequestLimits {
		if (maxBody.toBytes() < 1) {
			throw new IllegalArgumentException("entente.web.max-body must be positive, not " + maxBody);
		}
		if (heavyRequests < 1) {
			throw new IllegalArgumentException("entente.web.heavy-requests must be at least 1, not " + heavyRequests);
		}
	}

}
