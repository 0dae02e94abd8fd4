package dev.sportello.requests;

import dev.sportello.Arguments;
import dev.sportello.offices.OfficeCode;

import java.time.Duration;
import java.util.Map;

/**
 * What supervisors monitor on an office's requests (R-REQ-6).
 *
 * <p>Immutable and thread-safe.
 *
 * @param office        the office, not null
 * @param byStatus      how many requests in each state, not null
 * @param awaitingUser  how many wait for the user's answer
 * @param openAgeMedian median age of the requests not closed, or {@link Duration#ZERO}
 * @param openAgeP90    90th percentile of the same ages
 * @param openAgeMax    the oldest of them
 * @param outcomes      closed requests per outcome code, not null
 */
public record OfficeFigures(OfficeCode office, Map<RequestStatus, Long> byStatus, long awaitingUser,
                            Duration openAgeMedian, Duration openAgeP90, Duration openAgeMax,
                            Map<String, Long> outcomes) {
    /** Checks and copies the components. */
    public OfficeFigures {
        Arguments.required(office, "OfficeFigures", "office");
        byStatus = Arguments.map(byStatus, "OfficeFigures", "byStatus");
        Arguments.required(openAgeMedian, "OfficeFigures", "openAgeMedian");
        Arguments.required(openAgeP90, "OfficeFigures", "openAgeP90");
        Arguments.required(openAgeMax, "OfficeFigures", "openAgeMax");
        outcomes = Arguments.map(outcomes, "OfficeFigures", "outcomes");
    }
}
