package org.caseledger.api.config;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.converter.ResolvedSchema;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.caseledger.api.web.CommandRoute;
import org.caseledger.api.web.CommandRoutes;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document (/v3/api-docs, Swagger UI at /swagger-ui.html): one operation per command route, with its body schema. */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfiguration {

    @Bean
    public OpenApiCustomizer commandRoutes() {
        return openApi -> {
            openApi.info(new Info().title("caseledger").version("0.1.0")
                    .description("Union legal aid in wage-arrears cases: commands (POST), cases, timelines, history, dashboard. "
                            + "Money is integer fen, dates ISO-8601; errors are application/problem+json with a code and a field."));
            if (openApi.getComponents() == null) {
                openApi.components(new Components());
            }
            openApi.getComponents().addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"));
            openApi.addSecurityItem(new SecurityRequirement().addList("basic"));
            openApi.getPaths().remove("/api/cases/{caseId}/**");
            for (CommandRoute route : CommandRoutes.ALL) {
                ResolvedSchema body = ModelConverters.getInstance().resolveAsResolvedSchema(new AnnotatedType(route.command()).resolveAsRef(true));
                if (body.referencedSchemas != null) {
                    body.referencedSchemas.forEach(openApi.getComponents()::addSchemas);
                }
                Operation post = new Operation().operationId(route.command().getSimpleName()).summary(route.summary()).addTagsItem("commands")
                        .addParametersItem(new Parameter().in("path").name("caseId").required(true).schema(new StringSchema()))
                        .addParametersItem(new Parameter().in("header").name("If-Match").schema(new StringSchema())
                                .description("the version (ETag) the change is based on; a stale one is refused with 409"))
                        .addParametersItem(new Parameter().in("header").name("Idempotency-Key").schema(new StringSchema())
                                .description("a retry with the same key and body returns the first answer and records nothing"))
                        .requestBody(new RequestBody().required(true).content(new Content().addMediaType("application/json",
                                new MediaType().schema(body.schema))))
                        .responses(new ApiResponses()
                                .addApiResponse("200", new ApiResponse().description("accepted; ETag = the case's new version"))
                                .addApiResponse("400", new ApiResponse().description("malformed or invalid input (code, field, reason)"))
                                .addApiResponse("401", new ApiResponse().description("not signed in"))
                                .addApiResponse("403", new ApiResponse().description("role not allowed"))
                                .addApiResponse("404", new ApiResponse().description("unknown case (or another union body's)"))
                                .addApiResponse("409", new ApiResponse().description("stale If-Match or a concurrent write"))
                                .addApiResponse("422", new ApiResponse().description("a rule of the case refused the command (code names it)")));
                for (String part : route.path().split("/")) {
                    if (part.startsWith("{")) {
                        post.addParametersItem(new Parameter().in("path").name(part.substring(1, part.length() - 1)).required(true)
                                .schema(new StringSchema()));
                    }
                }
                openApi.getPaths().addPathItem("/api/cases/{caseId}/" + route.path(), new PathItem().post(post));
            }
        };
    }
}
