package com.tierflow.intake.internal.read;

import java.util.List;

/** A row after validation: either a line to stage or the problems that keep it out. */
public record ParsedRow(StagedLine line, List<RowProblem> problems) {

    public static ParsedRow valid(StagedLine line) {
        return new ParsedRow(line, List.of());
    }

    public static ParsedRow rejected(List<RowProblem> problems) {
        return new ParsedRow(null, List.copyOf(problems));
    }

    public boolean isValid() {
        return line != null;
    }
}
