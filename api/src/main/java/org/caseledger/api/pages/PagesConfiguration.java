package org.caseledger.api.pages;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

import java.time.Duration;
import java.util.Locale;

/**
 * The pages' language: 简体中文 unless the reader chose English ({@code ?lang=en}, remembered in a cookie) or his browser
 * asks for English before Chinese.
 */
@Configuration(proxyBeanMethods = false)
public class PagesConfiguration implements WebMvcConfigurer {

    @Bean
    public LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("caseledger-lang");
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setDefaultLocaleFunction(PagesConfiguration::fromBrowser);
        return resolver;
    }

    static Locale fromBrowser(HttpServletRequest request) {
        if (request.getHeader("Accept-Language") == null) {
            return Locale.SIMPLIFIED_CHINESE; // getLocales() would answer the server's own locale
        }
        for (Locale asked : java.util.Collections.list(request.getLocales())) {
            if (asked.getLanguage().equals("zh")) {
                return Locale.SIMPLIFIED_CHINESE;
            }
            if (asked.getLanguage().equals("en")) {
                return Locale.ENGLISH;
            }
        }
        return Locale.SIMPLIFIED_CHINESE;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change).excludePathPatterns("/api/**");
    }
}
