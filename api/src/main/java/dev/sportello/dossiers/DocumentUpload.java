package dev.sportello.dossiers;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/**
 * A document the system of record adds to a dossier (a tax certificate, a pension slip, a measure
 * letter), with its content streamed in. The content type is checked on the bytes: content that is not
 * of the declared type is refused and nothing is stored. Storing the same id again with the same bytes
 * changes nothing; with other bytes it replaces the document (a corrected certificate).
 *
 * <p>Immutable and thread-safe.
 *
 * @param dossier     the dossier, which must exist
 * @param id          the document's id in the dossier, not null
 * @param kind        the kind, not null
 * @param title       the title shown, 1–200 characters
 * @param fileName    the file name it is served with: 1–100 letters, digits, spaces, {@code . _ -}, with an
 *                    extension
 * @param contentType the declared type, one of the allowed types ({@code application/pdf} by default)
 * @param year        the tax year of a tax certificate (1900–9999), else 0
 * @param issuedOn    the day it was issued, not null
 * @param content     where the bytes come from, not null
 */
public record DocumentUpload(@NotNull DossierId dossier, @NotNull DocumentId id, @NotNull DocumentKind kind,
                             @NotBlank @Size(max = 200) String title,
                             @NotNull @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9 ._-]{0,90}\\.[A-Za-z0-9]{1,8}",
                                     message = "must be a file name with an extension") String fileName,
                             @NotBlank @Size(max = 100) String contentType, @Min(0) @Max(9999) int year,
                             @NotNull LocalDate issuedOn, @NotNull DocumentContent content) {
}
