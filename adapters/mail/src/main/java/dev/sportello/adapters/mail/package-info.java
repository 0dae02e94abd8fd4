/**
 * An {@link dev.sportello.spi.EmailChannel} over SMTP with Jakarta Mail 2.1 and Eclipse Angus Mail:
 * {@link dev.sportello.adapters.mail.SmtpEmailChannel}, built by its builder with validated settings
 * ({@link dev.sportello.adapters.mail.SmtpSecurity}, {@link dev.sportello.adapters.mail.SenderIdentity}).
 * Everything else in this package is package-private and not API.
 */
package dev.sportello.adapters.mail;
