package com.tierflow.classification.internal.model;

import java.time.LocalDate;

/**
 * What a full run fitted and what later runs score with: RFM cut points always, BG/NBD and Gamma-Gamma when the data
 * allowed a fit ({@code fitProblem} says why not otherwise).
 */
public record ClassificationModel(long version, LocalDate asOf, RfmBreakpoints rfm, BgNbdFit purchases,
                                  GammaGamma.Fit spend, String fitProblem) {

    /** Fits every model on the base; a model that cannot be fitted is left out with the reason, never guessed. */
    public static ClassificationModel fit(long version, LocalDate asOf, java.util.List<CustomerMetrics> base) {
        double[] recency = base.stream().mapToDouble(m -> m.recencyDays(asOf)).toArray();
        double[] frequency = base.stream().mapToDouble(CustomerMetrics::purchaseDays).toArray();
        double[] monetary = base.stream().mapToDouble(m -> m.netValue().doubleValue()).toArray();
        RfmBreakpoints rfm = RfmBreakpoints.of(recency, frequency, monetary);
        java.util.List<Customer> inputs = base.stream().map(m -> m.modelInput(asOf)).toList();
        BgNbdFit purchases = null;
        GammaGamma.Fit spend = null;
        String problem = null;
        try {
            purchases = BgNbdFit.fit(inputs);
            spend = GammaGamma.fit(inputs);
        } catch (ModelFitException e) {
            problem = e.getMessage();
        }
        return new ClassificationModel(version, asOf, rfm, purchases, spend, problem);
    }
}
