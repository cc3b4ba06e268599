package com.tierflow.report;

import java.util.List;

/** A report of the catalogue, with its names and the parameters it takes. */
public record ReportKindInfo(String kind, String nameZh, String nameEn, List<String> parameters) {
}
