package org.caseledger.core.kernel;

/**
 * A fact by which money reached the case for the workers. A promise to pay counts what arrives after it toward what
 * was promised, whoever records the payment; the promise knows the fact by this, not by the money phase's events.
 */
public interface MoneyReceived extends WageCaseEvent {

    Money amount();
}
