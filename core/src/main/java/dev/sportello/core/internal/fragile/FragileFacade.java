package dev.sportello.core.internal.fragile;

import dev.sportello.Page;
import dev.sportello.Principal;
import dev.sportello.UserId;
import dev.sportello.fragile.Callback;
import dev.sportello.fragile.CallbackQuery;
import dev.sportello.fragile.CallerIdentified;
import dev.sportello.fragile.ChannelContact;
import dev.sportello.fragile.CompleteCallback;
import dev.sportello.fragile.EnrolFragileUser;
import dev.sportello.fragile.Enrolment;
import dev.sportello.fragile.FragileUsers;
import dev.sportello.fragile.IdentifyCaller;
import dev.sportello.fragile.LeaveVoicemail;
import dev.sportello.fragile.Letter;
import dev.sportello.fragile.RecordContact;
import dev.sportello.fragile.ReissuePersonalCode;
import dev.sportello.fragile.RequestDocumentByPost;
import dev.sportello.fragile.RevokePersonalCode;

import java.util.List;
import java.util.Optional;

/**
 * The {@link FragileUsers} use cases: enrolment and personal codes ({@link Enrolments}), identification on the
 * phone ({@link Identification}), contacts and callbacks ({@link PhoneLine}), documents by post
 * ({@link DocumentsByPost}).
 *
 * <p>Thread-safe.
 */
final class FragileFacade implements FragileUsers {
    private final Enrolments enrolments;
    private final Identification identification;
    private final PhoneLine phoneLine;
    private final DocumentsByPost documents;

    FragileFacade(Enrolments enrolments, Identification identification, PhoneLine phoneLine, DocumentsByPost documents) {
        this.enrolments = enrolments;
        this.identification = identification;
        this.phoneLine = phoneLine;
        this.documents = documents;
    }

    @Override
    public Enrolment enrol(Principal principal, EnrolFragileUser command) {
        return enrolments.enrol(principal, command);
    }

    @Override
    public Enrolment reissueCode(Principal principal, ReissuePersonalCode command) {
        return enrolments.reissue(principal, command);
    }

    @Override
    public Enrolment revokeCode(Principal principal, RevokePersonalCode command) {
        return enrolments.revoke(principal, command);
    }

    @Override
    public Optional<Enrolment> enrolment(Principal principal, UserId user) {
        return enrolments.read(principal, user);
    }

    @Override
    public CallerIdentified identify(Principal principal, IdentifyCaller command) {
        return identification.identify(principal, command);
    }

    @Override
    public ChannelContact recordContact(Principal principal, RecordContact command) {
        return phoneLine.recordContact(principal, command);
    }

    @Override
    public Callback leaveVoicemail(Principal principal, LeaveVoicemail command) {
        return phoneLine.leaveVoicemail(principal, command);
    }

    @Override
    public Page<Callback> callbacks(Principal principal, CallbackQuery query) {
        return phoneLine.callbacks(principal, query);
    }

    @Override
    public Callback completeCallback(Principal principal, CompleteCallback command) {
        return phoneLine.completeCallback(principal, command);
    }

    @Override
    public List<ChannelContact> contacts(Principal principal, UserId user) {
        return phoneLine.contacts(principal, user);
    }

    @Override
    public Letter requestDocument(Principal principal, RequestDocumentByPost command) {
        return documents.request(principal, command);
    }

    @Override
    public List<Letter> letters(Principal principal, UserId user) {
        return documents.letters(principal, user);
    }
}
