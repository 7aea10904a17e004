package org.enlace.crm.it.mail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An SMTP server that refuses every recipient with the given answer (a 4xx "try later" or a 5xx
 * "no"), on 127.0.0.1: what GreenMail cannot do. It counts the refusals.
 */
public final class FakeSmtp implements AutoCloseable {

    private final ServerSocket server;
    private final String rcptAnswer;
    private final AtomicInteger refused = new AtomicInteger();
    private final Thread acceptor;

    public FakeSmtp(int port, String rcptAnswer) throws IOException {
        this.rcptAnswer = rcptAnswer;
        this.server = new ServerSocket();
        server.setReuseAddress(true);
        // the SMTP server of the test before may take a moment to let the port go
        long deadline = System.currentTimeMillis() + 15_000;
        while (true) {
            try {
                server.bind(new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(), port));
                break;
            } catch (java.net.BindException e) {
                if (System.currentTimeMillis() > deadline) {
                    throw e;
                }
                try {
                    Thread.sleep(200);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
        acceptor = new Thread(this::accept, "fake-smtp");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public int refused() {
        return refused.get();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                Thread t = new Thread(() -> talk(socket), "fake-smtp-session");
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void talk(Socket socket) {
        try (socket;
                BufferedReader in =
                        new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
                PrintWriter out = new PrintWriter(socket.getOutputStream(), true, StandardCharsets.US_ASCII)) {
            send(out, "220 fake.test ESMTP");
            String line;
            while ((line = in.readLine()) != null) {
                String verb = line.length() < 4
                        ? line.toUpperCase()
                        : line.substring(0, 4).toUpperCase();
                switch (verb) {
                    case "EHLO", "HELO" -> send(out, "250 fake.test");
                    case "MAIL", "RSET", "NOOP" -> send(out, "250 2.0.0 OK");
                    case "RCPT" -> {
                        refused.incrementAndGet();
                        send(out, rcptAnswer);
                    }
                    case "DATA" -> send(out, "554 5.5.1 no valid recipients");
                    case "QUIT" -> {
                        send(out, "221 2.0.0 bye");
                        return;
                    }
                    default -> send(out, "502 5.5.2 not implemented");
                }
            }
        } catch (IOException e) {
            // the client went away
        }
    }

    private static void send(PrintWriter out, String line) {
        out.print(line + "\r\n");
        out.flush();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
