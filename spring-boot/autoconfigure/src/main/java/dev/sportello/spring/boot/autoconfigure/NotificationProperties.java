package dev.sportello.spring.boot.autoconfigure;

import java.time.Period;
import java.time.ZoneId;

/**
 * {@code sportello.notifications.*}: SMS limits, quiet hours and notices. Defaults as {@code NotificationSettings.defaults()}.
 *
 * <p>Not thread-safe: Spring binds it once at start-up.
 */
public class NotificationProperties {
    /** The most parts an SMS may have (1 to 10). */
    private int maxSmsSegments = 3;
    /** Start of the quiet hours (HH:mm) in the zone of the user's office: SMS that are not urgent wait until their end. */
    private String quietHoursStart = "21:00";
    /** End of the quiet hours (HH:mm). */
    private String quietHoursEnd = "08:00";
    /** How long a proactive notice stays valid (1 day to 5 years). */
    private Period proactiveValidity = Period.ofMonths(6);
    /** Engagement counts below this are suppressed (1 to 1000). */
    private int engagementThreshold = 3;
    /** The zone of the quiet hours when no office is known. */
    private ZoneId defaultZone = ZoneId.of("Europe/Rome");

    /** {@return the most parts an SMS may have} */
    public int getMaxSmsSegments() {
        return maxSmsSegments;
    }

    /** @param maxSmsSegments the most parts an SMS may have */
    public void setMaxSmsSegments(int maxSmsSegments) {
        this.maxSmsSegments = maxSmsSegments;
    }

    /** {@return start of the quiet hours; null only if bound so} */
    public String getQuietHoursStart() {
        return quietHoursStart;
    }

    /** @param quietHoursStart start of the quiet hours; null to unset */
    public void setQuietHoursStart(String quietHoursStart) {
        this.quietHoursStart = quietHoursStart;
    }

    /** {@return end of the quiet hours; null only if bound so} */
    public String getQuietHoursEnd() {
        return quietHoursEnd;
    }

    /** @param quietHoursEnd end of the quiet hours; null to unset */
    public void setQuietHoursEnd(String quietHoursEnd) {
        this.quietHoursEnd = quietHoursEnd;
    }

    /** {@return how long a proactive notice stays valid; null only if bound so} */
    public Period getProactiveValidity() {
        return proactiveValidity;
    }

    /** @param proactiveValidity how long a proactive notice stays valid; null to unset */
    public void setProactiveValidity(Period proactiveValidity) {
        this.proactiveValidity = proactiveValidity;
    }

    /** {@return engagement counts below this are suppressed} */
    public int getEngagementThreshold() {
        return engagementThreshold;
    }

    /** @param engagementThreshold engagement counts below this are suppressed */
    public void setEngagementThreshold(int engagementThreshold) {
        this.engagementThreshold = engagementThreshold;
    }

    /** {@return the zone of the quiet hours when no office is known; null only if bound so} */
    public ZoneId getDefaultZone() {
        return defaultZone;
    }

    /** @param defaultZone the zone of the quiet hours when no office is known; null to unset */
    public void setDefaultZone(ZoneId defaultZone) {
        this.defaultZone = defaultZone;
    }
}
