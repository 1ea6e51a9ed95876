/**
 * What is in the graph, for the explorer's landing view: counts, the span of the facts' dates, the latest sources
 * and facts, and the strongest and most changed dyads of countries, from the same scores as the cooperation
 * endpoints.
 */
package org.entente.overview;
