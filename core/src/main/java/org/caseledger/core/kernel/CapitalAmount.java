package org.caseledger.core.kernel;

/**
 * 大写金额: an amount in fen written in capital Chinese numerals as bills and receipts require (《支付结算办法》附件一
 * 《正确填写票据和结算凭证的基本规定》): 壹贰叁肆伍陆柒捌玖 with 拾佰仟万亿, 元角分; "整" after 元 when there are no
 * 角 or 分, none after 分 (nor after 角: it may be left out); a zero inside the number written once as 零 however many
 * zeros run (art. 4 (1)-(2)); 零 after 元 when 角 is zero and 分 is not (art. 4 (4)), left out where art. 4 (3) allows
 * it (元 zero and 角 not); 拾 always with its digit, 壹拾 (so nothing can be put before it).
 */
public final class CapitalAmount {

    private static final String DIGITS = "零壹贰叁肆伍陆柒捌玖";
    private static final String[] IN_GROUP = {"", "拾", "佰", "仟"};
    private static final String[] GROUPS = {"", "万", "亿", "万亿", "亿亿"};

    private CapitalAmount() {
    }

    /** The amount in capital numerals (without the "人民币" the form prints before it). */
    public static String of(Money amount) {
        long fen = amount.fen();
        if (fen < 0) {
            throw new IllegalArgumentException("a receipt's amount is not negative");
        }
        long yuan = fen / 100;
        int jiao = (int) (fen / 10 % 10);
        int cents = (int) (fen % 10);
        StringBuilder out = new StringBuilder(integer(yuan));
        if (yuan == 0 && jiao == 0 && cents == 0) {
            return "零元整";
        }
        if (yuan > 0) {
            out.append('元');
        }
        if (jiao == 0 && cents == 0) {
            return out.append('整').toString();
        }
        if (jiao > 0) {
            out.append(DIGITS.charAt(jiao)).append('角');
        } else if (yuan > 0) {
            out.append('零'); // art. 4 (4): ¥16409.02 is 壹万陆仟肆佰零玖元零贰分
        }
        if (cents > 0) {
            out.append(DIGITS.charAt(cents)).append('分');
        }
        return out.toString();
    }

    /** Whole yuan by groups of four digits (个, 万, 亿…), one 零 for each run of zeros between digits written. */
    private static String integer(long n) {
        if (n == 0) {
            return "";
        }
        java.util.List<Integer> groups = new java.util.ArrayList<>();
        for (long rest = n; rest > 0; rest /= 10_000) {
            groups.add((int) (rest % 10_000));
        }
        StringBuilder out = new StringBuilder();
        boolean zero = false;
        for (int i = groups.size() - 1; i >= 0; i--) {
            int g = groups.get(i);
            if (g == 0) {
                zero = out.length() > 0;
                continue;
            }
            if (out.length() > 0 && g < 1000) {
                zero = true; // 240968: 贰拾肆万零玖佰陆拾捌
            }
            if (zero) {
                out.append('零');
                zero = false;
            }
            out.append(group(g)).append(GROUPS[i]);
        }
        return out.toString();
    }

    private static String group(int g) {
        StringBuilder out = new StringBuilder();
        boolean zero = false;
        for (int place = 3; place >= 0; place--) {
            int d = g / (int) Math.pow(10, place) % 10;
            if (d == 0) {
                zero = out.length() > 0;
                continue;
            }
            if (zero) {
                out.append('零');
                zero = false;
            }
            out.append(DIGITS.charAt(d)).append(IN_GROUP[place]);
        }
        return out.toString();
    }
}
