package org.caseledger.core.enforcement;

/** How assets were searched (财产调查规定 2020). */
public enum SearchMethod {
    /** 网络执行查控系统 */
    ONLINE,
    /** 实地 / 现场 */
    OFFLINE
}
