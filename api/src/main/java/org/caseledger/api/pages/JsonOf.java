package org.caseledger.api.pages;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Component;

/** Data a page's script reads, as JSON safe inside a {@code <script type="application/json">} block. */
@Component("jsonOf")
public class JsonOf {

    private final ObjectMapper mapper;

    public JsonOf(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public String write(Object value) {
        try {
            return mapper.writeValueAsString(value).replace("</", "<\\/");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
