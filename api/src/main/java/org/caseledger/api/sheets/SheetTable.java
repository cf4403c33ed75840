package org.caseledger.api.sheets;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * A spreadsheet's first sheet as rows of text cells, numbered as the spreadsheet numbers them (row 1 is the first line).
 * The kind is told by the content, never the name: an .xlsx is a zip package (read as a stream of rows by Apache POI's
 * event reader, so a large sheet is never held as a workbook), anything else is CSV (UTF-8, or GB18030 as Excel saves
 * a CSV on a Chinese Windows). Reading stops with {@link SheetRefused} past {@code maxRows} rows.
 */
public record SheetTable(List<Row> rows, String kind) {

    /** One line of the sheet: its number in the sheet and its cells by column (blank cells are empty strings). */
    public record Row(int number, List<String> cells, java.util.Set<Integer> numberCells) {

        public Row(int number, List<String> cells) {
            this(number, cells, java.util.Set.of());
        }

        /** Whether the cell was a number in the workbook (an ID-card number kept as one has lost its last digits). */
        public boolean isNumber(int column) {
            return numberCells.contains(column);
        }

        public String cell(int column) {
            return column < cells.size() ? cells.get(column) : "";
        }

        boolean isBlank() {
            return cells.stream().allMatch(String::isBlank);
        }
    }

    public static SheetTable read(byte[] bytes, int maxRows) {
        if (bytes.length == 0) {
            throw new SheetRefused("SHEET_EMPTY", "the file is empty");
        }
        boolean zip = bytes.length > 3 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
        return zip ? new SheetTable(xlsx(bytes, maxRows), "xlsx") : new SheetTable(csv(bytes, maxRows), "csv");
    }

    /** The name of a column as a spreadsheet shows it: A, B, … Z, AA. */
    public static String columnName(int column) {
        return CellReference.convertNumToColString(column);
    }

    private static List<Row> xlsx(byte[] bytes, int maxRows) {
        List<Row> rows = new ArrayList<>();
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes))) {
            XSSFReader reader = new XSSFReader(pkg);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new SheetRefused("SHEET_NOT_READABLE", "the workbook has no sheet");
            }
            XMLReader parser = XMLHelper.newXMLReader();
            parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null, new ReadOnlySharedStringsTable(pkg),
                    new Collector(rows, maxRows), new RawNumbers(), false));
            try (InputStream sheet = sheets.next()) {
                parser.parse(new InputSource(sheet));
            }
        } catch (SheetRefused e) {
            throw e;
        } catch (Exception | OutOfMemoryError e) {
            // a damaged or hostile package (POI refuses zip bombs by their inflation ratio) is an answer, not a crash
            throw new SheetRefused("SHEET_NOT_READABLE", "not a readable .xlsx workbook (" + e.getClass().getSimpleName() + ")");
        }
        return rows;
    }

    /** Marks a cell the workbook holds as a number (a character no sheet holds, taken off as the row is read). */
    private static final char NUMBER = '\uE000';

    /** Numbers as they are stored (1234.56 stays 1234.56 whatever the cell's display format), days as yyyy-MM-dd. */
    private static final class RawNumbers extends DataFormatter {
        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value, use1904Windowing).toLocalDate().format(DateTimeFormatter.ISO_LOCAL_DATE);
            }
            return NUMBER + new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
        }
    }

    /** Collects the rows of the sheet, each cell at its own column (a blank cell is absent from the sheet's XML). */
    private static final class Collector implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final List<Row> rows;
        private final int maxRows;
        private List<String> cells;
        private java.util.Set<Integer> numbers;
        private int next;

        Collector(List<Row> rows, int maxRows) {
            this.rows = rows;
            this.maxRows = maxRows;
        }

        @Override
        public void startRow(int rowNum) {
            cells = new ArrayList<>();
            numbers = new java.util.HashSet<>();
            next = 0;
        }

        @Override
        public void endRow(int rowNum) {
            Row row = new Row(rowNum + 1, List.copyOf(cells), java.util.Set.copyOf(numbers));
            if (!row.isBlank()) {
                if (rows.size() >= maxRows + 1) { // the header and maxRows rows
                    throw new SheetRefused("SHEET_TOO_MANY_ROWS", "a worker list has at most " + maxRows + " rows");
                }
                rows.add(row);
            }
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = reference == null ? next : new CellReference(reference).getCol();
            if (column > 200) {
                return; // far to the right of any list's columns
            }
            while (cells.size() < column) {
                cells.add("");
            }
            String text = value == null ? "" : value.strip();
            if (!text.isEmpty() && text.charAt(0) == NUMBER) {
                numbers.add(column);
                text = text.substring(1);
            }
            cells.add(text);
            next = column + 1;
        }
    }

    private static List<Row> csv(byte[] bytes, int maxRows) {
        String text = decode(bytes);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1); // a spreadsheet's byte-order mark
        }
        if (text.indexOf('\0') >= 0) {
            throw new SheetRefused("SHEET_NOT_READABLE", "neither an .xlsx workbook nor a CSV text");
        }
        List<Row> rows = new ArrayList<>();
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        try (MappingIterator<String[]> it = mapper.readerFor(String[].class).readValues(text)) {
            int line = 0;
            while (it.hasNextValue()) {
                line++; // the record's number, as a spreadsheet opening the file numbers its rows
                String[] cells = it.nextValue();
                List<String> stripped = new ArrayList<>(cells.length);
                for (String c : cells) {
                    stripped.add(c == null ? "" : c.strip());
                }
                Row row = new Row(line, stripped);
                if (!row.isBlank()) {
                    if (rows.size() >= maxRows + 1) {
                        throw new SheetRefused("SHEET_TOO_MANY_ROWS", "a worker list has at most " + maxRows + " rows");
                    }
                    rows.add(row);
                }
            }
        } catch (SheetRefused e) {
            throw e;
        } catch (java.io.IOException | RuntimeException e) {
            throw new SheetRefused("SHEET_NOT_READABLE", "not a CSV text with a header line");
        }
        return rows;
    }

    /** UTF-8 when the bytes are UTF-8; else GB18030, how a Chinese Excel saves "CSV". */
    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, Charset.forName("GB18030"));
        }
    }
}
