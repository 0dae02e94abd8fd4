package dev.sportello.core.internal.kernel;

import dev.sportello.ErrorCode;
import dev.sportello.core.internal.testing.CoreFixture;
import dev.sportello.core.internal.testing.JoiningStorage;
import dev.sportello.users.AddContact;
import dev.sportello.users.ContactKind;
import dev.sportello.users.ContactPoint;
import dev.sportello.users.UserProfile;
import dev.sportello.users.VerifyContact;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static dev.sportello.core.internal.testing.CoreFixture.as;
import static dev.sportello.core.internal.testing.CoreFixture.fails;
import static org.assertj.core.api.Assertions.assertThat;

/** An attempt is never spent inside a host's transaction, whose rollback would give it back. */
class HostTransactionRuleTest {
    private JoiningStorage joining;
    private final CoreFixture h = new CoreFixture(storage -> joining = new JoiningStorage(storage), b -> { });

    @AfterEach
    void close() {
        h.close();
    }

    @Test
    @DisplayName("R-USR-3 a verification code is refused inside a host's transaction and accepted outside it")
    void verificationOutsideOnly() {
        UserProfile user = h.citizen();
        ContactPoint mobile = h.sdk.users().addContact(as(user), new AddContact(user.id(), ContactKind.MOBILE,
                h.data.mobileAsTyped()));
        h.deliver();
        String code = h.lastCode(mobile);
        joining.hostTransaction(true);
        fails(() -> h.sdk.users().verifyContact(as(user), new VerifyContact(user.id(), mobile.id(), "000000")),
                ErrorCode.HOST_TRANSACTION_NOT_ALLOWED);
        fails(() -> h.sdk.users().verifyContact(as(user), new VerifyContact(user.id(), mobile.id(), code)),
                ErrorCode.HOST_TRANSACTION_NOT_ALLOWED);
        joining.hostTransaction(false);
        assertThat(h.sdk.users().verifyContact(as(user), new VerifyContact(user.id(), mobile.id(), code)).verified())
                .as("no attempt was spent by the refused calls").isTrue();
    }

    @Test
    @DisplayName("other commands run inside a host's transaction as usual")
    void otherCommandsJoin() {
        joining.hostTransaction(true);
        UserProfile user = h.citizen();
        assertThat(h.sdk.users().addContact(as(user), new AddContact(user.id(), ContactKind.MOBILE, h.data.mobileAsTyped()))
                .verified()).isFalse();
    }
}
