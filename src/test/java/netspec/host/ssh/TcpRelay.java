package netspec.host.ssh;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A TCP relay in front of sshd, so that a test can break the connection the way a network or a crash would. */
final class TcpRelay implements AutoCloseable {

    private final ServerSocket server;
    private final int upstreamPort;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private volatile boolean frozen;

    TcpRelay(int upstreamPort) throws IOException {
        this.upstreamPort = upstreamPort;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        daemon("relay accept", this::acceptAll);
    }

    int port() {
        return server.getLocalPort();
    }

    /** Closes both sides at once, like a peer that crashed: each end sees its connection end. */
    void cut() {
        sockets.forEach(TcpRelay::closeQuietly);
    }

    /** Stops passing bytes but keeps both sockets open, like a network that went silent: nobody sees an end. */
    void freeze() {
        frozen = true;
    }

    @Override
    public void close() {
        closeQuietly(server);
        cut();
    }

    private void acceptAll() {
        try {
            while (!server.isClosed()) {
                Socket client = server.accept();
                Socket upstream = new Socket(InetAddress.getLoopbackAddress(), upstreamPort);
                sockets.add(client);
                sockets.add(upstream);
                daemon("relay up", () -> pump(client, upstream));
                daemon("relay down", () -> pump(upstream, client));
            }
        } catch (IOException closed) {
            // the relay was closed
        }
    }

    private void pump(Socket from, Socket to) {
        byte[] buffer = new byte[16384];
        try {
            // the streams are not closed here: closing one closes its socket, which a frozen relay must not do
            InputStream in = from.getInputStream();
            OutputStream out = to.getOutputStream();
            for (int n; (n = in.read(buffer)) >= 0; ) {
                while (frozen && !from.isClosed()) {
                    Thread.sleep(50);
                }
                out.write(buffer, 0, n);
                out.flush();
            }
        } catch (IOException | InterruptedException ended) {
            // one side is gone
        } finally {
            if (!frozen) {
                closeQuietly(from);
                closeQuietly(to);
            }
        }
    }

    private static void daemon(String name, Runnable body) {
        Thread thread = new Thread(body, name);
        thread.setDaemon(true);
        thread.start();
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception ignored) {
            // already closed
        }
    }
}
