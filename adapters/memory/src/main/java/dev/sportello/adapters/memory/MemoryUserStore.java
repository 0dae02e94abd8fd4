package dev.sportello.adapters.memory;

import dev.sportello.ErrorCode;
import dev.sportello.SportelloException;
import dev.sportello.UserId;
import dev.sportello.users.CompanyRegistrationNumber;
import dev.sportello.users.FiscalCode;
import dev.sportello.users.spi.UserRecord;
import dev.sportello.users.spi.UserStore;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

final class MemoryUserStore implements UserStore {
    private final MemoryData data;
    private final UndoLog undo;

    MemoryUserStore(MemoryData data, UndoLog undo) {
        this.data = data;
        this.undo = undo;
    }

    @Override
    public void insert(UserRecord user) {
        String registration = user.registrationNumber() == null ? null : user.registrationNumber().value();
        if (data.users.containsKey(user.id()) || data.usersByFiscalCode.containsKey(user.fiscalCode().canonical())
                || (registration != null && data.usersByRegistrationNumber.containsKey(registration))) {
            throw conflict(user.id());
        }
        undo.put(data.users, user.id(), user);
        undo.put(data.usersByFiscalCode, user.fiscalCode().canonical(), user.id());
        if (registration != null) {
            undo.put(data.usersByRegistrationNumber, registration, user.id());
        }
    }

    @Override
    public void update(UserRecord user, long expectedVersion) {
        UserRecord current = data.users.get(user.id());
        if (current == null) {
            throw SportelloException.of(ErrorCode.USR_NOT_FOUND, Map.of("userId", user.id().toString()));
        }
        if (current.version() != expectedVersion) {
            throw SportelloException.of(ErrorCode.CONCURRENT_MODIFICATION, Map.of("objectType", "user",
                    "objectId", user.id().toString(), "expectedVersion", Long.toString(expectedVersion)));
        }
        if (!current.fiscalCode().equals(user.fiscalCode())
                || !Objects.equals(current.registrationNumber(), user.registrationNumber())) {
            throw new IllegalArgumentException("fiscal code and registration number cannot change");
        }
        undo.put(data.users, user.id(), user);
    }

    @Override
    public Optional<UserRecord> find(UserId id) {
        return Optional.ofNullable(data.users.get(id));
    }

    @Override
    public Optional<UserRecord> findByFiscalCode(FiscalCode fiscalCode) {
        return Optional.ofNullable(data.usersByFiscalCode.get(fiscalCode.canonical())).map(data.users::get);
    }

    @Override
    public Optional<UserRecord> findByRegistrationNumber(CompanyRegistrationNumber number) {
        return Optional.ofNullable(data.usersByRegistrationNumber.get(number.value())).map(data.users::get);
    }

    private static RuntimeException conflict(UserId id) {
        return SportelloException.of(ErrorCode.CONCURRENT_MODIFICATION,
                Map.of("objectType", "user", "objectId", id.toString(), "expectedVersion", "none"));
    }
}
