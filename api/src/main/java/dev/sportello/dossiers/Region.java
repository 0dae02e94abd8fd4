package dev.sportello.dossiers;

/**
 * An Italian region, or one of the two autonomous provinces that hold the health competences of
 * Trentino-Alto Adige, where a medical assessment was asked for and held.
 *
 * <p>Thread-safe (an enum).
 */
public enum Region {
    /** Abruzzo. */ ABRUZZO,
    /** Basilicata. */ BASILICATA,
    /** Calabria. */ CALABRIA,
    /** Campania. */ CAMPANIA,
    /** Emilia-Romagna. */ EMILIA_ROMAGNA,
    /** Friuli Venezia Giulia. */ FRIULI_VENEZIA_GIULIA,
    /** Lazio. */ LAZIO,
    /** Liguria. */ LIGURIA,
    /** Lombardia. */ LOMBARDIA,
    /** Marche. */ MARCHE,
    /** Molise. */ MOLISE,
    /** Piemonte. */ PIEMONTE,
    /** Puglia. */ PUGLIA,
    /** Sardegna. */ SARDEGNA,
    /** Sicilia. */ SICILIA,
    /** Toscana. */ TOSCANA,
    /** The autonomous province of Trento. */ TRENTO,
    /** The autonomous province of Bolzano. */ BOLZANO,
    /** Umbria. */ UMBRIA,
    /** Valle d'Aosta. */ VALLE_D_AOSTA,
    /** Veneto. */ VENETO
}
