package com.tierflow.classification.internal.decision;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.HitPolicy;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.InputEntry;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.OutputEntry;
import org.camunda.bpm.model.dmn.instance.Rule;

/**
 * A decision table whose cells use only the plain subset of FEEL simple unary tests (-, literals, comparisons,
 * intervals, lists, not(...)) over plain variable names, evaluated in Java. Evaluating the FEEL engine once per
 * customer costs about a millisecond; a full run decides for every customer. A table using anything beyond the subset
 * is not compiled and the DMN engine evaluates it ({@link #compile} returns empty).
 */
final class CompiledDecisionTable {

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern STRING = Pattern.compile("\"([^\"\\\\]*)\"");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Pattern COMPARISON = Pattern.compile("(<=|>=|<|>)\\s*(-?\\d+(\\.\\d+)?)");
    private static final Pattern INTERVAL = Pattern.compile("([\\[(\\]])\\s*(-?\\d+(\\.\\d+)?)\\s*\\.\\.\\s*(-?\\d+(\\.\\d+)?)\\s*([\\])\\[])");

    private final List<String> inputs;
    private final List<String> outputs;
    private final List<CompiledRule> rules;

    private record CompiledRule(List<Predicate<Object>> conditions, List<Object> results) {
    }

    private CompiledDecisionTable(List<String> inputs, List<String> outputs, List<CompiledRule> rules) {
        this.inputs = inputs;
        this.outputs = outputs;
        this.rules = rules;
    }

    static Optional<CompiledDecisionTable> compile(byte[] model, String decisionKey) {
        DmnModelInstance instance = Dmn.readModelFromStream(new ByteArrayInputStream(model));
        Decision decision = instance.getModelElementById(decisionKey);
        if (decision == null || !(decision.getExpression() instanceof DecisionTable table)) {
            return Optional.empty();
        }
        if (table.getHitPolicy() != HitPolicy.FIRST && table.getHitPolicy() != HitPolicy.UNIQUE) {
            return Optional.empty();
        }
        List<String> inputs = new ArrayList<>();
        for (Input input : table.getInputs()) {
            String expression = input.getInputExpression().getText() == null ? null
                    : input.getInputExpression().getText().getTextContent().trim();
            if (expression == null || !NAME.matcher(expression).matches()) {
                return Optional.empty();
            }
            inputs.add(expression);
        }
        List<String> outputs = table.getOutputs().stream().map(Output::getName).toList();
        List<CompiledRule> rules = new ArrayList<>();
        for (Rule rule : table.getRules()) {
            List<Predicate<Object>> conditions = new ArrayList<>();
            for (InputEntry entry : rule.getInputEntries()) {
                Predicate<Object> test = unaryTests(entry.getText() == null ? "" : entry.getText().getTextContent());
                if (test == null) {
                    return Optional.empty();
                }
                conditions.add(test);
            }
            List<Object> results = new ArrayList<>();
            for (OutputEntry entry : rule.getOutputEntries()) {
                String text = entry.getText() == null ? "" : entry.getText().getTextContent().trim();
                Matcher string = STRING.matcher(text);
                if (string.matches()) {
                    results.add(string.group(1));
                } else if (text.isEmpty()) {
                    results.add(null);
                } else {
                    return Optional.empty();
                }
            }
            rules.add(new CompiledRule(conditions, results));
        }
        return Optional.of(new CompiledDecisionTable(inputs, outputs, rules));
    }

    /** The outputs of the first matching rule, or null when none matches. */
    Map<String, Object> evaluate(Map<String, Object> variables) {
        for (CompiledRule rule : rules) {
            boolean matches = true;
            for (int i = 0; i < inputs.size() && matches; i++) {
                matches = rule.conditions().get(i).test(variables.get(inputs.get(i)));
            }
            if (matches) {
                Map<String, Object> result = new HashMap<>();
                for (int i = 0; i < outputs.size(); i++) {
                    result.put(outputs.get(i), rule.results().get(i));
                }
                return result;
            }
        }
        return null;
    }

    /** A predicate for the cell, or null when the cell uses FEEL beyond the subset. */
    static Predicate<Object> unaryTests(String text) {
        String cell = text.trim();
        if (cell.isEmpty() || cell.equals("-")) {
            return value -> true;
        }
        if (cell.startsWith("not(") && cell.endsWith(")")) {
            Predicate<Object> inner = list(cell.substring(4, cell.length() - 1));
            // FEEL: not() of a null input is null, which does not match
            return inner == null ? null : value -> value != null && !inner.test(value);
        }
        return list(cell);
    }

    private static Predicate<Object> list(String cell) {
        List<Predicate<Object>> tests = new ArrayList<>();
        for (String part : splitTopLevel(cell)) {
            Predicate<Object> test = single(part.trim());
            if (test == null) {
                return null;
            }
            tests.add(test);
        }
        return value -> tests.stream().anyMatch(test -> test.test(value));
    }

    private static Predicate<Object> single(String test) {
        Matcher string = STRING.matcher(test);
        if (string.matches()) {
            String literal = string.group(1);
            return value -> value instanceof String s && s.equals(literal);
        }
        if (test.equals("null")) {
            return value -> value == null;
        }
        if (NUMBER.matcher(test).matches()) {
            double literal = Double.parseDouble(test);
            return value -> value instanceof Number n && n.doubleValue() == literal;
        }
        Matcher comparison = COMPARISON.matcher(test);
        if (comparison.matches()) {
            double bound = Double.parseDouble(comparison.group(2));
            return switch (comparison.group(1)) {
                case "<" -> value -> value instanceof Number n && n.doubleValue() < bound;
                case "<=" -> value -> value instanceof Number n && n.doubleValue() <= bound;
                case ">" -> value -> value instanceof Number n && n.doubleValue() > bound;
                default -> value -> value instanceof Number n && n.doubleValue() >= bound;
            };
        }
        Matcher interval = INTERVAL.matcher(test);
        if (interval.matches()) {
            boolean lowClosed = interval.group(1).equals("[");
            boolean highClosed = interval.group(6).equals("]");
            double low = Double.parseDouble(interval.group(2));
            double high = Double.parseDouble(interval.group(4));
            return value -> value instanceof Number n
                    && (lowClosed ? n.doubleValue() >= low : n.doubleValue() > low)
                    && (highClosed ? n.doubleValue() <= high : n.doubleValue() < high);
        }
        return null;
    }

    /** Splits on commas outside string literals and intervals. */
    private static List<String> splitTopLevel(String cell) {
        List<String> parts = new ArrayList<>();
        boolean inString = false;
        int depth = 0;
        int start = 0;
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c == '"') {
                inString = !inString;
            } else if (!inString && (c == '[' || c == '(')) {
                depth++;
            } else if (!inString && (c == ']' || c == ')') && depth > 0) {
                depth--;
            } else if (!inString && depth == 0 && c == ',') {
                parts.add(cell.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(cell.substring(start));
        return parts;
    }
}
