package dev.sportello.fragile;

import dev.sportello.Page;
import dev.sportello.Principal;
import dev.sportello.UserId;

import java.util.List;
import java.util.Optional;

/**
 * The fragile-users channel (R-USR-5). The <em>channel staff</em> are the operators of the user's competent
 * office with the skill {@code FRAGILE_CHANNEL}; services act only on what the integrator granted them
 * ({@code ServiceGrants}). Operations: {@code FRAGILE_ENROL} (enrol, reissue, revoke: channel staff or a
 * service), {@code FRAGILE_PHONE_LINE} (identify callers, record contacts and voicemails: channel staff or the
 * phone system's service; the callback queue: channel staff only, with sign language for deaf users) and
 * {@code FRAGILE_CHANNEL} (what the user does or reads: the user, a delegate whose scope covers it, the
 * channel staff, a service; SPID level 2, CIE or CNS by default, the institutional PIN only where the
 * assurance policy allows it).
 *
 * <p>Letters — the personal code at enrolment and reissue, documents asked for by post — go out after commit
 * through the postal channel port, never by another channel; a failed posting is retried by the dispatcher.
 *
 * <p>Every method throws {@link dev.sportello.SportelloException} with a stable code on bad input or denial
 * (denials are audited), and takes the acting principal explicitly; null arguments are refused with a code.
 * Implementations are thread-safe.
 */
public interface FragileUsers {
    /**
     * Enrols an eligible user and posts the letter with their personal code and the channel's contacts.
     *
     * @param principal the channel staff of the user's competent office, or a service
     * @param command   the user and their residence
     * @return the enrolment
     * @throws dev.sportello.RuleViolationException with {@code FRG_NOT_ELIGIBLE} (nothing stored)
     * @throws dev.sportello.ConflictException with {@code FRG_ALREADY_ENROLLED}
     * @throws dev.sportello.NotFoundException with {@code USR_NOT_FOUND}
     * @throws dev.sportello.InvalidInputException with {@code CONFIG_INVALID} when the channel's contacts are
     *         not configured ({@code FragileUserSettings})
     */
    Enrolment enrol(Principal principal, EnrolFragileUser command);

    /**
     * Issues and posts a new personal code: the old one stops working, a lock ends.
     *
     * @param principal the channel staff of the user's office, or a service
     * @param command   the user and the version read
     * @return the enrolment
     * @throws dev.sportello.NotFoundException with {@code FRG_NOT_ENROLLED}
     * @throws dev.sportello.ConflictException with {@code CONCURRENT_MODIFICATION}
     */
    Enrolment reissueCode(Principal principal, ReissuePersonalCode command);

    /**
     * Revokes the personal code until a new one is issued.
     *
     * @param principal the channel staff of the user's office, or a service
     * @param command   the user and the version read
     * @return the enrolment
     * @throws dev.sportello.NotFoundException with {@code FRG_NOT_ENROLLED}
     * @throws dev.sportello.RuleViolationException with {@code FRG_CODE_REVOKED} if it already is
     */
    Enrolment revokeCode(Principal principal, RevokePersonalCode command);

    /**
     * A user's enrolment, if enrolled.
     *
     * @param principal the user, a delegate, the channel staff of the user's office, or a service
     * @param user      the user
     * @return the enrolment, or empty
     */
    Optional<Enrolment> enrolment(Principal principal, UserId user);

    /**
     * Identifies a caller by tax code and personal code. Each attempt is audited; a wrong code uses up one of
     * the attempts ({@code FragileUserSettings.codeAttempts()}) although the call fails, and the last one locks
     * identification until the code is reissued. Refused inside a host's transaction
     * ({@code HOST_TRANSACTION_NOT_ALLOWED}), whose rollback would give the attempt back.
     *
     * @param principal an operator with the skill {@code FRAGILE_CHANNEL} of the caller's office, or the phone
     *                  system's service
     * @param command   the codes the caller gave
     * @return who the caller is
     * @throws dev.sportello.NotFoundException with {@code FRG_NOT_ENROLLED}
     * @throws dev.sportello.RuleViolationException with {@code FRG_CODE_WRONG}, {@code FRG_CODE_LOCKED} or
     *         {@code FRG_CODE_REVOKED}
     */
    CallerIdentified identify(Principal principal, IdentifyCaller command);

    /**
     * Records a call, a portal request or an e-mail of an enrolled user.
     *
     * @param principal the channel staff of the user's office, or the phone system's service
     * @param command   who, how, with what outcome
     * @return the contact
     * @throws dev.sportello.NotFoundException with {@code FRG_NOT_ENROLLED}
     */
    ChannelContact recordContact(Principal principal, RecordContact command);

    /**
     * Records a voicemail and queues its callback for the user's competent office: due at once when the
     * office was open, else at its next opening (holidays, the patron saint and closures included); for the
     * operators with the skill {@code FRAGILE_CHANNEL}, and also {@code SIGN_LANGUAGE} for a deaf user.
     *
     * @param principal the phone system's service, or the channel staff of the user's office
     * @param command   who, when, the number to call back
     * @return the callback
     * @throws dev.sportello.NotFoundException with {@code FRG_NOT_ENROLLED}
     * @throws dev.sportello.InvalidInputException with {@code FRG_VOICEMAIL_IN_FUTURE}
     */
    Callback leaveVoicemail(Principal principal, LeaveVoicemail command);

    /**
     * The operator's queue: open callbacks of their office due now, that they have every skill for.
     *
     * @param principal an operator of the office with the skill {@code FRAGILE_CHANNEL}
     * @param query     the office and page
     * @return the page, earliest due first
     */
    Page<Callback> callbacks(Principal principal, CallbackQuery query);

    /**
     * Completes a callback, recording the call as a contact.
     *
     * @param principal an operator of the callback's office with every skill it needs
     * @param command   the callback, its outcome, the version read
     * @return the completed callback
     * @throws dev.sportello.NotFoundException with {@code FRG_CALLBACK_NOT_FOUND}
     * @throws dev.sportello.RuleViolationException with {@code FRG_CALLBACK_DONE}
     * @throws dev.sportello.AccessDeniedException with {@code FRG_SKILL_REQUIRED}
     */
    Callback completeCallback(Principal principal, CompleteCallback command);

    /**
     * A user's contacts with the channel, newest first.
     *
     * @param principal the user, a delegate, the channel staff of the user's office, or a service
     * @param user      the user
     * @return the contacts
     */
    List<ChannelContact> contacts(Principal principal, UserId user);

    /**
     * Posts a document of the user's dossiers to their residence: the latest of the kind (and year). The
     * letter is queued in this call and posted after commit.
     *
     * @param principal the user, a delegate, the channel staff of the user's office, or a service
     * @param command   the user, the kind, the year
     * @return the queued letter
     * @throws dev.sportello.NotFoundException with {@code FRG_NOT_ENROLLED} or {@code FRG_NO_DOCUMENT_OF_KIND}
     *         (nothing queued)
     */
    Letter requestDocument(Principal principal, RequestDocumentByPost command);

    /**
     * A user's letters, newest first: personal codes and documents, with where each is.
     *
     * @param principal the user, a delegate, the channel staff of the user's office, or a service
     * @param user      the user
     * @return the letters
     */
    List<Letter> letters(Principal principal, UserId user);
}
