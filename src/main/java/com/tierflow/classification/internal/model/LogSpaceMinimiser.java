package com.tierflow.classification.internal.model;

import java.util.function.ToDoubleFunction;
import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.NelderMeadSimplex;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.SimplexOptimizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Minimises a negative log-likelihood over positive parameters with Nelder-Mead on their logarithms, restarting
 * from the best point until a restart no longer improves it: a restart escapes the premature collapse a single
 * simplex is prone to.
 */
final class LogSpaceMinimiser {

    private static final int MAX_EVALUATIONS = 20_000;
    private static final int MAX_RESTARTS = 8;
    private static final double RELATIVE_TOLERANCE = 1e-10;
    // parameters beyond e^±25 mean the data cannot identify the model
    private static final double LOG_BOUND = 25;

    private static final Logger log = LoggerFactory.getLogger(LogSpaceMinimiser.class);

    private LogSpaceMinimiser() {
    }

    record Minimum(double[] parameters, double value, int evaluations) {
    }

    static Minimum minimise(String model, ToDoubleFunction<double[]> negLogLikelihood, double[] start) {
        ToDoubleFunction<double[]> inLogSpace = logs -> {
            for (double log : logs) {
                if (Math.abs(log) > LOG_BOUND) {
                    return Double.MAX_VALUE;
                }
            }
            double value = negLogLikelihood.applyAsDouble(exp(logs));
            return Double.isFinite(value) ? value : Double.MAX_VALUE;
        };
        double[] point = log(start);
        double best = inLogSpace.applyAsDouble(point);
        if (best == Double.MAX_VALUE) {
            throw new ModelFitException(model + " fit cannot start: the likelihood is not finite at the starting point.");
        }
        int evaluations = 0;
        for (int restart = 0; restart < MAX_RESTARTS; restart++) {
            PointValuePair found;
            SimplexOptimizer optimizer = new SimplexOptimizer(RELATIVE_TOLERANCE, 1e-12);
            try {
                found = optimizer.optimize(
                        new MaxEval(MAX_EVALUATIONS), new MaxIter(MAX_EVALUATIONS),
                        new ObjectiveFunction(inLogSpace::applyAsDouble), GoalType.MINIMIZE,
                        new InitialGuess(point), new NelderMeadSimplex(point.length, 1.0));
            } catch (TooManyEvaluationsException e) {
                throw new ModelFitException(model + " fit did not converge within " + MAX_EVALUATIONS
                        + " likelihood evaluations; the data may be too few or too regular to identify the model.");
            }
            evaluations += optimizer.getEvaluations();
            boolean improved = found.getValue() < best - Math.abs(best) * 1e-9;
            if (found.getValue() <= best) {
                point = found.getPoint();
                best = found.getValue();
            }
            if (!improved && restart > 0) {
                checkInterior(model, point);
                log.info("{} fitted after {} likelihood evaluations, {} restarts", model, evaluations, restart);
                return new Minimum(exp(point), best, evaluations);
            }
        }
        throw new ModelFitException(model + " fit did not settle after " + MAX_RESTARTS + " restarts of the optimiser.");
    }

    private static void checkInterior(String model, double[] logs) {
        for (double log : logs) {
            if (Math.abs(log) > LOG_BOUND - 1) {
                throw new ModelFitException(model + " fit did not converge: a parameter ran off to "
                        + (log > 0 ? "infinity" : "zero") + ", so the data cannot identify the model"
                        + " (too few customers or too few repeat purchases).");
            }
        }
    }

    private static double[] exp(double[] logs) {
        double[] values = new double[logs.length];
        for (int i = 0; i < logs.length; i++) {
            values[i] = Math.exp(logs[i]);
        }
        return values;
    }

    private static double[] log(double[] values) {
        double[] logs = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            logs[i] = Math.log(values[i]);
        }
        return logs;
    }
}
