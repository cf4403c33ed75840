package org.caseledger.api.sheets;

import org.caseledger.core.intake.NewClaimant;
import org.caseledger.core.intake.PersonalData;
import org.caseledger.core.kernel.AmountComponent;
import org.caseledger.core.kernel.ClaimItem;
import org.caseledger.core.kernel.ClaimantId;
import org.caseledger.core.kernel.Money;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * 花名册: reads a worker list (.xlsx or .csv) and checks every row before anything is recorded — a name, the ID-card
 * number's check digit (GB 11643), the phone, each amount exact in fen (at most two decimals, nothing rounded), the items
 * adding up to a total given beside them, the same worker twice in the sheet or already in the case. Every refused cell
 * is named by row and column; the claimants come out only when every row is good.
 */
@Component
public class ClaimantSheetReader {

    static final int MAX_ERRORS = 500;
    private static final int MAX_NAME = 64;

    private final long maxBytes;
    private final int maxRows;
    private final Function<AmountComponent, String> zhName;

    public ClaimantSheetReader(@Value("${caseledger.sheets.max-bytes:5242880}") long maxBytes,
                               @Value("${caseledger.sheets.max-rows:10000}") int maxRows, MessageSource messages) {
        this.maxBytes = maxBytes;
        this.maxRows = maxRows;
        this.zhName = c -> messages.getMessage("enum.AmountComponent." + c.name(), null, c.name(), Locale.SIMPLIFIED_CHINESE);
    }

    public long maxBytes() {
        return maxBytes;
    }

    public int maxRows() {
        return maxRows;
    }

    /** A worker already in the case, to find him again in a list: his id, name and ID-card number. */
    public record Known(String claimantId, String name, String idCardNumber) {
    }

    /**
     * Reads and checks a list.
     *
     * @param chosen the officer's fields by column index, over the headers' own
     * @param known  the workers already in the case (none for a new case); the new ones are numbered after theirs
     */
    public ClaimantSheet read(byte[] bytes, Map<Integer, String> chosen, List<Known> known) {
        if (bytes.length > maxBytes) {
            throw new SheetRefused("SHEET_TOO_LARGE", "a worker list is at most " + maxBytes + " bytes");
        }
        chosen.values().forEach(f -> {
            if (!ClaimantColumns.isField(f)) {
                throw new SheetRefused("SHEET_FIELD_UNKNOWN", "no field " + f + "; the fields are " + ClaimantColumns.fields());
            }
        });
        SheetTable table = SheetTable.read(bytes, maxRows);
        if (table.rows().isEmpty()) {
            throw new SheetRefused("SHEET_EMPTY", "the sheet has no rows");
        }
        SheetTable.Row header = table.rows().get(0);
        List<String> fields = ClaimantColumns.of(header, chosen, zhName);
        List<ClaimantSheet.Column> columns = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            columns.add(new ClaimantSheet.Column(i, SheetTable.columnName(i), header.cell(i), fields.get(i)));
        }
        Errors errors = new Errors();
        int nameColumn = fields.indexOf(ClaimantColumns.NAME);
        boolean amounts = fields.stream().anyMatch(f -> f.equals(ClaimantColumns.CLAIMED) || f.startsWith(ClaimantColumns.ITEM));
        if (nameColumn < 0) {
            errors.add(header.number(), null, null, ClaimantColumns.NAME, "SHEET_NO_NAME_COLUMN", "no column holds the names (姓名)");
        }
        if (!amounts) {
            errors.add(header.number(), null, null, ClaimantColumns.CLAIMED, "SHEET_NO_AMOUNT_COLUMN", "no column holds the amounts (金额)");
        }
        for (int i = 0; i < fields.size(); i++) {
            if (!fields.get(i).isEmpty() && fields.indexOf(fields.get(i)) != i) {
                errors.add(header.number(), SheetTable.columnName(i), header.cell(i), fields.get(i), "SHEET_FIELD_TWICE",
                        "two columns are read as " + fields.get(i));
            }
        }
        List<NewClaimant> claimants = new ArrayList<>();
        long claimed = 0;
        Map<String, Long> items = new LinkedHashMap<>();
        if (errors.count == 0) {
            Map<String, Integer> ids = new HashMap<>();
            Map<String, Integer> names = new HashMap<>();
            Map<String, String> knownIds = new HashMap<>();
            Map<String, String> knownNames = new HashMap<>();
            int next = 1;
            for (Known k : known) {
                if (k.idCardNumber() != null) {
                    knownIds.put(k.idCardNumber(), k.claimantId());
                }
                knownNames.put(k.name(), k.claimantId());
                if (k.claimantId().matches("W\\d{1,9}")) {
                    next = Math.max(next, Integer.parseInt(k.claimantId().substring(1)) + 1);
                }
            }
            for (int r = 1; r < table.rows().size(); r++) {
                SheetTable.Row row = table.rows().get(r);
                Cells cells = new Cells(row, fields, header, errors);
                NewClaimant claimant = cells.claimant(ClaimantId.of("W" + (next + claimants.size())));
                if (claimant == null) {
                    continue;
                }
                PersonalData p = claimant.personalData();
                if (p.idCardNumber() != null && ids.containsKey(p.idCardNumber())) {
                    cells.refuse(ClaimantColumns.ID_CARD, "SHEET_DUPLICATE_IN_SHEET", "the same ID-card number as row " + ids.get(p.idCardNumber()));
                } else if (p.idCardNumber() != null && knownIds.containsKey(p.idCardNumber())) {
                    cells.refuse(ClaimantColumns.ID_CARD, "SHEET_DUPLICATE_IN_CASE", "already in the case as " + knownIds.get(p.idCardNumber()));
                } else if (p.idCardNumber() == null && names.containsKey(p.name())) {
                    cells.refuse(ClaimantColumns.NAME, "SHEET_DUPLICATE_IN_SHEET", "the same name as row " + names.get(p.name())
                            + " and no ID-card number tells them apart");
                } else if (p.idCardNumber() == null && knownNames.containsKey(p.name())) {
                    cells.refuse(ClaimantColumns.NAME, "SHEET_DUPLICATE_IN_CASE", "the same name as " + knownNames.get(p.name())
                            + " in the case and no ID-card number tells them apart");
                } else {
                    if (p.idCardNumber() != null) {
                        ids.put(p.idCardNumber(), row.number());
                    }
                    names.putIfAbsent(p.name(), row.number());
                    claimants.add(claimant);
                    claimed = Math.addExact(claimed, claimant.claimed().fen());
                    for (ClaimItem item : claimant.items()) {
                        items.merge(item.component().name(), item.amount().fen(), Math::addExact);
                    }
                }
            }
            if (table.rows().size() == 1) {
                errors.add(header.number(), null, null, null, "SHEET_EMPTY", "the sheet has a header and no rows");
            }
            if (claimed > Money.LIMIT.fen()) {
                errors.add(header.number(), null, null, ClaimantColumns.CLAIMED, "SHEET_AMOUNT_TOO_LARGE", "the list totals more than " + Money.LIMIT);
            }
        }
        boolean ok = errors.count == 0;
        return new ClaimantSheet(table.kind(), columns, table.rows().size() - 1, errors.count, List.copyOf(errors.list),
                ok ? List.copyOf(claimants) : List.of(), ok ? claimed : 0, ok ? items : Map.of());
    }

    /** The refused cells, the first {@value #MAX_ERRORS} kept and all counted. */
    private static final class Errors {
        final List<SheetError> list = new ArrayList<>();
        int count;

        void add(int row, String column, String header, String field, String code, String reason) {
            count++;
            if (list.size() < MAX_ERRORS) {
                list.add(new SheetError(row, column, header, field, code, reason));
            }
        }
    }

    /** One row's cells read as fields; each refused cell noted, the claimant made when none is. */
    private static final class Cells {
        private final SheetTable.Row row;
        private final List<String> fields;
        private final SheetTable.Row header;
        private final Errors errors;
        private boolean refused;

        Cells(SheetTable.Row row, List<String> fields, SheetTable.Row header, Errors errors) {
            this.row = row;
            this.fields = fields;
            this.header = header;
            this.errors = errors;
        }

        String text(String field) {
            int i = fields.indexOf(field);
            String v = i < 0 ? "" : row.cell(i);
            return v.isBlank() ? null : v;
        }

        void refuse(String field, String code, String reason) {
            int i = fields.indexOf(field);
            refused = true;
            errors.add(row.number(), i < 0 ? null : SheetTable.columnName(i), i < 0 ? null : header.cell(i), field, code, reason);
        }

        NewClaimant claimant(ClaimantId id) {
            String name = text(ClaimantColumns.NAME);
            if (name == null) {
                refuse(ClaimantColumns.NAME, "SHEET_NAME_MISSING", "a worker needs a name");
            } else if (name.length() > MAX_NAME) {
                refuse(ClaimantColumns.NAME, "SHEET_TEXT_TOO_LONG", "a name has at most " + MAX_NAME + " characters");
            }
            String idCard = text(ClaimantColumns.ID_CARD);
            if (idCard != null) {
                idCard = idCard.replace(" ", "").toUpperCase(Locale.ROOT);
                if (row.isNumber(fields.indexOf(ClaimantColumns.ID_CARD))) {
                    // a number cell keeps 15-16 digits: the rest of an 18-digit number is lost
                    refuse(ClaimantColumns.ID_CARD, "SHEET_ID_CARD_AS_NUMBER",
                            "the ID-card number is kept as a number, which loses its last digits; format the column as text and type it again");
                } else if (!PersonalData.isValidIdCardNumber(idCard)) {
                    refuse(ClaimantColumns.ID_CARD, "SHEET_ID_CARD_INVALID", "not an 18-character resident ID-card number with its check digit (GB 11643)");
                }
            }
            String phone = phone(text(ClaimantColumns.PHONE));
            Money claimed = amount(ClaimantColumns.CLAIMED);
            List<ClaimItem> items = new ArrayList<>();
            for (String field : fields) {
                if (field.startsWith(ClaimantColumns.ITEM)) {
                    Money m = amount(field);
                    if (m != null && m.isPositive()) {
                        items.add(new ClaimItem(AmountComponent.valueOf(field.substring(ClaimantColumns.ITEM.length())), m));
                    }
                }
            }
            if (claimed == null && items.isEmpty() && !refused) {
                refuse(fields.contains(ClaimantColumns.CLAIMED) ? ClaimantColumns.CLAIMED : fields.stream()
                        .filter(f -> f.startsWith(ClaimantColumns.ITEM)).findFirst().orElse(ClaimantColumns.CLAIMED), "SHEET_AMOUNT_MISSING",
                        "a worker needs the amount he claims");
            }
            if (claimed != null && !claimed.isPositive()) {
                refuse(ClaimantColumns.CLAIMED, "SHEET_AMOUNT_NOT_POSITIVE", "the amount is more than 0");
            }
            if (claimed != null && !items.isEmpty()) {
                long sum = 0;
                for (ClaimItem item : items) {
                    sum = Math.addExact(sum, item.amount().fen());
                }
                if (sum != claimed.fen()) {
                    refuse(ClaimantColumns.CLAIMED, "SHEET_ITEMS_DO_NOT_ADD_UP", "the items add up to " + Money.ofFen(sum) + ", not " + claimed);
                }
            }
            if (refused) {
                return null;
            }
            try {
                return new NewClaimant(id, new PersonalData(name, idCard, phone), items.isEmpty() ? claimed : null, items.isEmpty() ? null : items);
            } catch (RuntimeException e) {
                refuse(ClaimantColumns.CLAIMED, "SHEET_AMOUNT_INVALID", e.getMessage());
                return null;
            }
        }

        /** A mobile (11 digits from 1, +86 or 86 before it taken off) or a landline with its area code. */
        private String phone(String text) {
            if (text == null) {
                return null;
            }
            String digits = text.replaceAll("[\\s()（）-]", "");
            if (digits.startsWith("+86")) {
                digits = digits.substring(3);
            } else if (digits.startsWith("86") && digits.length() == 13) {
                digits = digits.substring(2);
            }
            if (digits.matches("1[3-9]\\d{9}") || digits.matches("0\\d{9,11}")) {
                return digits;
            }
            refuse(ClaimantColumns.PHONE, "SHEET_PHONE_INVALID", "not a mobile number (11 digits) or a landline with its area code");
            return null;
        }

        /** Yuan as written (¥, 元 and thousands separators allowed), exact to the fen or refused: never rounded. */
        private Money amount(String field) {
            String text = text(field);
            if (text == null) {
                return null;
            }
            String plain = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC).replaceAll("[\\s,¥元]", "");
            if (!plain.matches("-?\\d{1,16}(\\.\\d+)?")) {
                refuse(field, "SHEET_AMOUNT_INVALID", "not an amount in yuan: " + text);
                return null;
            }
            BigDecimal yuan = new BigDecimal(plain);
            if (yuan.stripTrailingZeros().scale() > 2) {
                refuse(field, "SHEET_AMOUNT_NOT_FEN", "more than two decimals: amounts are exact to the fen (" + text + ")");
                return null;
            }
            if (yuan.signum() < 0) {
                refuse(field, "SHEET_AMOUNT_NOT_POSITIVE", "the amount is more than 0");
                return null;
            }
            Money m = Money.ofYuan(yuan.stripTrailingZeros().toPlainString());
            if (!m.isWithinLimit()) {
                refuse(field, "SHEET_AMOUNT_TOO_LARGE", "more than " + Money.LIMIT);
                return null;
            }
            return m;
        }
    }
}
