package dev.sportello.adapters.jackson;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.sportello.appointments.AppointmentState;
import dev.sportello.appointments.ContactDetails;
import dev.sportello.dossiers.PaymentMethod;
import dev.sportello.dossiers.ReportResult;
import dev.sportello.feedback.FeedbackTarget;
import dev.sportello.notifications.EngagementCount;
import dev.sportello.requests.RequestState;
import dev.sportello.spi.DeliveryResult;
import dev.sportello.users.RegisterCitizen;
import dev.sportello.users.RegisterCompany;
import dev.sportello.users.RegisterIntermediary;
import dev.sportello.users.Registration;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.jsontype.TypeSerializer;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The sealed api types written as JSON objects with a {@code "type"} property, and the stable type id of
 * each permitted subtype. Ids are chosen here, kebab-case, never class names: renaming a Java type does
 * not change the JSON. The sealed types whose members are value types with a text form ({@code PartyId},
 * {@code FiscalCode}) are in {@link TextValues} instead.
 */
final class SealedTypes {
    /** The property that carries the type id. */
    static final String TYPE_PROPERTY = "type";

    /** Sealed type → (permitted subtype → type id), in documentation order. */
    static final Map<Class<?>, Map<Class<?>, String>> IDS = build();

    private SealedTypes() {
    }

    private static Map<Class<?>, Map<Class<?>, String>> build() {
        Map<Class<?>, Map<Class<?>, String>> ids = new LinkedHashMap<>();
        ids.put(AppointmentState.class, ordered(
                AppointmentState.Booked.class, "booked",
                AppointmentState.Waiting.class, "waiting",
                AppointmentState.InProgress.class, "in-progress",
                AppointmentState.Completed.class, "completed",
                AppointmentState.Cancelled.class, "cancelled",
                AppointmentState.NoShow.class, "no-show"));
        ids.put(ContactDetails.class, ordered(
                ContactDetails.InPerson.class, "in-person",
                ContactDetails.PhoneCallback.class, "phone-callback",
                ContactDetails.VideoCall.class, "video-call"));
        ids.put(EngagementCount.class, ordered(
                EngagementCount.Exact.class, "exact",
                EngagementCount.Suppressed.class, "suppressed"));
        ids.put(PaymentMethod.class, ordered(
                PaymentMethod.Account.class, "account",
                PaymentMethod.PostOfficeCash.class, "post-office-cash",
                PaymentMethod.Counter.class, "counter"));
        ids.put(ReportResult.class, ordered(
                ReportResult.Applied.class, "applied",
                ReportResult.Unchanged.class, "unchanged",
                ReportResult.Rejected.class, "rejected"));
        ids.put(FeedbackTarget.class, ordered(
                FeedbackTarget.WholeService.class, "whole-service",
                FeedbackTarget.ClosedRequest.class, "closed-request",
                FeedbackTarget.CompletedAppointment.class, "completed-appointment"));
        ids.put(RequestState.class, ordered(
                RequestState.Open.class, "open",
                RequestState.InCharge.class, "in-charge",
                RequestState.Closed.class, "closed"));
        ids.put(DeliveryResult.class, ordered(
                DeliveryResult.Accepted.class, "accepted",
                DeliveryResult.Refused.class, "refused",
                DeliveryResult.Failed.class, "failed"));
        ids.put(Registration.class, ordered(
                RegisterCitizen.class, "citizen",
                RegisterCompany.class, "company",
                RegisterIntermediary.class, "intermediary"));
        return java.util.Collections.unmodifiableMap(ids);
    }

    private static Map<Class<?>, String> ordered(Object... pairs) {
        Map<Class<?>, String> out = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            out.put((Class<?>) pairs[i], (String) pairs[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(out);
    }

    /** The sealed type that permits a subtype listed above, or null. */
    static Class<?> baseOf(Class<?> subtype) {
        for (Map.Entry<Class<?>, Map<Class<?>, String>> entry : IDS.entrySet()) {
            if (entry.getValue().containsKey(subtype)) {
                return entry.getKey();
            }
        }
        return null;
    }

    /**
     * Writes a member of a sealed type with its type id even where the declared type does not ask for one
     * (an element of a {@code Page<T>} or a {@code List<Object>}, whose declared type is erased), so that
     * the JSON can always be read back. Immutable and thread-safe.
     */
    static final class AlwaysTyped extends ValueSerializer<Object> {
        private final ValueSerializer<Object> delegate;
        private final Class<?> base;

        @SuppressWarnings("unchecked")
        AlwaysTyped(ValueSerializer<?> delegate, Class<?> base) {
            this.delegate = (ValueSerializer<Object>) delegate;
            this.base = base;
        }

        @Override
        public void serialize(Object value, JsonGenerator gen, SerializationContext ctxt) {
            TypeSerializer typeSerializer = ctxt.findTypeSerializer(ctxt.constructType(base));
            delegate.serializeWithType(value, gen, ctxt, typeSerializer);
        }

        @Override
        public void serializeWithType(Object value, JsonGenerator gen, SerializationContext ctxt,
                                      TypeSerializer typeSerializer) {
            delegate.serializeWithType(value, gen, ctxt, typeSerializer);
        }

        @Override
        public void resolve(SerializationContext ctxt) {
            delegate.resolve(ctxt);
        }

        @Override
        public ValueSerializer<?> createContextual(SerializationContext ctxt, BeanProperty property) {
            ValueSerializer<?> contextual = delegate.createContextual(ctxt, property);
            return contextual == delegate ? this : new AlwaysTyped(contextual, base);
        }

        @Override
        public Class<?> handledType() {
            return delegate.handledType();
        }

        @Override
        public boolean isEmpty(SerializationContext ctxt, Object value) {
            return delegate.isEmpty(ctxt, value);
        }

        @Override
        public ValueSerializer<?> getDelegatee() {
            return delegate;
        }
    }

    /** Mix-in for every sealed type above: a type id by name, in the {@code "type"} property. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = TYPE_PROPERTY)
    interface Mixin {
    }
}
