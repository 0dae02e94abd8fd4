package dev.sportello.adapters.kafka;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A "broker" on loopback that misbehaves on purpose, which a real broker cannot: {@link Behaviour#SILENT}
 * accepts connections and never answers; {@link Behaviour#DROP} reads the first bytes of the client's first
 * request and drops the connection. Thread-safe.
 */
final class ScriptedServer implements AutoCloseable {
    enum Behaviour { SILENT, DROP }

    private final ServerSocket server;
    private final Behaviour behaviour;
    private final List<Socket> held = new CopyOnWriteArrayList<>();
    private final AtomicInteger connections = new AtomicInteger();
    private final Thread acceptor;

    ScriptedServer(Behaviour behaviour) throws IOException {
        this.behaviour = behaviour;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.acceptor = new Thread(this::acceptLoop, "scripted-kafka-" + behaviour);
        acceptor.setDaemon(true);
        acceptor.start();
    }

    String address() {
        return "127.0.0.1:" + server.getLocalPort();
    }

    int connections() {
        return connections.get();
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                connections.incrementAndGet();
                if (behaviour == Behaviour.SILENT) {
                    held.add(socket);
                } else {
                    try (socket) {
                        socket.setSoTimeout(2000);
                        InputStream in = socket.getInputStream();
                        in.readNBytes(4);
                    }
                }
            } catch (IOException e) {
                // closed, or the client went away first
            }
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        for (Socket s : held) {
            s.close();
        }
    }
}
