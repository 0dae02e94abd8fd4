package dev.sportello.adapters.jackson;

import dev.sportello.OperatorId;
import dev.sportello.PartyId;
import dev.sportello.ServiceId;
import dev.sportello.TopicCode;
import dev.sportello.UserId;
import dev.sportello.dossiers.DocumentId;
import dev.sportello.dossiers.DossierId;
import dev.sportello.dossiers.DossierKindCode;
import dev.sportello.notifications.MessageKind;
import dev.sportello.offices.OfficeCode;
import dev.sportello.offices.TimeRange;
import dev.sportello.requests.ProtocolNumber;
import dev.sportello.spi.SpiVersion;
import dev.sportello.users.CompanyRegistrationNumber;
import dev.sportello.users.CompanyTaxCode;
import dev.sportello.users.EmailAddress;
import dev.sportello.users.FiscalCode;
import dev.sportello.users.MunicipalityCode;
import dev.sportello.users.PhoneNumber;
import dev.sportello.users.TaxCode;

import java.util.List;

/**
 * The api value types written as JSON strings, each read back through the api's own factory. Ids are
 * their UUID text, codes their code, {@link PartyId} its {@code user:}/{@code operator:}/{@code service:}
 * form ({@link PartyId#asText()}), {@link FiscalCode} its code (told apart by its length, as
 * {@link FiscalCode#parse} does).
 */
final class TextValues {
    /** {@link PartyId} in its {@code user:}/{@code operator:}/{@code service:} form. */
    static final TextValue<PartyId> PARTY = TextValue.of(PartyId.class, PartyId::asText, PartyId::parse);

    /**
     * The value types with a text form of their own. The UUID ids ({@code RequestId}, {@code MessageId},
     * …) are found by shape instead, see {@link #uuidId(Class)}.
     */
    static final List<TextValue<?>> ALL = List.of(
            TextValue.of(UserId.class, id -> id.value().toString(), UserId::of),
            TextValue.of(OperatorId.class, id -> id.value().toString(), OperatorId::of),
            TextValue.of(ServiceId.class, ServiceId::name, ServiceId::new),
            PARTY,
            TextValue.of(TopicCode.class, TopicCode::code, TopicCode::of),
            TextValue.of(DossierId.class, DossierId::value, DossierId::of),
            TextValue.of(DocumentId.class, DocumentId::value, DocumentId::of),
            TextValue.of(DossierKindCode.class, DossierKindCode::code, DossierKindCode::of),
            TextValue.of(MessageKind.class, MessageKind::code, MessageKind::new),
            TextValue.of(OfficeCode.class, OfficeCode::value, OfficeCode::new),
            TextValue.of(ProtocolNumber.class, ProtocolNumber::value, ProtocolNumber::new),
            TextValue.of(CompanyRegistrationNumber.class, CompanyRegistrationNumber::value,
                    CompanyRegistrationNumber::new),
            TextValue.of(MunicipalityCode.class, MunicipalityCode::value, MunicipalityCode::new),
            TextValue.of(EmailAddress.class, EmailAddress::value, EmailAddress::new),
            TextValue.of(PhoneNumber.class, PhoneNumber::e164, PhoneNumber::new),
            new TextValue<>(TaxCode.class, TaxCode::value, TaxCode::parse),
            new TextValue<>(CompanyTaxCode.class, CompanyTaxCode::value, CompanyTaxCode::parse),
            new TextValue<>(FiscalCode.class, FiscalCode::value, FiscalCode::parse),
            TextValue.of(SpiVersion.class, SpiVersion::toString, SpiVersion::parse),
            TextValue.of(TimeRange.class, TimeRange::toString, TimeRange::parse));

    private static final ClassValue<TextValue<?>> UUID_IDS = new ClassValue<>() {
        @Override
        protected TextValue<?> computeValue(Class<?> type) {
            return findUuidId(type);
        }
    };

    private TextValues() {
    }

    /**
     * The text form of an api id: a record in a {@code dev.sportello} package with one {@code UUID value}
     * component and a public static {@code of(String)} (which checks the text and names the kind of id in
     * its {@code ID_INVALID} error); written as the canonical UUID text.
     *
     * @return the text form, or null when the type is not such an id
     */
    static TextValue<?> uuidId(Class<?> type) {
        return UUID_IDS.get(type);
    }

    /** Whether values of the type are written as a JSON string. */
    static boolean isText(Class<?> type) {
        return uuidId(type) != null || ALL.stream().anyMatch(v -> v.type() == type);
    }

    private static TextValue<?> findUuidId(Class<?> type) {
        if (!type.isRecord() || !type.getName().startsWith("dev.sportello.")
                || type.getRecordComponents().length != 1
                || type.getRecordComponents()[0].getType() != java.util.UUID.class) {
            return null;
        }
        try {
            java.lang.reflect.Method of = type.getMethod("of", String.class);
            java.lang.reflect.Method value = type.getRecordComponents()[0].getAccessor();
            if (!java.lang.reflect.Modifier.isStatic(of.getModifiers()) || of.getReturnType() != type) {
                return null;
            }
            return uuidId(type, of, value);
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    private static <T> TextValue<T> uuidId(Class<T> type, java.lang.reflect.Method of, java.lang.reflect.Method value) {
        return TextValue.of(type, id -> String.valueOf(call(value, id)), text -> type.cast(call(of, null, text)));
    }

    private static Object call(java.lang.reflect.Method method, Object target, Object... args) {
        try {
            return method.invoke(target, args);
        } catch (java.lang.reflect.InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
