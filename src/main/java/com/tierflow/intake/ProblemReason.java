package com.tierflow.intake;

/** Why a row, an order or a file was not imported; codes are stable, messages say the details. */
public enum ProblemReason {
    MISSING_VALUE,
    BAD_NUMBER,
    BAD_QUANTITY,
    NEGATIVE_AMOUNT,
    BAD_DATE,
    BAD_PHONE,
    BAD_EMAIL,
    BAD_ENCODING,
    BAD_CHARACTER,
    TOO_LONG,
    MALFORMED_ROW,
    NO_CUSTOMER_IDENTITY,
    TOTAL_MISMATCH,
    INCONSISTENT_ORDER,
    ORDER_CONFLICT,
    UNREADABLE_FILE
}
