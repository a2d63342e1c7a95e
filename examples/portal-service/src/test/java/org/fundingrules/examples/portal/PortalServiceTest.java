package org.fundingrules.examples.portal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.fundingrules.FundingRules;
import org.fundingrules.trace.InvalidCaseException;
import org.fundingrules.trace.Problem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The service on a loopback port, called over HTTP as a portal would call it. */
class PortalServiceTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final Path AMULET = Path.of("../amulet/case.json");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static PortalService service;
    private static byte[] amulet;

    @BeforeAll
    static void start() throws IOException {
        service = PortalService.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), null, 4);
        amulet = Files.readAllBytes(AMULET);
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @Test
    void aValidCaseGetsTheVerdictDocumentTheLibraryWrites() throws Exception {
        HttpResponse<byte[]> response = post(service, amulet);
        assertEquals(200, response.statusCode());
        assertEquals("application/json; charset=utf-8", response.headers().firstValue("Content-Type").orElseThrow());
        byte[] library = FundingRules.toJson(FundingRules.packaged().evaluate(FundingRules.readCase(amulet)))
                .getBytes(StandardCharsets.UTF_8);
        assertArrayEquals(library, response.body());
        assertEquals("NON_COMPLIANT", verdict(response.body(), "tp-it-lightcomp"));
    }

    @Test
    void anInvalidCaseGets400WithEveryProblemAndItsJsonPath() throws Exception {
        ObjectNode doc = (ObjectNode) JSON.readTree(amulet);
        doc.remove("referenceDate");
        ObjectNode award = (ObjectNode) doc.get("awards").get(0);
        award.put("thirdPartyId", "tp-nobody");
        ((ObjectNode) award.get("amount")).put("amount", "-5.00");
        byte[] invalid = JSON.writeValueAsBytes(doc);

        HttpResponse<byte[]> response = post(service, invalid);
        assertEquals(400, response.statusCode());
        JsonNode problems = JSON.readTree(response.body()).get("problems");
        List<String> paths = new ArrayList<>();
        problems.forEach(p -> paths.add(p.get("path").asText()));
        assertTrue(paths.contains("$.referenceDate"), paths::toString);
        assertTrue(paths.stream().anyMatch(p -> p.startsWith("$.awards[0].thirdPartyId")), paths::toString);
        assertTrue(paths.stream().anyMatch(p -> p.startsWith("$.awards[0].amount")), paths::toString);
        assertSameProblemsAsTheLibrary(invalid, problems);
    }

    @Test
    void malformedJsonAndOtherMethodsAreRefused() throws Exception {
        byte[] truncated = "{\"referenceDate\": ".getBytes(StandardCharsets.UTF_8);
        HttpResponse<byte[]> malformed = post(service, truncated);
        assertEquals(400, malformed.statusCode());
        assertSameProblemsAsTheLibrary(truncated, JSON.readTree(malformed.body()).get("problems"));
        HttpResponse<byte[]> get = HTTP.send(HttpRequest.newBuilder(uri(service, "/evaluate")).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(405, get.statusCode());
        assertEquals("POST", get.headers().firstValue("Allow").orElseThrow());
    }

    @Test
    void concurrentCallsGetIdenticalResults() throws Exception {
        List<CompletableFuture<HttpResponse<byte[]>>> calls = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            calls.add(HTTP.sendAsync(request(service, amulet), HttpResponse.BodyHandlers.ofByteArray()));
        }
        byte[] first = calls.get(0).join().body();
        for (CompletableFuture<HttpResponse<byte[]>> call : calls) {
            assertEquals(200, call.join().statusCode());
            assertArrayEquals(first, call.join().body());
        }
    }

    @Test
    void anEditedParameterInTheWatchedRulesFolderIsServed(@TempDir Path temp) throws Exception {
        Path rules = temp.resolve("rules");
        copy(Path.of("../../rules"), rules);
        try (PortalService watched = PortalService.start(
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), rules, 2)) {
            String before = digest(watched);
            assertEquals("NON_COMPLIANT", verdict(post(watched, amulet).body(), "tp-it-lightcomp"));

            // a rule author raises the maximum per third party from EUR 60 000 to EUR 65 000
            Path parameters = rules.resolve("fstp/parameters/h2020_annex_k_fstp.yaml");
            String yaml = Files.readString(parameters);
            assertTrue(yaml.contains("- value: \"60000.00\""));
            Files.writeString(parameters, yaml.replace("- value: \"60000.00\"", "- value: \"65000.00\""));

            Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
            while (digest(watched).equals(before) && Instant.now().isBefore(deadline)) {
                Thread.sleep(100);
            }
            String after = digest(watched);
            assertNotEquals(before, after, "the edit was not picked up within 90 s");
            byte[] body = post(watched, amulet).body();
            assertEquals("COMPLIANT", verdict(body, "tp-it-lightcomp"));     // EUR 64 500.00 <= EUR 65 000.00
            assertEquals(after, JSON.readTree(body).get("ruleSetDigest").asText());
        }
    }

    private static HttpResponse<byte[]> post(PortalService to, byte[] body) throws Exception {
        return HTTP.send(request(to, body), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static HttpRequest request(PortalService to, byte[] body) {
        return HttpRequest.newBuilder(uri(to, "/evaluate")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
    }

    private static URI uri(PortalService to, String path) {
        return URI.create("http://127.0.0.1:" + to.port() + path);
    }

    private static String digest(PortalService of) throws Exception {
        HttpResponse<byte[]> r = HTTP.send(HttpRequest.newBuilder(uri(of, "/rules")).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        return JSON.readTree(r.body()).get("ruleSetDigest").asText();
    }

    /** The outcome of one subject's verdict in a verdict document. */
    private static String verdict(byte[] document, String subjectId) throws IOException {
        for (JsonNode v : JSON.readTree(document).get("verdicts")) {
            if (v.get("subject").get("id").asText().equals(subjectId)) {
                return v.get("outcome").asText();
            }
        }
        throw new AssertionError("no verdict on " + subjectId);
    }

    /** The response lists the problems the library finds, in its order, each with path, code and message. */
    private static void assertSameProblemsAsTheLibrary(byte[] invalid, JsonNode problems) {
        List<Problem> library;
        try {
            FundingRules.readCase(invalid);
            throw new AssertionError("the library accepts the case");
        } catch (InvalidCaseException e) {
            library = e.problems();
        }
        assertEquals(library.size(), problems.size(), problems::toString);
        for (int i = 0; i < library.size(); i++) {
            assertEquals(library.get(i).path(), problems.get(i).get("path").asText());
            assertEquals(library.get(i).code(), problems.get(i).get("code").asText());
            assertEquals(library.get(i).message(), problems.get(i).get("message").asText());
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
    }
}
