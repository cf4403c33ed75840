package org.caseledger.api.store;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * What an attached file is, told by its content, never its name or the type the browser claims: a PDF ({@code %PDF-}),
 * a JPEG ({@code FF D8 FF}), a PNG (its eight-byte signature), or an OFD (GB/T 33190: a zip package holding
 * {@code OFD.xml}, looked for with the JDK's zip reader). Anything else is not taken.
 */
public final class DocumentTypes {

    public static final String PDF = "application/pdf";
    public static final String JPEG = "image/jpeg";
    public static final String PNG = "image/png";
    public static final String OFD = "application/ofd";

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private DocumentTypes() {
    }

    public static Optional<String> of(byte[] content) {
        if (startsWith(content, "%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII))) {
            return Optional.of(PDF);
        }
        if (startsWith(content, new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return Optional.of(JPEG);
        }
        if (startsWith(content, PNG_SIGNATURE)) {
            return Optional.of(PNG);
        }
        if (startsWith(content, new byte[]{'P', 'K', 3, 4}) && holdsOfdXml(content)) {
            return Optional.of(OFD);
        }
        return Optional.empty();
    }

    /** The file name's ending for a type, for the copy the reader saves. */
    public static String extension(String type) {
        return switch (type) {
            case PDF -> ".pdf";
            case JPEG -> ".jpg";
            case PNG -> ".png";
            case OFD -> ".ofd";
            default -> "";
        };
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean holdsOfdXml(byte[] content) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            int entries = 0;
            while ((entry = zip.getNextEntry()) != null && entries++ < 10_000) {
                if (entry.getName().equals("OFD.xml")) {
                    return true;
                }
            }
            return false;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }
}
