package dev.sportello.adapters.kafka;

import dev.sportello.spi.DeliveryResult;
import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.ClusterAuthorizationException;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.NetworkException;
import org.apache.kafka.common.errors.NotLeaderOrFollowerException;
import org.apache.kafka.common.errors.OutOfOrderSequenceException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Permanent errors are refused; timeouts, retriable, configuration (ACL, topic) and unknown errors fail for now. Reasons hold no message. */
class SendFailuresTest {
    @Test
    void permanent_errors_are_refused() {
        for (Throwable t : List.of(new RecordTooLargeException("secret-topic"), new RecordBatchTooLargeException("m"),
                new InvalidRecordException("m"), new SerializationException("m"))) {
            assertThat(SendFailures.classify(t)).as(t.getClass().getSimpleName())
                    .isInstanceOfSatisfying(DeliveryResult.Refused.class, r -> {
                        assertThat(r.reason()).contains(t.getClass().getSimpleName()).doesNotContain("secret-topic");
                    });
        }
    }

    @Test
    void everything_else_fails_for_now() {
        for (Throwable t : List.of(new TimeoutException("m"), new NetworkException("m"), new NotLeaderOrFollowerException("m"),
                new UnknownTopicOrPartitionException("m"), new SaslAuthenticationException("m"),
                new OutOfOrderSequenceException("m"), new KafkaException("m"), new IllegalStateException("m"),
                new InvalidTopicException("m"), new TopicAuthorizationException("m"), new ClusterAuthorizationException("m"))) {
            assertThat(SendFailures.classify(t)).as(t.getClass().getSimpleName()).isInstanceOf(DeliveryResult.Failed.class);
        }
        assertThat(SendFailures.classify(null)).isInstanceOf(DeliveryResult.Failed.class);
    }
}
