package org.caseledger.api.pages;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** Commands as a client writes them: dates as ISO strings, amounts as fen. */
final class HttpApiJson {

    static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private HttpApiJson() {
    }
}
