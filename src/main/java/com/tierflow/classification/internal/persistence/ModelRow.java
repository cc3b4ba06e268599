package com.tierflow.classification.internal.persistence;

import java.time.Instant;
import java.time.LocalDate;

/** A row of classification_model; cut points are comma-separated numbers. */
public class ModelRow {
    public Long id;
    public LocalDate asOf;
    public Instant fittedAt;
    public long runId;
    public int customers;
    public String rfmRecencyCuts;
    public String rfmFrequencyCuts;
    public String rfmMonetaryCuts;
    public Double bgnbdR;
    public Double bgnbdAlpha;
    public Double bgnbdA;
    public Double bgnbdB;
    public Double bgnbdLogLikelihood;
    public Integer bgnbdCustomers;
    public Double ggP;
    public Double ggQ;
    public Double ggGamma;
    public Double ggLogLikelihood;
    public Integer ggCustomers;
    public String fitProblem;
    public double fitSeconds;
}
