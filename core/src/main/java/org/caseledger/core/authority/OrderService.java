package org.caseledger.core.authority;

/**
 * How an order to pay reached the obligor. Posted at its home or workplace and recorded on photo or video when it
 * absconded: it counts as ordered (拒不支付劳动报酬解释, 法释〔2013〕3号, art. 4 ¶2).
 */
public enum OrderService {
    /** Served on the obligor, an adult of its household or its mail clerk. */
    IN_PERSON,
    /** 张贴: posted where it lives or works, the posting recorded, because it absconded. */
    POSTED
}
