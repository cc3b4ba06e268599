package com.tierflow.report.internal.workbook;

/** How a column's values are written and formatted. */
public enum CellKind {
    /** text that came from imported files: never a formula, see {@link SafeText} */
    TEXT,
    INTEGER,
    /** identifiers: a number without thousands separators */
    ID,
    MONEY,
    PERCENT,
    /** ratios such as lift, three decimals */
    DECIMAL,
    DATE,
    DATE_TIME,
    /** masked unless the requester may see contacts */
    PHONE,
    /** masked unless the requester may see contacts */
    EMAIL
}
