package org.entente.network;

import java.time.LocalDate;

/** What POST /api/network/blocs wrote: the bloc of {@code written} countries, and {@code cleared} old ones. */
record BlocsWritten(LocalDate asOf, int halfLifeDays, int blocs, long written, long cleared) {
}
