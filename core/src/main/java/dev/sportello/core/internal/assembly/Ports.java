package dev.sportello.core.internal.assembly;

import dev.sportello.AssurancePolicy;
import dev.sportello.ServiceGrants;
import dev.sportello.core.AppointmentSettings;
import dev.sportello.core.AttestationSettings;
import dev.sportello.core.DelegationSettings;
import dev.sportello.core.DispatcherSettings;
import dev.sportello.core.DossierSettings;
import dev.sportello.core.FragileUserSettings;
import dev.sportello.core.MedicalSettings;
import dev.sportello.core.NotificationSettings;
import dev.sportello.core.RequestSettings;
import dev.sportello.core.UserSettings;
import dev.sportello.offices.spi.OfficeDirectory;
import dev.sportello.spi.EmailChannel;
import dev.sportello.spi.EventSink;
import dev.sportello.spi.Instrumentation;
import dev.sportello.spi.PostalChannel;
import dev.sportello.spi.PushChannel;
import dev.sportello.spi.SmsChannel;
import dev.sportello.spi.UnitOfWork;

import java.time.Clock;

/**
 * What the integrator gave the builder: the adapters and the settings of every area.
 *
 * @param unitOfWork    the storage
 * @param directory     the office directory
 * @param clock         the clock
 * @param policy        the assurance policy
 * @param services      the operations each service principal may perform
 * @param eventSink     where events go
 * @param sms           the SMS channel
 * @param email         the e-mail channel
 * @param push          the push channel
 * @param users         the users settings
 * @param notifications the notifications settings
 * @param requests      the requests settings
 * @param appointments  the appointments settings
 * @param dispatcher    the dispatcher settings
 * @param instrumentation the host's instrumentation
 * @param dossiers      the dossiers settings
 * @param delegations   the delegation settings
 * @param postal        the postal channel
 * @param fragileUsers  the fragile-users channel settings
 * @param medical       the medical-reports settings
 * @param attestations  the attestation settings
 *
 * <p>Immutable and thread-safe once built.
 */
public record Ports(UnitOfWork unitOfWork, OfficeDirectory directory, Clock clock, AssurancePolicy policy,
                    ServiceGrants services,
                    EventSink eventSink, SmsChannel sms, EmailChannel email, PushChannel push, UserSettings users,
                    NotificationSettings notifications, RequestSettings requests, AppointmentSettings appointments,
                    DispatcherSettings dispatcher, Instrumentation instrumentation,
                    DossierSettings dossiers, DelegationSettings delegations, PostalChannel postal,
                    FragileUserSettings fragileUsers, MedicalSettings medical,
                    AttestationSettings attestations) {
}
