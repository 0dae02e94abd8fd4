package dev.sportello.spi;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether a URI's host names this machine, for transports that allow plain {@code http} only to a loopback
 * address (tests, a local relay): {@code localhost}, {@code 127.0.0.0/8} and {@code [::1]}, judged by the
 * name as written — never resolved, so {@code 127.0.0.1.example.it} is not loopback.
 *
 * <p>Thread-safe (stateless).
 */
public final class LoopbackHosts {
    private static final Pattern V4 = Pattern.compile("127(\\.(25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9])){3}");

    private LoopbackHosts() {
    }

    /**
     * Whether a host is a loopback name or address.
     *
     * @param host a URI's host ({@code URI.getHost()}: IPv6 in brackets); may be null
     * @return true for {@code localhost}, {@code 127.x.y.z} and {@code [::1]}
     */
    public static boolean is(String host) {
        if (host == null) {
            return false;
        }
        String h = host.toLowerCase(Locale.ROOT);
        return h.equals("localhost") || h.equals("[::1]") || V4.matcher(h).matches();
    }
}
