package org.caseledger.api.sheets;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.caseledger.core.intake.PersonalData;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;

/** Worker lists as unions and contractors send them, made for the tests: .xlsx with numbers in cells, and CSV. */
public final class WorkerLists {

    private WorkerLists() {
    }

    /** The n-th worker's ID-card number (a real check digit), born in 1980 in 鲁甸. */
    public static String idCard(int n) {
        String first17 = "530621" + "1980" + String.format("%02d%02d", 1 + n % 12, 1 + n % 28) + String.format("%03d", n % 1000);
        return first17 + PersonalData.checkDigit(first17);
    }

    /** The n-th worker's claim in yuan: never two alike, some with fen. */
    public static BigDecimal yuan(int n) {
        return new BigDecimal(1_000 + n * 37L).add(new BigDecimal(n % 100).movePointLeft(2));
    }

    /** Rows of 姓名, 身份证号码, 手机号, 欠薪金额（元） for workers 1..n (names unique, ID numbers unique up to 1000). */
    public static List<List<Object>> rows(int n) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("序号", "姓名", "身份证号码", "手机号", "欠薪金额（元）"));
        for (int i = 1; i <= n; i++) {
            rows.add(List.of(i, "工人" + i, idCard(i), "139" + String.format("%08d", i), yuan(i)));
        }
        return rows;
    }

    /** An .xlsx of the rows: numbers as number cells (amounts shown with a whole-yuan format, as sheets often do). */
    public static byte[] xlsx(List<List<Object>> rows) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("花名册");
            CellStyle whole = book.createCellStyle();
            whole.setDataFormat(book.createDataFormat().getFormat("#,##0"));
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    Object v = rows.get(r).get(c);
                    Cell cell = row.createCell(c);
                    if (v instanceof Number number) {
                        cell.setCellValue(number.doubleValue());
                        cell.setCellStyle(whole);
                    } else if (v != null) {
                        cell.setCellValue(v.toString());
                    }
                }
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] csv(List<List<Object>> rows, Charset charset) {
        StringBuilder text = new StringBuilder();
        for (List<Object> row : rows) {
            List<String> cells = new ArrayList<>();
            for (Object v : row) {
                String s = v == null ? "" : v instanceof BigDecimal b ? b.toPlainString() : v.toString();
                cells.add(s.contains(",") ? '"' + s + '"' : s);
            }
            text.append(String.join(",", cells)).append("\r\n");
        }
        return text.toString().getBytes(charset);
    }

    /** The sum of the rows' amounts in fen, computed from the rows. */
    public static long fenOf(List<List<Object>> rows) {
        long fen = 0;
        for (List<Object> row : rows.subList(1, rows.size())) {
            fen += new BigDecimal(row.get(4).toString().replace(",", "")).movePointRight(2).longValueExact();
        }
        return fen;
    }

    /** A valid 统一社会信用代码 for its first 17 characters (GB 32100-2015 check character). */
    public static String creditCode(String first17) {
        String chars = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        int[] weights = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += chars.indexOf(first17.charAt(i)) * weights[i];
        }
        return first17 + chars.charAt((31 - sum % 31) % 31);
    }
}
