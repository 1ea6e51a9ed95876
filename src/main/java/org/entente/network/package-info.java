/**
 * The network of countries as of a date: blocs (Leiden communities on cooperative ties), brokers (betweenness),
 * influence (PageRank) and how blocs change between two dates, computed by Graph Data Science on a projection of the
 * cooperation scores made for each request. See docs/network.md and MODEL.md, "The network".
 */
package org.entente.network;
