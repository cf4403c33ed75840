package org.caseledger.api.sheets;

import org.caseledger.core.intake.NewClaimant;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** 花名册: a worker list read by its headers, every cell checked, exact to the fen, and nothing taken from a list with a bad row. */
class ClaimantSheetReaderTest {

    static final ClaimantSheetReader READER = new ClaimantSheetReader(5 * 1024 * 1024, 10_000, messages());

    static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource m = new ResourceBundleMessageSource();
        m.setBasename("messages");
        m.setDefaultEncoding("UTF-8");
        return m;
    }

    @Test
    void an_xlsx_of_300_workers_gives_300_claimants_whose_total_is_the_sheets_to_the_fen() {
        List<List<Object>> rows = WorkerLists.rows(300);
        ClaimantSheet sheet = READER.read(WorkerLists.xlsx(rows), Map.of(), List.of());

        assertThat(sheet.errors()).isEmpty();
        assertThat(sheet.kind()).isEqualTo("xlsx");
        assertThat(sheet.claimants()).hasSize(300);
        assertThat(sheet.claimed()).isEqualTo(WorkerLists.fenOf(rows));
        assertThat(sheet.columns()).extracting(ClaimantSheet.Column::field)
                .containsExactly("", "name", "idCardNumber", "phone", "claimed");
        NewClaimant w7 = sheet.claimants().get(6);
        assertThat(w7.claimantId().value()).isEqualTo("W7");
        assertThat(w7.personalData().idCardNumber()).isEqualTo(WorkerLists.idCard(7));
        // the cell shows whole yuan; the fen stored in it are read, not the display
        assertThat(w7.claimed().fen()).isEqualTo(WorkerLists.yuan(7).movePointRight(2).longValueExact());
    }

    @Test
    void a_csv_with_three_bad_rows_names_each_row_and_column_and_gives_no_claimant() {
        List<List<Object>> rows = new ArrayList<>(WorkerLists.rows(20));
        String badId = WorkerLists.idCard(5).substring(0, 17) + (WorkerLists.idCard(5).charAt(17) == '0' ? "1" : "0");
        rows.set(5, List.of(5, "工人5", badId, "13900000005", "1,000.00"));
        rows.set(9, List.of(9, "工人9", WorkerLists.idCard(9), "13900000009", "1000.005"));
        rows.set(12, List.of(12, "工人12", WorkerLists.idCard(3), "13900000012", "800"));
        ClaimantSheet sheet = READER.read(WorkerLists.csv(rows, StandardCharsets.UTF_8), Map.of(), List.of());

        assertThat(sheet.claimants()).isEmpty();
        assertThat(sheet.errors()).extracting(SheetError::row, SheetError::column, SheetError::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple(6, "C", "SHEET_ID_CARD_INVALID"),
                org.assertj.core.groups.Tuple.tuple(10, "E", "SHEET_AMOUNT_NOT_FEN"),
                org.assertj.core.groups.Tuple.tuple(13, "C", "SHEET_DUPLICATE_IN_SHEET"));
    }

    @Test
    void a_csv_saved_by_a_chinese_excel_reads_as_gb18030() {
        List<List<Object>> rows = WorkerLists.rows(3);
        ClaimantSheet sheet = READER.read(WorkerLists.csv(rows, Charset.forName("GB18030")), Map.of(), List.of());
        assertThat(sheet.claimants()).extracting(c -> c.personalData().name()).containsExactly("工人1", "工人2", "工人3");
    }

    @Test
    void the_officer_may_read_a_column_otherwise_and_items_by_kind_add_up_to_the_claim() {
        List<List<Object>> rows = List.of(
                List.of("名", "工资", "加班费", "备注"),
                List.of("张三", "3000.50", "200", "x"),
                List.of("李四", "10.00", "", ""));
        ClaimantSheet sheet = READER.read(WorkerLists.csv(rows, StandardCharsets.UTF_8), Map.of(0, "name"), List.of());

        assertThat(sheet.errors()).isEmpty();
        assertThat(sheet.claimed()).isEqualTo(320_050L + 1_000L);
        assertThat(sheet.items()).containsEntry("PRINCIPAL", 301_050L).containsEntry("OVERTIME_PAY", 20_000L);
    }

    @Test
    void a_worker_already_in_the_case_is_refused_and_the_new_ones_are_numbered_after_the_cases() {
        List<List<Object>> rows = WorkerLists.rows(3);
        List<ClaimantSheetReader.Known> known = List.of(new ClaimantSheetReader.Known("W2", "工人2", WorkerLists.idCard(2)));
        ClaimantSheet refused = READER.read(WorkerLists.csv(rows, StandardCharsets.UTF_8), Map.of(), known);
        assertThat(refused.errors()).extracting(SheetError::row, SheetError::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, "SHEET_DUPLICATE_IN_CASE"));

        ClaimantSheet added = READER.read(WorkerLists.csv(List.of(rows.get(0), rows.get(1)), StandardCharsets.UTF_8), Map.of(), known);
        assertThat(added.claimants()).extracting(c -> c.claimantId().value()).containsExactly("W3");
    }

    @Test
    void an_id_card_number_kept_as_a_number_is_named_as_such() {
        List<List<Object>> rows = List.of(List.of("姓名", "身份证号", "金额"),
                List.of("王五", new BigDecimal(WorkerLists.idCard(1).substring(0, 17) + "1"), new BigDecimal("5")));
        ClaimantSheet sheet = READER.read(WorkerLists.xlsx(rows), Map.of(), List.of());
        assertThat(sheet.errors()).extracting(SheetError::code).containsExactly("SHEET_ID_CARD_AS_NUMBER");
    }

    @Test
    void a_list_past_the_limits_is_refused_with_an_answer() {
        ClaimantSheetReader small = new ClaimantSheetReader(1_000_000, 100, messages());
        assertThatThrownBy(() -> small.read(WorkerLists.csv(WorkerLists.rows(101), StandardCharsets.UTF_8), Map.of(), List.of()))
                .isInstanceOfSatisfying(SheetRefused.class, e -> assertThat(e.code()).isEqualTo("SHEET_TOO_MANY_ROWS"));
        assertThatThrownBy(() -> small.read(WorkerLists.xlsx(WorkerLists.rows(101)), Map.of(), List.of()))
                .isInstanceOfSatisfying(SheetRefused.class, e -> assertThat(e.code()).isEqualTo("SHEET_TOO_MANY_ROWS"));
        assertThatThrownBy(() -> small.read(new byte[1_000_001], Map.of(), List.of()))
                .isInstanceOfSatisfying(SheetRefused.class, e -> assertThat(e.code()).isEqualTo("SHEET_TOO_LARGE"));
        byte[] notAWorkbook = {'P', 'K', 3, 4, 0, 0, 0, 0};
        assertThatThrownBy(() -> small.read(notAWorkbook, Map.of(), List.of()))
                .isInstanceOfSatisfying(SheetRefused.class, e -> assertThat(e.code()).isEqualTo("SHEET_NOT_READABLE"));
    }
}
