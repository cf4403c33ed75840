package org.caseledger.api.sheets;

import org.caseledger.core.kernel.AmountComponent;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * What each column of a worker list holds, told by its header (Chinese or English, as unions and contractors write
 * them): {@code name}, {@code idCardNumber}, {@code phone}, {@code claimed} (the total in yuan), one item of the claim by
 * kind ({@code items.OVERTIME_PAY} …), or nothing (序号, 备注 …). The officer may set any column otherwise on the preview.
 */
public final class ClaimantColumns {

    public static final String NAME = "name";
    public static final String ID_CARD = "idCardNumber";
    public static final String PHONE = "phone";
    public static final String CLAIMED = "claimed";
    public static final String ITEM = "items.";
    public static final String IGNORED = "";

    private static final Map<String, String> HEADERS = new LinkedHashMap<>();

    static {
        words(NAME, "姓名", "名字", "劳动者姓名", "工人姓名", "职工姓名", "农民工姓名", "name", "workername");
        words(ID_CARD, "身份证号", "身份证号码", "身份证", "证件号码", "证件号", "公民身份号码", "居民身份证号码", "idcard", "idcardnumber", "idnumber", "id");
        words(PHONE, "手机", "手机号", "手机号码", "电话", "联系电话", "电话号码", "联系方式", "phone", "mobile", "tel");
        words(CLAIMED, "金额", "欠薪金额", "拖欠金额", "合计", "合计金额", "总额", "总金额", "请求金额", "欠款金额", "amount", "claimed", "total");
        words(ITEM + AmountComponent.PRINCIPAL.name(), "工资", "欠薪", "拖欠工资", "劳动报酬", "wages", "principal");
        words(ITEM + AmountComponent.OVERTIME_PAY.name(), "加班费", "加班工资", "overtime", "overtimepay");
        words(ITEM + AmountComponent.SEVERANCE.name(), "经济补偿", "经济补偿金", "severance");
        words(ITEM + AmountComponent.DOUBLE_WAGES.name(), "二倍工资", "未签劳动合同二倍工资", "doublewages");
        words(ITEM + AmountComponent.DAMAGES.name(), "赔偿金", "违法解除赔偿金", "damages");
        words(ITEM + AmountComponent.LEAVE_PAY.name(), "未休年休假工资", "年休假工资", "leavepay");
        words(ITEM + AmountComponent.SOCIAL_INSURANCE.name(), "社会保险", "社保", "socialinsurance");
        words(ITEM + AmountComponent.ADDITIONAL_COMPENSATION.name(), "加付赔偿金", "additionalcompensation");
        words(ITEM + AmountComponent.OTHER.name(), "其他", "其他请求", "other");
    }

    private ClaimantColumns() {
    }

    private static void words(String field, String... headers) {
        for (String h : headers) {
            HEADERS.put(h, field);
        }
    }

    /** Every field a column may be set to, in the order the preview offers them. */
    public static List<String> fields() {
        List<String> fields = new ArrayList<>(List.of(IGNORED, NAME, ID_CARD, PHONE, CLAIMED));
        for (AmountComponent c : AmountComponent.values()) {
            if (c.isClaimable()) {
                fields.add(ITEM + c.name());
            }
        }
        return fields;
    }

    public static boolean isField(String field) {
        return fields().contains(field);
    }

    /**
     * The field of each column of the header row: by the header's words (full-width or half-width, with or without a
     * unit), else by the Chinese name of a kind of claim ({@code zhName}), else nothing; a field given by the officer wins.
     */
    public static List<String> of(SheetTable.Row header, Map<Integer, String> chosen, Function<AmountComponent, String> zhName) {
        List<String> fields = new ArrayList<>();
        for (int i = 0; i < header.cells().size(); i++) {
            String field = chosen.get(i);
            fields.add(field != null ? field : byHeader(header.cell(i), zhName));
        }
        chosen.forEach((column, field) -> {
            while (fields.size() <= column) {
                fields.add(IGNORED);
            }
            fields.set(column, field);
        });
        return fields;
    }

    static String byHeader(String header, Function<AmountComponent, String> zhName) {
        String key = normalise(header);
        String field = HEADERS.get(key);
        if (field != null) {
            return field;
        }
        for (AmountComponent c : AmountComponent.values()) {
            if (c.isClaimable() && key.equals(normalise(zhName.apply(c)))) {
                return ITEM + c.name();
            }
        }
        return IGNORED;
    }

    /** Full-width to half-width, no spaces, marks or unit: "欠薪金额（元）*" → "欠薪金额", "ID Card" → "idcard". */
    static String normalise(String header) {
        String s = Normalizer.normalize(header == null ? "" : header, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        s = s.replaceAll("\\((元|人民币元|人民币|rmb|yuan|cny)\\)", "");
        return s.replaceAll("[\\s*_:：.\\-]", "");
    }
}
