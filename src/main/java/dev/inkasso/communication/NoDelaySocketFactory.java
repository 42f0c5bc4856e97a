package dev.inkasso.communication;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import javax.net.SocketFactory;

/**
 * The SMTP client's sockets, without Nagle's algorithm ({@code TCP_NODELAY}). Jakarta Mail writes a letter's body and
 * then the closing {@code CRLF.CRLF} as a second small write before it waits for the server's answer: with Nagle on,
 * that last segment waits for the server to acknowledge the body, and the server delays its ACK (40 ms on Linux)
 * hoping to send it with a reply. Every letter paid those 40 ms; the outbox's threads spent 82 of their 100 s in the
 * wave waiting on them (JFR, bench/RESULTS.md). Named by {@code spring.mail.properties.mail.smtp.socketFactory.class},
 * which Jakarta Mail instantiates through {@link #getDefault()}; STARTTLS layers TLS over these sockets.
 */
public final class NoDelaySocketFactory extends SocketFactory {
    private static final NoDelaySocketFactory INSTANCE = new NoDelaySocketFactory();

    private NoDelaySocketFactory() {
    }

    /** Jakarta Mail's way to obtain a factory named by class. */
    public static SocketFactory getDefault() {
        return INSTANCE;
    }

    @Override
    public Socket createSocket() throws IOException {
        Socket socket = new Socket();
        socket.setTcpNoDelay(true);
        return socket;
    }

    // the connected variants SocketFactory requires (Jakarta Mail connects the socket above itself)

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        return createSocket(InetAddress.getByName(host), port, null, 0);
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
        return createSocket(InetAddress.getByName(host), port, localHost, localPort);
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
        return createSocket(host, port, null, 0);
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort) throws IOException {
        Socket socket = createSocket();
        socket.bind(new InetSocketAddress(localAddress, localPort));
        socket.connect(new InetSocketAddress(address, port));
        return socket;
    }
}
