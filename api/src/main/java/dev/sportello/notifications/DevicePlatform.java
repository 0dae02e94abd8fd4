package dev.sportello.notifications;

/**
 * The push platform of an app installation, which decides how its token is addressed.
 *
 * <p>Thread-safe (an enum).
 */
public enum DevicePlatform {
    /** An Android app, addressed through Firebase Cloud Messaging. */
    ANDROID,
    /** An iOS app, addressed through the Apple Push Notification service (directly or through FCM). */
    IOS,
    /** A browser subscription (Web Push). */
    WEB
}
