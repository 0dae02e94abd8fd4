package dev.sportello.adapters.mail;

import dev.sportello.Language;
import dev.sportello.notifications.MessageKind;
import dev.sportello.spi.EmailAttachment;
import dev.sportello.spi.EmailMessage;
import dev.sportello.users.EmailAddress;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/** Messages and senders for the tests. Thread-safe (stateless). */
final class Mails {
    static final EmailAddress TO = new EmailAddress("mario.rossi@example.it");
    static final MessageKind BOOKED = new MessageKind("APPOINTMENT_BOOKED");
    static final SenderIdentity DEFAULT_SENDER =
            SenderIdentity.of(new EmailAddress("noreply@sportello.example"), "INPS – Sportello virtuale");
    static final SenderIdentity DESK = new SenderIdentity(new EmailAddress("appuntamenti@sportello.example"),
            "Sede di Roma Eur – Appuntamenti", new EmailAddress("sede.roma.eur@sportello.example"));
    static final String SUBJECT = "Conferma: l'appuntamento è fissato – città di Forlì";
    static final String TEXT = "Gentile utente,\r\nil suo appuntamento è confermato per lunedì alle 9:30.\r\n€ 0,00 dovuti.";
    static final String HTML = "<p>Gentile utente,</p><p>il suo appuntamento è <b>confermato</b> per lunedì.</p>";
    static final String ICS_TYPE = "text/calendar; method=REQUEST; charset=UTF-8";
    static final byte[] ICS = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Sportello//IT\r\nMETHOD:REQUEST\r\n"
            + "BEGIN:VEVENT\r\nUID:appt-42@sportello.example\r\nDTSTAMP:20261201T090000Z\r\n"
            + "DTSTART:20261207T083000Z\r\nDTEND:20261207T090000Z\r\nSUMMARY:Appuntamento in sede – Forlì\r\n"
            + "END:VEVENT\r\nEND:VCALENDAR\r\n").getBytes(StandardCharsets.UTF_8);
    static final byte[] PNG = png();

    private Mails() {
    }

    /** A PNG signature followed by seeded random bytes: every byte value, bare CR and LF among them. */
    private static byte[] png() {
        byte[] bytes = new byte[2048];
        new Random(13).nextBytes(bytes);
        byte[] signature = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
        System.arraycopy(signature, 0, bytes, 0, signature.length);
        bytes[100] = '\n';
        bytes[200] = '\r';
        return bytes;
    }

    static EmailMessage invitation(String key) {
        return new EmailMessage(key, TO, Language.IT, SUBJECT, TEXT, HTML,
                List.of(new EmailAttachment("invito.ics", ICS_TYPE, ICS),
                        new EmailAttachment("qr-attestazione.png", "image/png", PNG)), null, BOOKED);
    }

    static EmailMessage plain(String key) {
        return new EmailMessage(key, TO, Language.IT, "Codice di verifica", "Il suo codice è 123456.",
                "<p>Il suo codice è 123456.</p>", List.of());
    }
}
