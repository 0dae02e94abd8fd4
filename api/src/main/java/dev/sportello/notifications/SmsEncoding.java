package dev.sportello.notifications;

/**
 * SMS alphabets: GSM 03.38 7-bit (160 septets, 153 per part when concatenated; extension-table
 * characters count two) or UCS-2 (70 code units, 67 per part).
 *
 * <p>Thread-safe (an enum).
 */
public enum SmsEncoding {
    /** The GSM 7-bit default alphabet with its extension table. */
    GSM_7,
    /** UTF-16 code units, for any other character. */
    UCS_2
}
