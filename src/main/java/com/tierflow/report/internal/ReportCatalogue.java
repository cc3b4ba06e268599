package com.tierflow.report.internal;

import com.tierflow.report.ReportKindInfo;
import com.tierflow.report.internal.workbook.Labels;
import com.tierflow.shared.NotFoundException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Every report this node can generate: the {@link ReportDefinition} beans, by kind. */
@Component
public class ReportCatalogue {

    private final Map<String, ReportDefinition> byKind;

    ReportCatalogue(List<ReportDefinition> definitions) {
        this.byKind = definitions.stream().collect(Collectors.toMap(ReportDefinition::kind, Function.identity()));
    }

    public ReportDefinition get(String kind) {
        ReportDefinition definition = kind == null ? null : byKind.get(kind);
        if (definition == null) {
            throw new NotFoundException("There is no report '" + kind + "'; the catalogue has "
                    + String.join(", ", byKind.keySet().stream().sorted().toList()) + ".");
        }
        return definition;
    }

    public List<ReportKindInfo> list() {
        Labels zh = Labels.of("zh");
        Labels en = Labels.of("en");
        return byKind.values().stream()
                .sorted(Comparator.comparing(ReportDefinition::kind))
                .map(d -> new ReportKindInfo(d.kind(), zh.get("report." + d.kind()), en.get("report." + d.kind()),
                        d.parameters().stream().map(p -> p.name().toLowerCase(Locale.ROOT)).sorted().toList()))
                .toList();
    }
}
