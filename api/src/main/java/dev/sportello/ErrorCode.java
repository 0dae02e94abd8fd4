package dev.sportello;

import static dev.sportello.ErrorCategory.ACCESS_DENIED;
import static dev.sportello.ErrorCategory.ADAPTER_FAILURE;
import static dev.sportello.ErrorCategory.CONFLICT;
import static dev.sportello.ErrorCategory.INVALID_INPUT;
import static dev.sportello.ErrorCategory.NOT_FOUND;
import static dev.sportello.ErrorCategory.RULE_VIOLATION;

/**
 * Every stable error code the SDK raises. The names never change once released; {@code docs/errors.md}
 * lists each one with its meaning (the build fails if one is missing there or lacks a message).
 *
 * <p>Prefixes name the area: none for cross-cutting codes, {@code USR} users, {@code OFF} offices,
 * {@code DEL} delegation, {@code OUT} outbox, {@code NOT} notifications, {@code REQ} requests,
 * {@code APT} appointments, {@code DOS} dossiers, {@code FBK} feedback, {@code FRG} the fragile-users channel, {@code MED} medical reports, {@code ATT} attestations, {@code TRN} transports and wire formats (JSON, webhooks, delivery receipts).
 *
 * <p>Thread-safe (an enum).
 */
public enum ErrorCode {
    // cross-cutting
    /** A command or query broke Bean Validation constraints; see the violations. */ VALIDATION_FAILED(INVALID_INPUT),
    /** A paging cursor was not produced by this SDK or was tampered with. */ PAGE_CURSOR_INVALID(INVALID_INPUT),
    /** The principal's assurance level is below the operation's minimum. */ ACCESS_ASSURANCE_TOO_LOW(ACCESS_DENIED),
    /** The principal's credential is not accepted for the operation (e.g. institutional PIN). */ ACCESS_CREDENTIAL_NOT_ACCEPTED(ACCESS_DENIED),
    /** The principal is neither the owner nor acting for the owner with a valid delegation. */ ACCESS_NOT_OWNER(ACCESS_DENIED),
    /** The principal claims to act for someone without a valid delegation or mandate. */ ACCESS_DELEGATION_MISSING(ACCESS_DENIED),
    /** The operator does not belong to the office that handles the object. */ ACCESS_WRONG_OFFICE(ACCESS_DENIED),
    /** The operation needs a kind of principal (user, operator, service) or a role the caller lacks. */ ACCESS_ROLE_REQUIRED(ACCESS_DENIED),
    /** The object changed since the caller read it (stale version). */ CONCURRENT_MODIFICATION(CONFLICT),
    /** An adapter failed; nothing of the command was kept. */ ADAPTER_FAILED(ADAPTER_FAILURE),
    /** A language other than it, en, de was asked for. */ LANGUAGE_UNSUPPORTED(INVALID_INPUT),
    /** The principal acts for someone through a delegation that does not cover the operation. */ ACCESS_DELEGATION_SCOPE(ACCESS_DENIED),
    /** A service principal called an operation that the integrator did not grant it ({@link ServiceGrants}). */ ACCESS_SERVICE_NOT_GRANTED(ACCESS_DENIED),
    /** An id's text is not a valid id (a UUID). */ ID_INVALID(INVALID_INPUT),
    /** A value an api type needs is missing (null, or a collection holding null); {@code type} and {@code field} name it. */ VALUE_REQUIRED(INVALID_INPUT),
    /** A value is outside what an api type accepts; {@code type}, {@code field} and {@code reason} say which and why. */ VALUE_INVALID(INVALID_INPUT),
    /** A text is not well-formed Unicode (a lone surrogate) or holds a control character (U+0000, DEL…); it is refused, never altered. {@code field} names it. */ TEXT_MALFORMED(INVALID_INPUT),
    /** A topic code is not 2–48 upper-case letters, digits or underscores starting with a letter. */ TOPIC_CODE_INVALID(INVALID_INPUT),
    /** A counter key has a bad namespace, a null part or a text form over 200 characters. */ COUNTER_KEY_INVALID(INVALID_INPUT),
    /** A setting or builder value of the SDK is missing or out of range; {@code field} names it. */ CONFIG_INVALID(INVALID_INPUT),
    /**
     * The operation spends a verification or admission attempt and runs inside a transaction of the host:
     * a rollback would give the attempt back, so it must be called outside one.
     */
    HOST_TRANSACTION_NOT_ALLOWED(RULE_VIOLATION),
    /** A booking calendar offers video calls, but no meeting provider is configured. */ CONFIG_MEETING_PROVIDER_MISSING(INVALID_INPUT),
    /** The storage does not provide a store that one of the areas needs; {@code store} names it. */ ADAPTER_STORE_MISSING(ADAPTER_FAILURE),
    /** An adapter declares an SPI version that this SDK does not accept; the message says which fit. */ ADAPTER_SPI_INCOMPATIBLE(ADAPTER_FAILURE),
    /** An adapter built or returned SPI data without a mandatory field; {@code type} and {@code field} name it. */ ADAPTER_DATA_INVALID(ADAPTER_FAILURE),

    // users
    /** A tax code does not have 16 characters. */ USR_TAX_CODE_LENGTH(INVALID_INPUT),
    /** A tax code has a character that is not allowed at its position. */ USR_TAX_CODE_CHARACTERS(INVALID_INPUT),
    /** A tax code's check character does not match. */ USR_TAX_CODE_CHECK_CHARACTER(INVALID_INPUT),
    /** A tax code encodes an impossible birth date. */ USR_TAX_CODE_BIRTH_DATE(INVALID_INPUT),
    /** A company tax code / VAT number is not 11 digits. */ USR_VAT_NUMBER_FORMAT(INVALID_INPUT),
    /** A company tax code / VAT number's check digit does not match. */ USR_VAT_NUMBER_CHECK_DIGIT(INVALID_INPUT),
    /** A company registration number (INPS matricola) is not 10 digits. */ USR_REGISTRATION_NUMBER_FORMAT(INVALID_INPUT),
    /** A phone number could not be read as a phone number. */ USR_PHONE_UNPARSEABLE(INVALID_INPUT),
    /** A phone number was read but is not a valid number for its country. */ USR_PHONE_INVALID(INVALID_INPUT),
    /** A landline (or other non-mobile number) was given where a mobile is needed. */ USR_PHONE_NOT_MOBILE(INVALID_INPUT),
    /** An e-mail address is not valid. */ USR_EMAIL_INVALID(INVALID_INPUT),
    /** A municipality code is neither a cadastral code (H501) nor an ISTAT code (058091). */ USR_MUNICIPALITY_CODE_FORMAT(INVALID_INPUT),
    /** No user with that id. */ USR_NOT_FOUND(NOT_FOUND),
    /** No contact point with that id for the user. */ USR_CONTACT_NOT_FOUND(NOT_FOUND),
    /** A user with the same fiscal code is already registered. */ USR_ALREADY_REGISTERED(CONFLICT),
    /** The user already has that contact point. */ USR_CONTACT_DUPLICATE(CONFLICT),
    /** The contact point is already verified. */ USR_CONTACT_ALREADY_VERIFIED(RULE_VIOLATION),
    /** The verification code is wrong; the details say how many attempts are left. */ USR_VERIFICATION_CODE_WRONG(RULE_VIOLATION),
    /** The verification code has expired; ask for a new one. */ USR_VERIFICATION_CODE_EXPIRED(RULE_VIOLATION),
    /** No attempts left for this verification code; ask for a new one. */ USR_VERIFICATION_ATTEMPTS_EXHAUSTED(RULE_VIOLATION),
    /** The operation does not apply to this kind of user (e.g. a registration number on a citizen). */ USR_KIND_NOT_APPLICABLE(RULE_VIOLATION),
    /** A postal address is incomplete or malformed (street, 5-digit postal code, town, 2-letter province); {@code field} names the part. */ USR_POSTAL_ADDRESS_INVALID(INVALID_INPUT),

    // offices
    /** An office code is not 2–24 upper-case letters, digits or hyphens. */ OFF_CODE_FORMAT(INVALID_INPUT),
    /** No office with that code in the office directory. */ OFF_OFFICE_UNKNOWN(NOT_FOUND),
    /** The office directory maps no office to that municipality. */ OFF_MUNICIPALITY_UNKNOWN(NOT_FOUND),
    /** No operator with that id in the office directory. */ OFF_OPERATOR_UNKNOWN(NOT_FOUND),
    /** A closure was asked for a day that has already begun or passed. */ OFF_CLOSURE_NOT_IN_FUTURE(RULE_VIOLATION),
    /** The office is already closed on that day. */ OFF_ALREADY_CLOSED(CONFLICT),

    // outbox
    /** No outbox entry with that id. */ OUT_ENTRY_NOT_FOUND(NOT_FOUND),
    /** Only dead-lettered entries can be re-driven. */ OUT_ENTRY_NOT_DEAD(RULE_VIOLATION),
    /** The dispatcher was started while it runs already. */ OUT_ALREADY_STARTED(RULE_VIOLATION),

    // delegation
    /** No delegation with that id. */ DEL_NOT_FOUND(NOT_FOUND),
    /** The kinds of delegator and delegate do not fit the kind of delegation. */ DEL_PARTIES_MISMATCH(RULE_VIOLATION),
    /** The validity period is empty or already over. */ DEL_PERIOD_INVALID(INVALID_INPUT),
    /** Nobody can delegate to themselves. */ DEL_SELF(INVALID_INPUT),
    /** Parental responsibility is only for a minor, and ends at the 18th birthday. */ DEL_NOT_A_MINOR(RULE_VIOLATION),
    /** The delegation is already revoked. */ DEL_ALREADY_REVOKED(RULE_VIOLATION),
    /** A pending or active delegation of the same kind between the same users overlaps the period asked for. */ DEL_DUPLICATE(CONFLICT),
    /** The acceptance code is wrong; the details say how many attempts are left. */ DEL_ACCEPTANCE_CODE_WRONG(RULE_VIOLATION),
    /** The pending delegation was not accepted in time; the delegator must request a new one. */ DEL_ACCEPTANCE_CODE_EXPIRED(RULE_VIOLATION),
    /** No attempts left for the acceptance code; the delegator must request a new delegation. */ DEL_ACCEPTANCE_ATTEMPTS_EXHAUSTED(RULE_VIOLATION),
    /** Only the delegate may accept or reject a delegation. */ DEL_NOT_THE_DELEGATE(ACCESS_DENIED),
    /** The delegation is no longer pending: it cannot be accepted or rejected. */ DEL_NOT_PENDING(RULE_VIOLATION),
    /** The delegation has already ended (rejected or expired). */ DEL_ENDED(RULE_VIOLATION),
    /** The scope names an operation that a delegation of its kind cannot cover; {@code operation} names it. */ DEL_SCOPE_NOT_COVERED(INVALID_INPUT),
    /** The scope is empty: a delegation covers at least one operation. */ DEL_SCOPE_EMPTY(INVALID_INPUT),

    // notifications
    /** A template uses a placeholder its kind does not declare (found when templates are loaded). */ NOT_TEMPLATE_PLACEHOLDER_UNKNOWN(INVALID_INPUT),
    /** A kind lacks the Italian template of a channel, or a template is malformed. */ NOT_TEMPLATE_INVALID(INVALID_INPUT),
    /** A value for a placeholder was not given when rendering. */ NOT_TEMPLATE_VALUE_MISSING(INVALID_INPUT),
    /** An SMS would need more parts than the configured maximum. */ NOT_SMS_TOO_LONG(INVALID_INPUT),
    /** No templates exist for the message kind. */ NOT_KIND_UNKNOWN(INVALID_INPUT),
    /** The purpose is reserved to the SDK. */ NOT_PURPOSE_RESERVED(INVALID_INPUT),
    /** A message was scheduled for a time in the past. */ NOT_SCHEDULE_IN_PAST(INVALID_INPUT),
    /** The user has no verified contact point for the channel asked for. */ NOT_CONTACT_UNVERIFIED(RULE_VIOLATION),
    /** No message with that id. */ NOT_MESSAGE_NOT_FOUND(NOT_FOUND),
    /** No message with that provider id on that channel. */ NOT_RECEIPT_UNKNOWN(NOT_FOUND),
    /** The receipt contradicts the message's status (not sent yet, or another final outcome). */ NOT_RECEIPT_CONFLICT(CONFLICT),
    /** Only queued messages can be cancelled. */ NOT_MESSAGE_NOT_QUEUED(RULE_VIOLATION),
    /** No inbox notice with that id (or it has expired). */ NOT_NOTICE_NOT_FOUND(NOT_FOUND),
    /** No app installation with that id. */ NOT_DEVICE_NOT_FOUND(NOT_FOUND),
    /** The notice has no such call to action for this recipient. */ NOT_CALL_TO_ACTION_UNKNOWN(INVALID_INPUT),

    // requests
    /** No request with that id. */ REQ_NOT_FOUND(NOT_FOUND),
    /** No topic with that code. */ REQ_TOPIC_UNKNOWN(INVALID_INPUT),
    /** The topic needs a field that was not given. */ REQ_FIELD_MISSING(INVALID_INPUT),
    /** A field that the topic does not know was given. */ REQ_FIELD_UNKNOWN(INVALID_INPUT),
    /** A field's value does not have the field's format. */ REQ_FIELD_INVALID(INVALID_INPUT),
    /** A reference period, month or year lies in the future. */ REQ_PERIOD_IN_FUTURE(INVALID_INPUT),
    /** The topic is about a dossier and none was named. */ REQ_DOSSIER_REQUIRED(INVALID_INPUT),
    /** The topic is about a company and no registration number was given. */ REQ_COMPANY_REQUIRED(INVALID_INPUT),
    /** No company with that registration number. */ REQ_COMPANY_UNKNOWN(NOT_FOUND),
    /** More files than allowed. */ REQ_TOO_MANY_FILES(INVALID_INPUT),
    /** A file is empty. */ REQ_FILE_EMPTY(INVALID_INPUT),
    /** A file is larger than allowed. */ REQ_FILE_TOO_LARGE(INVALID_INPUT),
    /** The files together are larger than allowed. */ REQ_FILES_TOO_LARGE(INVALID_INPUT),
    /** A file's content is not of an allowed type (whatever its name says). */ REQ_FILE_TYPE_NOT_ALLOWED(INVALID_INPUT),
    /** A file's structure does not hold from start to end (data after its end, a hidden archive, a broken chunk). */ REQ_FILE_STRUCTURE_INVALID(INVALID_INPUT),
    /** No archive with that id for the request. */ REQ_ARCHIVE_NOT_FOUND(NOT_FOUND),
    /** A stored archive failed the zip guard (too many entries, too large, bomb, unsafe names, nested archive). */ REQ_ARCHIVE_UNSAFE(RULE_VIOLATION),
    /** The request's state does not allow the action. */ REQ_ILLEGAL_TRANSITION(RULE_VIOLATION),
    /** Nobody asked the user a question to answer. */ REQ_NO_QUESTION_PENDING(RULE_VIOLATION),
    /** The outcome is not one of the configured outcomes. */ REQ_OUTCOME_UNKNOWN(INVALID_INPUT),
    /** Only the operator in charge (or a supervisor) may do this. */ REQ_NOT_ASSIGNEE(ACCESS_DENIED),
    /** The new assignee is not a back-office operator of the request's office. */ REQ_ASSIGNEE_NOT_IN_OFFICE(INVALID_INPUT),
    /** A request cannot be transferred to the office it is in. */ REQ_TRANSFER_SAME_OFFICE(INVALID_INPUT),
    /** The requests feature is not enabled for the competent office (pilot). */ REQ_NOT_IN_PILOT(RULE_VIOLATION),
    /** The idempotency key was already used for a different request. */ REQ_IDEMPOTENCY_KEY_REUSED(CONFLICT),

    // appointments
    /** No appointment with that id. */ APT_NOT_FOUND(NOT_FOUND),
    /** The office has no booking calendar for that topic. */ APT_TOPIC_UNKNOWN(INVALID_INPUT),
    /** The calendar offers no seats in that contact mode. */ APT_MODE_NOT_OFFERED(INVALID_INPUT),
    /** The slot has already started. */ APT_SLOT_IN_PAST(INVALID_INPUT),
    /** The slot starts sooner than the calendar's minimum notice. */ APT_NOTICE_TOO_SHORT(RULE_VIOLATION),
    /** The slot lies beyond the calendar's booking horizon. */ APT_BEYOND_HORIZON(RULE_VIOLATION),
    /** The office is closed on that day (holiday, patron saint, ad-hoc closure, weekly rest). */ APT_OFFICE_CLOSED(RULE_VIOLATION),
    /** The time is not a slot of the calendar: outside its hours or off its grid. */ APT_SLOT_NOT_OFFERED(INVALID_INPUT),
    /** The slot has no seats left in that mode (or no free sign-language operator). */ APT_SLOT_FULL(CONFLICT),
    /** Second-level information is for intermediaries and users of the two-way drawers only (R-APT-2). */ APT_SECOND_LEVEL_NOT_ALLOWED(RULE_VIOLATION),
    /** A sign-language operator can be asked for video calls only (R-APT-6). */ APT_SIGN_LANGUAGE_VIDEO_ONLY(INVALID_INPUT),
    /** Sign-language operators serve deaf users (R-APT-6, R-USR-5 c). */ APT_SIGN_LANGUAGE_NOT_ELIGIBLE(RULE_VIOLATION),
    /** No operator with sign language works at that time. */ APT_NO_SIGN_LANGUAGE_CAPACITY(RULE_VIOLATION),
    /** Phone callbacks and video calls (for the admission code) need a verified mobile number. */ APT_PHONE_NOT_VERIFIED(RULE_VIOLATION),
    /** The user already has the maximum of active bookings for the topic. */ APT_TOO_MANY_ACTIVE(RULE_VIOLATION),
    /** The idempotency key was already used for a different booking. */ APT_IDEMPOTENCY_KEY_REUSED(CONFLICT),
    /** The appointment's state does not allow the action. */ APT_ILLEGAL_TRANSITION(RULE_VIOLATION),
    /** The action is for video calls only. */ APT_NOT_A_VIDEO_CALL(RULE_VIOLATION),
    /** The call's waiting room is not open yet. */ APT_TOO_EARLY_TO_JOIN(RULE_VIOLATION),
    /** The admission code is wrong; an attempt was used. */ APT_ADMISSION_CODE_WRONG(RULE_VIOLATION),
    /** The admission code is valid until the end of the slot only. */ APT_ADMISSION_CODE_EXPIRED(RULE_VIOLATION),
    /** Too many wrong admission codes; the call must be joined with the office's help. */ APT_ADMISSION_LOCKED(RULE_VIOLATION),
    /** The identity document expires before the appointment date. */ APT_DOCUMENT_EXPIRED(RULE_VIOLATION),
    /** The identity document's issue date is in the future or after its expiry. */ APT_DOCUMENT_DATES_INVALID(INVALID_INPUT),
    /** Identification needs a document with a photo (R-APT-5). */ APT_DOCUMENT_PHOTO_MISSING(RULE_VIOLATION),
    /** Nobody may be admitted before their identity check is recorded. */ APT_IDENTITY_NOT_CHECKED(RULE_VIOLATION),
    /** An assistant joins only after the user's consent to be assisted is recorded (R-DEL-4). */ APT_ASSISTANCE_CONSENT_MISSING(RULE_VIOLATION),
    /** Only operators with sign language serve sign-language appointments (R-APT-6). */ APT_SIGN_LANGUAGE_OPERATOR_REQUIRED(ACCESS_DENIED),
    /** The outcome is not one of the configured outcomes. */ APT_OUTCOME_UNKNOWN(INVALID_INPUT),
    /** A no-show can be recorded only after the grace period. */ APT_NO_SHOW_TOO_EARLY(RULE_VIOLATION),
    /** The date range is reversed or too long. */ APT_RANGE_INVALID(INVALID_INPUT),
    /** A reschedule must move the appointment to another slot. */ APT_SAME_SLOT(INVALID_INPUT),
    /** No waitlist entry with that id. */ APT_WAITLIST_NOT_FOUND(NOT_FOUND),
    /** The day still has free seats: book one instead of waiting. */ APT_SEATS_AVAILABLE(RULE_VIOLATION),
    /** The user is already on the waitlist for that day and topic. */ APT_ALREADY_WAITING(CONFLICT),
    /** The waitlist entry has no pending offer (it lapsed, or was accepted or declined). */ APT_NO_OFFER(RULE_VIOLATION),

    // feedback
    /** A rating is not 1 to 5; {@code min} and {@code max} say so. */ FBK_RATING_OUT_OF_RANGE(INVALID_INPUT),
    /** A suggestion is longer than allowed (counted in code points); {@code max} says how long it may be. */ FBK_SUGGESTION_TOO_LONG(INVALID_INPUT),
    /** A suggestion was given but holds only spaces; give none (null) instead. */ FBK_SUGGESTION_BLANK(INVALID_INPUT),
    /** The interaction was rated already, or the service already this month; nothing was stored. */ FBK_ALREADY_GIVEN(CONFLICT),
    /** Only a closed request or a completed appointment can be rated. */ FBK_INTERACTION_NOT_FINISHED(RULE_VIOLATION),
    /** No rating with that id. */ FBK_NOT_FOUND(NOT_FOUND),
    /** The rating carries no suggestion to triage. */ FBK_NO_SUGGESTION(RULE_VIOLATION),
    /** The suggestion's triage state does not allow that change (it is final, or already in that state). */ FBK_ILLEGAL_TRANSITION(RULE_VIOLATION),
    /** The months of the figures are reversed, more than 24, or outside the years 1900 to 9999. */ FBK_RANGE_INVALID(INVALID_INPUT),
    // dossiers
    /** A dossier id is not 1–64 letters, digits, ., _, / or - starting with a letter or digit. */ DOS_ID_INVALID(INVALID_INPUT),
    /** No dossier with that id. */ DOS_NOT_FOUND(NOT_FOUND),
    /** The dossier kind is not one of the kinds configured in DossierSettings. */ DOS_KIND_UNKNOWN(INVALID_INPUT),
    /** A report names an owner who is not a registered user. */ DOS_OWNER_UNKNOWN(INVALID_INPUT),
    /** A report names a managing office that is not in the office directory. */ DOS_OFFICE_UNKNOWN(INVALID_INPUT),
    /** An amount has more than two decimals, is negative where it cannot be (gross, net, deductions), is absurdly large or is in another currency than the payment's gross amount; reason says which. */ DOS_AMOUNT_INVALID(INVALID_INPUT),
    /** An IBAN's format, country, length or check digits are wrong (checked with iban4j). */ DOS_IBAN_INVALID(INVALID_INPUT),
    /** A report gives an outcome for a dossier that is not yet DECIDED or CLOSED. */ DOS_OUTCOME_TOO_EARLY(INVALID_INPUT),
    /** A measure is about a payment that is neither stored nor in the same report. */ DOS_MEASURE_PAYMENT_UNKNOWN(INVALID_INPUT),
    /** A report names the same measure or payment id twice. */ DOS_ITEM_DUPLICATE(INVALID_INPUT),
    /** A bulk feed call holds more than 10,000 reports. */ DOS_BATCH_TOO_LARGE(INVALID_INPUT),
    /** A report would move a dossier back to an earlier phase; reports never do (R-DOS-1). */ DOS_STATUS_BACKWARDS(RULE_VIOLATION),
    /** A report changes a dossier's owner or kind, which never change. */ DOS_OWNER_CHANGED(RULE_VIOLATION),
    /** A report carries the sequence number of the last applied report with other content. */ DOS_SEQUENCE_REUSED(CONFLICT),
    /** No document with that id in the dossier (or it has no content). */ DOS_DOCUMENT_NOT_FOUND(NOT_FOUND),
    /** A document's bytes are not of its declared content type (whatever its name says). */ DOS_DOCUMENT_TYPE_MISMATCH(INVALID_INPUT),
    /** A document's declared content type is not one of the allowed types. */ DOS_DOCUMENT_TYPE_NOT_ALLOWED(INVALID_INPUT),
    /** A document is larger than DossierSettings.maxDocumentBytes(). */ DOS_DOCUMENT_TOO_LARGE(INVALID_INPUT),
    /** A document has no content. */ DOS_DOCUMENT_EMPTY(INVALID_INPUT),
    // medical reports
    /** A medical report's percentage is outside 0–100. */ MED_PERCENTAGE_OUT_OF_RANGE(INVALID_INPUT),
    /** A benefit of a medical report has a negative monthly amount. */ MED_BENEFIT_AMOUNT_NEGATIVE(INVALID_INPUT),
    /** A report carries an earlier edition of the dossier's medical report than the stored one; reports never move back. */ MED_EDITION_BACKWARDS(RULE_VIOLATION),
    /** A report carries the stored edition of the dossier's medical report with other content. */ MED_EDITION_REUSED(CONFLICT),
    /** The dossier has no medical report. */ MED_REPORT_NOT_FOUND(NOT_FOUND),
    /** The report's recipient is outside the configured audience: no guide is offered. */ MED_GUIDE_NOT_OFFERED(RULE_VIOLATION),
    /** The guide's availability (6 months by default) is over. */ MED_GUIDE_EXPIRED(RULE_VIOLATION),
    /** An interaction names a scene, pop-up or call to action that is not in the recipient's guide. */ MED_GUIDE_ITEM_UNKNOWN(INVALID_INPUT),
    /** The report's status is not attested: no attestation may be made of it. */ MED_STATUS_NOT_ATTESTED(RULE_VIOLATION),
    /** A guide template names a key that the guide does not have. */ MED_TEMPLATE_KEY_UNKNOWN(INVALID_INPUT),
    /** A guide template uses a placeholder that its key does not offer. */ MED_TEMPLATE_PLACEHOLDER_UNKNOWN(INVALID_INPUT),
    /** A guide template leaves out a placeholder that its key requires. */ MED_TEMPLATE_PLACEHOLDER_MISSING(INVALID_INPUT),

    // attestations
    /** There is no attestation with this id. */ ATT_NOT_FOUND(NOT_FOUND),
    /** The attestation is revoked: it is not rendered, sent or revoked again. */ ATT_REVOKED(RULE_VIOLATION),
    /** The holder has no verified e-mail address to send the attestation to. */ ATT_EMAIL_NOT_VERIFIED(RULE_VIOLATION),
    /** The status's validity (the report's review date) is already over: no attestation may be issued. */ ATT_VALIDITY_OVER(RULE_VIOLATION),
    /** There is no status list with this number (below 1 or beyond the lists in use). */ ATT_STATUS_LIST_UNKNOWN(NOT_FOUND),
    /** The attestation signer failed, or what it was given could not be encoded; nothing was stored. */ ATT_SIGNING_FAILED(ADAPTER_FAILURE),

    // fragile-users channel
    /** The user meets none of the grounds of the fragile-users channel (R-USR-5); nothing was stored. */ FRG_NOT_ELIGIBLE(RULE_VIOLATION),
    /** The user is already enrolled in the fragile-users channel; reissue the personal code instead. */ FRG_ALREADY_ENROLLED(CONFLICT),
    /** No enrolment in the fragile-users channel for that user or tax code. */ FRG_NOT_ENROLLED(NOT_FOUND),
    /** The personal code does not match; an attempt was used, {@code attemptsLeft} says how many remain. */ FRG_CODE_WRONG(RULE_VIOLATION),
    /** Too many wrong personal codes: identification stays locked until the code is reissued. */ FRG_CODE_LOCKED(RULE_VIOLATION),
    /** The personal code was revoked: identification needs a reissued code. */ FRG_CODE_REVOKED(RULE_VIOLATION),
    /** The user has no document of that kind (and year) in their dossiers; nothing was posted. */ FRG_NO_DOCUMENT_OF_KIND(NOT_FOUND),
    /** No callback with that id. */ FRG_CALLBACK_NOT_FOUND(NOT_FOUND),
    /** The callback was already completed. */ FRG_CALLBACK_DONE(RULE_VIOLATION),
    /** The operator lacks a skill the work needs; {@code skill} names it (FRAGILE_CHANNEL, or SIGN_LANGUAGE for a deaf user). */ FRG_SKILL_REQUIRED(ACCESS_DENIED),
    /** A voicemail's time is later than the SDK's clock. */ FRG_VOICEMAIL_IN_FUTURE(INVALID_INPUT),

    // transports and wire formats
    /** A JSON document is not well-formed, too deep, too large, has a duplicate key or a number out of range. */ TRN_JSON_MALFORMED(INVALID_INPUT),
    /** A JSON document names a type id that is not one of the SDK's. */ TRN_JSON_TYPE_UNKNOWN(INVALID_INPUT),
    /** A signed request (webhook, delivery receipt) lacks a header it needs; {@code field} names it. */ TRN_HEADER_MISSING(INVALID_INPUT),
    /** No signature of a signed request matches any of the configured secrets. */ TRN_SIGNATURE_INVALID(ACCESS_DENIED),
    /** A signed request's timestamp is outside the tolerance (a replay or a wrong clock). */ TRN_TIMESTAMP_OUT_OF_TOLERANCE(ACCESS_DENIED),
    /** A signed request with this id was already received. */ TRN_REPLAYED(CONFLICT),
    /** A provider's delivery receipt cannot be read; {@code field} names the part. */ TRN_RECEIPT_MALFORMED(INVALID_INPUT);

    private final ErrorCategory category;

    ErrorCode(ErrorCategory category) {
        this.category = category;
    }

    /** The family of this code, which decides the exception subtype. Never null. */
    public ErrorCategory category() {
        return category;
    }
}
