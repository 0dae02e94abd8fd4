package dev.sportello.core.internal.authz;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The matrix files' reader refuses what a reviewer could get wrong, naming the file, the line and the method. */
class MatrixFileTest {
    private final MatrixFile file = new MatrixFile("authz-fixtures/matrix-broken.csv",
            "authz-fixtures/operations-broken.csv");

    @Test
    void malformedDuplicatedAndUnknownEntriesAreProblems() {
        assertThat(file.problems).containsExactly(
                "authz-fixtures/matrix-broken.csv:4: a second row for Users.get as OWNER",
                "authz-fixtures/matrix-broken.csv:5: unknown PrincipalKind 'NOBODY'",
                "authz-fixtures/matrix-broken.csv:6: expected ALLOWED, DENIED or DENIED:<code>, not 'MAYBE'",
                "authz-fixtures/matrix-broken.csv:7: REQ_NOT_FOUND is not an access denial",
                "authz-fixtures/matrix-broken.csv:8: expected 3 comma-separated fields",
                "authz-fixtures/operations-broken.csv:4: a second row for Users.get",
                "authz-fixtures/operations-broken.csv:5: unknown Operation 'NOT_AN_OPERATION'",
                "authz-fixtures/operations-broken.csv:5: no operation for Users.gone");
        assertThat(file.cells.get("Users.get")).containsOnlyKeys(PrincipalKind.OWNER);
    }

    @Test
    void aMethodWithoutRowsAndRowsOfAMethodThatIsGoneAreNamed() {
        assertThat(file.coverage(Set.of("Users.get", "Users.added"))).containsExactly(
                "Users.added: no row in authz-fixtures/operations-broken.csv",
                "Users.added: no rows in authz-fixtures/matrix-broken.csv",
                "Users.get: no rows in authz-fixtures/matrix-broken.csv for [STRANGER, DELEGATE, DELEGATE_OUT_OF_SCOPE, "
                        + "DELEGATE_PENDING, DELEGATE_EXPIRED, DELEGATE_REVOKED, INTERMEDIARY, INTERMEDIARY_UNMANDATED, "
                        + "FRONT_OFFICE, BACK_OFFICE, SUPERVISOR, OTHER_OFFICE, SERVICE, SERVICE_UNGRANTED]",
                "Users.gone: rows in authz-fixtures/matrix-broken.csv for a method that does not exist");
    }

    @Test
    void coresFilesHaveNoProblems() {
        MatrixFile core = new MatrixFile();
        assertThat(core.problems).isEmpty();
        assertThat(core.coverage(UseCaseMethods.all().keySet())).isEmpty();
        assertThat(core.cells.values()).allSatisfy(row -> assertThat(row).hasSize(PrincipalKind.values().length));
    }
}
