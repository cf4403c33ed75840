package org.caseledger.api.sheets;

import jakarta.servlet.http.HttpServletRequest;
import org.apache.poi.ss.util.CellReference;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A worker list as a request brings it: the part {@code file} of a form (the pages), or the body itself (the API,
 * any content type: the kind is read from the content); and the officer's fields by column, {@code map.B=name}.
 */
public record SheetUpload(byte[] bytes, Map<Integer, String> chosen) {

    public static SheetUpload of(HttpServletRequest request, long maxBytes) {
        byte[] bytes;
        try {
            if (request instanceof MultipartHttpServletRequest multipart) {
                MultipartFile file = multipart.getFile("file");
                if (file == null || file.isEmpty()) {
                    throw new SheetRefused("SHEET_EMPTY", "choose the worker list (.xlsx or .csv) to read");
                }
                if (file.getSize() > maxBytes) {
                    throw new SheetRefused("SHEET_TOO_LARGE", "a worker list is at most " + maxBytes + " bytes");
                }
                bytes = file.getBytes();
            } else {
                bytes = request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<Integer, String> chosen = new HashMap<>();
        request.getParameterMap().forEach((name, values) -> {
            if (name.startsWith("map.") && values.length > 0) {
                String letter = name.substring(4).toUpperCase(Locale.ROOT);
                if (!letter.matches("[A-Z]{1,2}")) {
                    throw new SheetRefused("SHEET_FIELD_UNKNOWN", "a column is named by its letter, as map.B=name");
                }
                if (!ClaimantColumns.isField(values[0])) {
                    throw new SheetRefused("SHEET_FIELD_UNKNOWN", "no field " + values[0] + "; the fields are " + ClaimantColumns.fields());
                }
                chosen.put(CellReference.convertColStringToIndex(letter), values[0]);
            }
        });
        return new SheetUpload(bytes, chosen);
    }
}
