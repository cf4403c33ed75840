package org.caseledger.core.negotiation;

/**
 * Who mediated an agreement (调解主持方). The bodies of 劳动争议调解仲裁法 art. 10 — an enterprise's labour-dispute mediation
 * committee (1), a grassroots 人民调解委员会 (2), a body with labour-dispute mediation set up in a township or street (3),
 * which a union's mediation centre is — make agreements a worker may sue on directly when only wages were in dispute
 * (劳动争议解释(一) art. 51 ¶2); the court confirms agreements of lawfully established mediation bodies (民事诉讼法
 * art. 205; for a 人民调解委员会: 解释(一) art. 52). A commission or a court mediates into its own 调解书, an instrument;
 * the parties alone (a 协商会) make a settlement (和解协议), no mediation agreement.
 */
public enum MediatorKind {
    /** 工会或乡镇、街道设立的劳动争议调解组织 (art. 10(3)): the default when the officer says nothing, the union mediating. */
    UNION_MEDIATION_BODY(true),
    /** 人民调解委员会 (art. 10(2)) */
    PEOPLES_MEDIATION_COMMITTEE(true),
    /** 企业劳动争议调解委员会 (art. 10(1)) */
    ENTERPRISE_COMMITTEE(true),
    /** 劳动人事争议仲裁委员会 */
    ARBITRATION_COMMISSION(false),
    /** 人民法院 (诉前调解) */
    COURT(false),
    /** 双方自行协商 (协商会): a settlement, no mediator */
    NONE(false);

    private final boolean article10Body;

    MediatorKind(boolean article10Body) {
        this.article10Body = article10Body;
    }

    /** One of the mediation bodies of 劳动争议调解仲裁法 art. 10. */
    public boolean isArticle10Body() {
        return article10Body;
    }
}
