package com.tierflow.audit.internal;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.Rule;

/**
 * Maps an order's facts to a cache key that is equal exactly when the decision table must decide the same, read
 * from the table itself: a numeric input whose every test compares against constants ({@code >= 3000},
 * {@code [2..20]}, {@code 5, 7}, {@code not(...)}, {@code null}) only matters by where it lies among those constants,
 * so 4,711.30 and 5,020.00 share a key when no threshold lies between them. An input with any other kind of test is
 * keyed by its exact value. Thresholds stay in the table: a redeployed table yields new classes.
 */
final class InputClasses {

    private static final String NUMBER = "-?\\d+(?:\\.\\d+)?";
    private static final Pattern COMPARISON = Pattern.compile("(?:<=|>=|<|>|=)?\\s*(" + NUMBER + ")");
    private static final Pattern RANGE = Pattern.compile("[\\[\\](]\\s*(" + NUMBER + ")\\s*\\.\\.\\s*(" + NUMBER
            + ")\\s*[\\[\\])]");
    private static final Pattern NOT = Pattern.compile("not\\s*\\((.*)\\)");
    private static final Set<String> NUMERIC_TYPES = Set.of("double", "integer", "long");

    private final List<String> inputs;
    /** Per input: the sorted constants its tests compare with, or null when the input is keyed by exact value. */
    private final double[][] boundaries;

    private InputClasses(List<String> inputs, double[][] boundaries) {
        this.inputs = inputs;
        this.boundaries = boundaries;
    }

    static InputClasses of(byte[] dmn, String decisionKey) {
        DmnModelInstance model = Dmn.readModelFromStream(new ByteArrayInputStream(dmn));
        Decision decision = model.getModelElementById(decisionKey);
        DecisionTable table = (DecisionTable) decision.getExpression();
        List<Input> columns = new ArrayList<>(table.getInputs());
        List<String> names = new ArrayList<>(columns.size());
        double[][] boundaries = new double[columns.size()][];
        for (int column = 0; column < columns.size(); column++) {
            Input input = columns.get(column);
            names.add(input.getInputExpression().getText().getTextContent().trim());
            boundaries[column] = NUMERIC_TYPES.contains(input.getInputExpression().getTypeRef())
                    ? constantsOf(table, column) : null;
        }
        return new InputClasses(List.copyOf(names), boundaries);
    }

    /** The cache key of these facts; two facts with equal keys get the same result from the table. */
    List<Object> key(Map<String, Object> variables) {
        Object[] key = new Object[inputs.size()];
        for (int column = 0; column < key.length; column++) {
            Object value = variables.get(inputs.get(column));
            key[column] = boundaries[column] == null || !(value instanceof Number number)
                    ? value : classOf(number.doubleValue(), boundaries[column]);
        }
        return Arrays.asList(key);
    }

    /** 2i+1 when equal to the i-th constant, 2i when just below it (2n above all): keeps every comparison's answer. */
    static Integer classOf(double value, double[] constants) {
        int at = Arrays.binarySearch(constants, value);
        return at >= 0 ? 2 * at + 1 : 2 * (-at - 1);
    }

    /** Null when some test of the column is more than comparisons with constants. */
    private static double[] constantsOf(DecisionTable table, int column) {
        TreeSet<Double> constants = new TreeSet<>();
        for (Rule rule : table.getRules()) {
            String test = new ArrayList<>(rule.getInputEntries()).get(column).getText().getTextContent();
            if (!collect(test.trim(), constants)) {
                return null;
            }
        }
        return constants.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static boolean collect(String test, Set<Double> constants) {
        if (test.isEmpty() || test.equals("-")) {
            return true;
        }
        Matcher not = NOT.matcher(test);
        if (not.matches()) {
            return collect(not.group(1).trim(), constants);
        }
        for (String part : test.split(",")) {
            String item = part.trim();
            Matcher comparison = COMPARISON.matcher(item);
            Matcher range = RANGE.matcher(item);
            if (comparison.matches()) {
                constants.add(Double.valueOf(comparison.group(1)));
            } else if (range.matches()) {
                constants.add(Double.valueOf(range.group(1)));
                constants.add(Double.valueOf(range.group(2)));
            } else if (!item.equals("null")) {
                return false;
            }
        }
        return true;
    }
}
