package org.fundingrules.examples.portal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.fundingrules.RuleSet;
import org.fundingrules.FundingRules;
import org.fundingrules.trace.InvalidCaseException;
import org.fundingrules.trace.Problem;
import org.fundingrules.model.CaseFile;

/**
 * A grant portal's evaluation service on the JDK's HTTP server: {@code POST /evaluate} with a case file as JSON
 * returns the verdict document (what {@code fundingrules evaluate} prints); an invalid case returns HTTP 400 with
 * every problem as {@code {"path", "code", "message"}}; {@code GET /rules} names the rule set serving now.
 *
 * <p>One rule set for the process, compiled once: a {@link RuleSet} is thread-safe, so the request threads (a
 * fixed pool) share it. Started with a rules folder, the service watches it ({@code FundingRules.builder()
 * .rules(folder).watch(true)}) and
 * each request is judged on the rule set current when it starts; a rule author's edit is served within a second
 * or so, and an edit that does not load leaves the last good rules serving.
 */
public final class PortalService implements AutoCloseable {
    /** Larger requests get 413: a case file of a real action is a few hundred kilobytes. */
    static final int MAX_REQUEST_BYTES = 16 * 1024 * 1024;
    private static final System.Logger LOG = System.getLogger(PortalService.class.getName());

    /** For the service's own bodies (problems, errors); verdicts are written by the library. */
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final ExecutorService workers;
    private final RuleSet rules;

    private PortalService(HttpServer server, ExecutorService workers, RuleSet rules) {
        this.server = server;
        this.workers = workers;
        this.rules = rules;
    }

    /**
     * Starts the service.
     *
     * @param address where to listen; port 0 takes a free port ({@link #port()})
     * @param rulesFolder a rules folder to serve and watch, or {@code null} for the rules packaged in the library
     * @param threads request threads
     */
    public static PortalService start(InetSocketAddress address, Path rulesFolder, int threads) throws IOException {
        RuleSet rules = rulesFolder == null ? FundingRules.packaged()
                : FundingRules.builder().rules(rulesFolder).watch(true).build();
        HttpServer server = HttpServer.create(address, 0);
        ExecutorService workers = Executors.newFixedThreadPool(threads);
        PortalService service = new PortalService(server, workers, rules);
        server.setExecutor(workers);
        server.createContext("/evaluate", service::evaluate);
        server.createContext("/rules", service::ruleSet);
        server.start();
        return service;
    }

    /** The port the service listens on. */
    public int port() {
        return server.getAddress().getPort();
    }

    /** Stops listening, lets running requests finish (up to a second), stops watching the rules folder. */
    @Override
    public void close() {
        server.stop(1);
        workers.shutdown();
        rules.close();
    }

    private void evaluate(HttpExchange exchange) throws IOException {
        try (exchange) {
            Reply reply = answer(exchange.getRequestMethod(), exchange.getRequestBody());
            if (reply.status() == 405) {
                exchange.getResponseHeaders().set("Allow", "POST");
            }
            send(exchange, reply);
        }
    }

    private Reply answer(String method, InputStream request) throws IOException {
        if (!"POST".equals(method)) {
            return Reply.error(405, "POST a case file as JSON");
        }
        byte[] body = request.readNBytes(MAX_REQUEST_BYTES + 1);
        if (body.length > MAX_REQUEST_BYTES) {
            return Reply.error(413, "a case file is at most " + MAX_REQUEST_BYTES + " bytes");
        }
        try {
            CaseFile caseFile = FundingRules.readCase(body);
            // judged on the rules serving when the call starts, whatever reloads meanwhile
            return new Reply(200, FundingRules.toJson(rules.evaluate(caseFile)));
        } catch (InvalidCaseException e) {
            return new Reply(400, body(new Rejection(e.problems())));
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "evaluation failed", e);
            return Reply.error(500, "internal error");
        }
    }

    private void ruleSet(HttpExchange exchange) throws IOException {
        try (exchange) {
            send(exchange, new Reply(200, body(new RulesServing(rules.digest()))));
        }
    }

    /** A response: status and JSON body. */
    private record Reply(int status, String json) {
        static Reply error(int status, String message) {
            return new Reply(status, body(new Failure(message)));
        }
    }

    /** The body of a 400: every problem with the case file, sorted by JSON path. */
    record Rejection(List<Problem> problems) {
    }

    /** The body of {@code GET /rules}. */
    record RulesServing(String ruleSetDigest) {
    }

    /** The body of other errors. */
    record Failure(String error) {
    }

    private static String body(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value, e);
        }
    }

    private static void send(HttpExchange exchange, Reply reply) throws IOException {
        byte[] bytes = reply.json().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(reply.status(), bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** {@code java -jar portal-service.jar [--port 8080] [--rules DIR] [--threads N]}; listens on loopback. */
    public static void main(String[] args) throws IOException {
        int port = 8080;
        Path rulesFolder = null;
        int threads = Runtime.getRuntime().availableProcessors();
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--port" -> port = Integer.parseInt(args[i + 1]);
                case "--rules" -> rulesFolder = Path.of(args[i + 1]);
                case "--threads" -> threads = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        PortalService service = start(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), rulesFolder,
                threads);
        Runtime.getRuntime().addShutdownHook(new Thread(service::close));
        System.out.println("fundingrules portal service on http://127.0.0.1:" + service.port() + "/evaluate ("
                + (rulesFolder == null ? "packaged rules" : "rules from " + rulesFolder + ", watched") + ")");
    }
}
