package org.caseledger.core.kernel;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** 大写金额 as 《正确填写票据和结算凭证的基本规定》 writes it, with its own examples where it gives them. */
class CapitalAmountTest {

    @ParameterizedTest(name = "{0} yuan is {1}")
    @CsvSource({
            "0.01, 壹分",
            "0.10, 壹角",
            "0.00, 零元整",
            "10.00, 壹拾元整",
            "100000000.05, 壹亿元零伍分",
            "1234567.89, 壹佰贰拾叁万肆仟伍佰陆拾柒元捌角玖分",
            // the rules' own examples: a zero inside written once; 零 after 元 when 角 is zero and 分 is not
            "1409.50, 壹仟肆佰零玖元伍角",
            "6007.14, 陆仟零柒元壹角肆分",
            "16409.02, 壹万陆仟肆佰零玖元零贰分",
            "325.04, 叁佰贰拾伍元零肆分",
            // art. 4 (3): either form is right; this one leaves the 零 out
            "1680.32, 壹仟陆佰捌拾元叁角贰分",
            "107000.53, 壹拾万柒仟元伍角叁分",
            "240968.00, 贰拾肆万零玖佰陆拾捌元整",
            "100000000000.00, 壹仟亿元整",
            "19870.00, 壹万玖仟捌佰柒拾元整"
    })
    void amounts_in_capital_numerals(String yuan, String capital) {
        assertThat(CapitalAmount.of(Money.ofYuan(yuan))).isEqualTo(capital);
    }
}
