package dev.sportello.dossiers;

import dev.sportello.AuditSubject;
import dev.sportello.ErrorCode;
import dev.sportello.SportelloException;

import java.util.Map;

/**
 * Identifier of a dossier: the reference the institution's system of record gives it (e.g.
 * {@code INAIL-2026-000123}), the same text a request names in its {@code dossier} field (R-DOS-3).
 *
 * <p>Immutable and thread-safe.
 *
 * @param value 1–64 characters: letters, digits, {@code .}, {@code _}, {@code /} and {@code -}, starting with
 *              a letter or digit
 */
public record DossierId(String value) implements AuditSubject {
    /**
     * Checks the value.
     *
     * @throws dev.sportello.InvalidInputException with {@code DOS_ID_INVALID}
     */
    public DossierId {
        if (value == null || !DossierTexts.isSourceId(value)) {
            throw SportelloException.invalidField(ErrorCode.DOS_ID_INVALID, "dossier", Map.of());
        }
    }

    /**
     * A dossier id.
     *
     * @param value the reference
     * @return the id
     * @throws dev.sportello.InvalidInputException with {@code DOS_ID_INVALID}
     */
    public static DossierId of(String value) {
        return new DossierId(value);
    }

    @Override
    public String auditType() {
        return "dossier";
    }

    @Override
    public String auditId() {
        return value;
    }

    @Override
    public String toString() {
        return value;
    }
}
