package org.caseledger.api.config;

import org.apache.catalina.core.StandardHost;
import org.caseledger.api.web.ProblemErrorReportValve;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The requests refused before any controller runs answer as problems too: Tomcat's own rejections, and Spring
 * Security's firewall (a path with {@code ;}, {@code ..} or an encoded slash).
 */
@Configuration(proxyBeanMethods = false)
public class ContainerErrors {

    @Bean
    public org.springframework.security.web.firewall.RequestRejectedHandler requestRejected() {
        return (request, response, e) -> org.caseledger.api.problems.Problems.writeTo(response,
                org.springframework.http.HttpStatus.BAD_REQUEST, "INVALID_PATH", null,
                "the path holds characters or segments that are not allowed (;, .., encoded slashes or controls)");
    }

    @Bean
    public WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReports() {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
            }
        });
    }
}
