package com.tierflow.classification.internal;

import com.tierflow.classification.ModelParameters;
import com.tierflow.classification.internal.model.BgNbd;
import com.tierflow.classification.internal.model.BgNbdFit;
import com.tierflow.classification.internal.model.ClassificationModel;
import com.tierflow.classification.internal.model.GammaGamma;
import com.tierflow.classification.internal.model.RfmBreakpoints;
import com.tierflow.classification.internal.persistence.ModelRow;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Converts a model between its row, the form the classifier uses and the form the API shows. */
final class StoredModels {

    private StoredModels() {
    }

    static ModelRow toRow(ClassificationModel model, long runId, int customers, double fitSeconds, Instant now) {
        ModelRow row = new ModelRow();
        row.asOf = model.asOf();
        row.fittedAt = now;
        row.runId = runId;
        row.customers = customers;
        row.rfmRecencyCuts = cuts(model.rfm().recency());
        row.rfmFrequencyCuts = cuts(model.rfm().frequency());
        row.rfmMonetaryCuts = cuts(model.rfm().monetary());
        if (model.purchases() != null) {
            BgNbd p = model.purchases().model();
            row.bgnbdR = p.r();
            row.bgnbdAlpha = p.alpha();
            row.bgnbdA = p.a();
            row.bgnbdB = p.b();
            row.bgnbdLogLikelihood = model.purchases().logLikelihood();
            row.bgnbdCustomers = model.purchases().customers();
        }
        if (model.spend() != null) {
            GammaGamma s = model.spend().model();
            row.ggP = s.p();
            row.ggQ = s.q();
            row.ggGamma = s.gamma();
            row.ggLogLikelihood = model.spend().logLikelihood();
            row.ggCustomers = model.spend().customers();
        }
        row.fitProblem = model.fitProblem();
        row.fitSeconds = fitSeconds;
        return row;
    }

    static ClassificationModel fromRow(ModelRow row) {
        RfmBreakpoints rfm = new RfmBreakpoints(parse(row.rfmRecencyCuts), parse(row.rfmFrequencyCuts),
                parse(row.rfmMonetaryCuts));
        BgNbdFit purchases = row.bgnbdR == null ? null : new BgNbdFit(
                new BgNbd(row.bgnbdR, row.bgnbdAlpha, row.bgnbdA, row.bgnbdB), row.bgnbdLogLikelihood, row.bgnbdCustomers);
        GammaGamma.Fit spend = row.ggP == null ? null : new GammaGamma.Fit(
                new GammaGamma(row.ggP, row.ggQ, row.ggGamma), row.ggLogLikelihood, row.ggCustomers);
        return new ClassificationModel(row.id, row.asOf, rfm, purchases, spend, row.fitProblem);
    }

    static ModelParameters toView(ModelRow row) {
        return new ModelParameters(row.id, row.asOf, row.fittedAt, row.runId, row.customers, list(row.rfmRecencyCuts),
                list(row.rfmFrequencyCuts), list(row.rfmMonetaryCuts),
                row.bgnbdR == null ? null : new ModelParameters.BgNbdParameters(row.bgnbdR, row.bgnbdAlpha, row.bgnbdA,
                        row.bgnbdB, row.bgnbdLogLikelihood, row.bgnbdCustomers),
                row.ggP == null ? null : new ModelParameters.GammaGammaParameters(row.ggP, row.ggQ, row.ggGamma,
                        row.ggLogLikelihood, row.ggCustomers),
                row.fitProblem, row.fitSeconds);
    }

    private static String cuts(double[] values) {
        return Arrays.stream(values).mapToObj(v -> String.format(Locale.ROOT, "%.4f", v)).collect(Collectors.joining(","));
    }

    private static double[] parse(String cuts) {
        return Arrays.stream(cuts.split(",")).mapToDouble(Double::parseDouble).toArray();
    }

    private static List<Double> list(String cuts) {
        return Arrays.stream(parse(cuts)).boxed().toList();
    }
}
