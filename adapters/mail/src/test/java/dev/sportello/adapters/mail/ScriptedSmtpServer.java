package dev.sportello.adapters.mail;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small SMTP server on loopback (port chosen by the OS) that answers as the test tells it, including
 * the ways a real server misbehaves: refusing a recipient, deferring, dropping the connection in the
 * middle of DATA, never greeting, trickling its replies a byte every {@value #TRICKLE_MILLIS} ms (scheduled
 * writes). With an {@link SSLContext} it offers STARTTLS, or speaks TLS from the start (SMTPS).
 *
 * <p>Thread-safe: each connection is served on its own thread.
 */
final class ScriptedSmtpServer implements AutoCloseable {
    /** How the server answers the connections that follow. */
    enum Script {
        ACCEPT, REFUSE_SENDER, UNKNOWN_SENDER, DEFER_SENDER, REQUIRE_AUTH, REFUSE_RECIPIENT, DENY_RELAY, DEFER_RECIPIENT,
        DEFER_DATA, REFUSE_DATA, REFUSE_DATA_BY_POLICY, DROP_IN_DATA, NO_GREETING,
        /** Every reply a byte at a time, each within any read timeout over {@value #TRICKLE_MILLIS} ms. */
        TRICKLE,
        /** As {@link #TRICKLE}, once the connection is over TLS (after STARTTLS, or from the start with SMTPS). */
        TRICKLE_OVER_TLS
    }

    /** How long a trickling server waits before each byte. */
    static final long TRICKLE_MILLIS = 200;

    /** A message the server took: its raw bytes (dot-unstuffed) and whether it came over TLS. */
    record Received(String raw, boolean overTls, List<String> commands) {
        String messageId() {
            Matcher m = Pattern.compile("(?im)^Message-ID:\\s*(<[^>]*>)").matcher(raw);
            return m.find() ? m.group(1) : null;
        }
    }

    private static final Pattern RCPT_ADDRESS = Pattern.compile("(?i)^RCPT TO:\\s*<([^>]*)>");

    private final ServerSocket server;
    private final SSLContext tls;
    private final boolean implicitTls;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "scripted-smtp");
        t.setDaemon(true);
        return t;
    });
    private final ScheduledExecutorService ticks = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "scripted-smtp-trickle");
        t.setDaemon(true);
        return t;
    });
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final List<String> commands = new CopyOnWriteArrayList<>();
    private volatile Script script = Script.ACCEPT;

    ScriptedSmtpServer() throws IOException {
        this(null);
    }

    ScriptedSmtpServer(SSLContext tls) throws IOException {
        this(tls, false);
    }

    /** With {@code implicitTls}, TLS from the first byte (SMTPS) instead of STARTTLS. */
    ScriptedSmtpServer(SSLContext tls, boolean implicitTls) throws IOException {
        this.tls = tls;
        this.implicitTls = implicitTls;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        threads.execute(this::acceptLoop);
    }

    int port() {
        return server.getLocalPort();
    }

    void script(Script script) {
        this.script = script;
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    /** Every command line any client sent, in order (for checking what was said in clear). */
    List<String> commands() {
        return List.copyOf(commands);
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                open.add(socket);
                Script current = script;
                threads.execute(() -> serve(socket, current));
            } catch (IOException e) {
                return;   // closed
            }
        }
    }

    private void serve(Socket socket, Script current) {
        try (socket) {
            if (current == Script.NO_GREETING) {
                socket.getInputStream().read();   // until the client gives up and closes, or the server closes
                return;
            }
            new Session(socket, current).run();
        } catch (IOException e) {
            // the client went away: nothing to do
        } finally {
            open.remove(socket);
        }
    }

    /** One SMTP conversation. */
    private final class Session {
        private final Script current;
        private Socket socket;
        private InputStream in;
        private OutputStream out;
        private boolean overTls;
        private final List<String> said = new ArrayList<>();

        Session(Socket socket, Script current) throws IOException {
            this.socket = socket;
            this.current = current;
            this.in = new BufferedInputStream(socket.getInputStream());
            this.out = socket.getOutputStream();
        }

        void run() throws IOException {
            if (implicitTls) {
                upgrade();
            }
            reply("220 scripted.test ESMTP ready");
            String line;
            while ((line = readLine()) != null) {
                commands.add(line);
                said.add(line);
                String verb = line.length() < 4 ? line.toUpperCase(Locale.ROOT) : line.substring(0, 4).toUpperCase(Locale.ROOT);
                switch (verb) {
                    case "EHLO" -> reply(tls != null && !overTls
                            ? "250-scripted.test\r\n250-8BITMIME\r\n250-STARTTLS\r\n250 SIZE 10485760"
                            : "250-scripted.test\r\n250-8BITMIME\r\n250 SIZE 10485760");
                    case "HELO" -> reply("250 scripted.test");
                    case "STAR" -> startTls();
                    case "MAIL" -> reply(switch (current) {
                        case REFUSE_SENDER -> "553 5.7.1 <sender>: Sender address rejected: not owned by user";
                        case UNKNOWN_SENDER -> "550 5.1.8 <sender>: Sender address rejected: Domain not found";
                        case DEFER_SENDER -> "421 4.7.0 Too many connections, try again later";
                        case REQUIRE_AUTH -> "530 5.7.0 Authentication required";
                        default -> "250 2.1.0 Ok";
                    });
                    case "RCPT" -> rcpt(line);
                    case "DATA" -> {
                        if (!data()) {
                            return;
                        }
                    }
                    case "RSET", "NOOP" -> reply("250 2.0.0 Ok");
                    case "QUIT" -> {
                        reply("221 2.0.0 Bye");
                        return;
                    }
                    default -> reply("502 5.5.2 Command not recognised");
                }
            }
        }

        private void startTls() throws IOException {
            if (tls == null || overTls) {
                reply("502 5.5.1 STARTTLS not offered");
                return;
            }
            reply("220 2.0.0 Ready to start TLS");
            upgrade();
        }

        private void upgrade() throws IOException {
            SSLSocket ssl = (SSLSocket) tls.getSocketFactory().createSocket(socket, null, socket.getPort(), true);
            ssl.setUseClientMode(false);
            ssl.startHandshake();
            socket = ssl;
            in = new BufferedInputStream(ssl.getInputStream());
            out = ssl.getOutputStream();
            overTls = true;
        }

        private void rcpt(String line) throws IOException {
            Matcher m = RCPT_ADDRESS.matcher(line);
            String address = m.find() ? m.group(1) : "?";
            switch (current) {
                case REFUSE_RECIPIENT -> reply("550 5.1.1 <" + address + ">: Recipient address rejected: User unknown");
                case DENY_RELAY -> reply("554 5.7.1 <" + address + ">: Relay access denied");
                case DEFER_RECIPIENT -> reply("450 4.2.1 <" + address + ">: Mailbox busy, try again later");
                default -> reply("250 2.1.5 Ok");
            }
        }

        /** Reads the message; false when the script drops the connection. */
        private boolean data() throws IOException {
            reply("354 End data with <CR><LF>.<CR><LF>");
            ByteArrayOutputStream message = new ByteArrayOutputStream();
            int lines = 0;
            String line;
            while ((line = readLine()) != null && !line.equals(".")) {
                if (current == Script.DROP_IN_DATA && ++lines == 5) {
                    socket.close();
                    return false;
                }
                String unstuffed = line.startsWith(".") ? line.substring(1) : line;
                message.write(unstuffed.getBytes(StandardCharsets.ISO_8859_1));
                message.write('\r');
                message.write('\n');
            }
            if (line == null) {
                return false;
            }
            switch (current) {
                case DEFER_DATA -> reply("451 4.3.0 Temporary local problem, try again later");
                case REFUSE_DATA -> reply("552 5.3.4 Message size exceeds fixed limit");
                case REFUSE_DATA_BY_POLICY -> reply("554 5.7.1 Message rejected as spam");
                default -> {
                    received.add(new Received(message.toString(StandardCharsets.ISO_8859_1), overTls, List.copyOf(said)));
                    reply("250 2.0.0 Ok: queued as SCRIPTED" + received.size());
                }
            }
            return true;
        }

        private void reply(String text) throws IOException {
            byte[] bytes = (text + "\r\n").getBytes(StandardCharsets.US_ASCII);
            if (current == Script.TRICKLE || current == Script.TRICKLE_OVER_TLS && overTls) {
                trickle(bytes);
                return;
            }
            out.write(bytes);
            out.flush();
        }

        /** Writes a byte every {@value #TRICKLE_MILLIS} ms on the tick thread; returns when all are out. */
        private void trickle(byte[] bytes) throws IOException {
            OutputStream o = out;
            AtomicInteger next = new AtomicInteger();
            CompletableFuture<Void> done = new CompletableFuture<>();
            ScheduledFuture<?> tick = ticks.scheduleAtFixedRate(() -> {
                int i = next.getAndIncrement();
                if (i >= bytes.length) {
                    return;
                }
                try {
                    o.write(bytes[i]);
                    o.flush();
                    if (i == bytes.length - 1) {
                        done.complete(null);
                    }
                } catch (IOException e) {
                    done.completeExceptionally(e);
                }
            }, TRICKLE_MILLIS, TRICKLE_MILLIS, TimeUnit.MILLISECONDS);
            try {
                done.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("server closing");
            } catch (ExecutionException e) {
                throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
            } finally {
                tick.cancel(false);
            }
        }

        /** A line without its CRLF, bytes kept as ISO-8859-1 chars; null at the end of the stream. */
        private String readLine() throws IOException {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            int b;
            while ((b = in.read()) != -1) {
                if (b == '\n') {
                    byte[] bytes = line.toByteArray();
                    int n = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                    return new String(bytes, 0, n, StandardCharsets.ISO_8859_1);
                }
                line.write(b);
            }
            return null;
        }
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            // closing anyway
        }
        for (Socket socket : open) {
            try {
                socket.close();
            } catch (IOException e) {
                // closing anyway
            }
        }
        threads.shutdownNow();
        ticks.shutdownNow();
    }
}
