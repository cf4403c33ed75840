package org.caseledger.api.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/** A tiny HTTP client for the API tests: a user (HTTP Basic) and JSON in and out. */
final class HttpApi {

    static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    static final Map<String, String> PASSWORDS = Map.ofEntries(Map.entry("officer-ludian", "ludian-demo"),
            Map.entry("officer-pingliang", "pingliang-demo"), Map.entry("officer-zhaotong", "zhaotong-demo"),
            Map.entry("officer-zhaoyang", "zhaoyang-demo"), Map.entry("officer-dawukou", "dawukou-demo"),
            Map.entry("officer-gansu", "gansu-demo"), Map.entry("officer-zhangye", "zhangye-demo"), Map.entry("officer-minle", "minle-demo"),
            Map.entry("officer-yongchuan", "yongchuan-demo"), Map.entry("auditor", "auditor-demo"), Map.entry("dashboard", "dashboard-demo"),
            Map.entry("admin", "admin-demo"));

    record Reply(int status, Map<String, String> headers, String body) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (Exception e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }

        String header(String name) {
            return headers.get(name.toLowerCase());
        }
    }

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;
    private final Map<String, String> passwords;

    HttpApi(int port) {
        this(port, PASSWORDS);
    }

    /** With users of its own (a service on MONGODB_URI refuses the demo passwords). */
    HttpApi(int port, Map<String, String> passwords) {
        this.base = "http://localhost:" + port;
        this.passwords = passwords;
    }

    Reply get(String user, String path) {
        return send(user, "GET", path, null, Map.of());
    }

    Reply post(String user, String path, Object body) {
        return send(user, "POST", path, body, Map.of());
    }

    /** A body of bytes as it is (a spreadsheet, a PDF), with its content type. */
    Reply postBytes(String user, String path, byte[] body, String contentType) {
        return exchange(user, HttpRequest.newBuilder(URI.create(base + path)).POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .header("Content-Type", contentType));
    }

    private Reply exchange(String user, HttpRequest.Builder b) {
        try {
            if (user != null) {
                String credentials = user + ":" + passwords.get(user);
                b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
            }
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            Map<String, String> h = new LinkedHashMap<>();
            r.headers().map().forEach((k, v) -> h.put(k.toLowerCase(), String.join(",", v)));
            return new Reply(r.statusCode(), h, r.body());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    Reply send(String user, String method, String path, Object body, Map<String, String> headers) {
        String text;
        try {
            text = body == null ? null : body instanceof String s ? s : JSON.writeValueAsString(body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, text == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(text));
        if (text != null && !headers.containsKey("Content-Type")) {
            b.header("Content-Type", "application/json");
        }
        headers.forEach(b::header);
        return exchange(user, b);
    }

    /** The path of a command and its JSON, as a client would send it. */
    static String pathOf(Object command) {
        if (command instanceof org.caseledger.core.intake.FileWageClaim) {
            return "/api/cases";
        }
        JsonNode json = JSON.valueToTree(command);
        Map<String, String> vars = new LinkedHashMap<>();
        for (String id : new String[]{"promiseId", "letterId", "paymentId"}) {
            if (json.has(id)) {
                vars.put(id, json.get(id).asText());
            }
        }
        return "/api/cases/" + json.get("caseId").asText() + "/" + CommandRoutes.pathOf(command, vars);
    }
}
