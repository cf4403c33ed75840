package org.caseledger.api.pages;

import jakarta.servlet.http.HttpServletRequest;
import org.caseledger.api.problems.ApiProblem;
import org.caseledger.api.web.AttachmentController;
import org.caseledger.core.kernel.CaseRuleViolation;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.util.HtmlUtils;

/**
 * 上传附件 from the case page: the form's file goes through the API's own checks; once attached the case's page opens
 * again, refused the reason is shown in the reader's language beside the form.
 */
@Controller
public class AttachmentPage {

    private final AttachmentController attachments;
    private final MessageSource messages;

    public AttachmentPage(AttachmentController attachments, MessageSource messages) {
        this.attachments = attachments;
        this.messages = messages;
    }

    @PostMapping("/cases/{caseId}/attachment")
    public ResponseEntity<String> attach(@PathVariable String caseId, HttpServletRequest request) {
        String code;
        String detail;
        try {
            attachments.attach(caseId, request);
            return ResponseEntity.ok().header("HX-Redirect", "/cases/" + caseId).contentType(MediaType.TEXT_HTML).body("");
        } catch (ApiProblem p) {
            code = "problem." + p.code();
            detail = p.getMessage();
        } catch (CaseRuleViolation v) {
            code = "rule." + v.code().name();
            detail = v.getMessage();
        }
        String text = messages.getMessage(code, null, detail, LocaleContextHolder.getLocale());
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                .body("<p class=\"alert\">" + HtmlUtils.htmlEscape(text) + "</p>");
    }
}
