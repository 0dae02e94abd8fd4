package dev.sportello.adapters.mail;

import javax.net.SocketFactory;
import javax.net.ssl.SSLSocketFactory;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The overall deadline of one send. The connect, read and write timeouts bound each socket operation, but a
 * server that trickles its replies (each byte within the read timeout) could hold a send, and the
 * dispatcher's thread, for as long as it likes. So every send is watched: when its deadline passes, a shared
 * daemon thread closes the send's sockets, and the blocked read or write on the sending thread fails at once.
 *
 * <p>{@code Transport.close()} cannot do it: Angus synchronises it with {@code sendMessage}. The sockets are
 * known instead through the socket factories that {@link #install(Properties)} puts in the session's
 * properties; a socket is tied to the send running on the thread that creates it. The plain factory makes
 * the TCP socket of a plain or STARTTLS connection (and of SMTPS without own trust material); the TLS
 * factory, wrapping the host's, sees the TCP socket it layers TLS on (STARTTLS, and SMTPS with own trust
 * material, whose TCP socket Angus makes itself). A socket that appears after the deadline is closed at once.
 *
 * <p>Thread-safe: one instance serves every send of a channel; each {@link Watch} belongs to one send.
 */
final class SendDeadline {
    private static final String PROPERTY_PLAIN = "mail.smtp.socketFactory";
    private static final String PROPERTY_TLS = "mail.smtp.ssl.socketFactory";

    /** The shared watchdog: one daemon thread for every channel; cancelled watches leave its queue. */
    private static final class Watchdog {
        static final ScheduledThreadPoolExecutor EXECUTOR = create();

        private static ScheduledThreadPoolExecutor create() {
            ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, r -> {
                Thread t = new Thread(r, "sportello-smtp-deadline");
                t.setDaemon(true);
                return t;
            });
            executor.setRemoveOnCancelPolicy(true);
            return executor;
        }
    }

    private final Duration deadline;
    private final ThreadLocal<Watch> current = new ThreadLocal<>();

    SendDeadline(Duration deadline) {
        this.deadline = deadline;
    }

    /**
     * Puts the watching socket factories in a session's properties (wrapping a TLS factory already there).
     * Without {@code socketFactory.fallback=false}, Angus would answer any failure of a connection made
     * through a factory (refused, TLS handshake) by connecting again without it: twice the attempts, and an
     * unwatched socket.
     */
    void install(Properties properties) {
        properties.put(PROPERTY_PLAIN, new PlainFactory());
        properties.put(PROPERTY_PLAIN + ".fallback", "false");
        Object tls = properties.get(PROPERTY_TLS);
        if (tls instanceof SSLSocketFactory given) {
            properties.put(PROPERTY_TLS, new TlsFactory(given));
        }
    }

    /**
     * Starts watching the send on this thread; close the watch when the send is over.
     *
     * @return the watch, never null
     */
    Watch start() {
        Watch watch = new Watch();
        current.set(watch);
        watch.timer = Watchdog.EXECUTOR.schedule(watch::expire, deadline.toNanos(), TimeUnit.NANOSECONDS);
        return watch;
    }

    private Socket register(Socket socket) {
        Watch watch = current.get();
        if (watch != null && socket != null) {
            watch.add(socket);
        }
        return socket;
    }

    /** One send's deadline: its sockets, and whether the deadline passed. Thread-safe. */
    final class Watch implements AutoCloseable {
        private final List<Socket> sockets = new ArrayList<>();
        private boolean expired;
        private volatile ScheduledFuture<?> timer;

        /** @return whether the deadline passed (and the send's sockets were closed) */
        synchronized boolean expired() {
            return expired;
        }

        private synchronized void add(Socket socket) {
            sockets.add(socket);
            if (expired) {
                closeQuietly(socket);
            }
        }

        private synchronized void expire() {
            expired = true;
            sockets.forEach(Watch::closeQuietly);
        }

        private static void closeQuietly(Socket socket) {
            try {
                socket.close();
            } catch (IOException | RuntimeException e) {
                // closing is all the watchdog can do
            }
        }

        /** Stops watching: the send is over. */
        @Override
        public void close() {
            ScheduledFuture<?> t = timer;
            if (t != null) {
                t.cancel(false);
            }
            current.remove();
            synchronized (this) {
                sockets.clear();
            }
        }
    }

    /** Unconnected TCP sockets (Angus connects them with the connect timeout), tied to the current send. */
    private final class PlainFactory extends SocketFactory {
        @Override
        public Socket createSocket() {
            return register(new Socket());
        }

        @Override
        public Socket createSocket(String host, int port) throws IOException {
            return register(SocketFactory.getDefault().createSocket(host, port));
        }

        @Override
        public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
            return register(SocketFactory.getDefault().createSocket(host, port, localHost, localPort));
        }

        @Override
        public Socket createSocket(InetAddress host, int port) throws IOException {
            return register(SocketFactory.getDefault().createSocket(host, port));
        }

        @Override
        public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
                throws IOException {
            return register(SocketFactory.getDefault().createSocket(address, port, localAddress, localPort));
        }
    }

    /** The host's TLS factory, tying the sockets it makes and the sockets it layers TLS on to the current send. */
    private final class TlsFactory extends SSLSocketFactory {
        private final SSLSocketFactory delegate;

        TlsFactory(SSLSocketFactory delegate) {
            this.delegate = delegate;
        }

        @Override
        public String[] getDefaultCipherSuites() {
            return delegate.getDefaultCipherSuites();
        }

        @Override
        public String[] getSupportedCipherSuites() {
            return delegate.getSupportedCipherSuites();
        }

        /* Layering: the TCP socket below is watched, not the TLS socket (closing it would send close_notify). */
        @Override
        public Socket createSocket(Socket socket, String host, int port, boolean autoClose) throws IOException {
            return delegate.createSocket(register(socket), host, port, autoClose);
        }

        @Override
        public Socket createSocket(Socket socket, InputStream consumed, boolean autoClose) throws IOException {
            return delegate.createSocket(register(socket), consumed, autoClose);
        }

        @Override
        public Socket createSocket() throws IOException {
            return register(delegate.createSocket());
        }

        @Override
        public Socket createSocket(String host, int port) throws IOException {
            return register(delegate.createSocket(host, port));
        }

        @Override
        public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
            return register(delegate.createSocket(host, port, localHost, localPort));
        }

        @Override
        public Socket createSocket(InetAddress host, int port) throws IOException {
            return register(delegate.createSocket(host, port));
        }

        @Override
        public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
                throws IOException {
            return register(delegate.createSocket(address, port, localAddress, localPort));
        }
    }
}
