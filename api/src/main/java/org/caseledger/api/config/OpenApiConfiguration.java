package org.caseledger.api.config;

import org.caseledger.api.web.CommandExamples;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.converter.ResolvedSchema;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.caseledger.api.web.CaseFiled;
import org.caseledger.api.web.CommandAccepted;
import org.caseledger.api.web.CommandRoute;
import org.caseledger.api.web.CommandRoutes;
import org.caseledger.api.problems.ProblemCodes;
import org.caseledger.api.web.StrictJson;
import org.caseledger.core.intake.FileWageClaim;
import org.caseledger.core.kernel.RuleCode;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The OpenAPI document (/v3/api-docs, Swagger UI at /swagger-ui.html), one a client can be generated from: every
 * command route with its typed body (required fields, amounts in fen, days, text bounds, an example from the 鲁甸
 * reference case), every answer typed, the problem schema on every error answer, and the codes of the problems with
 * their meaning.
 */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfiguration {

    static final String PROBLEM = "Problem";
    static final String PROBLEM_JSON = "application/problem+json";

    @Bean
    public OpenApiCustomizer caseledgerDocument(ObjectMapper mapper, CommandExamples examples,
                                                @Value("${caseledger.http.max-amount-fen:" + StrictJson.DEFAULT_MAX_AMOUNT_FEN + "}") long maxAmountFen) {
        return openApi -> {
            openApi.info(new Info().title("caseledger").version("0.2.0").description("""
                    Union legal aid in wage-arrears cases (工会法律援助·欠薪案件): commands (POST) that append to a case's history, \
                    the case list, timelines, history and state as of a day, the dashboard.

                    - **Money** is a whole number of fen (分): ¥1.00 is 100. Never a decimal, never a string.
                    - **Days** are ISO-8601 (`2025-03-10`), in the time zone of the deployment (Asia/Shanghai by default).
                    - **Versions**: a write answers the case's version after it (also the `ETag`); send it back in `If-Match` to \
                    refuse a change based on a stale view (409). `Idempotency-Key` makes a retry safe.
                    - **Errors** are `application/problem+json` with a stable `code`, the `field` and a reason in words; \
                    the codes are listed on the `Problem` schema.
                    """));
            Components components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
            openApi.components(components);
            components.addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"));
            components.addSchemas(PROBLEM, problemSchema());
            openApi.addSecurityItem(new SecurityRequirement().addList("basic"));
            resolve(components, CommandAccepted.class);
            resolve(components, CaseFiled.class);
            CommandSchemas schemas = new CommandSchemas(mapper, maxAmountFen, components);

            openApi.getPaths().remove("/api/cases/{caseId}/**");
            for (CommandRoute route : CommandRoutes.ALL) {
                resolve(components, route.command());
                List<String> fromPath = new ArrayList<>(List.of("caseId"));
                for (String part : route.path().split("/")) {
                    if (part.startsWith("{")) {
                        fromPath.add(part.substring(1, part.length() - 1));
                    }
                }
                Operation post = new Operation().operationId(route.command().getSimpleName()).summary(route.summary()).addTagsItem("commands")
                        .requestBody(new RequestBody().required(true).content(json(schemas.body(route.command(), fromPath, examples.json(route.path())))))
                        .responses(new ApiResponses().addApiResponse("200", new ApiResponse()
                                .description("recorded; the ETag is the case's version after the command")
                                .content(json(ref(CommandAccepted.class.getSimpleName())))));
                fromPath.forEach(name -> post.addParametersItem(idParameter(name)));
                writeHeaders(post);
                openApi.getPaths().addPathItem("/api/cases/{caseId}/" + route.path(), new PathItem().post(post));
            }

            // the work orders' commands, one operation each (the acting body is the officer's: not in the body)
            openApi.getPaths().remove("/api/work-orders/{workOrderId}/**");
            Map<Class<?>, Object> woExamples = workOrderExamples();
            for (CommandRoute route : org.caseledger.api.web.WorkOrderRoutes.ALL) {
                resolve(components, route.command());
                List<String> fromService = List.of("workOrderId", "byBody");
                Schema<?> body = schemas.body(route.command(), fromService, mapper.valueToTree(woExamples.get(route.command())));
                if (route.command() == org.caseledger.core.workorder.DispatchWorkOrder.class) {
                    Schema<?> dispatchBody = components.getSchemas().get("DispatchWorkOrderBody");
                    dispatchBody.getProperties().put("to", new Schema<>().type("string").types(java.util.Set.of("string")).minLength(1).maxLength(64)
                            .description("the body dispatched to, by name or code: one of the officer's own bodies below"));
                    ((com.fasterxml.jackson.databind.node.ObjectNode) dispatchBody.getExample()).put("to", "民乐县总工会");
                }
                Operation post = new Operation().operationId(route.command().getSimpleName()).summary(route.summary()).addTagsItem("work orders")
                        .requestBody(new RequestBody().required(true).content(json(body)))
                        .responses(new ApiResponses().addApiResponse("200", new ApiResponse()
                                .description("recorded; the ETag is the order's version after the command")
                                .content(json(ref(CommandAccepted.class.getSimpleName())))));
                post.addParametersItem(idParameter("workOrderId"));
                writeHeaders(post);
                openApi.getPaths().addPathItem("/api/work-orders/{workOrderId}/" + route.path(), new PathItem().post(post));
            }

            Operation filing = openApi.getPaths().get("/api/cases").getPost();
            resolve(components, FileWageClaim.class);
            Schema<?> filingBody = schemas.body(FileWageClaim.class, List.of(), examples.json(""));
            Schema<?> fileBody = components.getSchemas().get(FileWageClaim.class.getSimpleName() + "Body");
            fileBody.getRequired().removeAll(List.of("caseId", "unionBody")); // assigned, and taken from the officer's account
            fileBody.getProperties().get("caseId").description("optional: an id beginning with the code of the officer's union body "
                    + "(LD- for 鲁甸县总工会); left out, the service assigns one");
            fileBody.getProperties().get("unionBody").description("optional: the officer's own union body, as configured; "
                    + "another body is refused (403), another level or region too (422)");
            filing.setTags(new ArrayList<>());
            filing.operationId("FileWageClaim").summary("file a wage claim (立案): the claimants, the obligors, the union body")
                    .addTagsItem("commands").requestBody(new RequestBody().required(true).content(json(filingBody)))
                    .responses(new ApiResponses().addApiResponse("201", new ApiResponse()
                            .description("filed; Location is the case, the ETag its version").content(json(ref(CaseFiled.class.getSimpleName())))));
            filing.getParameters().removeIf(p -> "Idempotency-Key".equals(p.getName()));
            writeHeaders(filing);
            filing.getParameters().removeIf(p -> "If-Match".equals(p.getName()));

            // uploads: the file as the body (any type: its kind is read from its content) or a form's part `file`
            for (String upload : List.of("/api/claimant-sheets", "/api/cases/{caseId}/claimant-sheets", "/api/cases/{caseId}/attachments")) {
                PathItem item = openApi.getPaths().get(upload);
                if (item == null || item.getPost() == null) {
                    continue;
                }
                Schema<?> binary = new Schema<>().type("string").types(java.util.Set.of("string")).format("binary");
                Schema<?> form = new Schema<>().type("object").types(java.util.Set.of("object")).addProperty("file", binary).addRequiredItem("file");
                item.getPost().requestBody(new RequestBody().required(true).description(upload.endsWith("attachments")
                        ? "the document: a PDF, JPEG, PNG or OFD file (told by its content), at most caseledger.attachments.max-bytes"
                        : "the worker list: an .xlsx workbook or a CSV text (UTF-8 or GB18030), a header row first, at most caseledger.sheets.max-bytes")
                        .content(new io.swagger.v3.oas.models.media.Content()
                                .addMediaType("application/octet-stream", new io.swagger.v3.oas.models.media.MediaType().schema(binary))
                                .addMediaType("multipart/form-data", new io.swagger.v3.oas.models.media.MediaType().schema(form))));
            }

            openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) ->
                    problems(path, method, operation)));
        };
    }

    /** An example of each work-order command: the 民乐 road's steps. */
    static Map<Class<?>, Object> workOrderExamples() {
        org.caseledger.core.workorder.WorkOrderId id = org.caseledger.core.workorder.WorkOrderId.of("GS-WO-20251103-0001");
        java.time.LocalDate on = java.time.LocalDate.of(2025, 11, 3);
        String body = "甘肃省总工会";
        var minle = new org.caseledger.core.kernel.UnionBody("民乐县总工会", org.caseledger.core.kernel.UnionLevel.COUNTY,
                org.caseledger.core.kernel.RegionCode.of("620722"));
        return Map.ofEntries(
                Map.entry(org.caseledger.core.workorder.ClassifyWorkOrder.class, new org.caseledger.core.workorder.ClassifyWorkOrder(id, body,
                        org.caseledger.core.workorder.WorkOrderCategory.DEMAND, org.caseledger.core.workorder.WorkOrderGrade.ORDINARY, on)),
                Map.entry(org.caseledger.core.workorder.DispatchWorkOrder.class, new org.caseledger.core.workorder.DispatchWorkOrder(id, body, minle, on)),
                Map.entry(org.caseledger.core.workorder.AcceptWorkOrder.class, new org.caseledger.core.workorder.AcceptWorkOrder(id, body, on)),
                Map.entry(org.caseledger.core.workorder.SendBackWorkOrder.class, new org.caseledger.core.workorder.SendBackWorkOrder(id, body,
                        "不属于本县管辖", on)),
                Map.entry(org.caseledger.core.workorder.TransferWorkOrder.class, new org.caseledger.core.workorder.TransferWorkOrder(id, body,
                        org.caseledger.core.workorder.TransferDepartment.OTHER, "张掖市交通运输局", on)),
                Map.entry(org.caseledger.core.workorder.RecordDepartmentAnswer.class, new org.caseledger.core.workorder.RecordDepartmentAnswer(id,
                        body, "罚款无依据，已责令网点退还", on)),
                Map.entry(org.caseledger.core.workorder.ReplyToWorker.class, new org.caseledger.core.workorder.ReplyToWorker(id, body,
                        "经转交通运输局办理，罚款已退还", on)),
                Map.entry(org.caseledger.core.workorder.ConvertWorkOrderToCase.class, new org.caseledger.core.workorder.ConvertWorkOrderToCase(id,
                        body, org.caseledger.core.kernel.CaseId.of("ML-2025-001"), on)),
                Map.entry(org.caseledger.core.workorder.RecordCallback.class, new org.caseledger.core.workorder.RecordCallback(id, body,
                        org.caseledger.core.workorder.Satisfaction.SATISFIED, "罚款已退", on)),
                Map.entry(org.caseledger.core.workorder.CloseWorkOrder.class, new org.caseledger.core.workorder.CloseWorkOrder(id, body, "质检合格", on)),
                Map.entry(org.caseledger.core.workorder.ReopenWorkOrder.class, new org.caseledger.core.workorder.ReopenWorkOrder(id, body,
                        "职工不满意", on)),
                Map.entry(org.caseledger.core.workorder.RecordWorkOrderContact.class, new org.caseledger.core.workorder.RecordWorkOrderContact(id,
                        body, org.caseledger.core.contact.ContactKind.CALL, "回电核实罚款金额和网点名称", 8, on)));
    }

    /** Every error answer of an operation: the problem schema, and the statuses the operation can give. */
    private static void problems(String path, PathItem.HttpMethod method, Operation operation) {
        if (operation.getParameters() != null) {
            operation.getParameters().stream().filter(p -> "path".equals(p.getIn()) && p.getSchema() != null && p.getSchema().getPattern() == null)
                    .forEach(p -> p.getSchema().pattern(CommandSchemas.ID_PATTERN).maxLength(64)); // checked before anything else
        }
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        operation.responses(responses);
        Map<String, String> statuses = new java.util.LinkedHashMap<>();
        statuses.put("400", "malformed or invalid input: code and field say which");
        statuses.put("401", "not signed in");
        statuses.put("403", "your role or union body may not do this");
        if (path.contains("{")) {
            statuses.put("404", "no such case (or another union body's: its existence is not shown)");
        }
        if (method == PathItem.HttpMethod.POST) {
            statuses.put("409", "a stale If-Match, a concurrent write, or a request with this key still running");
            statuses.put("413", "the body is too large");
            statuses.put("415", "the body is not application/json");
            statuses.put("422", "a rule of the case refused the command: the code names the rule");
        }
        statuses.put("500", "an unexpected failure; nothing was recorded unless the answer said so");
        responses.entrySet().removeIf(e -> e.getKey().startsWith("4") || e.getKey().startsWith("5"));
        statuses.forEach((status, description) -> responses.addApiResponse(status, new ApiResponse().description(description)
                .content(new Content().addMediaType(PROBLEM_JSON, new MediaType().schema(ref(PROBLEM))))));
        responses.forEach((status, response) -> {
            if (status.startsWith("2") && response.getContent() != null && response.getContent().containsKey("*/*")) {
                response.getContent().put("application/json", response.getContent().remove("*/*"));
            }
        });
    }

    private static void writeHeaders(Operation operation) {
        operation.addParametersItem(new Parameter().in("header").name("If-Match").schema(new Schema<String>().type("string").types(Set.of("string")))
                        .description("the version (ETag) the change is based on; a stale one is refused with 409"))
                .addParametersItem(new Parameter().in("header").name("Idempotency-Key").schema(new Schema<String>().type("string").types(Set.of("string")))
                        .description("a retry with the same key and body returns the first answer and records nothing; a key is kept 24 h"))
                .addParametersItem(new Parameter().in("header").name("X-Correlation-Id").schema(new Schema<String>().type("string").types(Set.of("string")))
                        .description("your request's id: the case's history shows it"));
    }

    private static Parameter idParameter(String name) {
        return new Parameter().in("path").name(name).required(true).schema(new Schema<String>().type("string").types(Set.of("string"))
                .pattern(CommandSchemas.ID_PATTERN).maxLength(64));
    }

    /** The problem answer (RFC 9457) and its codes: the rules of the case and the edge's own. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema<?> problemSchema() {
        StringBuilder codes = new StringBuilder("The stable code of the problem. Rules of the case (422):\n\n");
        List<String> all = new ArrayList<>();
        for (RuleCode code : RuleCode.values()) {
            codes.append("- `").append(code.name()).append("`: ").append(code.rule()).append('\n');
            all.add(code.name());
        }
        codes.append("\nThe service's own answers:\n\n");
        ProblemCodes.ALL.forEach((code, meaning) -> {
            codes.append("- `").append(code).append("` (").append(meaning.status()).append("): ").append(meaning.meaning()).append('\n');
            if (!all.contains(code)) {
                all.add(code);
            }
        });
        Schema code = new Schema<String>().type("string").types(Set.of("string")).description(codes.toString());
        code.setEnum(all);
        Schema problem = new Schema<>().type("object").types(Set.of("object"))
                .description("An error answer (application/problem+json, RFC 9457): a stable code, the field at fault, a reason in words")
                .addProperty("type", new Schema<String>().type("string").types(Set.of("string")).format("uri"))
                .addProperty("title", new Schema<String>().type("string").types(Set.of("string")).description("the code again"))
                .addProperty("status", new Schema<Integer>().type("integer").types(Set.of("integer")).format("int32"))
                .addProperty("detail", new Schema<String>().type("string").types(Set.of("string")).description("the reason, in words"))
                .addProperty("instance", new Schema<String>().type("string").types(Set.of("string")).description("the path asked"))
                .addProperty("code", code)
                .addProperty("field", new Schema<String>().types(Set.of("string", "null"))
                        .description("the field, parameter or header at fault (absent when the whole request is)"));
        problem.setRequired(List.of("status", "code", "detail"));
        problem.setExample(Map.of("type", "https://caseledger.org/problems/amount-too-large", "title", "AMOUNT_TOO_LARGE", "status", 422,
                "detail", "AMOUNT_TOO_LARGE: " + RuleCode.AMOUNT_TOO_LARGE.rule(), "instance", "/api/cases/LD-2025-001/payments",
                "code", "AMOUNT_TOO_LARGE", "field", "amount"));
        return problem;
    }

    private static void resolve(Components components, Class<?> type) {
        ResolvedSchema resolved = ModelConverters.getInstance(true).resolveAsResolvedSchema(new AnnotatedType(type).resolveAsRef(true));
        if (resolved.referencedSchemas != null) {
            resolved.referencedSchemas.forEach((name, schema) -> {
                if (components.getSchemas() == null || !components.getSchemas().containsKey(name)) {
                    components.addSchemas(name, schema);
                }
            });
        }
    }

    private static Content json(Schema<?> schema) {
        return new Content().addMediaType("application/json", new MediaType().schema(schema));
    }

    private static Schema<?> ref(String name) {
        return new Schema<>().$ref("#/components/schemas/" + name);
    }


}
